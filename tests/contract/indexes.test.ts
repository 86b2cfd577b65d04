// Every query the cloud adapter issues is served by an index declared in INDEXES
// (stores/wxcloud/collections.ts), and database/collections.json (what the console is set up
// from) is exactly what scripts/database.ts writes from INDEXES.
//
// How: a representative workload (the demo seed of the 8 pilot counties, then every read
// method of the Store port, in each query shape the services use) runs through
// openWxCloudStore over the fake database, wrapped so that each collection query's where,
// orderBy and aggregate match are logged; the fake's own `gets` log checks that the wrapper
// saw every get. A query is served by an index when:
//   - it looks a document up by _id (always served), or
//   - the index starts with the query's equality fields (value, eq, in, all; any order among
//     them), then continues with its sort fields in order, all in the index's direction or
//     all reversed (sort fields that are also equality fields are trivially sorted), and any
//     range field (gt/gte/lt/lte/neq, and the keyset `or` branches) is one of those sort
//     fields, or, without a sort, the next index field.
//   One relaxation: a token prefix search (a regexp on `tokens`, for a single typed character)
//   is a range scan of the token keys followed by an in-memory sort of what it finds, which
//   is the best a token index can do: the prefix field may stand among the equality fields
//   (the index starts with equality fields and the prefix field, in any order), before the sort.
import { beforeAll, describe, it } from '@jest/globals';
import { statsKey } from '../../core/stats/model';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COLLECTIONS, INDEXES, openWxCloudStore, type CollectionName } from '../../stores/wxcloud/store';
import { createFakeDb, type FakeDb } from '../doubles/wx-fake-db';
import type { WxAggregate, WxCollection, WxCondition, WxDatabase, WxOrder, WxQuery } from '../../stores/wxcloud/types';
import type { Store } from '../../core/store';
import { queryTokens } from '../../core/search/tokens';
import { disclosureChain } from '../../core/regions/codes';
import { seedStore } from '../../scripts/seed-lib';
import { collectionsJson, COLLECTIONS_FILE, parseIndex, readRules, type IndexField } from '../../scripts/database';
import { draft } from './store';
import { invitation } from './store/invitations.contract';
import { application } from './store/applications.contract';
import { partner, partnerRequest } from './store/partners.contract';
import { delivery as hotlineDelivery } from './store/hotline.contract';
import { FIXED_NOW } from '../helpers/local-cloud';

interface Logged {
  collection: string;
  kind: 'get' | 'count' | 'update' | 'aggregate';
  where: WxCondition | undefined;
  order: Array<[string, WxOrder]>;
  /** The Store method running when the query was issued (for messages). */
  method: string;
}

let current = 'seed';
const log: Logged[] = [];

/** A WxDatabase that logs each collection query's shape, then runs it on the fake. */
function recording(db: FakeDb): WxDatabase {
  const query = (name: string, q: WxQuery, where: WxCondition | undefined, order: Logged['order']): WxQuery => ({
    where: (c) => query(name, q.where(c), c, order),
    orderBy: (f, o) => query(name, q.orderBy(f, o), where, [...order, [f, o]]),
    limit: (n) => query(name, q.limit(n), where, order),
    skip: (n) => query(name, q.skip(n), where, order),
    field: (p) => query(name, q.field(p), where, order),
    get: () => (log.push({ collection: name, kind: 'get', where, order, method: current }), q.get()),
    count: () => (log.push({ collection: name, kind: 'count', where, order, method: current }), q.count()),
    update: (o) => (log.push({ collection: name, kind: 'update', where, order, method: current }), q.update(o)),
  });
  const aggregate = (name: string, a: WxAggregate, match: WxCondition | undefined): WxAggregate => ({
    match: (c) => aggregate(name, a.match(c), match ?? c),
    group: (s) => aggregate(name, a.group(s), match),
    sort: (s) => aggregate(name, a.sort(s), match),
    limit: (n) => aggregate(name, a.limit(n), match),
    end: () => (log.push({ collection: name, kind: 'aggregate', where: match, order: [], method: current }), a.end()),
  });
  const collection = (name: string, c: WxCollection): WxCollection => ({
    ...query(name, c, undefined, []),
    doc: (id) => c.doc(id),
    add: (o) => c.add(o),
    aggregate: () => aggregate(name, c.aggregate(), undefined),
  });
  return {
    collection: (name) => collection(name, db.collection(name)),
    command: db.command,
    RegExp: (o) => db.RegExp(o),
    runTransaction: (cb, times) =>
      db.runTransaction((tx) => cb({ collection: (n) => collection(n, tx.collection(n)), rollback: tx.rollback }), times),
  };
}

