// Who reviews what is published, per level — a county setting (County.reviewers). Defaults:
// county items by the 政务公开办 (its staff or the county admin), town and village items by the
// town's reviewer. A county reviewer (role reviewer bound to the county) may do whatever a
// town reviewer of its county may.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { PublishLevel } from '../model';
import type { County, ReviewerKind } from '../regions/county';
import type { Store } from '../store';
import type { Draft } from './model';

export const DEFAULT_REVIEWERS: Record<PublishLevel, ReviewerKind> = {
  county: 'opengov',
  town: 'town_reviewer',
  village: 'town_reviewer',
};

export function reviewerKindFor(county: Pick<County, 'reviewers'> | null, level: PublishLevel): ReviewerKind {
  return county?.reviewers?.[level] ?? DEFAULT_REVIEWERS[level];
}

export interface ReviewScope {
  countyCode: string;
  /** A town reviewer's town. */
  townCode?: string;
  openid: string;
  kinds: ReviewerKind[];
  /** The unit objections to what this reviewer approved go to, when known. */
  unitId?: string;
}

export async function reviewerOf(store: Pick<Store, 'getUnit' | 'getCounty'>, caller: Caller): Promise<ReviewScope> {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  const a = caller.account;
  const code = a?.regionCodes[0];
  if (a?.role === 'reviewer' && code && code.length === 9) {
    return { countyCode: code.slice(0, 6), townCode: code, openid: a.openid, kinds: ['town_reviewer'] };
  }
  if (a?.role === 'reviewer' && code && code.length === 6) {
    return { countyCode: code, openid: a.openid, kinds: ['town_reviewer', 'county_reviewer'] };
  }
  if (a?.role === 'county_admin' && code && code.length === 6) {
    const county = await store.getCounty(code);
    return { countyCode: code, openid: a.openid, kinds: ['opengov'], ...(county ? { unitId: county.openGovUnitId } : {}) };
  }
  if (a?.role === 'unit_staff' && a.unitId) {
    const unit = await store.getUnit(a.unitId);
    if (unit?.isOpenGovOffice) return { countyCode: unit.countyCode, openid: a.openid, kinds: ['opengov'], unitId: unit.id };
  }
  throw new AppError('FORBIDDEN', '只有审核人或县政务公开办可以审核公开信息');
}

export function levelOfDraft(d: Pick<Draft, 'level'>): PublishLevel {
  return d.level ?? 'village';
}

/** Whether scope reviews d under the county's setting. */
export function mayReview(
  scope: ReviewScope,
  d: Pick<Draft, 'countyCode' | 'level' | 'townCode'>,
  county: Pick<County, 'reviewers'> | null,
): boolean {
  if (d.countyCode !== scope.countyCode) return false;
  const kind = reviewerKindFor(county, levelOfDraft(d));
  if (!scope.kinds.includes(kind)) return false;
  if (kind === 'town_reviewer' && scope.townCode) return d.townCode === scope.townCode;
  return true;
}
