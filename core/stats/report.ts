// The monthly report (定期报告) the county prints: for the county, each town and each unit,
// the month's counters (core/stats/service) beside what is true as the report is made —
// 公开率 and 逾期未更新 of the items kept up by cycle, and complaints overdue now. Read-only:
// the counters, the catalog, the latest disclosures per place (a few pages each, like the due
// lists) and the overdue end of the county's open queue; nothing is counted by a scan.
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import { itemState, nextDueDate } from '../catalog/state';
import type { ComplaintStatus } from '../complaints/model';
import type { CatalogItem, Disclosure, PublishLevel } from '../model';
import type { Clock, Store } from '../store';
import { AppError } from '../api/errors';
import { dashboardOf, rate, rowOf, UNKNOWN_DOMAIN, type Rate, type StatsRow } from './service';

/** 公开率: of the items kept up by cycle (主动公开, with an update cycle), those whose latest disclosure is within it. */
export interface PublicityFigures {
  /** Items due at this place: periodic, 主动, not retired. */
  due: number;
  /** 已公开 within the cycle. */
  current: number;
  /** 逾期未更新: published once, the cycle has run out. */
  overdue: number;
  /** 从未公开 */
  never: number;
  rate: Rate;
}

export interface ReportRow extends StatsRow {
  /** 县级 items for the county and a unit (those it answers for), 乡级 items for a town; the county adds its towns'. */
  publicity: PublicityFigures;
  /** 重办率: reopened / answered. */
  reopened: Rate;
  /** Open complaints past their running deadline as the report is made. */
  overdueNow: number;
}

export interface StatsReport {
  countyCode: string;
  countyName: string;
  period: string;
  /** The 领域 reported on (公开率 over its items, complaints in it); absent: all. */
  domain?: string;
  domainName?: string;
  /** ISO instant the report was made; 公开率 and overdueNow are as of then. */
  generatedAt: string;
  county: ReportRow;
  towns: ReportRow[];
  units: ReportRow[];
  /** True when more overdue complaints exist than were read: overdueNow counts are lower bounds. */
  overdueCapped: boolean;
}

/** Pages of 100 disclosures read per place to find each item's latest. */
const DISCLOSURE_PAGES = 3;
/** Pages of 100 overdue complaints read at most. */
const OVERDUE_PAGES = 10;
const RUNNING: ComplaintStatus[] = ['submitted', 'accepted', 'in_progress'];

const periodic = (item: CatalogItem) => item.mode === '主动' && !item.retired && nextDueDate(item, '2000-01-01') !== null;

export function emptyPublicity(): PublicityFigures {
  return { due: 0, current: 0, overdue: 0, never: 0, rate: rate(0, 0) };
}

/** 公开率 of `items` at one place, given each item's latest disclosure there. */
export function publicityOf(items: CatalogItem[], latest: Map<string, Disclosure>, now: Date): PublicityFigures {
  const f = emptyPublicity();
  for (const item of items) {
    if (!periodic(item)) continue;
    f.due++;
    const { state } = itemState(item, latest.get(item.id) ?? null, now);
    if (state === '已公开') f.current++;
    else if (state === '逾期未更新') f.overdue++;
    else f.never++;
  }
  return { ...f, rate: rate(f.current, f.due) };
}

export function addPublicity(a: PublicityFigures, b: PublicityFigures): PublicityFigures {
  const current = a.current + b.current;
  const due = a.due + b.due;
  return { due, current, overdue: a.overdue + b.overdue, never: a.never + b.never, rate: rate(current, due) };
}

async function latestAt(store: Store, regionCode: string): Promise<Map<string, Disclosure>> {
  const latest = new Map<string, Disclosure>();
  let after: { publishedAt: string; id: string } | undefined;
  for (let page = 0; page < DISCLOSURE_PAGES; page++) {
    const rows = await store.listDisclosures({ regionCodes: [regionCode], limit: 100, after });
    for (const d of rows) if (!latest.has(d.itemId)) latest.set(d.itemId, d);
    if (rows.length < 100) break;
    const last = rows[rows.length - 1];
    after = { publishedAt: last.publishedAt, id: last.id };
  }
  return latest;
}

