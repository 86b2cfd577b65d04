// After publication (issue 10 parts 5 and 6): a reported leak hides the list at once from every
// public view until the 政务公开办 clears it; the reviewing town publishes the 异议处理结果.
// The suite builds its own county, accounts and disclosures (tests/helpers/world.ts).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, type TestCounty } from '../helpers/world';
import type { Disclosure } from '../../core/model';
import type { DisclosureSummary, DisclosureView } from '../../core/api/public-views';
import { PRIVACY_REVIEW_NOTE } from '../../core/disclosures/public-view';

let cloud: TestCloud;
let county: TestCounty;
let village: string;
let ADMIN: string;
let OPENGOV_STAFF: string;
let OTHER_ADMIN: string;
let REVIEWER: string;
let OTHER_TOWN_REVIEWER: string;
let RESIDENT: string;
const cookies = new Map<string, string>();
let seq = 0;

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const call = async (fn: string, openid: string | null, action: string, data: unknown = {}) =>
  cloud.call<any>(fn, action, data, openid ? await as(openid) : undefined);

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  const store = cloud.store;
  county = await createCounty(store, { name: '清溪县' });
  village = county.villages[0].code;
  ADMIN = (await createAccount(store, { role: 'county_admin', regionCodes: [county.code] })).openid;
  OPENGOV_STAFF = (await createAccount(store, { role: 'unit_staff', unitId: county.openGov.id })).openid;
  REVIEWER = (await createAccount(store, { role: 'reviewer', regionCodes: [village.slice(0, 9)] })).openid;
  OTHER_TOWN_REVIEWER = (await createAccount(store, { role: 'reviewer', regionCodes: [county.towns[1].code] })).openid;
  RESIDENT = (await createAccount(store, { role: 'resident', regionCodes: [village] })).openid;
  const other = await createCounty(store, { name: '白石县' });
  OTHER_ADMIN = (await createAccount(store, { role: 'county_admin', regionCodes: [other.code] })).openid;
});
afterAll(() => cloud.close());

async function runningWithAttachment(): Promise<Disclosure> {
  const d = await createDisclosure(cloud.store, county, { regionCode: village, running: true });
  const withFile = { ...d, attachments: [{ name: '补助名单.xlsx', url: 'https://files.example/list.xlsx' }] };
  await cloud.store.putDisclosures([withFile]);
  return withFile;
}

async function object(d: Disclosure, category: string, text: string) {
  return ok(
    await call('resident', RESIDENT, 'complaints.submit', {
      requestId: `dr-${seq++}-xxxxxxxx`,
      kind: '公示异议',
      category,
      text,
      regionCode: village,
      disclosureId: d.id,
    }),
  ) as { ticket: string };
}

/** What every public action shows of d: get, list, search, running, and the printed notice. */
async function publicViews(d: Disclosure) {
  const view = ok(await call('public', null, 'disclosures.get', { id: d.id })) as DisclosureView;
  const list = ok(await call('public', null, 'disclosures.list', { regionCode: village })) as { items: DisclosureSummary[] };
  const found = ok(await call('public', null, 'search', { q: '公告', regionCode: village })) as { disclosures: DisclosureSummary[] };
  const print = await (await cloud.raw(`/print/${d.id}`)).text();
  return {
    view,
    item: list.items.find((x) => x.id === d.id)!,
    hit: found.disclosures.find((x) => x.id === d.id),
    print,
  };
}

