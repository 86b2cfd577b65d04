// The Store port on the WeChat cloud database (wx-server-sdk `cloud.database()`), production.
// Each record is stored whole as one document whose _id is its natural key, plus the few
// internal fields its queries filter or sort on (search tokens, denormalized keys). Every read
// is an ordered, limited (<= 100) get with keyset paging; every write is one doc().set(),
// except where the database itself must decide: add (refuses a duplicate _id), a conditional
// where().update(), an atomic doc().update() with _.inc, and transactions of single-document
// operations.
import { createHash } from 'node:crypto';
import type { CatalogItem, Disclosure, Region, Unit } from '../../core/model';
import type { Account } from '../../core/accounts/account';
import type { County } from '../../core/regions/county';
import type { Complaint, Notification } from '../../core/complaints/model';
import type { Route } from '../../core/complaints/routing';
import type { Draft } from '../../core/publicity/model';
import type { CalendarYear } from '../../core/calendar/calendar';
import type { AuditEntry } from '../../core/audit';
import { MAX_READ, type ComplaintQuery, type Store } from '../../core/store';
import { indexTokens, type TokenQuery } from '../../core/search/tokens';
import type { WxCondition, WxDatabase, WxDoc, WxDocumentRef, WxOrder, WxTransaction } from './types';

