// Who answers a complaint: a route table in the manner of FixMyStreet (an area has bodies, a
// body and category pair has a contact). A route names a unit for a county and, optionally,
// a domain, a town, a category and a kind; the most specific matching route wins. Nothing
// matches: the county's 政务公开办 takes it (it answers for every domain).
//
// A complaint about a catalog item goes to the item's 责任单位 unless a route says otherwise:
// the order is (1) 公示异议 to the reviewing unit, (2) the routes the county set itself (the
// most specific wins), (3) the item's 责任单位 over the routes a county starts with by domain,
// (4) the starting routes (a category route such as 泄露个人信息 -> 政务公开办 still beats the
// item's unit; a domain route only serves complaints without an item), (5) the 政务公开办.
import type { Unit } from '../model';
import type { ComplaintCategory, ComplaintKind } from './model';

export interface Route {
  id: string;
  countyCode: string;
  domain?: string;
  /** 9-digit town code: a route for one town only (its 乡镇人民政府 or 街道办). */
  townCode?: string;
  category?: ComplaintCategory;
  kind?: ComplaintKind;
  unitId: string;
  /** A route the county starts with (defaultRoutes); absent: set by the county, which beats an item's 责任单位. */
  origin?: 'default';
}

export interface RouteInput {
  countyCode: string;
  domain?: string;
  townCode?: string;
  category: ComplaintCategory;
  kind: ComplaintKind;
  /** For 公示异议: the unit (the town) that reviewed the village publicity objected to. */
  reviewerUnitId?: string;
  /** The 责任单位 of the catalog item complained about, when there is one. */
  itemUnitId?: string;
}

export interface RouteResult {
  unitId: string;
  /** The route that matched; null for the fallback and the 公示异议 rule. */
  routeId: string | null;
  /** Why, in Chinese, for the timeline and the county's routing screen. */
  reason: string;
}

export const FALLBACK_REASON = '未找到对应责任单位，由政务公开办受理';
export const REVIEWER_REASON = '公示异议由审核该公示的单位受理';
export const ITEM_UNIT_REASON = '按公开事项的责任单位匹配';

/** Above every default route's weight (at most 15): a route the county set itself. */
const EXPLICIT = 16;
/** The item's 责任单位 ranks just above a default route by domain alone (weight 1). */
const ITEM_UNIT_SCORE = 1.5;

/** Weights: a town beats everything below it, then category, then kind, then domain. */
const WEIGHTS = { townCode: 8, category: 4, kind: 2, domain: 1 } as const;
type Field = keyof typeof WEIGHTS;
/** Order the reason names the fields in. */
const FIELD_NAMES: Array<[Field, string]> = [
  ['domain', '领域'],
  ['townCode', '乡镇'],
  ['category', '问题类别'],
  ['kind', '诉求类型'],
];

function setFields(route: Route): Field[] {
  return FIELD_NAMES.map(([f]) => f).filter((f) => route[f] !== undefined);
}

function matches(route: Route, input: RouteInput): boolean {
  if (route.countyCode !== input.countyCode) return false;
  return setFields(route).every((f) => route[f] === input[f]);
}

function specificity(route: Route): number {
  return setFields(route).reduce((sum, f) => sum + WEIGHTS[f], 0);
}

function reasonOf(route: Route): string {
  const names = FIELD_NAMES.filter(([f]) => route[f] !== undefined).map(([, n]) => n);
  if (names.length === 0) return '按本县默认责任单位匹配';
  const last = names.pop() as string;
  return `按${names.length ? `${names.join('、')}和` : ''}${last}匹配`;
}

export function routeComplaint(input: RouteInput, routes: Route[], fallbackUnitId: string): RouteResult {
  if (input.kind === '公示异议' && input.reviewerUnitId) {
    return { unitId: input.reviewerUnitId, routeId: null, reason: REVIEWER_REASON };
  }
  let best: Route | null = null;
  let bestScore = -1;
  for (const route of routes) {
    if (!matches(route, input)) continue;
    const score = specificity(route) + (route.origin === 'default' ? 0 : EXPLICIT);
    // Plain code-unit comparison of ids: the same answer in every locale and every store order.
    if (score > bestScore || (score === bestScore && best !== null && route.id < best.id)) {
      best = route;
      bestScore = score;
    }
  }
  if (input.itemUnitId && bestScore < ITEM_UNIT_SCORE) return { unitId: input.itemUnitId, routeId: null, reason: ITEM_UNIT_REASON };
  if (!best) return { unitId: fallbackUnitId, routeId: null, reason: FALLBACK_REASON };
  return { unitId: best.unitId, routeId: best.id, reason: reasonOf(best) };
}

/**
 * The routes a county starts with: each domain to the unit that answers for it (never the
 * 政务公开办, which is the fallback anyway), and 泄露个人信息 to the 政务公开办, whose business
 * personal data in disclosures is, whatever the domain.
 *
 * When two units claim a domain (市政服务: 住建局 and 综合行政执法局), the one with the smaller
 * unit id takes it, so the answer does not depend on the order units come out of a store.
 * With the ids of core/catalog (`${county}-zhzf` < `${county}-zjj`) that is 综合行政执法局 for
 * complaints without an item; a complaint about an item goes to the item's 责任单位 first.
 */
export function defaultRoutes(countyCode: string, units: Unit[]): Route[] {
  const own = units.filter((u) => u.countyCode === countyCode).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const owner = new Map<string, string>();
  for (const unit of own) {
    if (unit.isOpenGovOffice) continue;
    for (const domain of unit.domains) if (!owner.has(domain)) owner.set(domain, unit.id);
  }
  const routes: Route[] = [...owner.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([domain, unitId]): Route => ({ id: `${countyCode}-domain-${domain}`, countyCode, domain, unitId, origin: 'default' }));
  const openGov = own.find((u) => u.isOpenGovOffice);
  if (openGov) {
    routes.push({ id: `${countyCode}-category-privacy`, countyCode, category: '泄露个人信息', unitId: openGov.id, origin: 'default' });
  }
  return routes;
}
