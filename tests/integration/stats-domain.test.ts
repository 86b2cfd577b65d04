// Statistics per 领域 (issue 11: "each town, village and unit, per domain, over a chosen period"):
// complaints in two domains, taken through the real services, count in their own domain's
// figures and not in the other's — on the dashboard, the trend, the CSV (its 领域 column) and the
// monthly report; all domains together are their sum; a domain the county does not have is
// refused with a Chinese message; rebuilt counters equal those kept live, per domain.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import type { StatsDashboard } from '../../core/stats/service';
import type { CatalogItem } from '../../core/model';

let cloud: TestCloud;
let county: TestCounty;
let admin: Account;
let housing: CatalogItem;
let other: CatalogItem;
const cookies = new Map<string, string>();
const cookie = async (who: Account) => {
  if (!cookies.has(who.openid)) cookies.set(who.openid, await loginAs(cloud, who));
  return cookies.get(who.openid)!;
};
const call = async <T = any>(fn: string, action: string, data: unknown, who: Account) =>
  ok((await cloud.call<T>(fn, action, data, await cookie(who))) as ApiAnswer<T>);
const dashboard = (period: string, domain?: string) =>
  call<StatsDashboard>('admin', 'stats.dashboard', { period, ...(domain ? { domain } : {}) }, admin);

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 2, villagesPerTown: 1 });
  housing = county.items.find((i) => i.levels.includes('village') && i.domain === 'rural_housing_renovation')!;
  other = county.items.find((i) => i.levels.includes('village') && i.domain !== housing.domain && i.unitId !== housing.unitId)!;
  const village = county.villages[0].code;
  const resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [village] });
  const staff = await createAccount(cloud.store, { role: 'unit_staff', unitId: housing.unitId });
  admin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });

  await cloud.setClock('2026-11-26T10:00:00+08:00');
  const file = async (item: CatalogItem, i: number) =>
    (
      await call<Res<'resident', 'complaints.submit'>>(
        'resident',
        'complaints.submit',
        {
          requestId: `domain-stats-${i}-abcdefgh`,
          regionCode: village,
          itemId: item.id,
          kind: '咨询',
          category: '公开不及时',
          text: `请问这一项什么时候公开？第${i + 1}次询问。`,
        },
        resident,
      )
    ).ticket;
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push(await file(housing, i));
  for (let i = 6; i < 8; i++) await file(other, i);
  for (const id of ids.slice(0, 5)) await call('unit', 'complaints.accept', { id }, staff);
});
afterAll(() => cloud.close());

describe('statistics per domain', () => {
  it('a complaint counts in its own domain’s figures and not in another’s; all domains are their sum', async () => {
    const all = await dashboard('2026-11');
    const mine = await dashboard('2026-11', housing.domain);
    const theirs = await dashboard('2026-11', other.domain);
    assert.equal(all.county.counts.received, 8);
    assert.equal(mine.domain, housing.domain);
    assert.deepStrictEqual([mine.county.counts.received, mine.county.counts.accepted], [6, 5]);
    assert.deepStrictEqual([theirs.county.counts.received, theirs.county.counts.accepted], [2, 0]);
    assert.equal(mine.county.acceptedOnTime.text, '100.0%');
    // Each domain's units: the housing unit is not in the other domain's ranking.
    assert.deepStrictEqual(
      mine.units.map((u) => u.scopeId),
      [housing.unitId],
    );
    assert.deepStrictEqual(
      theirs.units.map((u) => u.scopeId),
      [other.unitId],
    );
    assert.equal(mine.units[0].name, county.units.find((u) => u.id === housing.unitId)!.name);
    assert.equal((await dashboard('2026', other.domain)).county.counts.received, 2);
    // A domain of the county with nothing in the period: zeros, not an error.
    const quiet = county.items.find((i) => ![housing.domain, other.domain].includes(i.domain))!.domain;
    assert.equal((await dashboard('2026-11', quiet)).county.counts.received, 0);
    // The public figures per unit take the domain as well.
    const pub = ok(
      await cloud.call<Res<'public', 'stats.public'>>('public', 'stats.public', {
        countyCode: county.code,
        period: '2026-11',
        domain: other.domain,
      }),
    );
    assert.equal(pub.domain, other.domain);
    assert.equal(pub.county.received, 2);
    assert.deepStrictEqual(
      pub.units.map((u) => u.unitId),
      [other.unitId],
    );
  });

  it('the trend, the CSV and the monthly report take the domain too', async () => {
    const trend = await call<Res<'admin', 'stats.trend'>>('admin', 'stats.trend', { period: '2026-11', domain: other.domain }, admin);
    assert.equal(trend.months.find((m) => m.month === '2026-11')!.received, 2);

    const csv = await call<Res<'admin', 'stats.export'>>('admin', 'stats.export', { period: '2026-11', domain: housing.domain }, admin);
    const [header, first] = csv.csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.deepStrictEqual(header.split(',').slice(0, 4), ['统计期', '领域', '范围', '名称']);
    const domainName = (await cloud.store.getCounty(county.code))!.domains.find((d) => d.id === housing.domain)!.name;
    assert.deepStrictEqual(first.split(',').slice(0, 5), ['2026-11', domainName, '全县', '全县', '6']);
    assert.match(csv.filename, new RegExp(`${housing.domain}\\.csv$`));
    const plain = await call<Res<'admin', 'stats.export'>>('admin', 'stats.export', { period: '2026-11' }, admin);
    assert.equal(plain.csv.split('\r\n')[1].split(',')[1], '全部领域');

    const report = await call<Res<'admin', 'stats.report'>>('admin', 'stats.report', { period: '2026-11', domain: other.domain }, admin);
    assert.equal(report.county.counts.received, 2);
    assert.ok(report.domainName);
    // 公开率 over the domain's items only: fewer items due than over all domains.
    const whole = await call<Res<'admin', 'stats.report'>>('admin', 'stats.report', { period: '2026-11' }, admin);
    assert.ok(report.county.publicity.due < whole.county.publicity.due);
  });

  it('a domain the county does not have is refused, in Chinese, by every figure', async () => {
    const c = await cookie(admin);
    for (const action of ['stats.dashboard', 'stats.export', 'stats.trend', 'stats.report']) {
      const refused = await cloud.call('admin', action, { period: '2026-11', domain: 'no_such_domain' }, c);
      assert.ok(!refused.ok && refused.code === 'INVALID_INPUT', action);
      assert.match(refused.message, /领域有误/);
      const malformed = await cloud.call('admin', action, { period: '2026-11', domain: '../x' }, c);
      assert.ok(!malformed.ok && malformed.code === 'INVALID_INPUT', action);
    }
    const pub = await cloud.call('public', 'stats.public', { countyCode: county.code, period: '2026-11', domain: 'no_such_domain' });
    assert.ok(!pub.ok && pub.code === 'INVALID_INPUT' && /领域有误/.test(pub.message));
  });

  it('rebuilt counters equal those kept live, per domain', async () => {
    const periods = ['2026-11', '2026'];
    const domains = [undefined, housing.domain, other.domain];
    const figures = async () => {
      const out: StatsDashboard[] = [];
      for (const p of periods) for (const d of domains) out.push(await dashboard(p, d));
      return out;
    };
    const live = await figures();
    await cloud.store.replaceCountyStats(county.code, []);
    assert.equal((await dashboard('2026-11', housing.domain)).county.counts.received, 0);
    await call('admin', 'stats.rebuild', {}, admin);
    assert.deepStrictEqual(await figures(), live);
  });
});
