// Reviewers of a town (or a county) approve what cadres submit: the 公示期 starts at approval
// (or a later day the cadre set), the public gets only the masked copy, and the cadre's own
// table is erased. Rejection sends it back as a draft with a note; withdrawal is recorded.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { ReviewItem } from '../api/publicity-views';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import type { CatalogItem, Disclosure } from '../model';
import { publicityView, toView } from '../disclosures/public-view';
import { shanghaiDate } from '../time/shanghai';
import type { Draft } from './model';
import { draftView, maskAttachments, preview } from './views';
import { maskText } from '../privacy/masker';
import { hardshipWords } from '../privacy/hardship';
import { publicityPeriod, DEFAULT_PUBLICITY } from './period';
import { loadCalendar } from '../calendar/loader';
import { limitsFor } from '../complaints/limits';
import { dueFor, previewOptions, timelinessOf, type PublicityDeps } from './cadre-service';
import { levelOfDraft, mayReview, reviewerKindFor, reviewerOf, type ReviewScope } from './reviewers';
import { committeeName } from './names';
import { publisherNameOf } from './views';
import { recordPublication } from '../stats/record';

export { committeeName } from './names';

/** A draft the caller reviews (its level's reviewer under the county's setting); another's is FORBIDDEN. */
async function reviewable(deps: PublicityDeps, scope: ReviewScope, id: string): Promise<Draft> {
  const d = await deps.store.getDraft(id);
  // A draft never submitted is its author's alone; one sent back stays readable to its reviewer.
  if (!d || (d.status === 'draft' && !d.submittedAt)) throw new AppError('NOT_FOUND', '没有找到这份待审核的公示');
  if (!mayReview(scope, d, await deps.store.getCounty(d.countyCode))) throw new AppError('FORBIDDEN', '这份公示不属于您审核的范围');
  return d;
}

const scopeOf = (deps: PublicityDeps, caller: Caller) => reviewerOf(deps.store, caller);

async function reviewItem(deps: PublicityDeps, d: Draft, item?: CatalogItem | null): Promise<ReviewItem> {
  const it = item === undefined ? await deps.store.getCatalogItem(d.itemId) : item;
  const disclosure = d.status === 'pending_review' ? null : await deps.store.getDisclosure(d.id);
  const now = deps.clock.now();
  const view = disclosure ? { ...toView(disclosure, it, now), table: disclosure.table } : null; // the audit copy stays readable here
  const opts = await previewOptions(deps, d.countyCode);
  const read = preview(d.rawTable ? d : { ...d, rawTable: disclosure?.table }, it, opts);
  // Once published, the copy read here is the masked one: what was hidden is what approval recorded.
  const recorded = d.masking ?? disclosure?.masking;
  const p = recorded && d.status !== 'pending_review' && !d.rawTable ? { ...read, masking: recorded } : read;
  return {
    // Reviewers read what the public would: the masked text and attachment names, never the cadre's raw input.
    draft: { ...draftView(d, it, false), title: p.title, body: p.body, attachments: p.attachments },
    preview: p,
    disclosure: view,
    objections: disclosure?.objections ?? 0,
    ...(disclosure?.publicity ? { publicity: publicityView(disclosure.publicity, now) } : {}),
  };
}

export async function listReviews(
  deps: PublicityDeps,
  caller: Caller,
  req: { status?: 'pending_review' | 'published' | 'withdrawn'; cursor?: string },
) {
  const scope = await scopeOf(deps, caller);
  const after = req.cursor ? decodeCursor(req.cursor, ['updatedAt', 'id']) : undefined;
  const county = await deps.store.getCounty(scope.countyCode);
  const rows = await deps.store.listDraftsForReview({
    countyCode: scope.countyCode,
    ...(scope.townCode ? { townCode: scope.townCode } : {}),
    status: req.status ?? 'pending_review',
    limit: PAGE + 1,
    after,
  });
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  // The store reads a town or a county; levels this caller does not review are left out of the
  // page (the cursor still follows the rows read, so paging stays exact).
  return {
    items: page
      .filter((d) => mayReview(scope, d, county))
      .map((d) => ({
        draft: {
          ...draftView(d, null, false),
          title: maskText(d.title).text,
          body: maskText(d.body).text,
          attachments: maskAttachments(d.attachments).attachments,
        },
      })),
    next: rows.length > PAGE && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  };
}

