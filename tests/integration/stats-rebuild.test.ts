// The back-fill of statistics (issue 11 part 7): a county's complaints (签收, 答复, 评价, 重办,
// 延期, 改派) and publications made through the real services on a moved clock are counted live;
// the counters are then wiped and rebuilt from the records: the figures are exactly those kept
// live, and a second rebuild changes nothing. The latest-publication roll-up (a village's 公开率)
// is rebuilt the same way.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createUnit, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import type { StatsDashboard } from '../../core/stats/service';
import { disclosureChain } from '../../core/regions/codes';
import { makeIdNumber } from '../../core/privacy/mask';

let cloud: TestCloud;
let county: TestCounty;
let admin: Account;
const cookies = new Map<string, string>();
const call = async <T = any>(fn: string, action: string, data: unknown, who: Account) => {
  if (!cookies.has(who.openid)) cookies.set(who.openid, await loginAs(cloud, who));
  return ok((await cloud.call<T>(fn, action, data, cookies.get(who.openid))) as ApiAnswer<T>);
};
// The last two: one 领域's counters (complaints and publications), rebuilt as kept live too.
const FIGURES: Array<[string, string | undefined, string?]> = [
  ['2026-11', undefined],
  ['2026-12', undefined],
  ['2026', undefined],
  ['2026', 'village'],
  ['2026-11', 'village'],
  ['2026', undefined, 'rural_housing_renovation'],
  ['2026-12', 'village', 'rural_housing_renovation'],
];
const figures = async () => {
  const out: StatsDashboard[] = [];
  for (const [period, scope, domain] of FIGURES)
    out.push(
      await call<StatsDashboard>('admin', 'stats.dashboard', { period, ...(scope ? { scope } : {}), ...(domain ? { domain } : {}) }, admin),
    );
  return out;
};
let seq = 0;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 2, villagesPerTown: 1 });
  const village = county.villages[0].code;
  const item = county.items.find((i) => i.levels.includes('village') && i.domain === 'rural_housing_renovation')!;
  const resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [village] });
  const staff = await createAccount(cloud.store, { role: 'unit_staff', unitId: item.unitId });
  const other = await createUnit(cloud.store, county, { name: '清溪县住房保障中心', domains: ['rural_housing_renovation'] });
  const otherStaff = await createAccount(cloud.store, { role: 'unit_staff', unitId: other.id });
  admin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });

  await cloud.setClock('2026-11-26T10:00:00+08:00');
  const ids: string[] = [];
  for (let i = 0; i < 9; i++) {
    const filed = await call<Res<'resident', 'complaints.submit'>>(
      'resident',
      'complaints.submit',
      {
        requestId: `rebuild-${i}-abcdefgh`,
        regionCode: i % 3 === 2 ? county.villages[1].code : village,
        itemId: item.id,
        kind: i % 2 ? '投诉举报' : '咨询',
        category: '公开不及时',
        text: `请问今年的危房改造补助名单什么时候公开？第${i + 1}次询问。`,
      },
      resident,
    );
    ids.push(filed.ticket);
  }
  for (const id of ids.slice(0, 6)) await call('unit', 'complaints.accept', { id }, staff);
  // 改派 before and after 签收: the later events count for the unit it went to.
  await call('unit', 'complaints.transfer', { id: ids[6], unitId: other.id }, admin);
  await call('unit', 'complaints.transfer', { id: ids[5], unitId: other.id, note: '属于住房保障中心职责' }, admin);
  await call('unit', 'complaints.accept', { id: ids[5] }, otherStaff);
  await call('unit', 'complaints.extend', { id: ids[4], days: 3, reason: '需要到村里实地核实' }, staff);
  await cloud.setClock('2026-11-30T10:00:00+08:00');
  await call('unit', 'complaints.accept', { id: ids[6] }, otherStaff); // late
  for (const id of ids.slice(0, 4)) await call('unit', 'complaints.answer', { id, text: '名单将于下周在村公示栏公开。' }, staff);
  await cloud.setClock('2026-12-07T10:00:00+08:00');
  await call('unit', 'complaints.answer', { id: ids[4], text: '名单已在村公示栏公开。' }, staff);
  await call('unit', 'complaints.answer', { id: ids[5], text: '名单已公开。' }, otherStaff);
  for (const [i, score] of [5, 4, 2].entries()) await call('resident', 'complaints.rate', { id: ids[i], score }, resident);
  await call('resident', 'complaints.reopen', { id: ids[3], reason: '答复没有说明具体公开时间' }, resident);
  await cloud.setClock('2026-12-10T10:00:00+08:00');
  await call('unit', 'complaints.answer', { id: ids[3], text: '名单已于12月8日公开。' }, staff);

  // A county unit publishes one of its county-level items; the 政务公开办 (the admin) approves.
  const countyItem = county.items.find((i) => i.levels.includes('county') && i.unitId === item.unitId)!;
  for (const [n, when] of ['2026-11-27T10:00:00+08:00', '2026-12-08T10:00:00+08:00'].entries()) {
    await cloud.setClock(when);
    const saved = await call<any>(
      'publish',
      'drafts.save',
      {
        requestId: `rebuild-pub-${n}-${seq++}-abcdefgh`,
        regionCode: county.code,
        itemId: countyItem.id,
        title: `2026年农村危房改造工作进展（第${n + 1}期）`,
        body: '本期完成危房改造12户，补助资金已按规定拨付到户。',
        interpretation: [{ q: '这份文件说了什么？', a: '今年已经修好了12户危房，补助钱已经发到各户。' }],
        // The first on time, the second formed long before it was published (late): both kinds rebuilt.
        formedOn: n === 0 ? '2026-11-20' : '2026-10-09',
      },
      staff,
    );
    const sub = await call<any>('publish', 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }, staff);
    await call('review', 'reviews.approve', { id: sub.id, version: sub.version }, admin);
  }

  // 依申请公开 to the same unit: kept in the same counters, so rebuilt with them.
  await cloud.setClock('2026-11-27T10:00:00+08:00');
  const apps: string[] = [];
  for (let n = 0; n < 2; n++) {
    const filed = await call<any>(
      'resident',
      'applications.submit',
      {
        requestId: `rebuild-app-${n}-abcdefgh`,
        unitId: item.unitId,
        description: `2026年农村危房改造补助资金拨付文件（第${n + 1}批）`,
        delivery: '在线',
        name: '张秀兰',
        idNumber: makeIdNumber('510118', '19800315', '123'),
        phone: '13800001234',
      },
      resident,
    );
    apps.push(filed.id);
    await call('unit', 'applications.register', { id: filed.id }, staff);
  }
  await call('unit', 'applications.extend', { id: apps[1], days: 10, reason: '需要到乡镇调取原始记录' }, staff);
  await cloud.setClock('2026-12-03T10:00:00+08:00');
  await call('unit', 'applications.answer', { id: apps[0], outcome: '予以公开', text: '拨付文件见附件。' }, staff);
  await call('resident', 'applications.rate', { id: apps[0], score: 5 }, resident);
});
afterAll(() => cloud.close());

