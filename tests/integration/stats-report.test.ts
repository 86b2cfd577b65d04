// The trend and the monthly report over the real local cloud: known complaints and disclosures
// on a moved clock give the months' figures (gaps under 5 events), 公开率 and 逾期未更新 of the
// items kept up by cycle, and the complaints overdue as the report is made.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import type { StatsReport } from '../../core/stats/report';
import type { StatsTrend } from '../../core/stats/trend';

let cloud: TestCloud;
let county: TestCounty;
let resident: Account;
let staff: Account;
let adminAccount: Account;
let complaintUnit: string;
const cookies = new Map<string, string>();
const as = async (a: Account) => {
  if (!cookies.has(a.openid)) cookies.set(a.openid, await loginAs(cloud, a));
  return cookies.get(a.openid)!;
};
const call = async <T = any>(fn: string, action: string, data: unknown, who: Account) =>
  ok((await cloud.call<T>(fn, action, data, await as(who))) as ApiAnswer<T>);

const ZJJ_PERIODIC = () =>
  county.items.filter(
    (i) => i.levels.includes('county') && i.mode === '主动' && i.updateCycle.unit !== 'event' && i.unitId.endsWith('-zjj'),
  );

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 2, villagesPerTown: 1 });
  const item = county.items.find((i) => i.levels.includes('village') && i.domain === 'rural_housing_renovation')!;
  complaintUnit = item.unitId;
  resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] });
  staff = await createAccount(cloud.store, { role: 'unit_staff', unitId: complaintUnit });
  adminAccount = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });

  // 县住建局's periodic county items: five published now, one last published two years ago.
  const zjj = ZJJ_PERIODIC();
  for (const it of zjj.slice(0, 5)) await createDisclosure(cloud.store, county, { regionCode: county.code, itemId: it.id });
  const yearly = zjj.slice(5).find((i) => i.updateCycle.unit === 'year')!;
  await createDisclosure(cloud.store, county, { regionCode: county.code, itemId: yearly.id, publishedAt: '2024-11-01T02:00:00.000Z' });

  // Thursday 2026-11-26: six 咨询; five answered on time, one accepted and left.
  await cloud.setClock('2026-11-26T10:00:00+08:00');
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const filed = await call<Res<'resident', 'complaints.submit'>>(
      'resident',
      'complaints.submit',
      {
        requestId: `report-test-${i}-abcdefgh`,
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
  for (const id of ids) await call('unit', 'complaints.accept', { id }, staff);
  for (const id of ids.slice(0, 5)) await call('unit', 'complaints.answer', { id, text: '名单将于下周在村公示栏公开。' }, staff);
  await cloud.setClock('2026-12-10T10:00:00+08:00');
});
afterAll(() => cloud.close());

describe('stats.trend', () => {
  it('gives a year month by month, rates only from 5 events, nothing after this month', async () => {
    const t = await call<StatsTrend>('admin', 'stats.trend', { period: '2026' }, adminAccount);
    assert.deepStrictEqual(
      t.months.map((m) => m.month),
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    const nov = t.months[10];
    assert.deepStrictEqual([nov.received, nov.answeredOnTime.text, nov.satisfied.rate], [6, '100.0%', null]);
    assert.deepStrictEqual([t.months[9].received, t.months[9].answeredOnTime.rate, t.months[9].answeredOnTime.text], [0, null, '样本不足']);
  });

  it('gives the 12 months ending with a month, across the year', async () => {
    const t = await call<StatsTrend>('admin', 'stats.trend', { period: '2026-11' }, adminAccount);
    assert.equal(t.months[0].month, '2025-12');
    assert.equal(t.months.at(-1)!.month, '2026-11');
    assert.equal(t.months.length, 12);
  });

  it('is the county admin’s: a unit’s staff is refused', async () => {
    const r = await cloud.call('admin', 'stats.trend', { period: '2026' }, await as(staff));
    assert.equal((r as { code?: string }).code, 'FORBIDDEN');
  });
});

describe('stats.report', () => {
  it('has the month’s counters, 公开率 and 逾期未更新 now, and what is overdue now', async () => {
    const r = await call<StatsReport>('admin', 'stats.report', { period: '2026-11' }, adminAccount);
    assert.equal(r.period, '2026-11');
    assert.equal(r.generatedAt, new Date('2026-12-10T02:00:00Z').toISOString());
    assert.deepStrictEqual([r.county.counts.received, r.county.overdueNow, r.overdueCapped], [6, 1, false]);

    const unit = r.units.find((u) => u.scopeId === complaintUnit)!;
    assert.deepStrictEqual([unit.counts.answered, unit.answeredOnTime.text, unit.reopened.text, unit.overdueNow], [5, '100.0%', '0.0%', 1]);
    const town = r.towns.find((t) => t.scopeId === county.villages[0].code.slice(0, 9))!;
    assert.equal(town.overdueNow, 1);
    assert.equal(r.towns.find((t) => t.scopeId !== town.scopeId)!.overdueNow, 0);

    const zjj = r.units.find((u) => u.scopeId.endsWith('-zjj'))!;
    const due = ZJJ_PERIODIC().length;
    assert.deepStrictEqual(
      { due: zjj.publicity.due, current: zjj.publicity.current, overdue: zjj.publicity.overdue, never: zjj.publicity.never },
      { due, current: 5, overdue: 1, never: due - 6 },
    );
    assert.equal(zjj.publicity.rate.text, `${(Math.round((5 / due) * 1000) / 10).toFixed(1)}%`);
    // Every unit is in the report, with or without events; one with no periodic item has no 公开率.
    assert.deepStrictEqual(r.units.map((u) => u.scopeId).sort(), (await cloud.store.listUnits(county.code)).map((u) => u.id).sort());
    const none = r.units.find((u) => u.publicity.due === 0)!;
    assert.deepStrictEqual([none.publicity.rate.rate, none.publicity.rate.text], [null, '样本不足']);
    // The county adds its towns' 乡级 items to its own 县级 ones.
    assert.equal(
      r.county.publicity.due,
      r.towns.reduce((n, t) => n + t.publicity.due, 0) + r.units.reduce((n, u) => n + u.publicity.due, 0),
    );
  });
});
