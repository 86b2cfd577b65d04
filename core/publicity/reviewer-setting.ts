// 审核设置: who reviews what is published at each level is a county setting (County.reviewers,
// read by core/publicity/reviewers.ts). The county admin reads and changes it; each change is
// an audit event, and takes effect for the next review (drafts waiting go to the new reviewer).
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import { recordAudit } from '../audit';
import type { PublishLevel } from '../model';
import type { ReviewerKind } from '../regions/county';
import type { Clock, Store } from '../store';
import { reviewerKindFor } from './reviewers';

export const LEVELS: PublishLevel[] = ['county', 'town', 'village'];

export const REVIEWER_NAMES: Record<ReviewerKind, string> = {
  town_reviewer: '乡镇（街道）审核人',
  county_reviewer: '县级审核人',
  opengov: '县政务公开办',
};

/** Who may be named for each level: a county item has no town to review it. */
export const REVIEWER_CHOICES: Record<PublishLevel, ReviewerKind[]> = {
  county: ['opengov', 'county_reviewer'],
  town: ['town_reviewer', 'county_reviewer', 'opengov'],
  village: ['town_reviewer', 'county_reviewer', 'opengov'],
};

export interface ReviewerSetting {
  countyCode: string;
  reviewers: Record<PublishLevel, ReviewerKind>;
  choices: Record<PublishLevel, Array<{ kind: ReviewerKind; name: string }>>;
}

function settingOf(countyCode: string, county: Parameters<typeof reviewerKindFor>[0]): ReviewerSetting {
  const reviewers = { county: 'opengov', town: 'town_reviewer', village: 'town_reviewer' } as Record<PublishLevel, ReviewerKind>;
  for (const l of LEVELS) reviewers[l] = reviewerKindFor(county, l);
  const choices = {} as ReviewerSetting['choices'];
  for (const l of LEVELS) choices[l] = REVIEWER_CHOICES[l].map((kind) => ({ kind, name: REVIEWER_NAMES[kind] }));
  return { countyCode, reviewers, choices };
}

export async function getReviewerSetting(deps: { store: Store }, caller: Caller): Promise<ReviewerSetting> {
  const admin = requireCountyAdmin(caller, '设置审核');
  return settingOf(admin.countyCode, await deps.store.getCounty(admin.countyCode));
}

export async function putReviewerSetting(
  deps: { store: Store; clock: Clock },
  caller: Caller,
  req: Partial<Record<PublishLevel, ReviewerKind>>,
): Promise<ReviewerSetting> {
  const admin = requireCountyAdmin(caller, '设置审核');
  const county = await deps.store.getCounty(admin.countyCode);
  if (!county) throw new AppError('NOT_FOUND', '没有找到本县的设置');
  const changes = LEVELS.filter((l) => req[l] !== undefined);
  if (!changes.length) throw new AppError('INVALID_INPUT', '没有要修改的内容');
  for (const l of changes) {
    if (!REVIEWER_CHOICES[l].includes(req[l]!))
      throw new AppError(
        'INVALID_INPUT',
        `${l === 'county' ? '县级' : l === 'town' ? '乡镇级' : '村级'}事项不能由${REVIEWER_NAMES[req[l]!]}审核`,
      );
  }
  const before = settingOf(county.code, county).reviewers;
  const reviewers = { ...before };
  for (const l of changes) reviewers[l] = req[l]!;
  const version = county.version ?? 0;
  // Compared and set: another admin's change made meanwhile is never overwritten.
  if (!(await deps.store.updateCounty({ ...county, reviewers, version: version + 1 }, version)))
    throw new AppError('CONFLICT', '审核设置刚被他人修改，请刷新后再试');
  await recordAudit(deps.store, deps.clock.now(), {
    actor: admin.openid,
    role: 'county_admin',
    action: 'reviewers.put',
    target: `county:${county.code}`,
    before,
    after: reviewers,
    countyCode: county.code,
  });
  return settingOf(county.code, { reviewers });
}
