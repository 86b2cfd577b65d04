import type { CatalogItem } from '../model';
import type { DraftView, Preview } from '../api/publicity-views';
import { maskingSummary, maskTable, maskText, type Finding } from '../privacy/masker';
import { DEFAULT_HARDSHIP_CATEGORIES, findHardship, itemForbidsHardship } from '../privacy/hardship';
import type { Attachment } from '../model';
import type { Draft } from './model';
import { DRAFT_STATUS_NAMES } from './model';
import { DEFAULT_PUBLICITY } from './period';
import { committeeName } from './names';
import { parseBody } from './markup';
import { reminders } from './policy';

export function draftView(d: Draft, item: CatalogItem | null, withRaw: boolean): DraftView {
  return {
    id: d.id,
    status: d.status,
    statusName: DRAFT_STATUS_NAMES[d.status],
    version: d.version,
    level: d.level ?? 'village',
    regionCode: d.regionCode,
    regionName: d.regionName,
    publisherName: publisherNameOf(d),
    itemId: d.itemId,
    itemTitle: item?.level2 ?? d.itemTitle ?? '',
    domain: d.domain,
    title: d.title,
    body: d.body,
    ...(withRaw && d.rawTable ? { rawTable: d.rawTable } : {}),
    attachments: d.attachments,
    ...(d.link ? { link: d.link } : {}),
    ...(d.interpretation?.length ? { interpretation: d.interpretation } : {}),
    ...(d.publicityStart ? { publicityStart: d.publicityStart } : {}),
    ...(d.formedOn ? { formedOn: d.formedOn } : {}),
    ...(d.dueOn ? { dueOn: d.dueOn } : {}),
    ...(d.reviewNote ? { reviewNote: d.reviewNote } : {}),
    ...(d.withdrawReason ? { withdrawReason: d.withdrawReason } : {}),
    updatedAt: d.updatedAt,
    // People are named by role here: the history is shown to cadre and reviewer alike.
    history: d.history.map((h) => ({ at: h.at, action: h.action, by: h.by, ...(h.note ? { note: h.note } : {}) })),
  };
}

/** Who the public reads as the publisher: the unit, or for a village the village's committee. */
export function publisherNameOf(d: Pick<Draft, 'publisherName' | 'regionName'>): string {
  return d.publisherName || committeeName(d.regionName);
}

/** Attachment names as the public sees them (the names are shown; links are opaque file ids). */
export function maskAttachments(list: readonly Attachment[] | undefined): { attachments: Attachment[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const attachments = (list ?? []).map((a) => {
    const m = maskText(a.name);
    findings.push(...m.findings);
    return m.findings.length ? { ...a, name: m.text } : a;
  });
  return { attachments, findings };
}

export interface PreviewOptions {
  /** The county's hardship categories (County.hardshipCategories); the default list when absent. */
  hardshipCategories?: readonly string[];
}

/**
 * Exactly what the public would see of a draft: masked title, text, table and attachment names,
 * what was hidden, and (when the item forbids it) every cell naming a hardship category.
 */
export function preview(
  d: Pick<Draft, 'title' | 'body' | 'rawTable' | 'link' | 'interpretation'> & { attachments?: Attachment[] },
  item: CatalogItem | null,
  opts: PreviewOptions = {},
): Preview {
  const title = maskText(d.title);
  const body = maskText(d.body);
  const table = d.rawTable && d.rawTable.columns.length ? maskTable(d.rawTable) : null;
  const files = maskAttachments(d.attachments);
  const linkTitle = d.link ? maskText(d.link.title) : null;
  const qa = (d.interpretation ?? []).map((x) => ({ q: maskText(x.q), a: maskText(x.a) }));
  const hardship =
    table && itemForbidsHardship(item) ? findHardship(table.table, opts.hardshipCategories ?? DEFAULT_HARDSHIP_CATEGORIES) : [];
  const findings = [
    ...title.findings,
    ...body.findings,
    ...files.findings,
    ...(linkTitle?.findings ?? []),
    ...qa.flatMap((x) => [...x.q.findings, ...x.a.findings]),
    ...(table?.findings ?? []),
    ...hardship,
  ];
  const interpretation = qa.map((x) => ({ q: x.q.text, a: x.a.text }));
  const dropped = table?.dropped ?? [];
  const length = item?.publicityDays ?? DEFAULT_PUBLICITY;
  return {
    title: title.text,
    body: body.text,
    blocks: parseBody(body.text),
    ...(table ? { table: table.table } : {}),
    attachments: files.attachments,
    ...(d.link && linkTitle ? { link: { ...d.link, title: linkTitle.text } } : {}),
    interpretation,
    reminders: reminders(item, d.interpretation),
    findings,
    dropped,
    masking: maskingSummary(findings, dropped),
    publicity: { days: length.days, dayKind: length.dayKind, text: length.text },
  };
}
