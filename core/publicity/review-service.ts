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
import { dueFor, previewOptions, type PublicityDeps } from './cadre-service';

type ReviewScope = { countyCode: string; townCode?: string; openid: string };

function reviewerOf(caller: Caller): ReviewScope {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  const a = caller.account;
  const code = a?.regionCodes[0];
  if (a?.role !== 'reviewer' || !code || (code.length !== 6 && code.length !== 9)) {
    throw new AppError('FORBIDDEN', '只有乡镇或县级审核人可以审核公示');
  }
  return { countyCode: code.slice(0, 6), ...(code.length === 9 ? { townCode: code } : {}), openid: a.openid };
}

/** A draft in the reviewer's town or county; another town's is FORBIDDEN. */
async function reviewable(deps: PublicityDeps, scope: ReviewScope, id: string): Promise<Draft> {
  const d = await deps.store.getDraft(id);
  // A draft never submitted is the cadre's alone; one sent back stays readable to its reviewer.
  if (!d || (d.status === 'draft' && !d.submittedAt)) throw new AppError('NOT_FOUND', '没有找到这份待审核的公示');
  const mine = scope.townCode ? d.townCode === scope.townCode : d.countyCode === scope.countyCode;
  if (!mine) throw new AppError('FORBIDDEN', '这份公示不属于您审核的范围');
  return d;
}

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
  const scope = reviewerOf(caller);
  const after = req.cursor ? decodeCursor(req.cursor, ['updatedAt', 'id']) : undefined;
  const rows = await deps.store.listDraftsForReview({ ...scope, status: req.status ?? 'pending_review', limit: PAGE + 1, after });
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  return {
    items: page.map((d) => ({
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
  return reviewItem(deps, await reviewable(deps, reviewerOf(caller), id));
}

/** Who publishes a village 公示: the village's or the community's committee. */
export function committeeName(place: string): string {
  if (place.endsWith('社区')) return `${place}居民委员会`;
  if (place.endsWith('村')) return `${place}村民委员会`;
  return `${place}村（居）民委员会`;
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
  const scope = reviewerOf(caller);
  const d = await reviewable(deps, scope, req.id);
  const item = await deps.store.getCatalogItem(d.itemId);
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
  const [cal, county] = await Promise.all([loadCalendar(deps.store, now.getTime()), deps.store.getCounty(d.countyCode)]);
  const publicity = publicityPeriod(
    cal,
    shanghaiDate(now),
    d.publicityStart,
    item?.publicityDays ?? DEFAULT_PUBLICITY,
    limitsFor(county?.limits),
  );
  const disclosure: Disclosure = {
    id: d.id,
    itemId: d.itemId,
    countyCode: d.countyCode,
    regionCode: d.regionCode,
    regionName: d.regionName,
    level: 'village',
    domain: d.domain,
    title: p.title,
    body: p.body,
    ...(p.table ? { table: p.table } : {}),
    attachments: p.attachments,
    masking,
    publicity,
    status: 'published',
    publishedAt: at,
    unitName: committeeName(d.regionName),
    reviewUnitId: `${d.townCode}-gov`,
    demo: false,
  };
  // The cadre's unmasked table is erased: from now on only the masked copy exists.
  const period = `公示期 ${publicity.start} 至 ${publicity.end}`;
  const approveNote = hardship.length ? `${period}；审核人确认公开困难类别：${confirmNote}` : period;
  const next = stepped(d, at, 'published', 'approve', approveNote, { reviewerOpenid: scope.openid, masking });
  delete next.rawTable;
  await saveDraft(deps, next, d);
  await deps.store.putDisclosures([disclosure]);
  return reviewItem(deps, next, item);
}

export async function reject(deps: PublicityDeps, caller: Caller, req: { id: string; version: number; note: string }) {
  const scope = reviewerOf(caller);
  const d = await reviewable(deps, scope, req.id);
  if (d.status !== 'pending_review') throw new AppError('CONFLICT', '这份公示已经处理过了');
  if (req.version !== d.version) throw new AppError('CONFLICT', '公示内容已更新，请刷新后再审核');
  const at = deps.clock.now().toISOString();
  const next = stepped(d, at, 'draft', 'reject', req.note, { reviewNote: req.note, reviewerOpenid: scope.openid });
  await saveDraft(deps, next, d);
  return reviewItem(deps, next);
}

export async function withdraw(deps: PublicityDeps, caller: Caller, req: { id: string; reason: string }) {
  const scope = reviewerOf(caller);
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
  const scope = reviewerOf(caller);
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
