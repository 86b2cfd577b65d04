// The helpers' world is complete enough: in a county made by tests/helpers/world.ts, a resident
// files a complaint that routes to the unit the test created, whose staff sees it.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, createRoute, createUnit, loginAs, type TestCounty } from '../helpers/world';
import type { ComplaintSummary, SubmitAnswer } from '../../core/api/complaint-views';
import type { Res } from '../../core/api/contracts';
import { FALLBACK_REASON } from '../../core/complaints/routing';

let cloud: TestCloud;
let county: TestCounty;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { name: '清溪县' });
});
afterAll(() => cloud.close());

describe('a world built by the helpers', () => {
  it('starts empty but for the calendar', async () => {
    const cloud2 = await startTestCloud({ seed: 'none' });
    try {
      assert.equal(await cloud2.store.countRegions('county'), 0);
      assert.ok((await cloud2.store.listCalendarYears()).length > 0);
    } finally {
      await cloud2.close();
    }
  });

  it('serves the created county, its towns and its catalog through the public API', async () => {
    const children = ok(await cloud.call<Res<'public', 'regions.children'>>('public', 'regions.children', { code: county.code }));
    assert.equal(children.region.name, '清溪县');
    assert.deepEqual(
      children.items.map((t) => t.code),
      county.towns.map((t) => t.code),
    );
    const village = county.villages[0];
    const catalog = ok(
      await cloud.call<Res<'public', 'catalog.list'>>('public', 'catalog.list', {
        regionCode: village.code,
        domain: 'poverty_alleviation',
      }),
    );
    assert.ok(catalog.entries.length > 0 && catalog.entries.every((e) => e.item.countyCode === county.code));
  });

  it('a resident files a complaint in the created county and it routes to the created unit', async () => {
    const unit = await createUnit(cloud.store, county, { name: '清溪县危房改造办公室', domains: ['rural_housing_renovation'] });
    const route = await createRoute(cloud.store, county, { domain: 'rural_housing_renovation', unitId: unit.id });
    const staff = await createAccount(cloud.store, { role: 'unit_staff', unitId: unit.id });
    const village = county.villages[1];
    const resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [village.code] });
    const disclosure = await createDisclosure(cloud.store, county, { regionCode: village.code, domain: 'rural_housing_renovation' });

    const filed = ok(
      await cloud.call<SubmitAnswer>(
        'resident',
        'complaints.submit',
        {
          requestId: 'world-0000000001',
          kind: '投诉举报',
          category: '内容不准确',
          text: '公示的补助金额和实际发放的不一致，请核实。',
          regionCode: village.code,
          disclosureId: disclosure.id,
        },
        await loginAs(cloud, resident),
      ),
    );
    assert.equal(filed.unitName, unit.name);
    assert.equal(filed.unitHotline?.number, unit.hotline.number);
    assert.ok(filed.ticket.startsWith(`${county.code}-`));
    const stored = (await cloud.store.getComplaint(filed.ticket))!;
    assert.equal(stored.unitId, unit.id);
    assert.equal(stored.routeReason, '按领域匹配', `by the route ${route.id}`);
    const queue = ok(await cloud.call<{ items: ComplaintSummary[] }>('unit', 'queue.list', {}, await loginAs(cloud, staff)));
    assert.ok(queue.items.some((c) => c.id === filed.ticket));
  });

  it('what no route covers falls to the county’s 政务公开办', async () => {
    const resident = await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] });
    const filed = ok(
      await cloud.call<SubmitAnswer>(
        'resident',
        'complaints.submit',
        {
          requestId: 'world-0000000002',
          kind: '咨询',
          category: '其他',
          text: '请问补助什么时候发放？',
          regionCode: county.villages[0].code,
        },
        await loginAs(cloud, resident),
      ),
    );
    assert.equal(filed.unitName, county.openGov.name);
    assert.equal((await cloud.store.getComplaint(filed.ticket))!.routeReason, FALLBACK_REASON);
  });
});