describe('a reported leak (名单核查中)', () => {
  it('hides the table and attachments from every public view at once; the 政务公开办 lists it and clears it', async () => {
    const d = await runningWithAttachment();
    const before = await publicViews(d);
    assert.ok(before.view.table && before.view.attachments.length === 1 && before.item.hasTable);
    assert.match(before.print, /测试户1/);

    const { ticket } = await object(d, '泄露个人信息', '公示名单里有完整的身份证号码，请核查。');
    const during = await publicViews(d);
    assert.equal(during.view.table, undefined);
    assert.deepEqual(during.view.attachments, []);
    assert.equal(during.view.underReview, true);
    assert.equal(during.view.tableNote, PRIVACY_REVIEW_NOTE);
    assert.equal(during.item.hasTable, false);
    assert.equal(during.item.underReview, true);
    if (during.hit) assert.equal(during.hit.hasTable, false);
    assert.doesNotMatch(during.print, /测试户|补助名单\.xlsx/);
    assert.match(during.print, /名单核查中/);
    assert.doesNotMatch(JSON.stringify(during), /测试户|list\.xlsx/);

    // The 政务公开办 (county admin or its staff) sees it first, with the stored list to check.
    for (const who of [ADMIN, OPENGOV_STAFF]) {
      const { items } = ok(await call('review', who, 'privacy.list')) as { items: any[] };
      const mine = items.find((x) => x.disclosure.id === d.id);
      assert.ok(mine, 'listed');
      assert.equal(mine.privacyReview.complaintId, ticket);
      assert.ok(mine.disclosure.table.rows.length > 0);
    }
    // Another county's admin, a town reviewer, a resident: FORBIDDEN.
    for (const who of [OTHER_ADMIN, REVIEWER, RESIDENT]) {
      const r = await call('review', who, 'privacy.clear', { id: d.id, note: '已核查，无问题' });
      assert.equal(r.ok, false);
      assert.equal((r as any).code, 'FORBIDDEN');
    }
    const otherList = ok(await call('review', OTHER_ADMIN, 'privacy.list')) as { items: any[] };
    assert.ok(!otherList.items.some((x) => x.disclosure.id === d.id));

    ok(await call('review', OPENGOV_STAFF, 'privacy.clear', { id: d.id, note: '已核查，身份证号均已遮蔽，无泄露' }));
    const after = await publicViews(d);
    assert.ok(after.view.table && after.view.attachments.length === 1 && after.item.hasTable);
    assert.equal(after.view.underReview, undefined);
    assert.match(after.print, /测试户1/);
    const { items } = ok(await call('review', ADMIN, 'privacy.list')) as { items: any[] };
    assert.ok(!items.some((x) => x.disclosure.id === d.id), 'off the list once cleared');
    const again = await call('review', ADMIN, 'privacy.clear', { id: d.id, note: '再次核查' });
    assert.equal((again as any).code, 'CONFLICT');

    const audit = await cloud.store.listAudit(50);
    const entry = audit.find((e) => e.action === 'privacy.clear' && e.target === `disclosure:${d.id}`);
    assert.ok(entry, 'the clear is audited');
    assert.equal(entry!.actor, OPENGOV_STAFF);
  });
});

describe('异议处理结果', () => {
  it('the reviewing town publishes it (masked); the public view and list show it; others may not', async () => {
    const d = await createDisclosure(cloud.store, county, { regionCode: village, running: true });
    const early = await call('review', REVIEWER, 'objections.outcome', { disclosureId: d.id, upheld: false, text: '无异议' });
    assert.equal((early as any).code, 'CONFLICT', 'no objection yet');
    await object(d, '对公示对象有异议', '名单中有一户家里有两套砖房，不符合条件。');

    for (const who of [OTHER_TOWN_REVIEWER, OTHER_ADMIN, RESIDENT]) {
      const r = await call('review', who, 'objections.outcome', { disclosureId: d.id, upheld: true, text: '异议成立' });
      assert.equal((r as any).code, 'FORBIDDEN');
    }
    const text = '经入户核实，异议成立，已将该户移出名单。联系人电话13812345678。';
    const { objectionOutcome } = ok(await call('review', REVIEWER, 'objections.outcome', { disclosureId: d.id, upheld: true, text })) as {
      objectionOutcome: any;
    };
    assert.doesNotMatch(objectionOutcome.text, /13812345678/, 'masked');

    const { view, item } = await publicViews(d);
    assert.equal(view.objectionOutcome?.label, '异议成立');
    assert.equal(view.objectionOutcome?.upheld, true);
    assert.match(view.objectionOutcome!.text, /已将该户移出名单/);
    assert.doesNotMatch(view.objectionOutcome!.text, /13812345678/);
    assert.equal(view.objectionOutcome?.unitName, county.units.find((u) => u.id === d.reviewUnitId)!.name);
    assert.equal(item.outcomeBadge, '异议处理结果：异议成立');
    const stored = (await cloud.store.getDisclosure(d.id))!;
    assert.equal(stored.objections, 1, 'the count stays');
  });
});
