// The contract every Store adapter keeps. Each case opens a fresh, empty store. A case that
// passes on one adapter only is a bug in the other.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CatalogItem, Disclosure, Region, RegionLevel, Unit } from '../../core/model';
import type { County } from '../../core/regions/county';
import type { Account } from '../../core/accounts/account';
import type { Complaint, Notification } from '../../core/complaints/model';
import type { Route } from '../../core/complaints/routing';
import type { Draft } from '../../core/publicity/model';
import type { Store } from '../../core/store';
import { queryTokens, type TokenQuery } from '../../core/search/tokens';
import type { CalendarYear } from '../../core/calendar/calendar';
import type { AuditEntry } from '../../core/audit';

type Open = () => Promise<Store & { close(): Promise<void> }>;

// ---- fixtures ----

const LEVELS: Record<number, [RegionLevel, number]> = {
  2: ['province', 0],
  4: ['city', 2],
  6: ['county', 4],
  9: ['town', 6],
  12: ['village', 9],
};
const PATH = ['四川省', '成都市', '新津区', '花源街道'];

export function region(code: string, name: string, extra: Partial<Region> = {}): Region {
  const [level, parentLen] = LEVELS[code.length];
  return {
    code,
    name,
    level,
    parentCode: parentLen ? code.slice(0, parentLen) : null,
    path: PATH.slice(0, Object.keys(LEVELS).indexOf(String(code.length))),
    countyCode: code.length >= 6 ? code.slice(0, 6) : null,
    ...extra,
  };
}

export function county(code: string, name: string): County {
  return {
    code,
    name,
    domains: [
      { id: 'poverty', name: '扶贫', shortName: '扶贫', order: 1, summary: '扶贫资金和项目' },
      { id: 'relief', name: '救灾', shortName: '救灾', order: 2, summary: '救灾物资发放' },
    ],
    openGovUnitId: `${code}-gkb`,
    demo: true,
  };
}

export function unit(countyCode: string, suffix: string, extra: Partial<Unit> = {}): Unit {
  return {
    id: `${countyCode}-${suffix}`,
    countyCode,
    name: `单位${suffix}`,
    shortName: suffix,
    hotline: { number: '028-12345678', demo: true },
    domains: ['poverty'],
    isOpenGovOffice: false,
    ...extra,
  };
}

export function item(countyCode: string, templateId: string, domain: string, order: number, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id: `${countyCode}-${templateId}`,
    countyCode,
    templateId,
    version: 1,
    domain,
    level1: '一级事项',
    level2: '二级事项',
    summary: '说明',
    contents: ['要素'],
    basis: ['依据'],
    timeLimit: { trigger: '信息形成（变更）之日', days: 20, dayKind: 'working', text: '信息形成（变更）之日起20个工作日内' },
    publisher: '区政府',
    unitId: `${countyCode}-gkb`,
    unitName: '政务公开办',
    updateCycle: { unit: 'event', every: 1, text: '实时更新' },
    channels: ['政府网站', '公示栏'],
    audience: '全社会',
    mode: '主动',
    levels: ['county', 'village'],
    consultPhone: { number: '028-1', demo: true },
    reportPhone: { number: '028-2', demo: true },
    order,
    ...extra,
  };
}

const C = '510118';
const T = '510118001';
const V = '510118001001';
const O = '510118002001';

export function disclosure(id: string, extra: Partial<Disclosure> = {}): Disclosure {
  return {
    id,
    itemId: `${C}-t1`,
    countyCode: C,
    regionCode: C,
    regionName: '新津区',
    level: 'county',
    domain: 'poverty',
    title: '公告',
    body: '正文',
    attachments: [],
    status: 'published',
    publishedAt: '2025-03-01T08:00:00.000Z',
    unitName: '区政务公开办',
    demo: true,
    ...extra,
  };
}

export function account(openid: string, extra: Partial<Account> = {}): Account {
  return { openid, name: `用户${openid}`, role: 'resident', regionCodes: [], demo: true, ...extra };
}

const U1 = `${C}-mzj`;
const U2 = `${C}-zjj`;
const OWNER = 'o-resident';
const at = (day: number, minute = 0) => `2025-03-${pad(day, 2)}T${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:00.000Z`;

/** A full, valid complaint: submitted to U1, waiting for 签收. */
export function complaint(id: string, extra: Partial<Complaint> = {}): Complaint {
  const createdAt = at(3);
  const acceptDue = '2025-03-04T15:59:59.999Z';
  return {
    id,
    requestId: `req-${id}`,
    ownerOpenid: OWNER,
    countyCode: C,
    regionCode: V,
    regionName: '花源社区',
    townCode: T,
    domain: 'poverty',
    itemId: `${C}-t1`,
    itemTitle: '低保对象认定',
    kind: '投诉举报',
    category: '公开不及时',
    text: '低保名单没有按时公示',
    photos: ['cloud://photo-1'],
    contactPhone: '13800000000',
    anonymous: false,
    unitId: U1,
    unitName: '区民政局',
    routeReason: '按领域匹配',
    status: 'submitted',
    version: 1,
    acceptDeadline: { due: acceptDue, days: 1, dayKind: 'working' },
    answerDeadline: { due: '2025-03-17T15:59:59.999Z', days: 10, dayKind: 'working' },
    extended: false,
    reopened: false,
    escalations: 0,
    createdAt,
    updatedAt: createdAt,
    dueAt: acceptDue,
    sweepAt: acceptDue,
    swept: [],
    timeline: [
      { at: createdAt, action: 'submit', actor: OWNER, role: 'resident', toStatus: 'submitted', unitId: U1, unitName: '区民政局' },
    ],
    ...extra,
  };
}

export function notification(id: string, extra: Partial<Notification> = {}): Notification {
  return {
    id,
    to: 'o-staff',
    complaintId: 'c1',
    template: 'new_complaint',
    audience: 'staff',
    title: '新的监督举报',
    body: { ticket: 'c1', unit: '区民政局' },
    createdAt: at(3),
    status: 'pending',
    ...extra,
  };
}

const AUTHOR = 'o-cadre';
const T2 = '510118002';

/** A full draft of a village 公示, every optional field the author can set included. */
export function draft(id: string, extra: Partial<Draft> = {}): Draft {
  const createdAt = at(2);
  return {
    id,
    requestId: `req-${id}`,
    authorOpenid: AUTHOR,
    authorName: '花源社区村委会',
    countyCode: C,
    townCode: T,
    regionCode: V,
    regionName: '花源社区',
    itemId: `${C}-t1`,
    domain: 'poverty',
    title: '2025年第一季度低保名单公示',
    body: '经村民代表会议评议，拟确定以下低保对象。',
    rawTable: {
      columns: ['姓名', '身份证号', '金额'],
      rows: [
        ['张三', '510118199001011234', '300'],
        ['李四', '510118198502022345', '450'],
      ],
    },
    attachments: [{ name: '会议记录.pdf', url: 'cloud://x/会议记录.pdf', size: 2048 }],
    publicityStart: '2025-03-05',
    status: 'draft',
    version: 1,
    createdAt,
    updatedAt: createdAt,
    history: [{ at: createdAt, action: 'save', by: AUTHOR }],
    ...extra,
  };
}

export function route(id: string, extra: Partial<Route> = {}): Route {
  return { id, countyCode: C, unitId: U1, ...extra };
}

const pad = (n: number, w = 3) => String(n).padStart(w, '0');
/** A fixed permutation, so inserts do not arrive in the order reads return. */
const shuffle = <T>(xs: T[]): T[] => xs.map((_, i) => xs[(i * 7919) % xs.length]);
const q = (text: string): TokenQuery => queryTokens(text)!;
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
const codes = (xs: Region[]) => xs.map((x) => x.code);
const newest = (a: Disclosure, b: Disclosure) =>
  a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : -1) : a.publishedAt < b.publishedAt ? 1 : -1;
const byKeys =
  <T>(...keys: Array<(x: T) => string | number>) =>
  (a: T, b: T) => {
    for (const k of keys) if (k(a) !== k(b)) return k(a) < k(b) ? -1 : 1;
    return 0;
  };
const catalogOrder = byKeys<CatalogItem>(
  (i) => i.countyCode,
  (i) => i.domain,
  (i) => i.order,
  (i) => i.id,
);
const soonestDue = byKeys<Complaint>(
  (c) => c.dueAt,
  (c) => c.id,
);
const newestCreated = (a: Complaint, b: Complaint) =>
  -byKeys<Complaint>(
    (c) => c.createdAt,
    (c) => c.id,
  )(a, b);
const insertAll = async (s: Store, list: Complaint[]) => {
  for (const c of list) assert.equal((await s.insertComplaint(c)).created, true, c.id);
};
const latestChanged = (a: Draft, b: Draft) =>
  -byKeys<Draft>(
    (d) => d.updatedAt,
    (d) => d.id,
  )(a, b);
const oldestChanged = byKeys<Draft>(
  (d) => d.updatedAt,
  (d) => d.id,
);
const insertDrafts = async (s: Store, list: Draft[]) => {
  for (const d of list) assert.equal((await s.insertDraft(d)).created, true, d.id);
};

// ---- the suite ----