export const COLLECTIONS = [
  'regions',
  'counties',
  'units',
  'catalog_items',
  'disclosures',
  'accounts',
  'routes',
  'complaints',
  'complaint_requests',
  'counters',
  'notifications',
  'drafts',
  'draft_requests',
  'calendar_years',
  'audit',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Indexes to create in the cloud console (field:1 asc, field:-1 desc), one per query shape. */
export const INDEXES: Record<CollectionName, string[]> = {
  regions: ['parentCode:1,_id:1', 'level:1', 'tokens:1,codeLen:1,_id:1'],
  counties: [],
  units: ['countyCode:1,_id:1'],
  catalog_items: ['countyCode:1,domain:1,order:1,_id:1', 'tokens:1,countyCode:1,domain:1,order:1,_id:1'],
  disclosures: [
    'regionCode:1,status:1,publishedAt:-1,_id:-1',
    'regionCode:1,status:1,domain:1,publishedAt:-1,_id:-1',
    'regionCode:1,status:1,itemId:1,publishedAt:-1,_id:-1',
    'regionCode:1,status:1,publicityEnd:1,_id:1',
    'tokens:1,status:1,publishedAt:-1,_id:-1',
    'tokens:1,regionCode:1,status:1,publishedAt:-1,_id:-1',
  ],
  accounts: ['demo:1,_id:1', 'unitId:1,_id:1'],
  routes: ['countyCode:1,_id:1'],
  complaints: [
    'ownerOpenid:1,requestId:1',
    'unitId:1,dueAt:1,_id:1',
    'unitId:1,status:1,dueAt:1,_id:1',
    'unitId:1,status:1,domain:1,dueAt:1,_id:1',
    'unitId:1,domain:1,dueAt:1,_id:1',
    'countyCode:1,dueAt:1,_id:1',
    'countyCode:1,status:1,dueAt:1,_id:1',
    'countyCode:1,status:1,domain:1,dueAt:1,_id:1',
    'countyCode:1,domain:1,dueAt:1,_id:1',
    'ownerOpenid:1,createdAt:-1,_id:-1',
    'sweepAt:1,_id:1',
    'dueAt:1,_id:1',
  ],
  complaint_requests: [],
  counters: [],
  notifications: ['to:1,createdAt:-1,_id:-1', 'createdAt:-1,_id:-1'],
  drafts: [
    'authorOpenid:1,requestId:1',
    'authorOpenid:1,updatedAt:-1,_id:-1',
    'townCode:1,status:1,updatedAt:1,_id:1',
    'countyCode:1,status:1,updatedAt:1,_id:1',
  ],
  draft_requests: [],
  calendar_years: ['year:1'],
  audit: ['at:-1,_id:-1'],
};

/** Fields this adapter adds to documents; never returned to callers. */
const INTERNAL = new Set(['_id', '_openid', 'tokens', 'codeLen', 'publicityEnd']);
const WRITE_PARALLELISM = 8;
/** wx-server-sdk errCode when a get's result exceeds 1 MB. */
const RESULT_TOO_LARGE = -602001;
/** Transactions that still conflict after runTransaction's own retries are run again this often, after a random wait. */
const CONFLICT_RETRIES = 8;

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/** Complaint fields that may be absent: a replacing update removes them when the new version lacks them. */
const COMPLAINT_OPTIONAL: Record<OptionalKeys<Complaint>, true> = {
  townCode: true,
  domain: true,
  itemId: true,
  itemTitle: true,
  disclosureId: true,
  disclosureTitle: true,
  contactPhone: true,
  answer: true,
  rating: true,
};
/** Draft fields that may be absent, e.g. rawTable once the draft is submitted or approved. */
const DRAFT_OPTIONAL: Record<OptionalKeys<Draft>, true> = {
  rawTable: true,
  publicityStart: true,
  reviewNote: true,
  reviewerOpenid: true,
  withdrawReason: true,
  submittedAt: true,
  itemTitle: true,
  masking: true,
};

type Sort = Array<[field: string, order: WxOrder]>;
interface Plan {
  coll: CollectionName;
  where: WxCondition[];
  sort: Sort;
}

export interface WxCloudStore extends Store {
  /** Database requests made so far (reads and writes), for benchmarks. */
  readonly calls: number;
}

function cap(limit: number): number {
  return Math.max(1, Math.min(MAX_READ, Math.floor(limit)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function strip<T>(doc: WxDoc): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!INTERNAL.has(k)) out[k] = v;
  return out as T;
}

/** Same plain-JSON shape the SQLite store returns: undefined fields dropped. */
function plain(record: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

/** _id of a submission's idempotency record: the same client request from the same person. */
function requestKey(ownerOpenid: string, requestId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([ownerOpenid, requestId]))
    .digest('hex');
}

function isConflict(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'DATABASE_TRANSACTION_CONFLICT';
}

function isNotFound(e: unknown): boolean {
  const err = e as { errMsg?: unknown; message?: unknown } | null;
  return /does not exist/i.test(String(err?.errMsg ?? err?.message ?? ''));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isTooLarge(e: unknown): boolean {
  const err = e as { errCode?: unknown; message?: unknown } | null;
  return err?.errCode === RESULT_TOO_LARGE || /size exceed/i.test(String(err?.message ?? ''));
}

export function openWxCloudStore(db: WxDatabase): WxCloudStore {
  const _ = db.command;
  let calls = 0;

  const and = (conds: WxCondition[]): WxCondition => (conds.length === 0 ? {} : conds.length === 1 ? conds[0] : _.and(conds));

  /** Rows strictly after `last` in the order `sort` (the last sort field must be unique). */
  function after(sort: Sort, last: Record<string, unknown>): WxCondition {
    const branches = sort.map(([field, order], i) => {
      const cond: Record<string, unknown> = {};
      for (const [prev] of sort.slice(0, i)) cond[prev] = _.eq(last[prev]);
      cond[field] = order === 'asc' ? _.gt(last[field]) : _.lt(last[field]);
      return cond;
    });
    return branches.length === 1 ? branches[0] : _.or(branches);
  }

  async function getPage(plan: Plan, conds: WxCondition[], n: number): Promise<WxDoc[]> {
    let q = db.collection(plan.coll).where(and(conds));
    for (const [field, order] of plan.sort) q = q.orderBy(field, order);
    calls++;
    return (await q.limit(n).field({ tokens: false }).get()).data;
  }

  /** Up to `want` rows of a plan, in pages of at most MAX_READ, resuming after `start`. */
  async function read(plan: Plan, want: number, start?: Record<string, unknown>): Promise<WxDoc[]> {
    const out: WxDoc[] = [];
    let last = start;
    let size = MAX_READ;
    while (out.length < want) {
      const n = Math.min(size, want - out.length);
      let page: WxDoc[];
      try {
        page = await getPage(plan, last ? [...plan.where, after(plan.sort, last)] : plan.where, n);
      } catch (e) {
        // A page of big documents (long bodies, tables) can pass the platform's 1 MB result cap.
        if (isTooLarge(e) && n > 1) {
          size = Math.ceil(n / 2);
          continue;
        }
        throw e;
      }
      out.push(...page);
      if (page.length < n) break;
      last = page[page.length - 1];
    }
    return out;
  }

  async function byId<T>(coll: CollectionName, id: string): Promise<T | null> {
    calls++;
    const { data } = await db.collection(coll).where({ _id: id }).field({ tokens: false }).limit(1).get();
    return data[0] ? strip<T>(data[0]) : null;
  }

  async function putAll<T extends object>(
    coll: CollectionName,
    records: T[],
    idOf: (r: T) => string,
    extra: (r: T) => Record<string, unknown> = () => ({}),
  ): Promise<void> {
    // One write per id, the last given winning, as the SQLite store's upserts in order do.
    const latest = [...new Map(records.map((r) => [idOf(r), r])).entries()];
    for (let i = 0; i < latest.length; i += WRITE_PARALLELISM) {
      await Promise.all(
        latest.slice(i, i + WRITE_PARALLELISM).map(([id, r]) => {
          calls++;
          return db
            .collection(coll)
            .doc(id)
            .set({ data: { ...plain(r), ...extra(r) } });
        }),
      );
    }
  }

  /** A document read in a transaction: missing is null (the SDK answers null there, or throws outside one). */
  async function getOrNull(ref: WxDocumentRef): Promise<WxDoc | null> {
    calls++;
    try {
      return (await ref.get()).data ?? null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Runs a transaction again, after a growing random wait, while it keeps conflicting. */
  async function transact<T>(run: (tx: WxTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await db.runTransaction<T>(run);
      } catch (e) {
        if (!isConflict(e) || attempt >= CONFLICT_RETRIES) throw e;
        await sleep(Math.random() * Math.min(1000, 20 * 2 ** attempt));
      }
    }
  }

  /** Update data that makes the stored record equal to `record`: objects and arrays replaced whole, absent optional fields removed. */
  function replacement(record: object, optional: Record<string, true>): Record<string, unknown> {
    const doc = plain(record);
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) data[k] = v !== null && typeof v === 'object' ? _.set(v) : v;
    for (const k of Object.keys(optional)) if (!(k in doc)) data[k] = _.remove();
    return data;
  }

  /** Replaces a versioned document only if its stored version is still `expectedVersion`: one conditional update. */
  async function replaceIfVersion(
    coll: CollectionName,
    id: string,
    record: object,
    optional: Record<string, true>,
    expectedVersion: number,
  ): Promise<boolean> {
    calls++;
    const { stats } = await db
      .collection(coll)
      .where({ _id: id, version: expectedVersion })
      .update({ data: replacement(record, optional) });
    return stats.updated === 1;
  }

  async function findDraftByRequest(authorOpenid: string, requestId: string): Promise<Draft | null> {
    calls++;
    const { data } = await db.collection('drafts').where({ authorOpenid, requestId }).limit(1).get();
    return data[0] ? strip<Draft>(data[0]) : null;
  }

  const complaintPlan = (where: WxCondition[], sort: Sort): Plan => ({ coll: 'complaints', where, sort });
  const SOONEST_DUE: Sort = [
    ['dueAt', 'asc'],
    ['_id', 'asc'],
  ];
  const NEWEST_CREATED: Sort = [
    ['createdAt', 'desc'],
    ['_id', 'desc'],
  ];
  const LATEST_CHANGED: Sort = [
    ['updatedAt', 'desc'],
    ['_id', 'desc'],
  ];
  const OLDEST_CHANGED: Sort = [
    ['updatedAt', 'asc'],
    ['_id', 'asc'],
  ];

  function tokenConds(q: TokenQuery): WxCondition[] | null {
    const conds: WxCondition[] = [];
    if (q.all.length) conds.push({ tokens: _.all(q.all) });
    // The cloud database matches a regexp against each element of an array field.
    if (q.prefix) conds.push({ tokens: db.RegExp({ regexp: '^' + escapeRegExp(q.prefix) }) });
    return conds.length ? conds : null;
  }

  const published = (regionCodes: string[]): WxCondition => ({ regionCode: _.in(regionCodes), status: 'published' });
  const NEWEST: Sort = [
    ['publishedAt', 'desc'],
    ['_id', 'desc'],
  ];
  const CATALOG_ORDER: Sort = [
    ['countyCode', 'asc'],
    ['domain', 'asc'],
    ['order', 'asc'],
    ['_id', 'asc'],
  ];

  const store: WxCloudStore = {
    get calls() {
      return calls;
    },

    async putRegions(regions) {
      await putAll(
        'regions',
        regions,
        (r) => r.code,
        (r) => ({ tokens: indexTokens(r.name), codeLen: r.code.length }),
      );
    },
    getRegion: (code) => byId<Region>('regions', code),
    async listRegionChildren(parentCode, limit, after) {
      const plan: Plan = { coll: 'regions', where: [{ parentCode }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit), after ? { _id: after } : undefined)).map(strip<Region>);
    },
    async searchRegions(q, limit) {
      const conds = tokenConds(q);
      if (!conds) return [];
      const plan: Plan = {
        coll: 'regions',
        where: conds,
        sort: [
          ['codeLen', 'asc'],
          ['_id', 'asc'],
        ],
      };
      return (await read(plan, cap(limit))).map(strip<Region>);
    },
    async countRegions(level) {
      calls++;
      return (await db.collection('regions').where({ level }).count()).total;
    },

    async putCounty(county) {
      await putAll('counties', [county], (c) => c.code);
    },
    getCounty: (code) => byId<County>('counties', code),

    async putUnits(units) {
      await putAll('units', units, (u) => u.id);
    },
    getUnit: (id) => byId<Unit>('units', id),
    async listUnits(countyCode) {
      const plan: Plan = { coll: 'units', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, Infinity)).map(strip<Unit>);
    },

    async putCatalogItems(items) {
      await putAll(
        'catalog_items',
        items,
        (i) => i.id,
        (i) => ({
          tokens: indexTokens(i.level1, i.level2, i.summary, i.contents.join(' '), i.unitName),
        }),
      );
    },
    getCatalogItem: (id) => byId<CatalogItem>('catalog_items', id),
    async listCatalogItems(countyCode, domain) {
      const plan: Plan = {
        coll: 'catalog_items',
        where: [domain ? { countyCode, domain } : { countyCode }],
        sort: CATALOG_ORDER.slice(domain ? 2 : 1),
      };
      return (await read(plan, Infinity)).map(strip<CatalogItem>);
    },
    async searchCatalog(q, countyCode, limit) {
      const conds = tokenConds(q);
      if (!conds) return [];
      const plan: Plan = {
        coll: 'catalog_items',
        where: countyCode ? [...conds, { countyCode }] : conds,
        sort: CATALOG_ORDER,
      };
      return (await read(plan, cap(limit))).map(strip<CatalogItem>);
    },

    async putDisclosures(list) {
      await putAll(
        'disclosures',
        list,
        (d) => d.id,
        (d) => ({
          // Only published text is searchable; drafts must not leak through search.
          tokens: d.status === 'published' ? indexTokens(d.title, d.body, d.regionName) : [],
          ...(d.publicity ? { publicityEnd: d.publicity.end } : {}),
        }),
      );
    },
    getDisclosure: (id) => byId<Disclosure>('disclosures', id),
    async listDisclosures(q) {
      const where: WxCondition[] = [
        { ...published(q.regionCodes), ...(q.domain ? { domain: q.domain } : {}), ...(q.itemId ? { itemId: q.itemId } : {}) },
      ];
      const start = q.after ? { publishedAt: q.after.publishedAt, _id: q.after.id } : undefined;
      return (await read({ coll: 'disclosures', where, sort: NEWEST }, cap(q.limit), start)).map(strip<Disclosure>);
    },
    async countDisclosuresByDomain(regionCodes) {
      if (regionCodes.length === 0) return {};
      calls++;
      const { list } = await db
        .collection('disclosures')
        .aggregate()
        .match(published(regionCodes))
        .group({ _id: '$domain', n: _.aggregate.sum(1) })
        // Without a limit stage the platform returns only 20 groups.
        .limit(MAX_READ)
        .end();
      return Object.fromEntries(list.map((g) => [String(g._id), Number(g.n)]));
    },
    async listRunningPublicity(regionCodes, today, limit) {
      const plan: Plan = {
        coll: 'disclosures',
        where: [{ ...published(regionCodes), publicityEnd: _.gte(today) }],
        sort: [
          ['publicityEnd', 'asc'],
          ['_id', 'asc'],
        ],
      };
      return (await read(plan, cap(limit))).map(strip<Disclosure>);
    },
    async searchDisclosures(q, regionCodes, limit) {
      const conds = tokenConds(q);
      if (!conds) return [];
      const scope = regionCodes?.length ? published(regionCodes) : { status: 'published' };
      const plan: Plan = { coll: 'disclosures', where: [...conds, scope], sort: NEWEST };
      return (await read(plan, cap(limit))).map(strip<Disclosure>);
    },

    async putAccounts(accounts) {
      await putAll('accounts', accounts, (a) => a.openid);
    },
    getAccount: (openid) => byId<Account>('accounts', openid),
    async listDemoAccounts(limit) {
      const plan: Plan = { coll: 'accounts', where: [{ demo: true }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit))).map(strip<Account>);
    },
    async listUnitStaff(unitId) {
      const plan: Plan = { coll: 'accounts', where: [{ unitId }], sort: [['_id', 'asc']] };
      return (await read(plan, MAX_READ)).map(strip<Account>);
    },

    async putRoutes(routes) {
      await putAll('routes', routes, (r) => r.id);
    },
    async listRoutes(countyCode) {
      const plan: Plan = { coll: 'routes', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, Infinity)).map(strip<Route>);
    },

    async findComplaintByRequest(ownerOpenid, requestId) {
      calls++;
      const { data } = await db.collection('complaints').where({ ownerOpenid, requestId }).limit(1).get();
      return data[0] ? strip<Complaint>(data[0]) : null;
    },
    async insertComplaint(c) {
      // The database refuses duplicates, no read-then-write race: complaints/<ticket id> and
      // complaint_requests/<hash(owner, requestId)> are both added in one transaction.
      try {
        await transact(async (tx) => {
          calls++;
          await tx.collection('complaint_requests').add({ data: { _id: requestKey(c.ownerOpenid, c.requestId), complaintId: c.id } });
          calls++;
          await tx.collection('complaints').add({ data: { ...plain(c), _id: c.id } });
        });
        return { complaint: c, created: true };
      } catch (e) {
        const existing = await store.findComplaintByRequest(c.ownerOpenid, c.requestId);
        if (existing) return { complaint: existing, created: false };
        if (await byId('complaints', c.id)) throw new Error(`complaint ${c.id} collides with another ticket`);
        throw e;
      }
    },
    getComplaint: (id) => byId<Complaint>('complaints', id),
    updateComplaint: (c, expectedVersion) => replaceIfVersion('complaints', c.id, c, COMPLAINT_OPTIONAL, expectedVersion),
    async listComplaints(q: ComplaintQuery) {
      let scope: WxCondition;
      if (q.unitId) scope = { unitId: q.unitId };
      else if (q.countyCode) scope = { countyCode: q.countyCode };
      else throw new Error('listComplaints needs a unit or a county');
      const where: WxCondition[] = [
        { ...scope, ...(q.statuses?.length ? { status: _.in(q.statuses) } : {}), ...(q.domain ? { domain: q.domain } : {}) },
      ];
      const start = q.after ? { dueAt: q.after.dueAt, _id: q.after.id } : undefined;
      return (await read(complaintPlan(where, SOONEST_DUE), cap(q.limit), start)).map(strip<Complaint>);
    },
    async listComplaintsByOwner(ownerOpenid, limit, after) {
      const start = after ? { createdAt: after.createdAt, _id: after.id } : undefined;
      return (await read(complaintPlan([{ ownerOpenid }], NEWEST_CREATED), cap(limit), start)).map(strip<Complaint>);
    },
    async countComplaintsByOwnerSince(ownerOpenid, sinceIso) {
      calls++;
      return (
        await db
          .collection('complaints')
          .where({ ownerOpenid, createdAt: _.gte(sinceIso) })
          .count()
      ).total;
    },
    async listComplaintsByDue(q) {
      const plan = complaintPlan([{ dueAt: _.and(_.gte(q.from), _.lt(q.to)) }], SOONEST_DUE);
      const start = q.after ? { dueAt: q.after.dueAt, _id: q.after.id } : undefined;
      return (await read(plan, cap(q.limit), start)).map(strip<Complaint>);
    },
    async listSweepDue(nowIso, limit) {
      const plan = complaintPlan(
        [{ sweepAt: _.and(_.neq(null), _.lte(nowIso)) }],
        [
          ['sweepAt', 'asc'],
          ['_id', 'asc'],
        ],
      );
      return (await read(plan, cap(limit))).map(strip<Complaint>);
    },
    async nextSequence(key) {
      // Read and write in one transaction: a concurrent caller's write makes ours conflict and run again.
      return transact(async (tx) => {
        const ref = tx.collection('counters').doc(key);
        const current = await getOrNull(ref);
        const value = (typeof current?.value === 'number' ? current.value : 0) + 1;
        calls++;
        await ref.set({ data: { value } });
        return value;
      });
    },

    async putNotification(n) {
      try {
        calls++;
        await db.collection('notifications').add({ data: { ...plain(n), _id: n.id } });
        return true;
      } catch (e) {
        // add refuses an existing _id: someone stored this notification already.
        if (await byId('notifications', n.id)) return false;
        throw e;
      }
    },
    async listNotifications(to, limit) {
      const plan: Plan = { coll: 'notifications', where: to ? [{ to }] : [], sort: NEWEST_CREATED };
      return (await read(plan, cap(limit))).map(strip<Notification>);
    },

    async insertDraft(d) {
      // As insertComplaint: drafts/<id> and draft_requests/<hash(author, requestId)> are both
      // added in one transaction, and the database refuses a duplicate of either.
      try {
        await transact(async (tx) => {
          calls++;
          await tx.collection('draft_requests').add({ data: { _id: requestKey(d.authorOpenid, d.requestId), draftId: d.id } });
          calls++;
          await tx.collection('drafts').add({ data: { ...plain(d), _id: d.id } });
        });
        return { draft: d, created: true };
      } catch (e) {
        const existing = await findDraftByRequest(d.authorOpenid, d.requestId);
        if (existing) return { draft: existing, created: false };
        if (await byId('drafts', d.id)) throw new Error(`draft ${d.id} collides with another draft`);
        throw e;
      }
    },
    getDraft: (id) => byId<Draft>('drafts', id),
    updateDraft: (d, expectedVersion) => replaceIfVersion('drafts', d.id, d, DRAFT_OPTIONAL, expectedVersion),
    async listDraftsByAuthor(authorOpenid, limit, after) {
      const plan: Plan = { coll: 'drafts', where: [{ authorOpenid }], sort: LATEST_CHANGED };
      const start = after ? { updatedAt: after.updatedAt, _id: after.id } : undefined;
      return (await read(plan, cap(limit), start)).map(strip<Draft>);
    },
    async listDraftsForReview(q) {
      // A town's queue, or the whole county's (as the SQLite store: the town alone decides).
      const scope = q.townCode ? { townCode: q.townCode } : { countyCode: q.countyCode };
      const plan: Plan = { coll: 'drafts', where: [{ ...scope, status: q.status }], sort: OLDEST_CHANGED };
      const start = q.after ? { updatedAt: q.after.updatedAt, _id: q.after.id } : undefined;
      return (await read(plan, cap(q.limit), start)).map(strip<Draft>);
    },
    async addObjection(disclosureId) {
      // One atomic increment; a missing field counts as 0. The platform answers an update of a
      // missing document with updated 0 (no error, nothing created): an unknown id does nothing.
      calls++;
      await db
        .collection('disclosures')
        .doc(disclosureId)
        .update({ data: { objections: _.inc(1) } });
    },

    getCalendarYear: (year) => byId<CalendarYear>('calendar_years', String(year)),
    async listCalendarYears() {
      const plan: Plan = { coll: 'calendar_years', where: [], sort: [['year', 'asc']] };
      return (await read(plan, MAX_READ)).map(strip<CalendarYear>);
    },
    async putCalendarYear(y) {
      await putAll('calendar_years', [y], (r) => String(r.year));
    },
    async appendAudit(e) {
      calls++;
      await db.collection('audit').add({ data: { ...plain(e), _id: e.id } });
    },
    async listAudit(limit, after) {
      const plan: Plan = {
        coll: 'audit',
        where: [],
        sort: [
          ['at', 'desc'],
          ['_id', 'desc'],
        ],
      };
      const start = after ? { at: after.at, _id: after.id } : undefined;
      return (await read(plan, cap(limit), start)).map(strip<AuditEntry>);
    },

    async close() {},
  };
  return store;
}