// ---- query shapes ----

interface Shape {
  eq: Set<string>;
  range: Set<string>;
  /** Range fields that are regexp prefixes. */
  prefix: Set<string>;
}

function analyzer(db: FakeDb) {
  // The fake's command and regexp classes, recognised by constructor (they are not exported).
  const Cmd = (db.command.eq(1) as object).constructor;
  const Re = (db.RegExp({ regexp: 'a' }) as object).constructor;
  type CmdLike = { kind: string; op: string; arg: unknown };
  const isPlain = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

  function at(path: string, v: unknown, out: Shape): void {
    if (v instanceof Cmd) {
      const c = v as unknown as CmdLike;
      if (c.kind === 'logic') {
        const sub = c.op === '$or' ? { eq: new Set<string>(), range: new Set<string>(), prefix: new Set<string>() } : out;
        for (const a of c.arg as unknown[]) {
          if (path) at(path, a, sub);
          else walk(a, sub);
        }
        // `or` branches (keyset paging) bound their fields as ranges.
        if (sub !== out) for (const f of [...sub.eq, ...sub.range]) out.range.add(f);
        return;
      }
      if (!path) throw new Error(`field command ${c.op} without a field`);
      if (['$eq', '$in', '$all'].includes(c.op)) out.eq.add(path);
      else out.range.add(path);
      return;
    }
    if (v instanceof Re) {
      out.range.add(path);
      out.prefix.add(path);
      return;
    }
    if (isPlain(v)) {
      for (const [k, x] of Object.entries(v)) at(path ? `${path}.${k}` : k, x, out);
      return;
    }
    out.eq.add(path);
  }
  function walk(cond: unknown, out: Shape): void {
    if (cond === undefined) return;
    at('', cond, out);
  }
  return (cond: WxCondition | undefined): Shape => {
    const s: Shape = { eq: new Set(), range: new Set(), prefix: new Set() };
    walk(cond, s);
    for (const f of s.eq) s.range.delete(f); // an equality bound wins over a range on the same field
    return s;
  };
}

function servedBy(shape: Shape, order: Logged['order'], index: IndexField[]): boolean {
  const sort = order.filter(([f]) => !shape.eq.has(f));
  const sortFields = sort.map(([f]) => f);
  const range = [...shape.range];
  // The fields the index must start with, in any order: the equality fields, and with a sort,
  // a token prefix that is not a sort field (the relaxation above).
  const head = new Set(shape.eq);
  if (sort.length > 0) {
    const outside = range.filter((f) => !sortFields.includes(f));
    if (outside.length > 1) return false;
    if (outside.length === 1) {
      if (!shape.prefix.has(outside[0])) return false;
      head.add(outside[0]);
    }
  }
  if (index.length < head.size || !index.slice(0, head.size).every((f) => head.has(f.field))) return false;
  const rest = index.slice(head.size);
  if (sort.length === 0) {
    if (range.length === 0) return true;
    return range.length === 1 && rest[0]?.field === range[0];
  }
  if (rest.length < sort.length) return false;
  let sign = 0;
  for (let i = 0; i < sort.length; i++) {
    if (rest[i].field !== sort[i][0]) return false;
    const s = rest[i].order === sort[i][1] ? 1 : -1;
    if (sign !== 0 && s !== sign) return false;
    sign = s;
  }
  return true;
}

function describeQuery(q: Logged, shape: Shape): string {
  const order = q.order.map(([f, o]) => `${f} ${o}`).join(', ');
  return `${q.method}: ${q.collection}.${q.kind} eq [${[...shape.eq]}] range [${[...shape.range]}] order [${order}]`;
}

// ---- the workload ----

let db: FakeDb;
let store: Store;
let analyze: (c: WxCondition | undefined) => Shape;
let getsSeenByFake = 0;

