// The figures: the county dashboard (admin stats.dashboard, stats.export as CSV) and the
// public figures (public stats.public), all from the counters of one period — one read of the
// counters by county and period, plus the county's units and towns for their current names.
// A rate over fewer than MIN_SAMPLE events is not given (样本不足), never 0% or 100% from a
// handful.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import type { Clock, Store } from '../store';
import { domainPeriod, STATS_METRICS, type StatsCounter, type StatsCounts, type StatsKind } from './model';

export const MIN_SAMPLE = 5;
export const INSUFFICIENT = '样本不足';
/** Counters read per dashboard: a county's units, towns (and itself) of one period. */
const MAX_COUNTERS = 300;

export interface Rate {
  num: number;
  den: number;
  /** num / den, null when den < MIN_SAMPLE. */
  rate: number | null;
  /** 87.5% or 样本不足. */
  text: string;
}

export interface StatsRow {
  kind: StatsKind;
  scopeId: string;
  name: string;
  counts: Required<StatsCounts>;
  /** 及时签收率 */
  acceptedOnTime: Rate;
  /** 按期办结率 */
  answeredOnTime: Rate;
  /** 满意率 */
  satisfied: Rate;
  /** 公开及时率: published within the item's 公开时限. */
  publishedOnTime: Rate;
  /** 平均办理工作日, null under MIN_SAMPLE answers. */
  averageWorkdays: number | null;
  /** 依申请公开按期答复率 */
  applicationsOnTime: Rate;
}

export interface StatsDashboard {
  countyCode: string;
  period: string;
  /** The 领域 the figures are of; absent: all domains. */
  domain?: string;
  county: StatsRow;
  /** Ranked by 按期办结率 (rates first, 样本不足 last), then received. */
  units: StatsRow[];
  towns: StatsRow[];
  villages: StatsRow[];
}

export function rate(num: number, den: number): Rate {
  if (den < MIN_SAMPLE) return { num, den, rate: null, text: INSUFFICIENT };
  const r = num / den;
  return { num, den, rate: r, text: `${(Math.round(r * 1000) / 10).toFixed(1)}%` };
}

function full(c: StatsCounts): Required<StatsCounts> {
  const out = {} as Required<StatsCounts>;
  for (const m of STATS_METRICS) out[m] = c[m] ?? 0;
  return out;
}

export function rowOf(kind: StatsKind, scopeId: string, name: string, counts: StatsCounts): StatsRow {
  const n = full(counts);
  return {
    kind,
    scopeId,
    name,
    counts: n,
    acceptedOnTime: rate(n.acceptedOnTime, n.accepted),
    answeredOnTime: rate(n.answeredOnTime, n.answered),
    satisfied: rate(n.satisfied, n.rated),
    publishedOnTime: rate(n.publishedOnTime, n.published),
    averageWorkdays: n.answered >= MIN_SAMPLE ? Math.round((n.answerWorkdays / n.answered) * 10) / 10 : null,
    applicationsOnTime: rate(n.applicationsAnsweredOnTime, n.applicationsAnswered),
  };
}

const ranked = (rows: StatsRow[]) =>
  rows.sort(
    (a, b) =>
      (b.answeredOnTime.rate ?? -1) - (a.answeredOnTime.rate ?? -1) ||
      b.counts.received - a.counts.received ||
      a.scopeId.localeCompare(b.scopeId),
  );

export const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export const UNKNOWN_DOMAIN = '领域有误：请从本县的公开领域中选择';

/** Throws unless `domain` is one of the county's 领域 (one read of the county). */
export async function requireCountyDomain(store: Store, countyCode: string, domain: string): Promise<void> {
  const county = await store.getCounty(countyCode);
  if (!county?.domains.some((d) => d.id === domain)) throw new AppError('INVALID_INPUT', UNKNOWN_DOMAIN);
}

/**
 * Counters of one domain exist only for a domain the county has (a complaint's or a disclosure's
 * domain is checked when it is made, and a county never drops one): with a domain, the counters
 * are read first and the county only when there are none — an unknown domain or an empty
 * period. Either way at most 3 reads, as without a domain.
 */
