// Routing tests in the manner of FixMyStreet's: build the bodies (units) and contacts (routes)
// inline with small helpers, file a complaint, assert who gets it.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  defaultRoutes,
  FALLBACK_REASON,
  ITEM_UNIT_REASON,
  routeComplaint,
  type Route,
  type RouteInput,
} from '../../core/complaints/routing';
import type { Unit } from '../../core/model';
import { buildUnits } from '../../core/catalog/build-county';

const COUNTY = '510118';
const OTHER_COUNTY = '510403';
const TOWN = '510118101'; // a town of the county
const OTHER_TOWN = '510118102';
const OPEN_GOV = `${COUNTY}-zwgk`;

function makeUnit(key: string, domains: string[], opts: { county?: string; openGov?: boolean } = {}): Unit {
  const countyCode = opts.county ?? COUNTY;
  return {
    id: `${countyCode}-${key}`,
    countyCode,
    name: `测试${key}`,
    shortName: key,
    hotline: { number: '028-00000000', demo: true },
    domains,
    isOpenGovOffice: opts.openGov ?? false,
  };
}

let routeSeq = 0;
function makeRoute(unitId: string, match: Omit<Route, 'id' | 'unitId' | 'countyCode'> & { countyCode?: string; id?: string }): Route {
  routeSeq += 1;
  const { id, countyCode, ...fields } = match;
  return { id: id ?? `r${String(routeSeq).padStart(3, '0')}`, countyCode: countyCode ?? COUNTY, unitId, ...fields };
}

function file(routes: Route[], input: Partial<RouteInput> = {}) {
  return routeComplaint({ countyCode: COUNTY, category: '未按规定公开', kind: '投诉举报', ...input }, routes, OPEN_GOV);
}

test('a complaint in a domain goes to the unit of that domain', () => {
  const routes = [
    makeRoute(`${COUNTY}-zjj`, { domain: 'rural_housing_renovation' }),
    makeRoute(`${COUNTY}-jyj`, { domain: 'compulsory_education' }),
  ];
  const r = file(routes, { domain: 'compulsory_education' });
  assert.equal(r.unitId, `${COUNTY}-jyj`);
  assert.equal(r.routeId, routes[1].id);
  assert.equal(r.reason, '按领域匹配');
});

test('a town-specific route beats the county-wide one', () => {
  const routes = [
    makeRoute(`${COUNTY}-zjj`, { domain: 'rural_housing_renovation' }),
    makeRoute(`${COUNTY}-town101`, { domain: 'rural_housing_renovation', townCode: TOWN }),
  ];
  const inTown = file(routes, { domain: 'rural_housing_renovation', townCode: TOWN });
  assert.equal(inTown.unitId, `${COUNTY}-town101`);
  assert.equal(inTown.reason, '按领域和乡镇匹配');
  // Another town, or no town at all, keeps the county-wide unit.
  assert.equal(file(routes, { domain: 'rural_housing_renovation', townCode: OTHER_TOWN }).unitId, `${COUNTY}-zjj`);
  assert.equal(file(routes, { domain: 'rural_housing_renovation' }).unitId, `${COUNTY}-zjj`);
});

test('a category-specific route beats a domain-only route', () => {
  const routes = [makeRoute(`${COUNTY}-zjj`, { domain: 'affordable_housing' }), makeRoute(OPEN_GOV, { category: '泄露个人信息' })];
  const leak = file(routes, { domain: 'affordable_housing', category: '泄露个人信息' });
  assert.equal(leak.unitId, OPEN_GOV);
  assert.equal(leak.reason, '按问题类别匹配');
  assert.equal(file(routes, { domain: 'affordable_housing', category: '公开不及时' }).unitId, `${COUNTY}-zjj`);
});

test('combined routes: the most specific of all that match wins', () => {
  const routes = [
    makeRoute(`${COUNTY}-zjj`, { domain: 'municipal_services' }), // 1
    makeRoute(`${COUNTY}-zhzf`, { domain: 'municipal_services', kind: '投诉举报' }), // 3
    makeRoute(`${COUNTY}-zwgk`, { category: '内容不准确' }), // 4
    makeRoute(`${COUNTY}-zjj2`, { domain: 'municipal_services', category: '内容不准确', kind: '投诉举报' }), // 7
    makeRoute(`${COUNTY}-town101`, { townCode: TOWN }), // 8
    makeRoute(`${COUNTY}-town101b`, { townCode: TOWN, domain: 'municipal_services', category: '内容不准确' }), // 13
  ];
  const base = { domain: 'municipal_services' };
  assert.equal(file(routes, { ...base, kind: '咨询' }).unitId, `${COUNTY}-zjj`);
  assert.equal(file(routes, { ...base, kind: '投诉举报' }).unitId, `${COUNTY}-zhzf`);
  assert.equal(file(routes, { ...base, kind: '咨询', category: '内容不准确' }).unitId, `${COUNTY}-zwgk`);
  const seven = file(routes, { ...base, kind: '投诉举报', category: '内容不准确' });
  assert.equal(seven.unitId, `${COUNTY}-zjj2`);
  assert.equal(seven.reason, '按领域、问题类别和诉求类型匹配');
  // The town alone (8) beats domain + category + kind (7).
  assert.equal(file(routes, { ...base, kind: '投诉举报', category: '内容不准确', townCode: TOWN }).unitId, `${COUNTY}-town101b`);
  assert.equal(file(routes, { ...base, kind: '投诉举报', category: '公开不及时', townCode: TOWN }).unitId, `${COUNTY}-town101`);
  assert.equal(file(routes, { ...base, townCode: TOWN, category: '公开不及时' }).reason, '按乡镇匹配');
});

