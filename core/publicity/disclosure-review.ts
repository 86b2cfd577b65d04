// After publication: the 政务公开办 checks disclosures a resident reported as leaking personal
// data (privacy.list / privacy.clear; withdrawing is disclosures.withdraw), and the reviewing
// unit publishes the 异议处理结果 of a 公示 that drew objections (objections.outcome).
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Disclosure, ObjectionOutcome } from '../model';
import { toView } from '../disclosures/public-view';
import type { DisclosureView } from '../api/public-views';
import { recordAudit } from '../audit';
import { maskText } from '../privacy/masker';
import type { PublicityDeps } from './cadre-service';
import { mayReview, reviewerOf, type ReviewScope } from './reviewers';

export interface FlaggedDisclosure {
  /** What the public would read, with the stored (masked) table and attachments for the check. */
  disclosure: DisclosureView;
  privacyReview: NonNullable<Disclosure['privacyReview']>;
}

const PAGE = 50;

async function openGovOf(deps: PublicityDeps, caller: Caller): Promise<ReviewScope> {
  const scope = await reviewerOf(deps.store, caller);
  if (!scope.kinds.includes('opengov')) throw new AppError('FORBIDDEN', '只有县政务公开办可以核查泄露个人信息的反映');
  return scope;
}

async function flaggedOf(deps: PublicityDeps, scope: ReviewScope, id: string): Promise<Disclosure> {
  const d = await deps.store.getDisclosure(id);
  if (!d) throw new AppError('NOT_FOUND', '没有找到这条公开信息');
  if (d.countyCode !== scope.countyCode) throw new AppError('FORBIDDEN', '这条公开信息不属于您所在的县');
  return d;
}

function flaggedView(deps: PublicityDeps, d: Disclosure): FlaggedDisclosure {
  const view = toView({ ...d, privacyReview: undefined }, null, deps.clock.now());
  return { disclosure: { ...view, table: d.table, attachments: d.attachments }, privacyReview: d.privacyReview! };
}

/** The county's disclosures under an open leak report, newest first: checked before anything else. */
export async function listPrivacyFlagged(deps: PublicityDeps, caller: Caller): Promise<{ items: FlaggedDisclosure[] }> {
  const scope = await openGovOf(deps, caller);
  const rows = await deps.store.listPrivacyFlagged(scope.countyCode, PAGE);
  return { items: rows.map((d) => flaggedView(deps, d)) };
}

/** Nothing personal found: the review closes and the table returns to public view. */
export async function clearPrivacy(deps: PublicityDeps, caller: Caller, req: { id: string; note: string }): Promise<FlaggedDisclosure> {
  const scope = await openGovOf(deps, caller);
  const d = await flaggedOf(deps, scope, req.id);
  if (!d.privacyReview || d.privacyReview.cleared) throw new AppError('CONFLICT', '这条公开信息没有待核查的反映');
  const now = deps.clock.now();
  const cleared = { at: now.toISOString(), note: maskText(req.note).text };
  if (!(await deps.store.clearDisclosurePrivacy(d.id, d.privacyReview.complaintId, cleared))) {
    throw new AppError('CONFLICT', '核查期间又收到了新的反映，请刷新后再核查');
  }
  await recordAudit(deps.store, now, {
    actor: scope.openid,
    role: caller.account!.role,
    action: 'privacy.clear',
    target: `disclosure:${d.id}`,
    before: d.privacyReview,
    after: { ...d.privacyReview, cleared },
    countyCode: scope.countyCode,
  });
  return flaggedView(deps, { ...d, privacyReview: { ...d.privacyReview, cleared } });
}

/**
 * Something personal was found: the 政务公开办 withdraws the disclosure, whatever level published
 * it (a village 公示 too: a leak is the county's to stop). Its draft, when it has one, is
 * withdrawn with it so the publisher and the reviewer see why.
 */
export async function withdrawFlagged(
  deps: PublicityDeps,
  caller: Caller,
  req: { id: string; reason: string },
): Promise<{ id: string; withdrawal: NonNullable<Disclosure['withdrawal']> }> {
  const scope = await openGovOf(deps, caller);
  const d = await flaggedOf(deps, scope, req.id);
  if (d.status === 'withdrawn' && d.withdrawal) return { id: d.id, withdrawal: d.withdrawal }; // a retry
  if (!d.privacyReview || d.privacyReview.cleared) throw new AppError('CONFLICT', '这条公开信息没有待核查的反映');
  const now = deps.clock.now();
  const at = now.toISOString();
  const withdrawal = { at, reason: maskText(req.reason).text };
  await deps.store.withdrawDisclosure(d.id, withdrawal);
  const draft = await deps.store.getDraft(d.id);
  if (draft && draft.status === 'published') {
    const next = {
      ...draft,
      status: 'withdrawn' as const,
      withdrawReason: withdrawal.reason,
      version: draft.version + 1,
      updatedAt: at,
      history: [...draft.history, { at, action: 'withdraw' as const, by: '县政务公开办', note: withdrawal.reason }],
    };
    // A reviewer acting on the draft meanwhile wins its history; the public copy is withdrawn either way.
    await deps.store.updateDraft(next, draft.version);
  }
  await recordAudit(deps.store, now, {
    actor: scope.openid,
    role: caller.account!.role,
    action: 'privacy.withdraw',
    target: `disclosure:${d.id}`,
    before: { status: d.status, privacyReview: d.privacyReview },
    after: { status: 'withdrawn', withdrawal },
    countyCode: scope.countyCode,
  });
  return { id: d.id, withdrawal };
}

/** The reviewer of a 公示 that drew objections publishes what was decided (text masked). */
export async function publishObjectionOutcome(
  deps: PublicityDeps,
  caller: Caller,
  req: { disclosureId: string; upheld: boolean; text: string },
): Promise<{ objectionOutcome: ObjectionOutcome }> {
  const scope = await reviewerOf(deps.store, caller);
  const d = await deps.store.getDisclosure(req.disclosureId);
  if (!d) throw new AppError('NOT_FOUND', '没有找到这条公开信息');
  // Whoever reviews disclosures of its level and place under the county's setting.
  const at = { countyCode: d.countyCode, level: d.level, townCode: d.regionCode.slice(0, 9) };
  if (!mayReview(scope, at, await deps.store.getCounty(d.countyCode))) {
    throw new AppError('FORBIDDEN', '这份公示不属于您审核的范围');
  }
  if (d.status !== 'published') throw new AppError('CONFLICT', '只有已发布的公示可以公布异议处理结果');
  if (!d.objections) throw new AppError('CONFLICT', '这份公示还没有收到异议');
  const unit = d.reviewUnitId ? await deps.store.getUnit(d.reviewUnitId) : null;
  const now = deps.clock.now();
  const outcome: ObjectionOutcome = {
    upheld: req.upheld,
    text: maskText(req.text).text,
    at: now.toISOString(),
    unitName: unit?.name ?? '审核单位',
  };
  await deps.store.setObjectionOutcome(d.id, outcome);
  await recordAudit(deps.store, now, {
    actor: scope.openid,
    role: caller.account!.role,
    action: 'objections.outcome',
    target: `disclosure:${d.id}`,
    before: d.objectionOutcome ?? null,
    after: outcome,
    countyCode: scope.countyCode,
  });
  return { objectionOutcome: outcome };
}
