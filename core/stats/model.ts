// Statistics kept as events happen (issue 11 parts 5-7): counters per scope and period,
// incremented atomically where the events happen (core/stats/record.ts), read by the county
// dashboard, its CSV, and the public figures (core/stats/service.ts).

/** What is counted. Complaints: received, 签收 (on time), 答复 (on time), rated, satisfied (≥ 4 stars), reopened, working days to answer. Publication: published, published within the item's 公开时限. Applications (依申请公开): see below. */
export const STATS_METRICS = [
  'received',
  'accepted',
  'acceptedOnTime',
  'answered',
  'answeredOnTime',
  'answerWorkdays',
  'rated',
  'satisfied',
  'reopened',
  'published',
  'publishedOnTime',
  // 依申请公开 (core/applications/stats.ts): received, answered (on time), extended, rated, and
  // one counter per outcome of 条例 Art. 36.
  'applicationsReceived',
  'applicationsAnswered',
  'applicationsAnsweredOnTime',
  'applicationsExtended',
  'applicationsRated',
  'applicationsSatisfied',
  'applicationsDisclosed',
  'applicationsPartlyDisclosed',
  'applicationsWithheld',
  'applicationsNoSuchInfo',
  'applicationsNotHeld',
  'applicationsRepeated',
] as const;
export type StatsMetric = (typeof STATS_METRICS)[number];
export type StatsCounts = Partial<Record<StatsMetric, number>>;

export type StatsKind = 'county' | 'unit' | 'town' | 'village';

/**
 * One counter document: a scope in a period ('YYYY-MM' or 'YYYY', or either with `~<domainId>`
 * for the events of one 领域, see domainPeriod); id `${kind}:${scopeId}:${period}`.
 */
export interface StatsKey {
  id: string;
  countyCode: string;
  period: string;
  kind: StatsKind;
  scopeId: string;
  /** The scope's name when the counter was first made (units are shown by their current name). */
  name: string;
}

export interface StatsCounter extends StatsKey {
  counts: StatsCounts;
}

export function statsKey(countyCode: string, period: string, kind: StatsKind, scopeId: string, name: string): StatsKey {
  return { id: `${kind}:${scopeId}:${period}`, countyCode, period, kind, scopeId, name };
}

/**
 * The period key of one domain's counters: `2026-05~land`. Kept beside the all-domain
 * counters (not instead of them) so the dashboard of a period, with or without a domain, is
 * still one read of the counters.
 */
export function domainPeriod(period: string, domain?: string): string {
  return domain ? `${period}~${domain}` : period;
}

/** Events are counted in both their month and their year, so either period is one read; with a domain, in its own month and year too. */
export function periodsOf(shanghaiDay: string, domain?: string): string[] {
  const plain = [shanghaiDay.slice(0, 7), shanghaiDay.slice(0, 4)];
  return domain ? [...plain, ...plain.map((p) => domainPeriod(p, domain))] : plain;
}
