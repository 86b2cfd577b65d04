// Fixtures and helpers of the Store contract: records of every kind, orders, and the way a
// case runs (each case opens a fresh, empty store and closes it afterwards).
import { it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CatalogItem, Disclosure, Region, RegionLevel, Unit } from '../../../core/model';
import type { County } from '../../../core/regions/county';
import type { Account } from '../../../core/accounts/account';
import type { Complaint, Notification } from '../../../core/complaints/model';
import type { Route } from '../../../core/complaints/routing';
import type { Draft } from '../../../core/publicity/model';
import type { Store } from '../../../core/store';
import { queryTokens, type TokenQuery } from '../../../core/search/tokens';
export type Open = () => Promise<Store & { close(): Promise<void> }>;

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

export const C = '510118';
export const T = '510118001';
export const V = '510118001001';
export const O = '510118002001';

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

export const U1 = `${C}-mzj`;
export const U2 = `${C}-zjj`;
export const OWNER = 'o-resident';
export const at = (day: number, minute = 0) => `2025-03-${pad(day, 2)}T${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:00.000Z`;

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

export const AUTHOR = 'o-cadre';
export const T2 = '510118002';

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

export const pad = (n: number, w = 3) => String(n).padStart(w, '0');
/** A fixed permutation, so inserts do not arrive in the order reads return. */
export const shuffle = <T>(xs: T[]): T[] => xs.map((_, i) => xs[(i * 7919) % xs.length]);
export const q = (text: string): TokenQuery => queryTokens(text)!;
export const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
export const codes = (xs: Region[]) => xs.map((x) => x.code);
export const newest = (a: Disclosure, b: Disclosure) =>
  a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : -1) : a.publishedAt < b.publishedAt ? 1 : -1;
const byKeys =
  <T>(...keys: Array<(x: T) => string | number>) =>
  (a: T, b: T) => {
    for (const k of keys) if (k(a) !== k(b)) return k(a) < k(b) ? -1 : 1;
    return 0;
  };
export const catalogOrder = byKeys<CatalogItem>(
  (i) => i.countyCode,
  (i) => i.domain,
  (i) => i.order,
  (i) => i.id,
);
export const soonestDue = byKeys<Complaint>(
  (c) => c.dueAt,
  (c) => c.id,
);
export const newestCreated = (a: Complaint, b: Complaint) =>
  -byKeys<Complaint>(
    (c) => c.createdAt,
    (c) => c.id,
  )(a, b);
export const insertAll = async (s: Store, list: Complaint[]) => {
  for (const c of list) assert.equal((await s.insertComplaint(c)).created, true, c.id);
};
export const latestChanged = (a: Draft, b: Draft) =>
  -byKeys<Draft>(
    (d) => d.updatedAt,
    (d) => d.id,
  )(a, b);
export const oldestChanged = byKeys<Draft>(
  (d) => d.updatedAt,
  (d) => d.id,
);
export const insertDrafts = async (s: Store, list: Draft[]) => {
  for (const d of list) assert.equal((await s.insertDraft(d)).created, true, d.id);
};

/** `test(title, fn)`: a case run on a fresh store from `open`, closed afterwards. */
export function caseOn(open: Open) {
  return (title: string, fn: (s: Store) => Promise<void>) =>
    it(title, async () => {
      const s = await open();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    });
}