export function storeContract(name: string, open: Open): void {
  const test = (title: string, fn: (s: Store) => Promise<void>) =>
    it(title, async () => {
      const s = await open();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    });

  describe(`Store contract: ${name}`, () => {
    describe('regions', () => {
      test('put/get round trip; missing is null; results are copies', async (s) => {
        const rs = [region('51', '四川省'), region(C, '新津区'), region(T, '花源街道'), region(V, '花源社区', { kind: '111' })];
        await s.putRegions(rs);
        for (const r of rs) assert.deepStrictEqual(await s.getRegion(r.code), r);
        assert.equal(await s.getRegion('510118999'), null);
        const got = (await s.getRegion(V))!;
        got.path.push('x');
        got.name = 'x';
        assert.deepStrictEqual(await s.getRegion(V), rs[3]);
      });

      test('upsert replaces the document and its search tokens; the last of a batch wins', async (s) => {
        await s.putRegions([region(V, '花源社区')]);
        await s.putRegions([region(V, '白鹤村', { kind: '220' }), region(O, '甲村'), region(O, '乙村')]);
        assert.deepStrictEqual(await s.getRegion(V), region(V, '白鹤村', { kind: '220' }));
        assert.deepStrictEqual(await s.getRegion(O), region(O, '乙村'));
        assert.deepStrictEqual(await s.searchRegions(q('花源'), 10), []);
        assert.deepStrictEqual(codes(await s.searchRegions(q('白鹤'), 10)), [V]);
        assert.equal(await s.countRegions('village'), 2);
      });

      test('children ordered by code, keyset pages of at most 100 across 250 children', async (s) => {
        const kids = Array.from({ length: 250 }, (_, i) => region(`${T}${pad(i + 1)}`, `村${i + 1}`));
        await s.putRegions(shuffle([...kids, region(T, '花源街道'), region(O, '别的村'), region(`${C}002`, '花桥街道')]));
        const seen: string[] = [];
        let after: string | undefined;
        for (const expected of [100, 100, 50, 0]) {
          const page = await s.listRegionChildren(T, 100, after);
          assert.equal(page.length, expected);
          seen.push(...codes(page));
          after = page.at(-1)?.code;
        }
        assert.deepStrictEqual(seen, codes(kids));
        assert.deepStrictEqual(codes(await s.listRegionChildren(T, 3, `${T}010`)), [`${T}011`, `${T}012`, `${T}013`]);
        assert.deepStrictEqual(codes(await s.listRegionChildren(C, 10)), [T, `${C}002`]);
        assert.deepStrictEqual(await s.listRegionChildren('510118777', 10), []);
      });

      test('search by bigrams (all must match), ordered by code length then code', async (s) => {
        await s.putRegions(
          shuffle([region(C, '新津区'), region(T, '花源街道'), region(V, '花源社区'), region(`${C}002`, '花桥街道'), region(O, '白鹤村')]),
        );
        assert.deepStrictEqual(codes(await s.searchRegions(q('花源'), 10)), [T, V]);
        assert.deepStrictEqual(codes(await s.searchRegions(q('花源 社区'), 10)), [V]);
        assert.deepStrictEqual(codes(await s.searchRegions(q('津区'), 10)), [C]);
        assert.deepStrictEqual(await s.searchRegions(q('不存在'), 10), []);
        assert.deepStrictEqual(await s.searchRegions({ all: [] }, 10), []);
        assert.deepStrictEqual(await s.searchRegions(q('花源'), 10).then((r) => r[1]), region(V, '花源社区'));
      });

      test('a single character searches by token prefix', async (s) => {
        await s.putRegions([
          region(C, '新津区'),
          region(T, '花源街道'),
          region(V, '花源社区'),
          region(`${C}002`, '花桥街道'),
          region(O, '白鹤村'),
        ]);
        assert.deepStrictEqual(codes(await s.searchRegions(q('花'), 10)), [T, `${C}002`, V]);
        // Any token may start with it, not only the first: 白鹤村 has the token 鹤村.
        assert.deepStrictEqual(codes(await s.searchRegions(q('鹤'), 10)), [O]);
        assert.deepStrictEqual(codes(await s.searchRegions({ all: ['花源'], prefix: '社' }, 10)), [V]);
      });

      test('a search limit keeps the first hits in result order (counties before villages), not insertion order', async (s) => {
        await s.putRegions([region(V, '金华村'), region(`${T}002`, '金华二村'), region(T, '金华镇'), region(C, '金华区')]);
        assert.deepStrictEqual(codes(await s.searchRegions(q('金华'), 2)), [C, T]);
      });

      test('counts per level', async (s) => {
        await s.putRegions([region(C, '新津区'), region(T, '花源街道'), region(V, '甲'), region(O, '乙')]);
        assert.equal(await s.countRegions('county'), 1);
        assert.equal(await s.countRegions('town'), 1);
        assert.equal(await s.countRegions('village'), 2);
        assert.equal(await s.countRegions('province'), 0);
      });
    });

    describe('counties and units', () => {
      test('county round trip and upsert', async (s) => {
        const c = county(C, '新津区');
        await s.putCounty(c);
        assert.deepStrictEqual(await s.getCounty(C), c);
        const changed = { ...c, openGovUnitId: `${C}-other`, domains: c.domains.slice(1) };
        await s.putCounty(changed);
        assert.deepStrictEqual(await s.getCounty(C), changed);
        assert.equal(await s.getCounty('510403'), null);
      });

      test('unit round trip, upsert, and listUnits of a county by id across more than 100', async (s) => {
        const mine = Array.from({ length: 130 }, (_, i) => unit(C, `u${pad(i)}`));
        await s.putUnits(shuffle([...mine, unit('510403', 'u001'), unit('510403', 'u002')]));
        assert.deepStrictEqual(await s.getUnit(`${C}-u007`), mine[7]);
        assert.equal(await s.getUnit(`${C}-nope`), null);
        const office = unit(C, 'u007', {
          isOpenGovOffice: true,
          domains: ['poverty', 'relief'],
          hotline: { number: '12345', demo: false },
        });
        await s.putUnits([office]);
        assert.deepStrictEqual(await s.getUnit(office.id), office);
        const listed = await s.listUnits(C);
        assert.deepStrictEqual(ids(listed), ids(mine));
        assert.deepStrictEqual(listed[7], office);
        assert.deepStrictEqual(ids(await s.listUnits('510403')), ['510403-u001', '510403-u002']);
        assert.deepStrictEqual(await s.listUnits('510999'), []);
      });
    });

    describe('catalog', () => {
      test('round trip with and without optional fields; upsert replaces searchable text', async (s) => {
        const a = item(C, 't1', 'poverty', 1, {
          audienceNote: '建档立卡户',
          publicityDays: { trigger: '公示之日', days: 7, dayKind: 'calendar', text: '不少于7天' },
        });
        const b = item(C, 't2', 'relief', 1, { level2: '旧名称' });
        await s.putCatalogItems([a, b]);
        assert.deepStrictEqual(await s.getCatalogItem(a.id), a);
        assert.deepStrictEqual(await s.getCatalogItem(b.id), b);
        assert.equal(await s.getCatalogItem(`${C}-t9`), null);
        const b2 = { ...b, level2: '新名称', version: 2 };
        await s.putCatalogItems([b2]);
        assert.deepStrictEqual(await s.getCatalogItem(b.id), b2);
        assert.deepStrictEqual(await s.searchCatalog(q('旧名'), C, 10), []);
        assert.deepStrictEqual(ids(await s.searchCatalog(q('新名'), C, 10)), [b.id]);
      });

      test('listCatalogItems: domain, then order, then id; ties on order; other counties excluded', async (s) => {
        const mine = [
          item(C, 't5', 'relief', 2),
          item(C, 't1', 'poverty', 2),
          item(C, 't3', 'poverty', 1),
          item(C, 't2', 'poverty', 1),
          item(C, 't4', 'land', 9),
        ];
        await s.putCatalogItems([...mine, item('510403', 't1', 'land', 0)]);
        assert.deepStrictEqual(ids(await s.listCatalogItems(C)), [`${C}-t4`, `${C}-t2`, `${C}-t3`, `${C}-t1`, `${C}-t5`]);
        assert.deepStrictEqual(await s.listCatalogItems(C, 'poverty'), [mine[3], mine[2], mine[1]]);
        assert.deepStrictEqual(await s.listCatalogItems(C, 'nothing'), []);
      });

      test('listCatalogItems returns every item of a county beyond 100, in order', async (s) => {
        const mine = Array.from({ length: 230 }, (_, i) => item(C, `t${pad(i)}`, ['land', 'poverty', 'relief'][i % 3], i % 40));
        await s.putCatalogItems(shuffle([...mine, item('510403', 't1', 'land', 0)]));
        assert.deepStrictEqual(ids(await s.listCatalogItems(C)), ids([...mine].sort(catalogOrder)));
      });

      test('listCatalogItems of one domain returns every item beyond 100, in order', async (s) => {
        const mine = Array.from({ length: 120 }, (_, i) => item(C, `t${pad(i)}`, 'poverty', i % 7));
        await s.putCatalogItems(shuffle([...mine, item(C, 'x1', 'land', 0), item(C, 'x2', 'relief', 0)]));
        assert.deepStrictEqual(ids(await s.listCatalogItems(C, 'poverty')), ids([...mine].sort(catalogOrder)));
      });

      test('searchCatalog over every indexed field, scoped by county or not', async (s) => {
        const a1 = item(C, 't1', 'relief', 1, { level2: '低保对象认定' });
        const a2 = item(C, 't2', 'housing', 1, { summary: '危房改造补助名单' });
        const a3 = item(C, 't3', 'poverty', 1, { contents: ['资金', '低保金发放'] });
        const a4 = item(C, 't4', 'poverty', 2, { unitName: '区民政局' });
        const a5 = item(C, 't5', 'poverty', 3, { level1: '社会救助' });
        const b1 = item('510403', 't1', 'relief', 1, { level2: '低保对象认定' });
        await s.putCatalogItems([b1, a5, a4, a3, a2, a1]);
        assert.deepStrictEqual(await s.searchCatalog(q('低保'), C, 10), [a3, a1].sort(catalogOrder));
        assert.deepStrictEqual(ids(await s.searchCatalog(q('低保'), undefined, 10)), ids([a3, a1, b1].sort(catalogOrder)));
        assert.deepStrictEqual(ids(await s.searchCatalog(q('低保 认定'), undefined, 10)), ids([a1, b1]));
        assert.deepStrictEqual(ids(await s.searchCatalog(q('危'), C, 10)), [a2.id]);
        assert.deepStrictEqual(ids(await s.searchCatalog(q('民政'), C, 10)), [a4.id]);
        assert.deepStrictEqual(ids(await s.searchCatalog(q('救助'), C, 10)), [a5.id]);
        assert.deepStrictEqual(await s.searchCatalog(q('低保'), '510999', 10), []);
        assert.deepStrictEqual(await s.searchCatalog({ all: [] }, C, 10), []);
      });

      test('searchCatalog breaks ties on order by id', async (s) => {
        const tied = ['t3', 't1', 't2'].map((t) => item(C, t, 'poverty', 1, { level2: '临时救助' }));
        await s.putCatalogItems(tied);
        assert.deepStrictEqual(ids(await s.searchCatalog(q('救助'), C, 10)), [`${C}-t1`, `${C}-t2`, `${C}-t3`]);
      });

      test('a searchCatalog limit keeps the first hits in result order, not insertion order', async (s) => {
        const hits = Array.from({ length: 5 }, (_, i) => item(C, `t${i}`, 'poverty', i, { level2: '临时救助' }));
        await s.putCatalogItems([...hits].reverse());
        assert.deepStrictEqual(ids(await s.searchCatalog(q('救助'), C, 2)), ids(hits.slice(0, 2)));
      });
    });

    describe('disclosures', () => {
      const chain = [V, T, C];
      const fixtures = () => [
        disclosure('d1', { regionCode: V, level: 'village', publishedAt: '2025-03-01T08:00:00.000Z', itemId: 'i1' }),
        disclosure('d2', { regionCode: T, level: 'town', domain: 'relief', publishedAt: '2025-03-02T08:00:00.000Z', itemId: 'i2' }),
        disclosure('d3', { regionCode: C, publishedAt: '2025-03-02T08:00:00.000Z', itemId: 'i1' }),
        disclosure('d4', { regionCode: O, publishedAt: '2025-03-03T08:00:00.000Z' }),
        disclosure('d5', { regionCode: V, status: 'draft', publishedAt: '2025-03-04T08:00:00.000Z' }),
        disclosure('d6', { regionCode: V, status: 'pending_review', publishedAt: '2025-03-04T08:00:00.000Z' }),
        disclosure('d7', { regionCode: C, status: 'withdrawn', publishedAt: '2025-03-04T08:00:00.000Z' }),
        disclosure('d8', { regionCode: T, status: 'rejected', publishedAt: '2025-03-04T08:00:00.000Z' }),
        disclosure('d9', { regionCode: C, domain: 'land', publishedAt: '2025-02-01T08:00:00.000Z', itemId: 'i3' }),
      ];

      test('round trip of every status, with table, attachments and publicity or without', async (s) => {
        const full = disclosure('x1', {
          table: { columns: ['姓名', '金额'], rows: [['张*', '300']], personal: true },
          attachments: [{ name: '名单.pdf', url: 'cloud://x/名单.pdf', size: 1024 }],
          publicity: { start: '2025-03-01', end: '2025-03-10' },
        });
        const draft = disclosure('x2', { status: 'draft' });
        await s.putDisclosures([full, draft]);
        assert.deepStrictEqual(await s.getDisclosure('x1'), full);
        assert.deepStrictEqual(await s.getDisclosure('x2'), draft);
        assert.equal(await s.getDisclosure('x3'), null);
        const withdrawn = { ...full, status: 'withdrawn' as const, publicity: undefined };
        await s.putDisclosures([withdrawn]);
        assert.deepStrictEqual(await s.getDisclosure('x1'), JSON.parse(JSON.stringify(withdrawn)));
      });

      test('list: published only, over a chain of regions, newest first, ties by id desc', async (s) => {
        await s.putDisclosures(shuffle(fixtures()));
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, limit: 20 })), ['d3', 'd2', 'd1', 'd9']);
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: [V], limit: 20 })), ['d1']);
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: [O, C], limit: 20 })), ['d4', 'd3', 'd9']);
        assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [], limit: 20 }), []);
        const [first] = await s.listDisclosures({ regionCodes: chain, limit: 1 });
        assert.deepStrictEqual(first, fixtures()[2]);
      });

      test('list: domain and itemId filters', async (s) => {
        await s.putDisclosures(fixtures());
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, domain: 'poverty', limit: 20 })), ['d3', 'd1']);
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, domain: 'relief', limit: 20 })), ['d2']);
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, itemId: 'i1', limit: 20 })), ['d3', 'd1']);
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, itemId: 'i1', domain: 'relief', limit: 20 })), []);
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, domain: 'land', itemId: 'i3', limit: 20 })), ['d9']);
      });

      test('list: keyset `after` pages through ties on publishedAt without gaps or repeats', async (s) => {
        const times = ['2025-03-05', '2025-03-05', '2025-03-05', '2025-03-04', '2025-03-05', '2025-03-01', '2025-03-04'];
        const all = times.map((t, i) => disclosure(`k${i}`, { regionCode: [V, T, C][i % 3], publishedAt: `${t}T00:00:00.000Z` }));
        await s.putDisclosures(shuffle([...all, disclosure('kd', { status: 'draft', publishedAt: '2025-03-05T00:00:00.000Z' })]));
        const seen: string[] = [];
        let after: { publishedAt: string; id: string } | undefined;
        for (;;) {
          const page = await s.listDisclosures({ regionCodes: chain, limit: 2, after });
          seen.push(...ids(page));
          if (page.length < 2) break;
          after = { publishedAt: page[1].publishedAt, id: page[1].id };
        }
        assert.deepStrictEqual(seen, ids([...all].sort(newest)));
        const mid = { publishedAt: '2025-03-05T00:00:00.000Z', id: 'k2' };
        assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, limit: 3, after: mid })), ['k1', 'k0', 'k6']);
      });

      test('list: limit capped at 100, the rest reachable with `after`', async (s) => {
        const all = Array.from({ length: 120 }, (_, i) =>
          disclosure(`m${pad(i)}`, { publishedAt: `2025-01-01T00:${pad(i % 60, 2)}:00.000Z` }),
        );
        await s.putDisclosures(all);
        const first = await s.listDisclosures({ regionCodes: [C], limit: 1000 });
        assert.equal(first.length, 100);
        const last = first[99];
        const rest = await s.listDisclosures({ regionCodes: [C], limit: 1000, after: { publishedAt: last.publishedAt, id: last.id } });
        assert.deepStrictEqual([...ids(first), ...ids(rest)], ids([...all].sort(newest)));
      });

      test('countDisclosuresByDomain: published ones in these regions, every domain (more than 20)', async (s) => {
        const list: Disclosure[] = [];
        const expected: Record<string, number> = {};
        for (let d = 1; d <= 25; d++) {
          const domain = `dom${pad(d, 2)}`;
          expected[domain] = (d % 3) + 1;
          for (let k = 0; k < expected[domain]; k++) list.push(disclosure(`c${d}-${k}`, { domain, regionCode: chain[k % 3] }));
          list.push(disclosure(`c${d}-draft`, { domain, status: 'draft' }), disclosure(`c${d}-o`, { domain, regionCode: O }));
        }
        list.push(disclosure('only-other', { domain: 'elsewhere', regionCode: O }));
        await s.putDisclosures(list);
        assert.deepStrictEqual(await s.countDisclosuresByDomain(chain), expected);
        assert.deepStrictEqual(await s.countDisclosuresByDomain([O]), {
          ...Object.fromEntries(Object.keys(expected).map((k) => [k, 1])),
          elsewhere: 1,
        });
        assert.deepStrictEqual(await s.countDisclosuresByDomain(['510999']), {});
        assert.deepStrictEqual(await s.countDisclosuresByDomain([]), {});
      });

      test('listRunningPublicity: published, period not ended by today (inclusive), soonest end first', async (s) => {
        const p = (id: string, end: string | null, extra: Partial<Disclosure> = {}) =>
          disclosure(id, { ...(end ? { publicity: { start: '2025-03-01', end } } : {}), regionCode: V, ...extra });
        await s.putDisclosures(
          shuffle([
            p('p4', '2025-03-10'),
            p('p2', '2025-03-20', { regionCode: C }),
            p('p1', '2025-03-10', { regionCode: T }),
            p('p3', '2025-03-09'),
            p('p5', null),
            p('p6', '2025-04-01', { status: 'draft' }),
            p('p7', '2025-03-15', { regionCode: O }),
            p('p8', '2025-03-30', { status: 'withdrawn' }),
          ]),
        );
        assert.deepStrictEqual(ids(await s.listRunningPublicity(chain, '2025-03-10', 10)), ['p1', 'p4', 'p2']);
        assert.deepStrictEqual(ids(await s.listRunningPublicity(chain, '2025-03-10', 2)), ['p1', 'p4']);
        assert.deepStrictEqual(ids(await s.listRunningPublicity(chain, '2025-03-11', 10)), ['p2']);
        assert.deepStrictEqual(ids(await s.listRunningPublicity([O], '2025-03-01', 10)), ['p7']);
        assert.deepStrictEqual(await s.listRunningPublicity(chain, '2025-03-21', 10), []);
        const [first] = await s.listRunningPublicity([T], '2025-03-01', 1);
        assert.deepStrictEqual(first, p('p1', '2025-03-10', { regionCode: T }));
      });

      test('searchDisclosures: published text only, scoped or not, newest first', async (s) => {
        await s.putDisclosures([
          disclosure('s1', { title: '2025年低保名单公示', publishedAt: '2025-03-01T00:00:00.000Z' }),
          disclosure('s2', { regionCode: V, body: '本月低保资金已发放', publishedAt: '2025-03-05T00:00:00.000Z' }),
          disclosure('s3', { regionCode: O, title: '低保', publishedAt: '2025-03-03T00:00:00.000Z' }),
          disclosure('s4', { regionCode: V, title: '低保草稿', status: 'draft', publishedAt: '2025-03-09T00:00:00.000Z' }),
          disclosure('s5', { regionCode: T, title: '低保待审', status: 'pending_review' }),
          disclosure('s6', { regionCode: T, title: '危房改造低保户名单', publishedAt: '2025-03-02T00:00:00.000Z' }),
          disclosure('s7', { regionCode: T, regionName: '花源街道', title: '通知', publishedAt: '2025-03-02T00:00:00.000Z' }),
        ]);
        await s.putDisclosures([disclosure('s6', { regionCode: T, title: '危房改造低保户名单', status: 'withdrawn' })]);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), chain, 10)), ['s2', 's1']);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), undefined, 10)), ['s2', 's3', 's1']);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), [], 10)), ['s2', 's3', 's1']);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保 名单'), undefined, 10)), ['s1']);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('危房'), undefined, 10)), []);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('草稿'), undefined, 10)), []);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('待审'), undefined, 10)), []);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('花源'), [T], 10)), ['s7']);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('低'), [V, O], 10)), ['s2', 's3']);
        assert.deepStrictEqual(await s.searchDisclosures({ all: [] }, undefined, 10), []);
        const [hit] = await s.searchDisclosures(q('发放'), [V], 1);
        assert.deepStrictEqual(
          hit,
          disclosure('s2', { regionCode: V, body: '本月低保资金已发放', publishedAt: '2025-03-05T00:00:00.000Z' }),
        );
      });

      test('a searchDisclosures limit returns that many real hits, newest first', async (s) => {
        // Which hits survive a limit is the adapter's cheapest choice (the port promises
        // only real hits, newest first): SQLite keeps the most recently stored.
        const hits = ['2025-05-01', '2025-04-01', '2025-03-01', '2025-02-01'].map((d, i) =>
          disclosure(`n${i}`, { title: '救灾物资发放', publishedAt: `${d}T00:00:00.000Z` }),
        );
        for (const d of hits) await s.putDisclosures([d]);
        const two = await s.searchDisclosures(q('救灾'), undefined, 2);
        assert.equal(two.length, 2);
        assert.ok(two.every((d) => hits.some((h) => h.id === d.id)));
        assert.ok(two[0].publishedAt > two[1].publishedAt);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('救灾'), [C], 10)), ['n0', 'n1', 'n2', 'n3']);
      });
    });

    describe('accounts', () => {
      test('round trip, upsert, missing is null', async (s) => {
        const cadre = account('o-cadre', { role: 'cadre', regionCodes: [V, O] });
        const staff = account('o-staff', { role: 'unit_staff', unitId: `${C}-zjj`, demo: false });
        await s.putAccounts([cadre, staff]);
        assert.deepStrictEqual(await s.getAccount('o-cadre'), cadre);
        assert.deepStrictEqual(await s.getAccount('o-staff'), staff);
        assert.equal(await s.getAccount('o-nobody'), null);
        const promoted = { ...cadre, role: 'reviewer' as const, regionCodes: [T] };
        await s.putAccounts([promoted]);
        assert.deepStrictEqual(await s.getAccount('o-cadre'), promoted);
      });

      test('listDemoAccounts: demo ones only, by openid', async (s) => {
        await s.putAccounts([
          account('o-c'),
          account('o-real', { demo: false }),
          account('o-a'),
          account('o-b', { role: 'county_admin', regionCodes: [C] }),
        ]);
        assert.deepStrictEqual(
          (await s.listDemoAccounts(10)).map((a) => a.openid),
          ['o-a', 'o-b', 'o-c'],
        );
        assert.deepStrictEqual(await s.listDemoAccounts(1), [account('o-a')]);
        await s.putAccounts([account('o-a', { demo: false })]);
        assert.deepStrictEqual(
          (await s.listDemoAccounts(10)).map((a) => a.openid),
          ['o-b', 'o-c'],
        );
      });
    });

    describe('complaints', () => {
      test('insertComplaint is idempotent on owner and requestId: the first one wins, one is stored', async (s) => {
        const first = complaint('c1', { requestId: 'r1' });
        assert.deepStrictEqual(await s.insertComplaint(first), { complaint: first, created: true });
        const again = complaint('c2', { requestId: 'r1', text: '重复提交', createdAt: at(4) });
        assert.deepStrictEqual(await s.insertComplaint(again), { complaint: first, created: false });
        assert.deepStrictEqual(await s.insertComplaint(first), { complaint: first, created: false });
        assert.deepStrictEqual(await s.getComplaint('c1'), first);
        assert.equal(await s.getComplaint('c2'), null);
        assert.deepStrictEqual(await s.findComplaintByRequest(OWNER, 'r1'), first);
        assert.equal(await s.findComplaintByRequest(OWNER, 'r2'), null);
        assert.equal(await s.findComplaintByRequest('o-other', 'r1'), null);
        assert.deepStrictEqual(ids(await s.listComplaintsByOwner(OWNER, 10)), ['c1']);
        assert.deepStrictEqual(ids(await s.listComplaints({ countyCode: C, limit: 10 })), ['c1']);
        assert.equal(await s.countComplaintsByOwnerSince(OWNER, at(1)), 1);
      });

      test('concurrent submissions of one request store one complaint and all answer it', async (s) => {
        const tries = Array.from({ length: 6 }, (_, i) => complaint(`p${i}`, { requestId: 'same' }));
        const results = await Promise.all(tries.map((c) => s.insertComplaint(c)));
        assert.equal(results.filter((r) => r.created).length, 1);
        const winner = results.find((r) => r.created)!.complaint;
        for (const r of results) assert.deepStrictEqual(r.complaint, winner);
        assert.deepStrictEqual(ids(await s.listComplaintsByOwner(OWNER, 10)), [winner.id]);
      });

      test('the same requestId from another owner is another complaint', async (s) => {
        const mine = complaint('c1', { requestId: 'r1' });
        const theirs = complaint('c2', { requestId: 'r1', ownerOpenid: 'o-other' });
        assert.equal((await s.insertComplaint(mine)).created, true);
        assert.deepStrictEqual(await s.insertComplaint(theirs), { complaint: theirs, created: true });
        assert.deepStrictEqual(await s.findComplaintByRequest('o-other', 'r1'), theirs);
        assert.deepStrictEqual(await s.findComplaintByRequest(OWNER, 'r1'), mine);
        assert.deepStrictEqual(await s.getComplaint('c2'), theirs);
      });

      test('get/update round trip replaces the whole document; results are copies', async (s) => {
        const a = complaint('c1', { rating: { score: 4, comment: '还行', at: at(9) } });
        await s.insertComplaint(a);
        assert.equal(await s.getComplaint('nope'), null);
        const got = (await s.getComplaint('c1'))!;
        got.timeline.push({ at: at(5), action: 'accept', actor: 'x', role: 'unit_staff' });
        got.acceptDeadline.days = 99;
        assert.deepStrictEqual(await s.getComplaint('c1'), a);

        const b: Complaint = {
          ...a,
          version: 2,
          status: 'answered',
          unitId: U2,
          unitName: '区住建局',
          photos: ['cloud://photo-2'],
          // A nested object is replaced, not merged: comment disappears.
          rating: { score: 2, at: at(10) },
          acceptDeadline: { due: at(6), days: 2, dayKind: 'calendar' },
          answer: { text: '已公示', attachments: [], at: at(8), by: 'o-staff', unitName: '区住建局' },
          dueAt: at(20),
          sweepAt: null,
          swept: ['overdue'],
          timeline: [
            ...a.timeline,
            { at: at(8), action: 'answer', actor: 'o-staff', role: 'unit_staff', fromStatus: 'submitted', toStatus: 'answered' },
          ],
          updatedAt: at(8),
        };
        // Optional fields the new version lacks are gone afterwards.
        delete b.townCode;
        delete b.contactPhone;
        delete b.domain;
        assert.equal(await s.updateComplaint(b, 1), true);
        assert.deepStrictEqual(await s.getComplaint('c1'), b);
        assert.deepStrictEqual(await s.findComplaintByRequest(OWNER, a.requestId), b);
        // Every filtered field follows the update.
        assert.deepStrictEqual(await s.listComplaints({ unitId: U1, limit: 10 }), []);
        assert.deepStrictEqual(ids(await s.listComplaints({ unitId: U2, statuses: ['answered'], limit: 10 })), ['c1']);
        assert.deepStrictEqual(await s.listComplaints({ countyCode: C, domain: 'poverty', limit: 10 }), []);
        assert.deepStrictEqual(await s.listSweepDue(at(28), 10), []);

        const c: Complaint = { ...b, version: 3, status: 'closed', sweepAt: at(21), domain: 'relief' };
        assert.equal(await s.updateComplaint(c, 2), true);
        assert.deepStrictEqual(await s.getComplaint('c1'), c);
        assert.deepStrictEqual(ids(await s.listSweepDue(at(28), 10)), ['c1']);
        assert.deepStrictEqual(ids(await s.listComplaints({ countyCode: C, domain: 'relief', statuses: ['closed'], limit: 10 })), ['c1']);
      });

      test('updateComplaint with a stale version returns false and changes nothing', async (s) => {
        const a = complaint('c1');
        await s.insertComplaint(a);
        const accepted: Complaint = { ...a, version: 2, status: 'accepted', dueAt: at(17), sweepAt: at(17) };
        assert.equal(await s.updateComplaint(accepted, 1), true);
        const stale: Complaint = { ...a, version: 2, status: 'returned', unitId: U2, sweepAt: null };
        assert.equal(await s.updateComplaint(stale, 1), false);
        assert.equal(await s.updateComplaint({ ...stale, version: 4 }, 3), false);
        assert.deepStrictEqual(await s.getComplaint('c1'), accepted);
        assert.deepStrictEqual(await s.listComplaints({ unitId: U2, limit: 10 }), []);
        assert.deepStrictEqual(ids(await s.listComplaints({ unitId: U1, statuses: ['accepted'], limit: 10 })), ['c1']);
        assert.equal(await s.updateComplaint(complaint('missing', { version: 2 }), 1), false);
        assert.equal(await s.getComplaint('missing'), null);
      });

      test('concurrent updates from one version: exactly one wins', async (s) => {
        const a = complaint('c1');
        await s.insertComplaint(a);
        const rivals = ([U1, U2, `${C}-x`, `${C}-y`] as const).map((unitId, i): Complaint => ({
          ...a,
          version: 2,
          unitId,
          text: `改派${i}`,
        }));
        const wins = await Promise.all(rivals.map((c) => s.updateComplaint(c, 1)));
        assert.equal(wins.filter(Boolean).length, 1);
        assert.deepStrictEqual(await s.getComplaint('c1'), rivals[wins.indexOf(true)]);
      });

      test('listComplaints: a unit or a county, statuses and domain filters, soonest due first, ties by id', async (s) => {
        const list = [
          complaint('k1', { unitId: U1, status: 'submitted', domain: 'poverty', dueAt: at(13) }),
          complaint('k2', { unitId: U2, status: 'accepted', domain: 'relief', dueAt: at(11) }),
          complaint('k3', { unitId: U1, status: 'closed', domain: 'poverty', dueAt: at(12) }),
          complaint('k4', { unitId: '510403-mzj', countyCode: '510403', status: 'submitted', domain: 'poverty', dueAt: at(10) }),
          complaint('k5', { unitId: U2, status: 'held', domain: undefined, dueAt: at(14) }),
          complaint('k6', { unitId: U1, status: 'in_progress', domain: 'relief', dueAt: at(11) }),
        ];
        await insertAll(s, shuffle(list));
        const list_ = (q: Parameters<Store['listComplaints']>[0]) => s.listComplaints(q).then(ids);
        assert.deepStrictEqual(await list_({ unitId: U1, limit: 10 }), ['k6', 'k3', 'k1']);
        assert.deepStrictEqual(await list_({ unitId: U1, statuses: ['submitted', 'in_progress'], limit: 10 }), ['k6', 'k1']);
        assert.deepStrictEqual(await list_({ unitId: U1, domain: 'poverty', limit: 10 }), ['k3', 'k1']);
        assert.deepStrictEqual(await list_({ unitId: U1, domain: 'poverty', statuses: ['closed'], limit: 10 }), ['k3']);
        assert.deepStrictEqual(await list_({ unitId: U1, statuses: [], limit: 10 }), ['k6', 'k3', 'k1']);
        assert.deepStrictEqual(await list_({ countyCode: C, limit: 10 }), ['k2', 'k6', 'k3', 'k1', 'k5']);
        assert.deepStrictEqual(await list_({ countyCode: C, statuses: ['held'], limit: 10 }), ['k5']);
        assert.deepStrictEqual(await list_({ countyCode: C, domain: 'relief', statuses: ['accepted'], limit: 10 }), ['k2']);
        assert.deepStrictEqual(await list_({ countyCode: C, domain: 'land', limit: 10 }), []);
        assert.deepStrictEqual(await list_({ countyCode: '510403', limit: 10 }), ['k4']);
        assert.deepStrictEqual(await list_({ countyCode: '510999', limit: 10 }), []);
        assert.deepStrictEqual(await list_({ unitId: `${C}-none`, limit: 10 }), []);
        assert.deepStrictEqual(await list_({ countyCode: C, limit: 2 }), ['k2', 'k6']);
        assert.deepStrictEqual(await list_({ countyCode: C, limit: 10, after: { dueAt: at(11), id: 'k2' } }), ['k6', 'k3', 'k1', 'k5']);
        assert.deepStrictEqual(await list_({ countyCode: C, limit: 2, after: { dueAt: at(11), id: 'k6' } }), ['k3', 'k1']);
        const [first] = await s.listComplaints({ countyCode: C, limit: 1 });
        assert.deepStrictEqual(first, list[1]);
        await assert.rejects(s.listComplaints({ limit: 10 }));
      });

      test('listComplaints pages through more than 100 with ties on dueAt, without gaps or repeats', async (s) => {
        const mine = Array.from({ length: 230 }, (_, i) =>
          complaint(`q${pad(i)}`, { dueAt: at(10 + (i % 7)), status: i % 5 ? 'submitted' : 'accepted' }),
        );
        await insertAll(
          s,
          shuffle([
            ...mine,
            complaint('x1', { unitId: U2, dueAt: at(10) }),
            complaint('x2', { countyCode: '510403', unitId: '510403-u', dueAt: at(10) }),
          ]),
        );
        const expected = ids([...mine].sort(soonestDue));
        for (const scope of [{ unitId: U1 }, { countyCode: C }]) {
          const seen: string[] = [];
          let after: { dueAt: string; id: string } | undefined;
          for (;;) {
            const page = await s.listComplaints({ ...scope, limit: 1000, after });
            assert.ok(page.length <= 100);
            seen.push(...ids(page));
            if (page.length < 100) break;
            after = { dueAt: page[99].dueAt, id: page[99].id };
          }
          assert.deepStrictEqual(
            seen.filter((id) => id !== 'x1'),
            expected,
          );
          assert.equal(seen.length, 'countyCode' in scope ? 231 : 230);
        }
        const accepted = await s.listComplaints({ unitId: U1, statuses: ['accepted'], limit: 100 });
        assert.deepStrictEqual(ids(accepted), ids(mine.filter((c) => c.status === 'accepted').sort(soonestDue)));
        const tied = mine.filter((c) => c.dueAt === at(12)).sort(soonestDue);
        const fromTie = await s.listComplaints({ unitId: U1, limit: 3, after: { dueAt: at(12), id: tied[5].id } });
        assert.deepStrictEqual(ids(fromTie), ids(tied.slice(6, 9)));
      });

      test('listComplaintsByOwner: newest first, ties on createdAt by id desc, keyset across more than 100', async (s) => {
        const mine = Array.from({ length: 130 }, (_, i) => complaint(`w${pad(i)}`, { createdAt: at(1 + (i % 9), i % 4) }));
        await insertAll(s, shuffle([...mine, complaint('z1', { ownerOpenid: 'o-other', createdAt: at(5) })]));
        const expected = ids([...mine].sort(newestCreated));
        const seen: string[] = [];
        let after: { createdAt: string; id: string } | undefined;
        for (;;) {
          const page = await s.listComplaintsByOwner(OWNER, 40, after);
          seen.push(...ids(page));
          if (page.length < 40) break;
          after = { createdAt: page[39].createdAt, id: page[39].id };
        }
        assert.deepStrictEqual(seen, expected);
        assert.equal((await s.listComplaintsByOwner(OWNER, 1000)).length, 100);
        const mid = [...mine].sort(newestCreated)[10];
        assert.deepStrictEqual(
          ids(await s.listComplaintsByOwner(OWNER, 3, { createdAt: mid.createdAt, id: mid.id })),
          expected.slice(11, 14),
        );
        assert.deepStrictEqual(ids(await s.listComplaintsByOwner('o-other', 10)), ['z1']);
        assert.deepStrictEqual(await s.listComplaintsByOwner('o-nobody', 10), []);
      });

      test('countComplaintsByOwnerSince counts createdAt at or after the instant', async (s) => {
        await insertAll(s, [
          complaint('a1', { createdAt: '2025-03-01T00:00:00.000Z' }),
          complaint('a2', { createdAt: '2025-03-02T00:00:00.000Z' }),
          complaint('a3', { createdAt: '2025-03-03T00:00:00.000Z' }),
          complaint('b1', { ownerOpenid: 'o-other', createdAt: '2025-03-03T00:00:00.000Z' }),
        ]);
        assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-02-01T00:00:00.000Z'), 3);
        assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-03-02T00:00:00.000Z'), 2);
        assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-03-02T00:00:00.001Z'), 1);
        assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-03-03T00:00:00.001Z'), 0);
        assert.equal(await s.countComplaintsByOwnerSince('o-other', '2025-03-03T00:00:00.000Z'), 1);
        assert.equal(await s.countComplaintsByOwnerSince('o-nobody', '2025-01-01T00:00:00.000Z'), 0);
      });

      test('listSweepDue: never a null sweepAt, due at or before now, earliest first, ties by id', async (s) => {
        const t = '2025-03-05T00:00:00.000Z';
        await insertAll(
          s,
          shuffle([
            complaint('s4', { sweepAt: t }),
            complaint('s2', { sweepAt: '2025-03-04T00:00:00.000Z' }),
            complaint('s3', { sweepAt: null }),
            complaint('s1', { sweepAt: t, countyCode: '510403', unitId: '510403-u' }),
            complaint('s0', { sweepAt: '2025-03-05T00:00:00.001Z' }),
            complaint('s5', { sweepAt: '2025-03-06T00:00:00.000Z' }),
            complaint('s6', { sweepAt: null, status: 'closed' }),
          ]),
        );
        assert.deepStrictEqual(ids(await s.listSweepDue(t, 10)), ['s2', 's1', 's4']);
        assert.deepStrictEqual(ids(await s.listSweepDue(t, 2)), ['s2', 's1']);
        assert.deepStrictEqual(ids(await s.listSweepDue('2099-01-01T00:00:00.000Z', 10)), ['s2', 's1', 's4', 's0', 's5']);
        assert.deepStrictEqual(await s.listSweepDue('2025-03-03T23:59:59.999Z', 10), []);
        const s2 = (await s.getComplaint('s2'))!;
        assert.equal(await s.updateComplaint({ ...s2, version: 2, sweepAt: null }, 1), true);
        const s3 = (await s.getComplaint('s3'))!;
        assert.equal(await s.updateComplaint({ ...s3, version: 2, sweepAt: '2025-03-01T00:00:00.000Z' }, 1), true);
        const due = await s.listSweepDue(t, 10);
        assert.deepStrictEqual(ids(due), ['s3', 's1', 's4']);
        assert.deepStrictEqual(due[0], { ...s3, version: 2, sweepAt: '2025-03-01T00:00:00.000Z' });
      });

      test('nextSequence: each key counts from 1 on its own', async (s) => {
        assert.equal(await s.nextSequence('510118:20250303'), 1);
        assert.equal(await s.nextSequence('510118:20250303'), 2);
        assert.equal(await s.nextSequence('510118:20250304'), 1);
        assert.equal(await s.nextSequence('510403:20250303'), 1);
        assert.equal(await s.nextSequence('510118:20250303'), 3);
        assert.equal(await s.nextSequence('510118:20250304'), 2);
      });

      test('nextSequence: 20 parallel calls on one key get 1..20, each once', async (s) => {
        const got = await Promise.all(Array.from({ length: 20 }, () => s.nextSequence('k')));
        assert.deepStrictEqual(
          [...got].sort((a, b) => a - b),
          Array.from({ length: 20 }, (_, i) => i + 1),
        );
        assert.equal(await s.nextSequence('k'), 21);
        const mixed = await Promise.all(Array.from({ length: 10 }, (_, i) => s.nextSequence(i % 2 ? 'odd' : 'even')));
        assert.deepStrictEqual(mixed.filter((_, i) => i % 2).sort(), [1, 2, 3, 4, 5]);
        assert.deepStrictEqual(mixed.filter((_, i) => !(i % 2)).sort(), [1, 2, 3, 4, 5]);
      });
    });

    describe('drafts', () => {
      test('insertDraft is idempotent on author and requestId: the first one wins, one is stored', async (s) => {
        const first = draft('g1', { requestId: 'r1' });
        assert.deepStrictEqual(await s.insertDraft(first), { draft: first, created: true });
        const again = draft('g2', { requestId: 'r1', title: '重复保存', createdAt: at(3), updatedAt: at(3) });
        assert.deepStrictEqual(await s.insertDraft(again), { draft: first, created: false });
        assert.deepStrictEqual(await s.insertDraft(first), { draft: first, created: false });
        assert.deepStrictEqual(await s.getDraft('g1'), first);
        assert.equal(await s.getDraft('g2'), null);
        assert.deepStrictEqual(ids(await s.listDraftsByAuthor(AUTHOR, 10)), ['g1']);
        assert.deepStrictEqual(ids(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 10 })), ['g1']);
        // The same requestId from another author is another draft.
        const theirs = draft('g3', { requestId: 'r1', authorOpenid: 'o-other' });
        assert.deepStrictEqual(await s.insertDraft(theirs), { draft: theirs, created: true });
        assert.deepStrictEqual(await s.getDraft('g3'), theirs);
        assert.deepStrictEqual(ids(await s.listDraftsByAuthor('o-other', 10)), ['g3']);
      });

      test('concurrent first saves of one request store one draft and all answer it', async (s) => {
        const tries = Array.from({ length: 6 }, (_, i) => draft(`p${i}`, { requestId: 'same', title: `第${i}次` }));
        const results = await Promise.all(tries.map((d) => s.insertDraft(d)));
        assert.equal(results.filter((r) => r.created).length, 1);
        const winner = results.find((r) => r.created)!.draft;
        for (const r of results) assert.deepStrictEqual(r.draft, winner);
        assert.deepStrictEqual(await s.listDraftsByAuthor(AUTHOR, 10), [winner]);
      });

      test('round trip with every optional field or none; missing is null; results are copies', async (s) => {
        const full = draft('g1', {
          status: 'withdrawn',
          reviewNote: '请补充会议记录',
          reviewerOpenid: 'o-reviewer',
          withdrawReason: '名单有误',
          submittedAt: at(3),
        });
        const bare = draft('g2', { attachments: [], history: [] });
        delete bare.rawTable;
        delete bare.publicityStart;
        await insertDrafts(s, [full, bare]);
        assert.deepStrictEqual(await s.getDraft('g1'), full);
        assert.deepStrictEqual(await s.getDraft('g2'), bare);
        assert.equal(await s.getDraft('nope'), null);
        const got = (await s.getDraft('g1'))!;
        got.rawTable!.rows[0][0] = 'x';
        got.history.push({ at: at(9), action: 'approve', by: 'x' });
        got.attachments[0].name = 'x';
        assert.deepStrictEqual(await s.getDraft('g1'), full);
      });

      test('updateDraft replaces the whole document: fields a new version lacks are gone, listings follow', async (s) => {
        const v1 = draft('g1');
        await s.insertDraft(v1);
        const submitted: Draft = {
          ...v1,
          version: 2,
          status: 'pending_review',
          updatedAt: at(3),
          submittedAt: at(3),
          history: [...v1.history, { at: at(3), action: 'submit', by: AUTHOR }],
        };
        // Erased on submit: the raw table with personal data must not survive in the store.
        delete submitted.rawTable;
        assert.equal(await s.updateDraft(submitted, 1), true);
        const afterSubmit = (await s.getDraft('g1'))!;
        assert.equal('rawTable' in afterSubmit, false);
        assert.deepStrictEqual(afterSubmit, submitted);
        assert.deepStrictEqual(ids(await s.listDraftsForReview({ countyCode: C, townCode: T, status: 'pending_review', limit: 10 })), [
          'g1',
        ]);
        assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 10 }), []);

        const rejected: Draft = {
          ...submitted,
          version: 3,
          status: 'draft',
          updatedAt: at(4),
          reviewNote: '金额需核实',
          reviewerOpenid: 'o-reviewer',
          // The author enters the table again, smaller; arrays are replaced, not merged.
          rawTable: { columns: ['姓名', '金额'], rows: [['张三', '300']] },
          attachments: [],
          history: [...submitted.history, { at: at(4), action: 'reject', by: 'o-reviewer', note: '金额需核实' }],
        };
        assert.equal(await s.updateDraft(rejected, 2), true);
        assert.deepStrictEqual(await s.getDraft('g1'), rejected);

        const resubmitted: Draft = {
          ...rejected,
          version: 4,
          status: 'pending_review',
          updatedAt: at(5),
          submittedAt: at(5),
          history: [...rejected.history, { at: at(5), action: 'submit', by: AUTHOR }],
        };
        delete resubmitted.rawTable;
        delete resubmitted.reviewNote;
        delete resubmitted.reviewerOpenid;
        delete resubmitted.publicityStart;
        assert.equal(await s.updateDraft(resubmitted, 3), true);
        const afterResubmit = (await s.getDraft('g1'))!;
        for (const k of ['rawTable', 'reviewNote', 'reviewerOpenid', 'publicityStart']) assert.equal(k in afterResubmit, false, k);
        assert.deepStrictEqual(afterResubmit, resubmitted);

        const approved: Draft = {
          ...resubmitted,
          version: 5,
          status: 'published',
          updatedAt: at(6),
          reviewerOpenid: 'o-reviewer',
          history: [...resubmitted.history, { at: at(6), action: 'approve', by: 'o-reviewer' }],
        };
        assert.equal(await s.updateDraft(approved, 4), true);
        const afterApproval = (await s.getDraft('g1'))!;
        assert.equal('rawTable' in afterApproval, false);
        assert.deepStrictEqual(afterApproval, approved);
        assert.deepStrictEqual(await s.listDraftsByAuthor(AUTHOR, 10), [approved]);
        assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, status: 'pending_review', limit: 10 }), []);
        assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, townCode: T, status: 'published', limit: 10 }), [approved]);
      });

      test('updateDraft with a stale version returns false and changes nothing', async (s) => {
        const v1 = draft('g1');
        await s.insertDraft(v1);
        const v2: Draft = { ...v1, version: 2, status: 'pending_review', updatedAt: at(3), submittedAt: at(3) };
        delete v2.rawTable;
        assert.equal(await s.updateDraft(v2, 1), true);
        const stale: Draft = { ...v1, version: 2, title: '改过的标题', updatedAt: at(4), reviewNote: 'x' };
        delete stale.publicityStart;
        assert.equal(await s.updateDraft(stale, 1), false);
        assert.equal(await s.updateDraft({ ...stale, version: 4 }, 3), false);
        assert.deepStrictEqual(await s.getDraft('g1'), v2);
        assert.deepStrictEqual(await s.listDraftsByAuthor(AUTHOR, 10), [v2]);
        assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 10 }), []);
        assert.equal(await s.updateDraft(draft('missing', { version: 2 }), 1), false);
        assert.equal(await s.getDraft('missing'), null);
      });

      test('concurrent updates from one version: exactly one wins', async (s) => {
        const v1 = draft('g1');
        await s.insertDraft(v1);
        const rivals = Array.from({ length: 4 }, (_, i): Draft => ({ ...v1, version: 2, title: `改${i}`, updatedAt: at(3, i) }));
        const wins = await Promise.all(rivals.map((d) => s.updateDraft(d, 1)));
        assert.equal(wins.filter(Boolean).length, 1);
        assert.deepStrictEqual(await s.getDraft('g1'), rivals[wins.indexOf(true)]);
      });

      test('listDraftsByAuthor: latest change first, ties on updatedAt by id desc, keyset across more than 100', async (s) => {
        const mine = Array.from({ length: 130 }, (_, i) =>
          draft(`w${pad(i)}`, { updatedAt: at(1 + (i % 9), i % 4), status: (['draft', 'pending_review', 'published'] as const)[i % 3] }),
        );
        await insertDrafts(s, shuffle([...mine, draft('z1', { authorOpenid: 'o-other', updatedAt: at(5) })]));
        const expected = ids([...mine].sort(latestChanged));
        const seen: string[] = [];
        let after: { updatedAt: string; id: string } | undefined;
        for (;;) {
          const page = await s.listDraftsByAuthor(AUTHOR, 40, after);
          seen.push(...ids(page));
          if (page.length < 40) break;
          after = { updatedAt: page[39].updatedAt, id: page[39].id };
        }
        assert.deepStrictEqual(seen, expected);
        const first = await s.listDraftsByAuthor(AUTHOR, 1000);
        assert.equal(first.length, 100);
        const rest = await s.listDraftsByAuthor(AUTHOR, 1000, { updatedAt: first[99].updatedAt, id: first[99].id });
        assert.deepStrictEqual([...ids(first), ...ids(rest)], expected);
        const mid = [...mine].sort(latestChanged)[10];
        assert.deepStrictEqual(
          ids(await s.listDraftsByAuthor(AUTHOR, 3, { updatedAt: mid.updatedAt, id: mid.id })),
          expected.slice(11, 14),
        );
        assert.deepStrictEqual(await s.listDraftsByAuthor('o-other', 10), [draft('z1', { authorOpenid: 'o-other', updatedAt: at(5) })]);
        assert.deepStrictEqual(await s.listDraftsByAuthor('o-nobody', 10), []);
      });

      test('listDraftsForReview: a town or the whole county, one status, oldest change first, ties by id', async (s) => {
        const list = [
          draft('e1', { status: 'pending_review', updatedAt: at(5) }),
          draft('e2', { status: 'pending_review', townCode: T2, regionCode: O, updatedAt: at(4) }),
          draft('e3', { status: 'pending_review', updatedAt: at(5) }),
          draft('e4', { status: 'draft', updatedAt: at(1) }),
          draft('e5', { status: 'published', updatedAt: at(6) }),
          draft('e6', {
            status: 'pending_review',
            countyCode: '510403',
            townCode: '510403001',
            regionCode: '510403001001',
            updatedAt: at(1),
          }),
          draft('e7', { status: 'withdrawn', townCode: T2, regionCode: O, updatedAt: at(7) }),
          draft('e8', { status: 'pending_review', authorOpenid: 'o-other', updatedAt: at(3) }),
        ];
        await insertDrafts(s, shuffle(list));
        type ReviewQuery = Parameters<Store['listDraftsForReview']>[0];
        const list_ = (q: Omit<ReviewQuery, 'limit'> & { limit?: number }) => s.listDraftsForReview({ limit: 10, ...q }).then(ids);
        assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'pending_review' }), ['e8', 'e1', 'e3']);
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review' }), ['e8', 'e2', 'e1', 'e3']);
        assert.deepStrictEqual(await list_({ countyCode: C, townCode: T2, status: 'pending_review' }), ['e2']);
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'draft' }), ['e4']);
        assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'published' }), ['e5']);
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'withdrawn' }), ['e7']);
        assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'withdrawn' }), []);
        assert.deepStrictEqual(await list_({ countyCode: '510403', status: 'pending_review' }), ['e6']);
        assert.deepStrictEqual(await list_({ countyCode: '510999', status: 'pending_review' }), []);
        assert.deepStrictEqual(await list_({ countyCode: C, townCode: '510118999', status: 'pending_review' }), []);
        // Keyset through the tie on updatedAt.
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', limit: 2 }), ['e8', 'e2']);
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', limit: 2, after: { updatedAt: at(4), id: 'e2' } }), [
          'e1',
          'e3',
        ]);
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', after: { updatedAt: at(5), id: 'e1' } }), ['e3']);
        assert.deepStrictEqual(
          await list_({ countyCode: C, townCode: T, status: 'pending_review', after: { updatedAt: at(3), id: 'e8' } }),
          ['e1', 'e3'],
        );
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', after: { updatedAt: at(5), id: 'e3' } }), []);
        const [first] = await s.listDraftsForReview({ countyCode: C, status: 'pending_review', limit: 1 });
        assert.deepStrictEqual(first, list[7]);
        // A status change moves the draft between queues.
        const e1 = (await s.getDraft('e1'))!;
        const approved: Draft = { ...e1, version: 2, status: 'published', updatedAt: at(8), reviewerOpenid: 'o-reviewer' };
        delete approved.rawTable;
        assert.equal(await s.updateDraft(approved, 1), true);
        assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'pending_review' }), ['e8', 'e3']);
        assert.deepStrictEqual(await list_({ countyCode: C, status: 'published' }), ['e5', 'e1']);
      });

      test('listDraftsForReview pages through more than 100 with ties on updatedAt, without gaps or repeats', async (s) => {
        const mine = Array.from({ length: 230 }, (_, i) =>
          draft(`q${pad(i)}`, {
            status: i % 5 ? 'pending_review' : 'draft',
            townCode: i % 2 ? T : T2,
            regionCode: i % 2 ? V : O,
            updatedAt: at(10 + (i % 7)),
          }),
        );
        const others = [
          draft('x1', { status: 'pending_review', countyCode: '510403', townCode: '510403001', updatedAt: at(10) }),
          draft('x2', { status: 'published', updatedAt: at(10) }),
        ];
        await insertDrafts(s, shuffle([...mine, ...others]));
        const pending = mine.filter((d) => d.status === 'pending_review');
        for (const [scope, expected] of [
          [{ countyCode: C }, pending],
          [{ countyCode: C, townCode: T }, pending.filter((d) => d.townCode === T)],
          [{ countyCode: C, townCode: T2 }, pending.filter((d) => d.townCode === T2)],
        ] as const) {
          const seen: string[] = [];
          let after: { updatedAt: string; id: string } | undefined;
          for (;;) {
            const page = await s.listDraftsForReview({ ...scope, status: 'pending_review', limit: 1000, after });
            assert.ok(page.length <= 100);
            seen.push(...ids(page));
            if (page.length < 100) break;
            after = { updatedAt: page[99].updatedAt, id: page[99].id };
          }
          assert.deepStrictEqual(seen, ids([...expected].sort(oldestChanged)), JSON.stringify(scope));
        }
        const tied = pending.filter((d) => d.updatedAt === at(12)).sort(oldestChanged);
        const fromTie = await s.listDraftsForReview({
          countyCode: C,
          status: 'pending_review',
          limit: 3,
          after: { updatedAt: at(12), id: tied[5].id },
        });
        assert.deepStrictEqual(ids(fromTie), ids(tied.slice(6, 9)));
        assert.deepStrictEqual(
          ids(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 100 })),
          ids(mine.filter((d) => d.status === 'draft').sort(oldestChanged)),
        );
      });
    });

    describe('objections', () => {
      const running = () =>
        disclosure('o1', { regionCode: V, level: 'village', title: '低保名单公示', publicity: { start: '2025-03-01', end: '2025-03-10' } });

      test('addObjection counts one more each time, a missing count being 0, and changes nothing else', async (s) => {
        const d = running();
        const counted = disclosure('o2', { objections: 5 });
        await s.putDisclosures([d, counted]);
        await s.addObjection('o1');
        assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 1 });
        await s.addObjection('o1');
        assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 2 });
        await s.addObjection('o2');
        assert.deepStrictEqual(await s.getDisclosure('o2'), { ...counted, objections: 6 });
        // Still listed, running and searchable as before.
        assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [V], limit: 10 }), [{ ...d, objections: 2 }]);
        assert.deepStrictEqual(ids(await s.listRunningPublicity([V], '2025-03-05', 10)), ['o1']);
        assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), [V], 10)), ['o1']);
      });

      test('10 concurrent objections count 10', async (s) => {
        const d = running();
        await s.putDisclosures([d]);
        await Promise.all(Array.from({ length: 10 }, () => s.addObjection('o1')));
        assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 10 });
        await Promise.all(Array.from({ length: 10 }, (_, i) => s.addObjection(i % 2 ? 'o1' : 'nope')));
        assert.equal((await s.getDisclosure('o1'))!.objections, 15);
      });

      test('addObjection on an unknown id does nothing', async (s) => {
        await s.addObjection('nope');
        const d = running();
        await s.putDisclosures([d]);
        await s.addObjection('nope');
        assert.equal(await s.getDisclosure('nope'), null);
        assert.deepStrictEqual(await s.getDisclosure('o1'), d);
        assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [V, T, C], limit: 10 }), [d]);
      });
    });

    describe('notifications', () => {
      test('putNotification stores one per id: true, then false, the first kept', async (s) => {
        const n = notification('n1');
        assert.equal(await s.putNotification(n), true);
        assert.equal(await s.putNotification({ ...n, title: '重复', status: 'sent' }), false);
        assert.deepStrictEqual(await s.listNotifications(undefined, 10), [n]);
        const failed = notification('n2', { status: 'failed', error: '43101 user refuse to accept the msg', createdAt: at(4) });
        assert.equal(await s.putNotification(failed), true);
        assert.deepStrictEqual(await s.listNotifications('o-staff', 10), [failed, n]);
      });

      test('concurrent puts of one id store it once', async (s) => {
        const results = await Promise.all(Array.from({ length: 5 }, (_, i) => s.putNotification(notification('n1', { title: `t${i}` }))));
        assert.equal(results.filter(Boolean).length, 1);
        assert.equal((await s.listNotifications(undefined, 10)).length, 1);
      });

      test('listNotifications by recipient or all, newest first, ties by id desc', async (s) => {
        const list = [
          notification('n1', { to: 'o-a', createdAt: at(3) }),
          notification('n2', { to: 'o-b', createdAt: at(4) }),
          notification('n3', { to: 'o-a', createdAt: at(4), template: 'answered', body: {} }),
          notification('n4', { to: 'o-a', createdAt: at(4) }),
          notification('n5', { to: 'o-b', createdAt: at(2) }),
        ];
        for (const n of shuffle(list)) assert.equal(await s.putNotification(n), true);
        assert.deepStrictEqual(ids(await s.listNotifications('o-a', 10)), ['n4', 'n3', 'n1']);
        assert.deepStrictEqual(ids(await s.listNotifications('o-b', 10)), ['n2', 'n5']);
        assert.deepStrictEqual(ids(await s.listNotifications(undefined, 10)), ['n4', 'n3', 'n2', 'n1', 'n5']);
        assert.deepStrictEqual(ids(await s.listNotifications(undefined, 2)), ['n4', 'n3']);
        assert.deepStrictEqual(await s.listNotifications('o-nobody', 10), []);
        assert.deepStrictEqual((await s.listNotifications('o-a', 2))[1], list[2]);
      });
    });

    describe('unit staff and routes', () => {
      test('listUnitStaff: accounts bound to the unit, by openid, following changes', async (s) => {
        const s1 = account('o-s1', { role: 'unit_staff', unitId: U1, demo: false });
        const s2 = account('o-s2', { role: 'unit_staff', unitId: U1 });
        const s3 = account('o-s3', { role: 'unit_staff', unitId: U2 });
        await s.putAccounts([s2, account('o-r'), s3, s1, account('o-admin', { role: 'county_admin', regionCodes: [C] })]);
        assert.deepStrictEqual(await s.listUnitStaff(U1), [s1, s2]);
        assert.deepStrictEqual(await s.listUnitStaff(U2), [s3]);
        assert.deepStrictEqual(await s.listUnitStaff(`${C}-none`), []);
        const moved = { ...s1, unitId: U2 };
        await s.putAccounts([moved]);
        assert.deepStrictEqual(await s.listUnitStaff(U1), [s2]);
        assert.deepStrictEqual(await s.listUnitStaff(U2), [moved, s3]);
        const { unitId: _, ...resident } = s2;
        await s.putAccounts([{ ...resident, role: 'resident' }]);
        assert.deepStrictEqual(await s.listUnitStaff(U1), []);
      });

      test('routes: round trip per county by id, upsert, more than 100', async (s) => {
        const kinds: Array<Partial<Route>> = [
          {},
          { domain: 'poverty' },
          { townCode: T, category: '其他' },
          { kind: '咨询', domain: 'relief', unitId: U2 },
        ];
        const mine = Array.from({ length: 130 }, (_, i) => route(`r${pad(i)}`, kinds[i % 4]));
        await s.putRoutes(shuffle([...mine, route('o1', { countyCode: '510403' }), route('o2', { countyCode: '510403' })]));
        assert.deepStrictEqual(await s.listRoutes(C), mine);
        assert.deepStrictEqual(ids(await s.listRoutes('510403')), ['o1', 'o2']);
        assert.deepStrictEqual(await s.listRoutes('510999'), []);
        const changed = route('r001', { category: '泄露个人信息', unitId: U2 });
        await s.putRoutes([changed, route('r002', { countyCode: '510403' })]);
        const now = await s.listRoutes(C);
        assert.equal(now.length, 129);
        assert.deepStrictEqual(now[1], changed);
        assert.deepStrictEqual(ids(await s.listRoutes('510403')), ['o1', 'o2', 'r002']);
      });
    });

    describe('limits', () => {
      test('every limited read returns at most 100, and at least 1 for a limit below 1', async (s) => {
        const n = 130;
        await s.putRegions(Array.from({ length: n }, (_, i) => region(`${T}${pad(i)}`, `金沙${i}村`)));
        await s.putCatalogItems(Array.from({ length: n }, (_, i) => item(C, `t${pad(i)}`, 'poverty', i, { level2: '临时救助' })));
        await s.putDisclosures(
          Array.from({ length: n }, (_, i) =>
            disclosure(`l${pad(i)}`, { title: '临时救助', publicity: { start: '2025-01-01', end: '2025-12-31' } }),
          ),
        );
        await s.putAccounts(Array.from({ length: n }, (_, i) => account(`o${pad(i)}`, { role: 'unit_staff', unitId: U1 })));
        await insertAll(
          s,
          Array.from({ length: n }, (_, i) => complaint(`c${pad(i)}`, { createdAt: at(1, i) })),
        );
        for (let i = 0; i < n; i++) await s.putNotification(notification(`n${pad(i)}`));
        await insertDrafts(
          s,
          Array.from({ length: n }, (_, i) => draft(`g${pad(i)}`, { status: 'pending_review', updatedAt: at(1, i) })),
        );
        const reads: Array<[string, (limit: number) => Promise<unknown[]>]> = [
          ['listRegionChildren', (l) => s.listRegionChildren(T, l)],
          ['searchRegions', (l) => s.searchRegions(q('金沙'), l)],
          ['searchCatalog', (l) => s.searchCatalog(q('救助'), C, l)],
          ['listDisclosures', (l) => s.listDisclosures({ regionCodes: [C], limit: l })],
          ['listRunningPublicity', (l) => s.listRunningPublicity([C], '2025-06-01', l)],
          ['searchDisclosures', (l) => s.searchDisclosures(q('救助'), [C], l)],
          ['listDemoAccounts', (l) => s.listDemoAccounts(l)],
          ['listComplaints', (l) => s.listComplaints({ unitId: U1, limit: l })],
          ['listComplaintsByOwner', (l) => s.listComplaintsByOwner(OWNER, l)],
          ['listSweepDue', (l) => s.listSweepDue('2099-01-01T00:00:00.000Z', l)],
          ['listNotifications', (l) => s.listNotifications('o-staff', l)],
          ['listNotifications (all)', (l) => s.listNotifications(undefined, l)],
          ['listDraftsByAuthor', (l) => s.listDraftsByAuthor(AUTHOR, l)],
          ['listDraftsForReview (town)', (l) => s.listDraftsForReview({ countyCode: C, townCode: T, status: 'pending_review', limit: l })],
          ['listDraftsForReview (county)', (l) => s.listDraftsForReview({ countyCode: C, status: 'pending_review', limit: l })],
        ];
        for (const [what, read] of reads) {
          assert.equal((await read(1000)).length, 100, what);
          assert.equal((await read(7)).length, 7, what);
          assert.equal((await read(0)).length, 1, what);
        }
        assert.equal((await s.listCatalogItems(C)).length, n);
        assert.equal((await s.listUnitStaff(U1)).length, 100);
        assert.equal(await s.countComplaintsByOwnerSince(OWNER, at(1)), n);
      });
    });

    describe('working-day calendar and audit', () => {
      const year = (y: number, extra: Partial<CalendarYear> = {}): CalendarYear => ({
        year: y,
        offDays: [`${y}-01-01`],
        workDays: [],
        notice: null,
        enteredBy: 'seed',
        enteredAt: '2025-11-04T00:00:00.000Z',
        source: 'chinese-days',
        ...extra,
      });

      test('calendar years: put/get round trip, missing is null, listed oldest first, a put replaces the year', async (s) => {
        assert.equal(await s.getCalendarYear(2026), null);
        assert.deepStrictEqual(await s.listCalendarYears(), []);
        await s.putCalendarYear(year(2026));
        await s.putCalendarYear(year(2025));
        assert.deepStrictEqual(await s.getCalendarYear(2026), year(2026));
        assert.deepStrictEqual(
          (await s.listCalendarYears()).map((y) => y.year),
          [2025, 2026],
        );
        const entered = year(2026, {
          offDays: ['2026-01-01', '2026-01-02'],
          workDays: ['2026-01-04'],
          notice: { number: '国办发明电〔2025〕7号', date: '2025-11-04' },
          enteredBy: 'o-admin',
          source: 'entered',
        });
        await s.putCalendarYear(entered);
        assert.deepStrictEqual(await s.getCalendarYear(2026), entered);
        assert.equal((await s.listCalendarYears()).length, 2);
      });

      test('audit: appended entries listed newest first with keyset paging', async (s) => {
        const e = (i: number): AuditEntry => ({
          id: `${at(1, i)}-x${i}`,
          at: at(1, i),
          actor: 'o-admin',
          role: 'county_admin',
          action: 'calendar.put',
          target: 'calendar:2027',
          before: i === 0 ? null : { year: 2027, offDays: [] },
          after: { year: 2027, offDays: [`2027-01-0${i + 1}`] },
          countyCode: C,
        });
        for (let i = 0; i < 5; i++) await s.appendAudit(e(i));
        const first = await s.listAudit(3);
        assert.deepStrictEqual(
          first.map((x) => x.id),
          [e(4).id, e(3).id, e(2).id],
        );
        assert.deepStrictEqual(first[0], e(4));
        const rest = await s.listAudit(3, { at: first[2].at, id: first[2].id });
        assert.deepStrictEqual(
          rest.map((x) => x.id),
          [e(1).id, e(0).id],
        );
      });

      test('complaints by due: every county, from <= dueAt < to, by (dueAt, id), keyset', async (s) => {
        const due = (d: string) => `${d}T15:59:59.999Z`;
        await s.insertComplaint(complaint('a', { dueAt: due('2026-12-30') }));
        await s.insertComplaint(complaint('b', { requestId: 'rb', dueAt: due('2027-01-05'), countyCode: '510822' }));
        await s.insertComplaint(complaint('c', { requestId: 'rc', dueAt: due('2027-01-05') }));
        await s.insertComplaint(complaint('d', { requestId: 'rd', dueAt: '9999-12-31T00:00:00.000Z', status: 'closed' }));
        const all = await s.listComplaintsByDue({ from: '2026-12-31T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z', limit: 10 });
        assert.deepStrictEqual(
          all.map((c) => c.id),
          ['b', 'c'],
        );
        const next = await s.listComplaintsByDue({
          from: '2026-01-01T00:00:00.000Z',
          to: '9999-12-31T00:00:00.000Z',
          limit: 10,
          after: { dueAt: due('2027-01-05'), id: 'b' },
        });
        assert.deepStrictEqual(
          next.map((c) => c.id),
          ['c'],
        );
        assert.equal(
          (await s.listComplaintsByDue({ from: '2026-01-01T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z', limit: 2 })).length,
          2,
        );
      });
    });
  });
}