export async function getReview(deps: PublicityDeps, caller: Caller, id: string) {
  return reviewItem(deps, await reviewable(deps, await scopeOf(deps, caller), id));
}

/** The draft after a reviewer's step: status, version, history, and the step's own fields. */
function stepped(
  d: Draft,
  at: string,
  status: Draft['status'],
  action: 'approve' | 'reject' | 'withdraw',
  note: string,
  extra: Partial<Draft>,
): Draft {
  return {
    ...d,
    ...extra,
    status,
    version: d.version + 1,
    updatedAt: at,
    history: [...d.history, { at, action, by: '审核人', note }],
  };
}

async function saveDraft(deps: PublicityDeps, next: Draft, read: Draft) {
  if (!(await deps.store.updateDraft(next, read.version))) throw new AppError('CONFLICT', '这份公示刚刚被他人处理过，请刷新后再试');
}

export async function approve(
  deps: PublicityDeps,
  caller: Caller,
  req: { id: string; version: number; confirmHardship?: boolean; note?: string },
) {
  const scope = await scopeOf(deps, caller);
  const d = await reviewable(deps, scope, req.id);
  const item = await deps.store.getCatalogItem(d.itemId);
  const level = levelOfDraft(d);
  if (d.status === 'published' && req.version === d.version - 1) {
    // A retry: make sure the public copy is there, change nothing else.
    return reviewItem(deps, d, item);
  }
  if (d.status !== 'pending_review') throw new AppError('CONFLICT', '这份公示已经处理过了');
  if (req.version !== d.version) throw new AppError('CONFLICT', '公示内容已更新，请刷新后再审核');
  const now = deps.clock.now();
  const at = now.toISOString();
  const p = preview(d, item, await previewOptions(deps, d.countyCode));
  const hardship = p.findings.filter((f) => f.kind === 'hardship_category');
  const confirmNote = req.note?.trim() ?? '';
  if (hardship.length && !req.confirmHardship) {
    const words = new Set<string>();
    for (const f of hardship)
      if (f.row !== null && f.col !== null) for (const w of hardshipWords(p.table!.rows[f.row][f.col])) words.add(w);
    throw new AppError(
      'CONFLICT',
      `名单中仍有困难类别（${[...words].slice(0, 5).join('、')}，共${hardship.length}处），该事项不公开具体困难类别。请退回驻村干部删除，或确认后再通过（需写明理由）`,
      { hardship: hardship.map((f) => ({ row: f.row, col: f.col, column: f.column })) },
    );
  }
  if (hardship.length && confirmNote.length < 2) throw new AppError('INVALID_INPUT', '确认公开困难类别时，请写明理由');
  const masking = hardship.length ? { ...p.masking, hardshipConfirmed: confirmNote } : p.masking;
  const [cal, county, timely] = await Promise.all([
    loadCalendar(deps.store, now.getTime()),
    deps.store.getCounty(d.countyCode),
    timelinessOf(deps, d, item, now, false),
  ]);
  // A village 公示 always runs a period (as it always has); a county or town disclosure only
  // when its item is a publicity (公示期) or its author asked for one.
  const hasPeriod = level === 'village' || Boolean(item?.publicityDays) || Boolean(d.publicityStart);
  const publicity = hasPeriod
    ? publicityPeriod(cal, shanghaiDate(now), d.publicityStart, item?.publicityDays ?? DEFAULT_PUBLICITY, limitsFor(county?.limits))
    : undefined;
  // Objections go to whoever answers for the publisher: the town for a village or town
  // disclosure, the county's 政务公开办 (or the reviewing unit) for a county one.
  const reviewUnitId =
    level === 'county'
      ? ((reviewerKindFor(county, 'county') === 'opengov' ? (scope.unitId ?? county?.openGovUnitId) : undefined) ?? d.publisherUnitId)
      : `${d.townCode}-gov`;
  const disclosure: Disclosure = {
    id: d.id,
    itemId: d.itemId,
    itemVersion: item?.version ?? 1,
    countyCode: d.countyCode,
    regionCode: d.regionCode,
    regionName: d.regionName,
    level,
    domain: d.domain,
    title: p.title,
    body: p.body,
    ...(p.table ? { table: p.table } : {}),
    attachments: p.attachments,
    ...(p.link ? { link: p.link } : {}),
    ...(p.interpretation.length ? { interpretation: p.interpretation } : {}),
    masking,
    ...(publicity ? { publicity } : {}),
    ...(d.formedOn ? { formedOn: d.formedOn } : {}),
    ...(timely.dueOn ? { dueOn: timely.dueOn } : {}),
    late: timely.late,
    status: 'published',
    publishedAt: at,
    unitName: level === 'village' ? committeeName(d.regionName) : publisherNameOf(d),
    ...(d.publisherUnitId ? { publisherUnitId: d.publisherUnitId } : {}),
    ...(reviewUnitId ? { reviewUnitId } : {}),
    demo: false,
  };
  // The author's unmasked table is erased: from now on only the masked copy exists.
  const period = publicity ? `公示期 ${publicity.start} 至 ${publicity.end}` : '已发布';
  const approveNote = hardship.length ? `${period}；审核人确认公开困难类别：${confirmNote}` : period;
  const next = stepped(d, at, 'published', 'approve', approveNote, { reviewerOpenid: scope.openid, masking });
  delete next.rawTable;
  await saveDraft(deps, next, d);
  await deps.store.putDisclosures([disclosure]);
  // Counted after the draft's versioned write: a second approval is refused above.
  await recordPublication(deps.store, disclosure, !timely.late, now);
  return reviewItem(deps, next, item);
}