describe('stats.rebuild', () => {
  it('wiped counters rebuilt from the records equal those kept live, and a second rebuild changes nothing', async () => {
    const live = await figures();
    const y = live[2];
    // The world is what the figures say it is (so the comparison below compares something).
    assert.equal(y.county.counts.received, 9);
    assert.equal(y.county.counts.accepted, 8); // one of them twice: before and after its 改派
    assert.equal(y.county.counts.answered, 7);
    assert.equal(y.county.counts.reopened, 1);
    assert.equal(y.county.counts.published, 2);
    assert.equal(y.county.counts.publishedOnTime, 1); // one on time, one late (信息形成 long before)
    assert.equal(live[5].county.counts.received, 9); // all nine in the item's 领域
    assert.equal(y.county.counts.applicationsReceived, 2);
    assert.equal(y.county.counts.applicationsExtended, 1);
    assert.equal(y.county.counts.applicationsAnswered, 1);
    assert.equal(y.county.counts.applicationsSatisfied, 1);
    assert.ok(y.units.length >= 2);
    const chain = disclosureChain(county.villages[0].code);
    const latest = await cloud.store.latestByItem(chain);
    assert.equal(Object.keys(latest).length, 1);

    await cloud.store.replaceCountyStats(county.code, []);
    for (const code of chain) await cloud.store.putLatestByItem(code, {});
    assert.equal((await figures())[2].county.counts.received, 0);
    assert.deepStrictEqual(await cloud.store.latestByItem(chain), {});

    const first = await call<Res<'admin', 'stats.rebuild'>>('admin', 'stats.rebuild', {}, admin);
    assert.deepStrictEqual(
      { complaints: first.complaints, disclosures: first.disclosures, applications: first.applications },
      { complaints: 9, disclosures: 2, applications: 2 },
    );
    assert.deepStrictEqual(await figures(), live);
    assert.deepStrictEqual(await cloud.store.latestByItem(chain), latest);

    const second = await call<Res<'admin', 'stats.rebuild'>>('admin', 'stats.rebuild', {}, admin);
    assert.deepStrictEqual(second, first);
    assert.deepStrictEqual(await figures(), live);
  });

  it('is the county admin’s only, and audited', async () => {
    const entries = await cloud.store.listAudit(10, undefined, county.code);
    assert.ok(entries.some((e) => e.action === 'stats.rebuild' && e.actor === admin.openid));
    const resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] });
    const refused = await cloud.call('admin', 'stats.rebuild', {}, await loginAs(cloud, resident));
    assert.ok(!refused.ok && refused.code === 'FORBIDDEN');
  });
});