test('a route that sets a field never matches a complaint without it', () => {
  const routes = [makeRoute(`${COUNTY}-zjj`, { domain: 'affordable_housing' })];
  const r = file(routes, {}); // no domain: e.g. a 目录意见 about the catalog as a whole
  assert.equal(r.unitId, OPEN_GOV);
});

test('no matching route: the county 政务公开办 takes it', () => {
  const routes = [makeRoute(`${COUNTY}-jyj`, { domain: 'compulsory_education' })];
  const r = file(routes, { domain: 'disaster_relief' });
  assert.deepEqual(r, { unitId: OPEN_GOV, routeId: null, reason: FALLBACK_REASON });
  assert.equal(FALLBACK_REASON, '未找到对应责任单位，由政务公开办受理');
  assert.equal(file([], { domain: 'disaster_relief' }).unitId, OPEN_GOV);
});

test('a 公示异议 goes to the town that reviewed the village publicity, before any route', () => {
  const routes = [
    makeRoute(`${COUNTY}-xczx`, { domain: 'poverty_alleviation' }),
    makeRoute(`${COUNTY}-xczx`, { domain: 'poverty_alleviation', townCode: TOWN, kind: '公示异议', category: '对公示对象有异议' }),
  ];
  const r = file(routes, {
    domain: 'poverty_alleviation',
    townCode: TOWN,
    kind: '公示异议',
    category: '对公示对象有异议',
    reviewerUnitId: `${TOWN}-gov`,
  });
  assert.equal(r.unitId, `${TOWN}-gov`);
  assert.equal(r.routeId, null);
  assert.match(r.reason, /审核/);
  // Without a reviewer (a county-level publicity) the routes apply as usual.
  const noReviewer = file(routes, { domain: 'poverty_alleviation', townCode: TOWN, kind: '公示异议', category: '对公示对象有异议' });
  assert.equal(noReviewer.routeId, routes[1].id);
  // A reviewer given on another kind is ignored.
  assert.equal(file(routes, { domain: 'poverty_alleviation', reviewerUnitId: `${TOWN}-gov` }).unitId, `${COUNTY}-xczx`);
});

test('ties of equal specificity are broken by route id, whatever the order of the table', () => {
  const a = makeRoute(`${COUNTY}-zjj`, { id: 'route-a', domain: 'municipal_services' });
  const b = makeRoute(`${COUNTY}-zhzf`, { id: 'route-b', domain: 'municipal_services' });
  for (const routes of [
    [a, b],
    [b, a],
  ]) {
    assert.equal(file(routes, { domain: 'municipal_services' }).routeId, 'route-a');
  }
  // Weights 8/4/2/1 make every set of fields score differently, so a tie is always two routes
  // setting the same fields: here two town routes, with county-wide ones that lose to them.
  const t2 = makeRoute(`${COUNTY}-town101b`, { id: 'town-2', townCode: TOWN, kind: '投诉举报' });
  const t1 = makeRoute(`${COUNTY}-town101`, { id: 'town-1', townCode: TOWN, kind: '投诉举报' });
  for (const routes of [
    [a, t2, b, t1],
    [t1, b, t2, a],
    [t2, t1],
  ]) {
    const r = file(routes, { domain: 'municipal_services', townCode: TOWN });
    assert.equal(r.routeId, 'town-1');
    assert.equal(r.unitId, `${COUNTY}-town101`);
  }
});

test('routes of another county never match', () => {
  const routes = [
    makeRoute(`${OTHER_COUNTY}-jyj`, { countyCode: OTHER_COUNTY, domain: 'compulsory_education' }),
    makeRoute(`${OTHER_COUNTY}-zwgk`, { countyCode: OTHER_COUNTY }),
  ];
  const r = file(routes, { domain: 'compulsory_education' });
  assert.deepEqual(r, { unitId: OPEN_GOV, routeId: null, reason: FALLBACK_REASON });
});

test('a county-wide catch-all route has the lowest rank and says so', () => {
  const routes = [makeRoute(`${COUNTY}-zjj`, {}), makeRoute(`${COUNTY}-jyj`, { domain: 'compulsory_education' })];
  assert.equal(file(routes, { domain: 'compulsory_education' }).unitId, `${COUNTY}-jyj`);
  const r = file(routes, { domain: 'land_acquisition' });
  assert.equal(r.unitId, `${COUNTY}-zjj`);
  assert.equal(r.reason, '按本县默认责任单位匹配');
});