/** Runs one Store call with its name recorded beside the queries it issues. */
async function call<T>(method: string, run: () => Promise<T>): Promise<T> {
  current = method;
  try {
    return await run();
  } finally {
    current = 'workload';
  }
}

beforeAll(async () => {
  db = createFakeDb({ collections: COLLECTIONS });
  analyze = analyzer(db);
  store = openWxCloudStore(recording(db));
  await seedStore(store, FIXED_NOW);
  const s = store;

  const county = '510118';
  const towns = await call('listRegionChildren', () => s.listRegionChildren(county, 100));
  await call('listRegionChildren(after)', () => s.listRegionChildren(county, 2, towns[0].code));
  const villages = await call('listRegionChildren', () => s.listRegionChildren(towns[0].code, 100));
  const village = villages[0].code;
  await call('getRegion', () => s.getRegion(village));
  await call('searchRegions', () => s.searchRegions(queryTokens('新津')!, 100));
  await call('searchRegions(prefix)', () => s.searchRegions(queryTokens('花')!, 100));
  await call('countRegions', () => s.countRegions('village'));

  await call('getCounty', () => s.getCounty(county));
  const units = await call('listUnits', () => s.listUnits(county));
  await call('getUnit', () => s.getUnit(units[0].id));

  const items = await call('listCatalogItems', () => s.listCatalogItems(county));
  await call('listCatalogItems(domain)', () => s.listCatalogItems(county, items[0].domain));
  await call('getCatalogItem', () => s.getCatalogItem(items[0].id));
  await call('searchCatalog(county)', () => s.searchCatalog(queryTokens('低保')!, county, 100));
  await call('searchCatalog(all)', () => s.searchCatalog(queryTokens('低保')!, undefined, 100));
  await call('searchCatalog(prefix)', () => s.searchCatalog(queryTokens('危')!, county, 100));

  const chain = disclosureChain(village);
  const list = await call('listDisclosures', () => s.listDisclosures({ regionCodes: chain, limit: 100 }));
  assert.ok(list.length > 0, 'the village sees disclosures');
  const d = list[0];
  await call('listDisclosures(domain)', () => s.listDisclosures({ regionCodes: chain, domain: d.domain, limit: 20 }));
  await call('listDisclosures(item)', () => s.listDisclosures({ regionCodes: chain, itemId: d.itemId, limit: 20 }));
  await call('listDisclosures(after)', () =>
    s.listDisclosures({ regionCodes: chain, after: { publishedAt: d.publishedAt!, id: d.id }, limit: 20 }),
  );
  await call('getDisclosure', () => s.getDisclosure(d.id));
  await call('countDisclosuresByDomain', () => s.countDisclosuresByDomain(chain));
  await call('listRunningPublicity', () => s.listRunningPublicity(chain, FIXED_NOW.toISOString().slice(0, 10), 20));
  await call('searchDisclosures(chain)', () => s.searchDisclosures(queryTokens('危房')!, chain, 100));
  await call('searchDisclosures(all)', () => s.searchDisclosures(queryTokens('危房')!, undefined, 100));
  await call('searchDisclosures(prefix)', () => s.searchDisclosures(queryTokens('危')!, chain, 100));
  await call('addObjection', () => s.addObjection(d.id, 'c-1'));
  await call('listPrivacyFlagged', () => s.listPrivacyFlagged(county, 20));
  await call('listResponses(chain)', () => s.listResponses({ regionCodes: chain, limit: 20 }));
  await call('listResponses(chain, item)', () => s.listResponses({ regionCodes: chain, itemId: d.itemId, limit: 20 }));
  await call('listResponses(item)', () => s.listResponses({ itemId: d.itemId, limit: 20 }));
  await call('listResponses(after)', () => s.listResponses({ regionCodes: chain, after: { at: d.publishedAt!, id: d.id }, limit: 20 }));
  await call('getResponse', () => s.getResponse('nope'));

  const demo = await call('listDemoAccounts', () => s.listDemoAccounts(100));
  const resident = demo.find((a) => a.role === 'resident' && a.regionCodes[0]?.startsWith(county))!;
  const staff = demo.find((a) => a.role === 'unit_staff' && a.unitId)!;
  await call('getAccount', () => s.getAccount(resident.openid));
  await call('listUnitStaff', () => s.listUnitStaff(staff.unitId!));
  await call('listRoutes', () => s.listRoutes(county));
  await call('listCountyAccounts', () => s.listCountyAccounts(county, 21));
  await call('listCountyAccounts(after)', () => s.listCountyAccounts(county, 21, resident.openid));
  const inv = invitation('inv-0000000000000001', { countyCode: county });
  await call('insertInvitation', () => s.insertInvitation(inv));
  await call('getInvitation', () => s.getInvitation(inv.id));
  await call('getInvitationByCode', () => s.getInvitationByCode(inv.code));
  await call('updateInvitation', () => s.updateInvitation({ ...inv, version: 2 }, 1));
  await call('listInvitations', () => s.listInvitations(county, 21));
  await call('listInvitations(after)', () => s.listInvitations(county, 21, { createdAt: inv.createdAt, id: inv.id }));
  const p = partner(`${county}-p1`, { countyCode: county });
  await call('insertPartner', () => s.insertPartner(p));
  await call('getPartner', () => s.getPartner(p.id));
  await call('getPartnerByKeyHash', () => s.getPartnerByKeyHash(p.keyHash));
  await call('updatePartner', () => s.updatePartner({ ...p, version: 2 }, 1));
  await call('listPartners', () => s.listPartners(county, 21));
  await call('listPartners(after)', () => s.listPartners(county, 21, { createdAt: p.createdAt, id: p.id }));
  const pr = partnerRequest('c-1', { countyCode: county });
  await call('putPartnerRequest', () => s.putPartnerRequest(pr));
  await call('getPartnerRequest', () => s.getPartnerRequest(pr.complaintId));
  await call('listPartnerRequests', () => s.listPartnerRequests({ countyCode: county, limit: 50 }));
  await call('listPartnerRequests(service, range)', () =>
    s.listPartnerRequests({
      countyCode: county,
      serviceCode: pr.serviceCode,
      from: '2026-01-01T00:00:00Z',
      to: '2027-01-01T00:00:00Z',
      limit: 50,
    }),
  );
  await call('listPartnerRequests(from, after)', () =>
    s.listPartnerRequests({
      countyCode: county,
      from: '2026-01-01T00:00:00Z',
      after: { createdAt: pr.createdAt, complaintId: pr.complaintId },
      limit: 50,
    }),
  );

  const mine = await call('listComplaintsByOwner', () => s.listComplaintsByOwner(resident.openid, 20));
  assert.ok(mine.length > 0, 'the demo resident has complaints');
  const c = mine[0];
  await call('listComplaintsByOwner(after)', () => s.listComplaintsByOwner(resident.openid, 20, { createdAt: c.createdAt, id: c.id }));
  await call('getComplaint', () => s.getComplaint(c.id));
  await call('findComplaintByRequest', () => s.findComplaintByRequest(c.ownerOpenid, c.requestId));
  await call('insertComplaint(again)', () => s.insertComplaint(c));
  await call('updateComplaint', () => s.updateComplaint({ ...c, version: c.version + 1 }, c.version));
  await call('countComplaintsByOwnerSince', () => s.countComplaintsByOwnerSince(resident.openid, '2026-01-01T00:00:00Z'));
  await call('listSweepDue', () => s.listSweepDue(FIXED_NOW.toISOString(), 100));
  await call('nextSequence', () => s.nextSequence(`ticket:${county}:20261126`));
  await call('listComplaintsByDue', () =>
    s.listComplaintsByDue({ from: '2026-10-01T00:00:00Z', to: '9999-12-31T00:00:00.000Z', limit: 100 }),
  );
  await call('listComplaintsByDue(after)', () =>
    s.listComplaintsByDue({
      from: '2026-10-01T00:00:00Z',
      to: '9999-12-31T00:00:00.000Z',
      limit: 100,
      after: { dueAt: c.dueAt, id: c.id },
    }),
  );
  await call('listCalendarYears', () => s.listCalendarYears());
  await call('getCalendarYear', () => s.getCalendarYear(2026));
  const audit = {
    id: '2026-11-26T02:00:00.000Z-a',
    at: '2026-11-26T02:00:00.000Z',
    actor: 'o-admin',
    role: 'county_admin' as const,
    action: 'calendar.put',
    target: 'calendar:2027',
    before: null,
    after: null,
  };
  await call('appendAudit', () => s.appendAudit(audit));
  await call('listAudit', () => s.listAudit(20));
  await call('listAudit(after)', () => s.listAudit(20, { at: audit.at, id: audit.id }));
  await call('listAudit(county)', () => s.listAudit(21, undefined, '510118'));
  await call('listAudit(county, after)', () => s.listAudit(21, { at: audit.at, id: audit.id }, '510118'));
  await call('appendCatalogHistory', () =>
    s.appendCatalogHistory({
      id: '510118-x@2',
      itemId: '510118-x',
      countyCode: '510118',
      version: 2,
      action: 'catalog.update',
      at: audit.at,
      actor: 'o-admin',
      changes: [],
    }),
  );
  await call('listCatalogHistory', () => s.listCatalogHistory('510118-x', 20));
  await call('incrementStats', () => s.incrementStats([statsKey('510118', '2026-11', 'unit', '510118-zjj', '区住建局')], { received: 1 }));
  await call('listStats', () => s.listStats('510118', '2026-11', ['county', 'unit', 'town'], 300));
  await call('latestByItem', () => s.latestByItem(disclosureChain(`${county}001001`)));
  await call('listCountyDisclosures', () => s.listCountyDisclosures(county, 100));
  await call('listCountyDisclosures(after)', () => s.listCountyDisclosures(county, 100, 'a'));
  await call('replaceCountyStats', () => s.replaceCountyStats('510118', []));
  // The queue shapes of core/complaints/unit-service.ts listQueue.
  const open = ['submitted', 'accepted', 'returned', 'in_progress', 'answered', 'closed'] as const;
  const after = { dueAt: c.dueAt, id: c.id };
  await call('listComplaints(unit)', () => s.listComplaints({ unitId: c.unitId, limit: 21 }));
  await call('listComplaints(unit, statuses)', () => s.listComplaints({ unitId: c.unitId, statuses: [...open], limit: 21, after }));
  await call('listComplaints(county)', () => s.listComplaints({ countyCode: county, limit: 21, after }));
  await call('listComplaints(county, status)', () => s.listComplaints({ countyCode: county, statuses: ['submitted'], limit: 21 }));
  await call('listComplaints(county, domain)', () => s.listComplaints({ countyCode: county, domain: 'poverty_alleviation', limit: 21 }));
  await call('listComplaints(unit, statuses, domain)', () =>
    s.listComplaints({ unitId: c.unitId, statuses: [...open], domain: 'poverty_alleviation', limit: 21 }),
  );
  await call('listComplaints(county, status, domain)', () =>
    s.listComplaints({ countyCode: county, statuses: ['submitted'], domain: 'poverty_alleviation', limit: 21 }),
  );
  await call('listComplaints(unit, domain)', () => s.listComplaints({ unitId: c.unitId, domain: 'poverty_alleviation', limit: 21 }));

  await call('listNotifications(to)', () => s.listNotifications(resident.openid, 100));
  await call('listNotifications(all)', () => s.listNotifications(undefined, 100));

  const dr = draft('pub-510118101001-mwwwncw0-abcdef', {
    authorOpenid: 'o-cadre',
    countyCode: county,
    townCode: village.slice(0, 9),
    regionCode: village,
  });
  await call('insertDraft', () => s.insertDraft(dr));
  await call('insertDraft(again)', () => s.insertDraft(dr));
  await call('getDraft', () => s.getDraft(dr.id));
  await call('updateDraft', () => s.updateDraft({ ...dr, version: dr.version + 1 }, dr.version));
  await call('listDraftsByAuthor', () => s.listDraftsByAuthor('o-cadre', 20, { updatedAt: dr.updatedAt, id: dr.id }));
  await call('listDraftsForReview(town)', () =>
    s.listDraftsForReview({ countyCode: county, townCode: dr.townCode, status: 'pending_review', limit: 21 }),
  );
  await call('listDraftsForReview(county)', () =>
    s.listDraftsForReview({ countyCode: county, status: 'pending_review', limit: 21, after: { updatedAt: dr.updatedAt, id: dr.id } }),
  );
  // 依申请公开: core/applications (the applicant's list, the unit's and county's queues).
  const ap = application('510118-YSQ20261126-9001', { ownerOpenid: resident.openid, unitId: c.unitId, countyCode: county });
  await call('insertApplication', () => s.insertApplication(ap));
  await call('insertApplication(again)', () => s.insertApplication(ap));
  await call('getApplication', () => s.getApplication(ap.id));
  await call('updateApplication', () => s.updateApplication({ ...ap, version: 2 }, 1));
  const apAfter = { dueAt: ap.dueAt, id: ap.id };
  await call('listApplicationsByOwner', () => s.listApplicationsByOwner(resident.openid, 21, { createdAt: ap.createdAt, id: ap.id }));
  await call('listApplications(unit)', () => s.listApplications({ unitId: ap.unitId, limit: 21, after: apAfter }));
  await call('listApplications(unit, status)', () => s.listApplications({ unitId: ap.unitId, statuses: ['registered'], limit: 21 }));
  await call('listApplications(county)', () => s.listApplications({ countyCode: county, limit: 21 }));
  await call('listApplications(county, status)', () =>
    s.listApplications({ countyCode: county, statuses: ['supplementing'], limit: 21, after: apAfter }),
  );
  await call('insertApplication(limited)', () =>
    s.insertApplication({ ...ap, id: '510118-YSQ20261126-9002', requestId: 'limited-1' }, { since: '2026-11-25T16:00:00.000Z', max: 10 }),
  );
  await call('listApplicationsByDue', () =>
    s.listApplicationsByDue({ from: '2026-10-01T00:00:00Z', to: '9999-12-31T00:00:00.000Z', limit: 100 }),
  );
  await call('listApplicationsByDue(after)', () =>
    s.listApplicationsByDue({ from: '2026-10-01T00:00:00Z', to: '9999-12-31T00:00:00.000Z', limit: 100, after: apAfter }),
  );
  // The 12345 hand-off: core/hotline (the outbox's due rows, a callback's lookup by 工单号).
  const hd = hotlineDelivery(c.id);
  await call('enqueueHotline', () => s.enqueueHotline(hd));
  await call('enqueueHotline(again)', () => s.enqueueHotline(hd));
  await call('listHotlineDue', () => s.listHotlineDue(hd.nextAttemptAt, 20));
  await call('updateHotlineDelivery', () => s.updateHotlineDelivery({ ...hd, hotlineTicket: 'SC-1', version: 2 }, 1));
  await call('findHotlineDeliveryByTicket', () => s.findHotlineDeliveryByTicket('SC-1'));
  getsSeenByFake = db.gets.length;
});