export async function dashboardOf(
  store: Store,
  countyCode: string,
  period: string,
  scope?: StatsKind,
  domain?: string,
): Promise<StatsDashboard> {
  if (!PERIOD_RE.test(period)) throw new AppError('INVALID_INPUT', '统计期应为 YYYY-MM 或 YYYY');
  const kinds: StatsKind[] = scope && scope !== 'county' ? ['county', scope] : ['county', 'unit', 'town'];
  const read = () => store.listStats(countyCode, domainPeriod(period, domain), kinds, MAX_COUNTERS);
  const first = domain ? await read() : undefined;
  if (first && !first.length) await requireCountyDomain(store, countyCode, domain!);
  const names = first && !first.length;
  const [counters, units, towns] = await Promise.all([
    first ?? read(),
    names ? Promise.resolve([]) : store.listUnits(countyCode),
    !names && kinds.includes('town') ? store.listRegionChildren(countyCode, 100) : Promise.resolve([]),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const townName = new Map(towns.map((t) => [t.code, t.name]));
  const of = (kind: StatsKind) => counters.filter((c: StatsCounter) => c.kind === kind);
  const county = of('county')[0];
  return {
    countyCode,
    period,
    ...(domain ? { domain } : {}),
    county: rowOf('county', countyCode, '全县', county?.counts ?? {}),
    units: ranked(of('unit').map((c) => rowOf('unit', c.scopeId, unitName.get(c.scopeId) ?? c.name, c.counts))),
    towns: ranked(of('town').map((c) => rowOf('town', c.scopeId, townName.get(c.scopeId) ?? (c.name || c.scopeId), c.counts))),
    villages: ranked(of('village').map((c) => rowOf('village', c.scopeId, c.name || c.scopeId, c.counts))),
  };
}

export interface StatsRequest {
  period: string;
  scope?: StatsKind;
  /** One 领域's figures; absent: all. */
  domain?: string;
}

export async function statsDashboard(deps: { store: Store }, caller: Caller, req: StatsRequest) {
  const admin = requireCountyAdmin(caller, '查看统计');
  return dashboardOf(deps.store, admin.countyCode, req.period, req.scope, req.domain);
}

const KIND_NAMES: Record<StatsKind, string> = { county: '全县', unit: '单位', town: '乡镇', village: '村' };

export const STATS_CSV_HEADER = [
  '统计期',
  '领域',
  '范围',
  '名称',
  '收到诉求',
  '签收数',
  '及时签收数',
  '及时签收率',
  '答复数',
  '按期办结数',
  '按期办结率',
  '平均办理工作日',
  '评价数',
  '满意数',
  '满意率',
  '重办数',
  '发布数',
  '按时发布数',
  '公开及时率',
  '收到信息公开申请',
  '申请答复数',
  '申请按期答复数',
  '申请按期答复率',
  '申请延期数',
  '予以公开',
  '部分公开',
  '不予公开',
  '无此信息',
  '非本机关掌握',
  '重复申请',
];

function csvCell(x: unknown): string {
  const s = x === null || x === undefined ? '' : String(x);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function statsExport(deps: { store: Store; clock: Clock }, caller: Caller, req: StatsRequest) {
  const admin = requireCountyAdmin(caller, '导出统计');
  const [d, county] = await Promise.all([
    dashboardOf(deps.store, admin.countyCode, req.period, req.scope, req.domain),
    req.domain ? deps.store.getCounty(admin.countyCode) : Promise.resolve(null),
  ]);
  // The 领域 by its name, as the county's people know it.
  const domainName = req.domain ? (county?.domains.find((x) => x.id === req.domain)?.name ?? req.domain) : '全部领域';
  const lines = [STATS_CSV_HEADER.join(',')];
  const rows = [d.county, ...d.units, ...d.towns, ...d.villages];
  for (const r of rows) {
    const n = r.counts;
    lines.push(
      [
        d.period,
        domainName,
        KIND_NAMES[r.kind],
        r.name,
        n.received,
        n.accepted,
        n.acceptedOnTime,
        r.acceptedOnTime.text,
        n.answered,
        n.answeredOnTime,
        r.answeredOnTime.text,
        r.averageWorkdays ?? INSUFFICIENT,
        n.rated,
        n.satisfied,
        r.satisfied.text,
        n.reopened,
        n.published,
        n.publishedOnTime,
        r.publishedOnTime.text,
        n.applicationsReceived,
        n.applicationsAnswered,
        n.applicationsAnsweredOnTime,
        r.applicationsOnTime.text,
        n.applicationsExtended,
        n.applicationsDisclosed,
        n.applicationsPartlyDisclosed,
        n.applicationsWithheld,
        n.applicationsNoSuchInfo,
        n.applicationsNotHeld,
        n.applicationsRepeated,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const suffix = req.domain ? `-${req.domain}` : '';
  return { filename: `统计-${admin.countyCode}-${d.period}${suffix}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: rows.length };
}

export interface PublicUnitFigures {
  unitId: string;
  name: string;
  published: number;
  /** 公开及时率 */
  publishedOnTime: Rate;
  received: number;
  /** 按期办结率 */
  answeredOnTime: Rate;
  /** 满意率 */
  satisfied: Rate;
}

export interface PublicStats {
  countyCode: string;
  countyName: string;
  period: string;
  /** Present when the figures are one 领域's. */
  domain?: string;
  county: Omit<PublicUnitFigures, 'unitId' | 'name'>;
  units: PublicUnitFigures[];
}

/** What anyone may see: per unit, no village or person in it. */
export async function publicStats(store: Store, countyCode: string, period: string, domain?: string): Promise<PublicStats> {
  const county = await store.getCounty(countyCode);
  if (!county) throw new AppError('NOT_FOUND', '这个县（区）还没有建立政务公开目录');
  if (domain && !county.domains.some((d) => d.id === domain)) throw new AppError('INVALID_INPUT', UNKNOWN_DOMAIN);
  const d = await dashboardOf(store, countyCode, period, 'unit', domain);
  const figures = (r: StatsRow) => ({
    published: r.counts.published,
    publishedOnTime: r.publishedOnTime,
    received: r.counts.received,
    answeredOnTime: r.answeredOnTime,
    satisfied: r.satisfied,
  });
  return {
    countyCode,
    countyName: county.name,
    period,
    ...(domain ? { domain } : {}),
    county: figures(d.county),
    units: d.units.map((r): PublicUnitFigures => ({ unitId: r.scopeId, name: r.name, ...figures(r) })),
  };
}