/** Open complaints whose running deadline has passed, counted per unit and town (the queue is read soonest deadline first, so only the overdue end). */
async function overdueNow(store: Store, countyCode: string, nowIso: string, domain?: string) {
  const byUnit = new Map<string, number>();
  const byTown = new Map<string, number>();
  let total = 0;
  let after: { dueAt: string; id: string } | undefined;
  for (let page = 0; page < OVERDUE_PAGES; page++) {
    const rows = await store.listComplaints({ countyCode, statuses: RUNNING, limit: 100, after });
    for (const c of rows) {
      if (c.dueAt >= nowIso) return { total, byUnit, byTown, capped: false };
      if (domain && c.domain !== domain) continue;
      total++;
      byUnit.set(c.unitId, (byUnit.get(c.unitId) ?? 0) + 1);
      if (c.regionCode.length >= 9) byTown.set(c.regionCode.slice(0, 9), (byTown.get(c.regionCode.slice(0, 9)) ?? 0) + 1);
    }
    if (rows.length < 100) return { total, byUnit, byTown, capped: false };
    const last = rows[rows.length - 1];
    after = { dueAt: last.dueAt, id: last.id };
  }
  return { total, byUnit, byTown, capped: true };
}

/** Runs `f` over `xs`, `n` at a time (the cloud allows few concurrent reads per function). */
async function inBatches<T, R>(xs: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < xs.length; i += n) out.push(...(await Promise.all(xs.slice(i, i + n).map(f))));
  return out;
}

const at = (level: PublishLevel) => (item: CatalogItem) => item.levels.includes(level);

function reportRow(stats: StatsRow, publicity: PublicityFigures, overdue: number): ReportRow {
  return { ...stats, publicity, reopened: rate(stats.counts.reopened, stats.counts.answered), overdueNow: overdue };
}

export async function reportOf(store: Store, countyCode: string, period: string, now: Date, domain?: string): Promise<StatsReport> {
  const [county, items, units, towns] = await Promise.all([
    store.getCounty(countyCode),
    store.listCatalogItems(countyCode),
    store.listUnits(countyCode),
    store.listRegionChildren(countyCode, 100),
  ]);
  const domainOf = domain ? county?.domains.find((d) => d.id === domain) : undefined;
  if (domain && !domainOf) throw new AppError('INVALID_INPUT', UNKNOWN_DOMAIN);
  const nowIso = now.toISOString();
  const [dash, countyLatest, townLatest, overdue] = await Promise.all([
    dashboardOf(store, countyCode, period, undefined, domain),
    latestAt(store, countyCode),
    inBatches(towns, 4, (t) => latestAt(store, t.code)),
    overdueNow(store, countyCode, nowIso, domain),
  ]);
  const inDomain = (item: CatalogItem) => !domain || item.domain === domain;
  const countyItems = items.filter((i) => at('county')(i) && inDomain(i));
  const townItems = items.filter((i) => at('town')(i) && inDomain(i));
  const unitStats = new Map(dash.units.map((r) => [r.scopeId, r]));
  const townStats = new Map(dash.towns.map((r) => [r.scopeId, r]));

  const unitRows = units.map((u) =>
    reportRow(
      unitStats.get(u.id) ?? rowOf('unit', u.id, u.name, {}),
      publicityOf(
        countyItems.filter((i) => i.unitId === u.id),
        countyLatest,
        now,
      ),
      overdue.byUnit.get(u.id) ?? 0,
    ),
  );
  const townRows = towns.map((t, i) =>
    reportRow(
      townStats.get(t.code) ?? rowOf('town', t.code, t.name, {}),
      publicityOf(townItems, townLatest[i], now),
      overdue.byTown.get(t.code) ?? 0,
    ),
  );
  const countyPublicity = townRows.reduce((sum, r) => addPublicity(sum, r.publicity), publicityOf(countyItems, countyLatest, now));
  // Units in the dashboard's order (按期办结率, then volume); those without events after, by name.
  const order = new Map(dash.units.map((r, i) => [r.scopeId, i]));
  unitRows.sort((a, b) => (order.get(a.scopeId) ?? 1e9) - (order.get(b.scopeId) ?? 1e9) || a.name.localeCompare(b.name, 'zh'));
  return {
    countyCode,
    countyName: county?.name ?? countyCode,
    period,
    ...(domainOf ? { domain: domainOf.id, domainName: domainOf.name } : {}),
    generatedAt: nowIso,
    county: reportRow(dash.county, countyPublicity, overdue.total),
    towns: townRows,
    units: unitRows,
    overdueCapped: overdue.capped,
  };
}

export async function statsReport(
  deps: { store: Store; clock: Clock },
  caller: Caller,
  req: { period: string; domain?: string },
): Promise<StatsReport> {
  const admin = requireCountyAdmin(caller, '查看统计');
  return reportOf(deps.store, admin.countyCode, req.period, deps.clock.now(), req.domain);
}