/**
 * Query shapes the services issue that INDEXES does not serve yet, each with the index that
 * would serve it. They are left out of the main check and asserted in a `todo` test, so the
 * suite stays green while the gap is visible; once the index is in INDEXES (and
 * `npm run db:print` has rewritten database/collections.json) the todo passes: remove the entry.
 * A shape is the collection and its equality (and token prefix) fields.
 */
const KNOWN_GAPS: Array<{ collection: CollectionName; fields: string[]; index: string; why: string }> = [];

function gapOf(q: Logged, shape: Shape): (typeof KNOWN_GAPS)[number] | undefined {
  const fields = new Set([...shape.eq, ...shape.prefix]);
  return KNOWN_GAPS.find((g) => g.collection === q.collection && g.fields.length === fields.size && g.fields.every((f) => fields.has(f)));
}

function unservedQueries(skipGaps: boolean): { unserved: string[]; gaps: Set<(typeof KNOWN_GAPS)[number]> } {
  const unserved = new Set<string>();
  const gaps = new Set<(typeof KNOWN_GAPS)[number]>();
  for (const q of log) {
    const shape = analyze(q.where);
    if (shape.eq.has('_id')) continue;
    const gap = gapOf(q, shape);
    if (gap) gaps.add(gap);
    if (gap && skipGaps) continue;
    const indexes = (INDEXES[q.collection as CollectionName] ?? []).map(parseIndex);
    if (!indexes.some((ix) => servedBy(shape, q.order, ix))) unserved.add(describeQuery(q, shape));
  }
  return { unserved: [...unserved], gaps };
}

