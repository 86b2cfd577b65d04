// Statistics over the real local cloud (issue 11 parts 5-7): known complaints with known dates,
// taken through the real services on a moved clock, give exact counts and rates; a rate over
// fewer than 5 events is 样本不足; the CSV has its header; the public figures agree.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import type { StatsDashboard } from '../../core/stats/service';
import { STATS_CSV_HEADER } from '../../core/stats/service';

let cloud: TestCloud;
let county: TestCounty;
let resident: Account;
let staff: Account;
let adminAccount: Account;
const cookies = new Map<string, string>();
const as = async (a: Account) => {
  if (!cookies.has(a.openid)) cookies.set(a.openid, await loginAs(cloud, a));
  return cookies.get(a.openid)!;
};
const call = async <T = any>(fn: string, action: string, data: unknown, who: Account) =>
  ok((await cloud.call<T>(fn, action, data, await as(who))) as ApiAnswer<T>);
const dashboard = (period: string, scope?: string) =>
  call<StatsDashboard>('admin', 'stats.dashboard', { period, ...(scope ? { scope } : {}) }, adminAccount);

const ids: string[] = [];
let unitId: string;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 2, villagesPerTown: 1 });
  const item = county.items.find((i) => i.levels.includes('village') && i.domain === 'rural_housing_renovation')!;
  unitId = item.unitId;
  resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] });
  staff = await createAccount(cloud.store, { role: 'unit_staff', unitId });
  adminAccount = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });

  // Thursday 2026-11-26 10:00: seven 咨询 (签收 within 1 working day: Fri 27th; answer within 3: Tue 1 Dec).
  await cloud.setClock('2026-11-26T10:00:00+08:00');
  for (let i = 0; i < 7; i++) {
    const filed = await call<Res<'resident', 'complaints.submit'>>(
      'resident',
      'complaints.submit',
      {
        requestId: `stats-test-${i}-abcdefgh`,
        regionCode: county.villages[0].code,
        itemId: item.id,
        kind: '咨询',
        category: '公开不及时',
        text: `请问今年的危房改造补助名单什么时候公开？第${i + 1}次询问。`,
      },
      resident,
    );
    ids.push(filed.ticket);
  }
  for (const id of ids.slice(0, 6)) await call('unit', 'complaints.accept', { id }, staff); // on time
  await cloud.setClock('2026-11-30T10:00:00+08:00'); // Monday
  await call('unit', 'complaints.accept', { id: ids[6] }, staff); // late
  for (const id of ids.slice(0, 5)) await call('unit', 'complaints.answer', { id, text: '名单将于下周在村公示栏公开。' }, staff); // on time
  await cloud.setClock('2026-12-03T10:00:00+08:00'); // Thursday
  for (const id of ids.slice(5)) await call('unit', 'complaints.answer', { id, text: '名单已在村公示栏公开。' }, staff); // late
  for (const [i, score] of [5, 4, 3, 5].entries()) await call('resident', 'complaints.rate', { id: ids[i], score }, resident);
  await call('resident', 'complaints.reopen', { id: ids[5], reason: '答复没有说明具体公开时间' }, resident);
});
afterAll(() => cloud.close());

describe('stats.dashboard', () => {
  it('counts each event in its month and its year, with exact rates and 样本不足 under 5', async () => {
    const nov = await dashboard('2026-11');
    const u = nov.units.find((r) => r.scopeId === unitId)!;
    assert.deepStrictEqual(
      { received: u.counts.received, accepted: u.counts.accepted, acceptedOnTime: u.counts.acceptedOnTime, answered: u.counts.answered },
      { received: 7, accepted: 7, acceptedOnTime: 6, answered: 5 },
    );
    assert.equal(u.acceptedOnTime.text, '85.7%');
    assert.equal(u.answeredOnTime.text, '100.0%'); // 5 of 5 in November
    assert.equal(u.satisfied.text, '样本不足'); // nothing rated in November
    assert.equal(nov.county.counts.received, 7);
    assert.equal(nov.towns.length, 1);
    assert.equal(nov.towns[0].scopeId, county.towns[0].code);
    assert.equal(nov.towns[0].name, county.towns[0].name);

    const dec = await dashboard('2026-12');
    const d = dec.units.find((r) => r.scopeId === unitId)!;
    assert.equal(d.counts.answered, 2);
    assert.equal(d.answeredOnTime.rate, null);
    assert.equal(d.answeredOnTime.text, '样本不足');
    assert.equal(d.counts.reopened, 1);

    const year = await dashboard('2026');
    const y = year.units.find((r) => r.scopeId === unitId)!;
    assert.equal(y.answeredOnTime.text, '71.4%'); // 5 of 7
    assert.equal(y.averageWorkdays, 2.9); // (5 × 2 + 2 × 5) / 7
    assert.deepStrictEqual([y.counts.rated, y.counts.satisfied], [4, 3]);
    assert.equal(y.satisfied.text, '样本不足'); // 3 of 4: too few to say 75%
  });

  it('a fifth rating makes the 满意率 a figure', async () => {
    await call('resident', 'complaints.rate', { id: ids[4], score: 1 }, resident);
    const y = (await dashboard('2026')).units.find((r) => r.scopeId === unitId)!;
    assert.deepStrictEqual([y.counts.rated, y.counts.satisfied, y.satisfied.text], [5, 3, '60.0%']);
    // A retried rating is refused by the state machine and counts nothing.
    const again = await cloud.call('resident', 'complaints.rate', { id: ids[4], score: 5 }, await as(resident));
    assert.ok(!again.ok);
    assert.equal((await dashboard('2026')).units.find((r) => r.scopeId === unitId)!.counts.rated, 5);
  });

  it('village scope; bad period is INVALID_INPUT; only the county admin', async () => {
    const v = await dashboard('2026-11', 'village');
    assert.deepStrictEqual(
      v.villages.map((r) => [r.scopeId, r.counts.received]),
      [[county.villages[0].code, 7]],
    );
    const bad = await cloud.call('admin', 'stats.dashboard', { period: '2026-13' }, await as(adminAccount));
    assert.ok(!bad.ok && bad.code === 'INVALID_INPUT');
    const notAdmin = await cloud.call('admin', 'stats.dashboard', { period: '2026' }, await as(staff));
    assert.ok(!notAdmin.ok);
  });
});

describe('stats.export and stats.public', () => {
  it('exports CSV with a BOM and the columns', async () => {
    const out = await call<Res<'admin', 'stats.export'>>('admin', 'stats.export', { period: '2026' }, adminAccount);
    assert.ok(out.csv.startsWith('\uFEFF'));
    const lines = out.csv.slice(1).trim().split('\r\n');
    assert.equal(lines[0], STATS_CSV_HEADER.join(','));
    assert.equal(lines[0].split(',').length, 30); // period and 领域, 17 of complaints and publication, 11 of 依申请公开
    assert.ok(lines[1].startsWith('2026,全部领域,全县,全县,7,7,6,85.7%,7,5,71.4%,2.9,5,3,60.0%,1,0,0,样本不足'), lines[1]);
    assert.equal(out.rows, lines.length - 1);
  });

  it('public figures per unit, without login', async () => {
    const pub = ok(await cloud.call<Res<'public', 'stats.public'>>('public', 'stats.public', { countyCode: county.code, period: '2026' }));
    const u = pub.units.find((r) => r.unitId === unitId)!;
    assert.equal(u.answeredOnTime.text, '71.4%');
    assert.equal(u.satisfied.text, '60.0%');
    assert.equal(u.publishedOnTime.text, '样本不足');
    assert.equal(pub.county.received, 7);
  });
});
