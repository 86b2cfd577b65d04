import type { CatalogItem } from '../model';
import type { DraftView, Preview } from '../api/publicity-views';
import { maskTable, maskText } from '../privacy/masker';
import type { Draft } from './model';
import { DRAFT_STATUS_NAMES } from './model';
import { DEFAULT_PUBLICITY } from './period';

export function draftView(d: Draft, item: CatalogItem | null, withRaw: boolean): DraftView {
  return {
    id: d.id,
    status: d.status,
    statusName: DRAFT_STATUS_NAMES[d.status],
    version: d.version,
    regionCode: d.regionCode,
    regionName: d.regionName,
    itemId: d.itemId,
    itemTitle: item?.level2 ?? d.itemTitle ?? '',
    domain: d.domain,
    title: d.title,
    body: d.body,
    ...(withRaw && d.rawTable ? { rawTable: d.rawTable } : {}),
    attachments: d.attachments,
    ...(d.publicityStart ? { publicityStart: d.publicityStart } : {}),
    ...(d.reviewNote ? { reviewNote: d.reviewNote } : {}),
    ...(d.withdrawReason ? { withdrawReason: d.withdrawReason } : {}),
    updatedAt: d.updatedAt,
    // People are named by role here: the history is shown to cadre and reviewer alike.
    history: d.history.map((h) => ({ at: h.at, action: h.action, by: h.by, ...(h.note ? { note: h.note } : {}) })),
  };
}

/** Exactly what the public would see of a draft: masked text and table, and what was hidden. */
export function preview(d: Pick<Draft, 'title' | 'body' | 'rawTable'>, item: CatalogItem | null): Preview {
  const title = maskText(d.title);
  const body = maskText(d.body);
  const table = d.rawTable && d.rawTable.columns.length ? maskTable(d.rawTable) : null;
  const length = item?.publicityDays ?? DEFAULT_PUBLICITY;
  return {
    title: title.text,
    body: body.text,
    ...(table ? { table: table.table } : {}),
    findings: [...title.findings, ...body.findings, ...(table?.findings ?? [])],
    dropped: table?.dropped ?? [],
    publicity: { days: length.days, dayKind: length.dayKind, text: length.text },
  };
}