describe('cloud database indexes', () => {
  it('logged every collection get the fake answered', () => {
    assert.equal(log.filter((q) => q.kind === 'get').length, getsSeenByFake);
    assert.ok(getsSeenByFake > 50, `a representative workload (${getsSeenByFake} gets)`);
  });

  it('serves every query the adapter issued with a declared index (or _id)', () => {
    const { unserved } = unservedQueries(true);
    assert.deepEqual(unserved, [], `queries without an index:\n${unserved.join('\n')}`);
    // Every collection that has indexes was queried by the workload.
    const seen = new Set(log.map((q) => q.collection));
    for (const c of COLLECTIONS) if (INDEXES[c].length) assert.ok(seen.has(c), `no query on ${c}`);
  });

  // While gaps are listed the case is expected to fail (it names the indexes to add).
  (KNOWN_GAPS.length > 0 ? it.failing : it)('known gaps: query shapes the services issue that need an index added to INDEXES', () => {
    const { unserved, gaps } = unservedQueries(false);
    assert.equal(gaps.size, KNOWN_GAPS.length, 'every known gap is still issued by the workload');
    const wanted = KNOWN_GAPS.map((g) => `${g.collection}: add '${g.index}' (${g.why})`);
    assert.deepEqual(unserved, [], `queries without an index:\n${unserved.join('\n')}\nto add:\n${wanted.join('\n')}`);
  });

  it('the coverage rule itself: equality, then sort in one direction, keyset ranges on the sort', () => {
    const ix = parseIndex('unitId:1,status:1,dueAt:1,_id:1');
    const shape = (eq: string[], range: string[] = [], prefix: string[] = []) => ({
      eq: new Set(eq),
      range: new Set(range),
      prefix: new Set(prefix),
    });
    assert.ok(
      servedBy(
        shape(['status', 'unitId']),
        [
          ['dueAt', 'asc'],
          ['_id', 'asc'],
        ],
        ix,
      ),
    );
    assert.ok(
      servedBy(
        shape(['unitId', 'status'], ['dueAt', '_id']),
        [
          ['dueAt', 'desc'],
          ['_id', 'desc'],
        ],
        ix,
      ),
      'reversed',
    );
    assert.ok(
      !servedBy(
        shape(['unitId', 'status']),
        [
          ['dueAt', 'asc'],
          ['_id', 'desc'],
        ],
        ix,
      ),
      'mixed directions',
    );
    assert.ok(!servedBy(shape(['unitId', 'domain']), [['dueAt', 'asc']], ix), 'an equality field outside the prefix');
    assert.ok(
      !servedBy(
        shape(['unitId']),
        [
          ['dueAt', 'asc'],
          ['_id', 'asc'],
        ],
        ix,
      ),
      'status skipped',
    );
    assert.ok(!servedBy(shape(['unitId', 'status'], ['createdAt']), [['dueAt', 'asc']], ix), 'a range off the sort');
    const tokens = parseIndex('tokens:1,codeLen:1,_id:1');
    assert.ok(
      servedBy(
        shape([], ['tokens'], ['tokens']),
        [
          ['codeLen', 'asc'],
          ['_id', 'asc'],
        ],
        tokens,
      ),
      'token prefix scan',
    );
    assert.ok(
      !servedBy(
        shape([], ['tokens']),
        [
          ['codeLen', 'asc'],
          ['_id', 'asc'],
        ],
        tokens,
      ),
      'only a prefix may precede the sort',
    );
  });
});

describe('database/collections.json and rules.json', () => {
  it('collections.json is exactly what `npm run db:print` writes from INDEXES', () => {
    assert.equal(readFileSync(COLLECTIONS_FILE, 'utf8'), collectionsJson(), 'stale: run npm run db:print');
  });

  it('rules.json has one rule per collection: public data read-only, disclosures when published, the rest functions only', () => {
    const rules = readRules();
    assert.deepEqual(Object.keys(rules).sort(), [...COLLECTIONS].sort());
    for (const c of ['regions', 'counties', 'units', 'catalog_items']) assert.deepEqual(rules[c], { read: true, write: false }, c);
    assert.deepEqual(rules.disclosures, { read: "doc.status == 'published'", write: false });
    for (const c of [
      'complaints',
      'complaint_requests',
      'drafts',
      'draft_requests',
      'counters',
      'notifications',
      'accounts',
      'routes',
      'calendar_years',
      'audit',
      'upload_folders',
    ]) {
      assert.deepEqual(rules[c], { read: false, write: false }, c);
    }
  });
});
