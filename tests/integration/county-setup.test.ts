// 开通本县: a deployment's first county admin opens the county from the app, once; nothing is
// imported in the console. The admin stands in for a BOOTSTRAP_ADMINS entry (an account the
// functions make up per call; here written before the call, as the local cloud has no bootstrap).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { loadPilotRegions } from '../../scripts/lib/pilot-regions';
import { CATALOG_TEMPLATE } from '../../core/catalog/template';

let cloud: TestCloud;
const QINGCHUAN = '510822';

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  await cloud.store.putAccounts([
    { openid: 'first-admin', name: '县政务公开办管理员', role: 'county_admin', regionCodes: [QINGCHUAN], demo: false },
    { openid: 'far-admin', name: '外省管理员', role: 'county_admin', regionCodes: ['110101'], demo: false },
  ]);
});
afterAll(() => cloud.close());

async function as(openid: string, fn: string, action: string, data: unknown = {}) {
  return cloud.call<any>(fn, action, data, await cloud.login(openid));
}

describe('开通本县', () => {
  it('offers a county not yet open only 开通本县, then builds regions, catalog, units, routes and calendar', async () => {
    const before = ok(await as('first-admin', 'account', 'me'));
    assert.deepEqual(
      before.entries.map((e: { key: string }) => e.key),
      ['setup'],
    );

    const done = ok(await as('first-admin', 'admin', 'county.setup'));
    const shipped = loadPilotRegions().filter((r) => r.countyCode === QINGCHUAN);
    assert.equal(done.countyName, '青川县');
    assert.equal(done.villages, shipped.filter((r) => r.level === 'village').length);
    assert.equal(done.towns, shipped.filter((r) => r.level === 'town').length);
    assert.equal(done.items, CATALOG_TEMPLATE.length);

    // A resident now finds a village of the county and its catalog; a complaint has somewhere to go.
    const village = shipped.find((r) => r.level === 'village')!;
    const region = ok(await cloud.call<any>('public', 'regions.get', { code: village.code }));
    assert.equal(region.county.code, QINGCHUAN);
    const catalog = ok(await cloud.call<any>('public', 'catalog.list', { regionCode: village.code }));
    assert.ok(catalog.entries.length > 0);
    const routes = ok(await as('first-admin', 'admin', 'routes.list'));
    assert.ok(routes.routes.length > 0);
    // The deployment's calendar was there already (every world has it): left as it was.
    assert.equal(done.calendarYears, 0);
    const calendar = ok(await as('first-admin', 'admin', 'calendar.list'));
    assert.ok(calendar.years.some((y: { year: number }) => y.year === 2026));

    // The admin's home now lists the whole county's work, and the set-up is in the audit record.
    const after = ok(await as('first-admin', 'account', 'me'));
    assert.ok(after.entries.some((e: { key: string }) => e.key === 'people'));
    assert.ok(!after.entries.some((e: { key: string }) => e.key === 'setup'));
    const audit = ok(await as('first-admin', 'admin', 'audit.list', {}));
    assert.ok(audit.items.some((e: { action: string }) => e.action === 'county.setup'));
  });

  it('runs once: a second set-up is refused and changes nothing', async () => {
    const units = ok(await as('first-admin', 'admin', 'units.list'));
    const again = await as('first-admin', 'admin', 'county.setup');
    assert.equal(again.ok, false);
    if (!again.ok) {
      assert.equal(again.code, 'CONFLICT');
      assert.match(again.message, /已经开通/);
    }
    assert.deepEqual(ok(await as('first-admin', 'admin', 'units.list')), units);
  });

  it('says plainly when the county is not shipped with the functions, and writes nothing', async () => {
    const r = await as('far-admin', 'admin', 'county.setup');
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'NOT_CONFIGURED');
      assert.match(r.message, /行政区划/);
    }
    assert.equal(await cloud.store.getCounty('110101'), null);
  });

  it('is only for a county admin', async () => {
    await cloud.store.putAccounts([{ openid: 'a-cadre', name: '驻村干部', role: 'cadre', regionCodes: [], demo: false }]);
    const r = await as('a-cadre', 'admin', 'county.setup');
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.code, 'FORBIDDEN');
  });
});
