// The county's monthly trend for the 统计 page's chart: per month 收到诉求, 按期办结率, 满意率 and
// 公开及时率, read from the month counters in one read. A month with fewer than MIN_SAMPLE
// events has no rate (null): the chart leaves a gap there, never a point at 0% or 100%.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import type { Clock, Store } from '../store';
import { shanghaiDate } from '../time/shanghai';
import { domainPeriod } from './model';
import { PERIOD_RE, requireCountyDomain, rowOf, type Rate } from './service';

export interface TrendMonth {
  /** YYYY-MM */
  month: string;
  received: number;
  /** 按期办结率 */
  answeredOnTime: Rate;
  /** 满意率 */
  satisfied: Rate;
  /** 公开及时率 */
  publishedOnTime: Rate;
}

export interface StatsTrend {
  countyCode: string;
  period: string;
  domain?: string;
  months: TrendMonth[];
}

const TREND_MONTHS = 12;

/** The months a period's trend covers: a year's months, or the 12 months ending with a month; none after `thisMonth`. */
export function trendMonths(period: string, thisMonth: string): string[] {
  if (!PERIOD_RE.test(period)) throw new AppError('INVALID_INPUT', '统计期应为 YYYY-MM 或 YYYY');
  const [y, m] = period.length === 4 ? [Number(period), 12] : [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const out: string[] = [];
  for (let i = TREND_MONTHS - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (month <= thisMonth) out.push(month);
  }
  return out;
}

/** One point per month, in order; a month without a counter is a month of nothing (0 received, no rates). */
export function trendOf(months: string[], countsByMonth: Map<string, Parameters<typeof rowOf>[3]>): TrendMonth[] {
  return months.map((month) => {
    const r = rowOf('county', '', '', countsByMonth.get(month) ?? {});
    return {
      month,
      received: r.counts.received,
      answeredOnTime: r.answeredOnTime,
      satisfied: r.satisfied,
      publishedOnTime: r.publishedOnTime,
    };
  });
}

export async function trendOfCounty(store: Store, countyCode: string, period: string, now: Date, domain?: string): Promise<StatsTrend> {
  const months = trendMonths(period, shanghaiDate(now).slice(0, 7));
  const keys = months.map((m) => domainPeriod(m, domain));
  const counters = await store.listStatsOfPeriods(countyCode, keys, ['county'], TREND_MONTHS);
  // No counter of the domain at all: the county says whether it has that domain (see dashboardOf).
  if (domain && !counters.length) await requireCountyDomain(store, countyCode, domain);
  const byMonth = new Map(counters.map((c) => [c.period.slice(0, 7), c.counts]));
  return { countyCode, period, ...(domain ? { domain } : {}), months: trendOf(months, byMonth) };
}

export async function statsTrend(
  deps: { store: Store; clock: Clock },
  caller: Caller,
  req: { period: string; domain?: string },
): Promise<StatsTrend> {
  const admin = requireCountyAdmin(caller, '查看统计');
  return trendOfCounty(deps.store, admin.countyCode, req.period, deps.clock.now(), req.domain);
}