export async function reject(deps: PublicityDeps, caller: Caller, req: { id: string; version: number; note: string }) {
  const scope = await scopeOf(deps, caller);
  const d = await reviewable(deps, scope, req.id);
  if (d.status !== 'pending_review') throw new AppError('CONFLICT', '这份公示已经处理过了');
  if (req.version !== d.version) throw new AppError('CONFLICT', '公示内容已更新，请刷新后再审核');
  const at = deps.clock.now().toISOString();
  const next = stepped(d, at, 'draft', 'reject', req.note, { reviewNote: req.note, reviewerOpenid: scope.openid });
  await saveDraft(deps, next, d);
  return reviewItem(deps, next);
}

export async function withdraw(deps: PublicityDeps, caller: Caller, req: { id: string; reason: string }) {
  const scope = await scopeOf(deps, caller);
  const d = await reviewable(deps, scope, req.id);
  if (d.status !== 'published') throw new AppError('CONFLICT', '只有已发布的公示可以撤回');
  const at = deps.clock.now().toISOString();
  const next = stepped(d, at, 'withdrawn', 'withdraw', req.reason, { withdrawReason: req.reason });
  await saveDraft(deps, next, d);
  // Field-level: objections counted meanwhile, or a privacy flag, stay as stored.
  await deps.store.withdrawDisclosure(d.id, { at, reason: req.reason });
  return reviewItem(deps, next);
}

export async function reviewerDue(deps: PublicityDeps, caller: Caller) {
  const scope = await scopeOf(deps, caller);
  if (!scope.kinds.includes('town_reviewer')) {
    // The 政务公开办: the county's own items, whichever unit answers for them.
    return dueFor(deps, [scope.countyCode], (item) => item.levels.includes('county'));
  }
  const parent = scope.townCode ?? scope.countyCode;
  // A town's villages; for a county reviewer, the villages of its first towns (the list is capped).
  const towns = scope.townCode ? [scope.townCode] : (await deps.store.listRegionChildren(parent, 100)).map((t) => t.code);
  const villages: string[] = [];
  for (const t of towns) {
    if (villages.length >= 50) break;
    villages.push(...(await deps.store.listRegionChildren(t, 100)).map((v) => v.code));
  }
  return dueFor(deps, villages.slice(0, 50));
}