test('defaultRoutes: one route per domain, never to the 政务公开办, privacy leaks to the 政务公开办', () => {
  const units = [
    makeUnit('zjj', ['rural_housing_renovation', 'municipal_services']),
    makeUnit('zhzf', ['municipal_services']),
    makeUnit('jyj', ['compulsory_education']),
    makeUnit('zwgk', ['rural_housing_renovation', 'municipal_services', 'compulsory_education', 'disaster_relief'], { openGov: true }),
    makeUnit('jyj', ['land_acquisition'], { county: OTHER_COUNTY }),
  ];
  const routes = defaultRoutes(COUNTY, units);
  const byDomain = Object.fromEntries(routes.filter((r) => r.domain).map((r) => [r.domain, r.unitId]));
  assert.deepEqual(byDomain, {
    compulsory_education: `${COUNTY}-jyj`,
    // Claimed twice: the smaller unit id wins (…-zhzf < …-zjj), whatever the order given.
    municipal_services: `${COUNTY}-zhzf`,
    rural_housing_renovation: `${COUNTY}-zjj`,
  });
  assert.ok(routes.every((r) => r.countyCode === COUNTY));
  assert.ok(!routes.some((r) => r.domain === 'disaster_relief'), 'only the 政务公开办 claims it: left to the fallback');
  assert.ok(!routes.some((r) => r.domain === 'land_acquisition'), 'another county’s unit');
  const privacy = routes.filter((r) => r.category !== undefined);
  assert.equal(privacy.length, 1);
  assert.deepEqual(
    { ...privacy[0], id: undefined },
    { id: undefined, countyCode: COUNTY, category: '泄露个人信息', unitId: OPEN_GOV, origin: 'default' },
  );
  assert.equal(new Set(routes.map((r) => r.id)).size, routes.length, 'ids are unique');
  assert.deepEqual(defaultRoutes(COUNTY, [...units].reverse()), routes, 'the order of units does not matter');

  // Filed against the default table.
  assert.equal(file(routes, { domain: 'municipal_services' }).unitId, `${COUNTY}-zhzf`);
  assert.equal(file(routes, { domain: 'rural_housing_renovation', category: '泄露个人信息' }).unitId, OPEN_GOV);
  assert.equal(file(routes, { domain: 'disaster_relief' }).reason, FALLBACK_REASON);
});

test('defaultRoutes over the real unit templates of a pilot county', () => {
  const units = buildUnits({ code: COUNTY, name: '新津区' });
  const routes = defaultRoutes(COUNTY, units);
  const openGov = units.find((u) => u.isOpenGovOffice);
  assert.ok(openGov);
  assert.ok(routes.filter((r) => r.domain).every((r) => r.unitId !== openGov.id));
  // Every one of the 9 domains is claimed by a line unit.
  assert.equal(routes.filter((r) => r.domain).length, 9);
  assert.equal(file(routes, { domain: 'compulsory_education' }).unitId, `${COUNTY}-jyj`);
  assert.equal(file(routes, { domain: 'land_acquisition', category: '泄露个人信息' }).unitId, openGov.id);
});

test("a complaint about an item goes to the item's 责任单位 over the starting routes by domain", () => {
  const units = [
    makeUnit('zjj', ['municipal_services']),
    makeUnit('zhzf', ['municipal_services']),
    makeUnit('zwgk', [], { openGov: true }),
  ];
  const routes = defaultRoutes(COUNTY, units);
  // Without an item the starting domain route (the smaller unit id) answers.
  assert.equal(file(routes, { domain: 'municipal_services' }).unitId, `${COUNTY}-zhzf`);
  const r = file(routes, { domain: 'municipal_services', itemUnitId: `${COUNTY}-zjj` });
  assert.deepEqual(r, { unitId: `${COUNTY}-zjj`, routeId: null, reason: ITEM_UNIT_REASON });
  // A starting category route (泄露个人信息 -> 政务公开办) still beats the item's unit.
  assert.equal(file(routes, { domain: 'municipal_services', itemUnitId: `${COUNTY}-zjj`, category: '泄露个人信息' }).unitId, OPEN_GOV);
});

test("a route the county set itself beats the item's 责任单位, however general", () => {
  const units = [makeUnit('zjj', ['municipal_services']), makeUnit('zhzf', ['municipal_services'])];
  const explicit = makeRoute(`${COUNTY}-zhzf`, { domain: 'municipal_services' });
  const routes = [...defaultRoutes(COUNTY, units), explicit];
  const r = file(routes, { domain: 'municipal_services', itemUnitId: `${COUNTY}-zjj` });
  assert.equal(r.unitId, `${COUNTY}-zhzf`);
  assert.equal(r.routeId, explicit.id);
  // An explicit route for another domain does not touch it.
  assert.equal(file(routes, { domain: 'poverty_alleviation', itemUnitId: `${COUNTY}-xczx` }).unitId, `${COUNTY}-xczx`);
  // 公示异议 still goes to the reviewer.
  assert.equal(file(routes, { kind: '公示异议', reviewerUnitId: `${TOWN}-gov`, itemUnitId: `${COUNTY}-zjj` }).unitId, `${TOWN}-gov`);
});
