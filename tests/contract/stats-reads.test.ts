// The dashboard on the cloud adapter reads the roll-ups only (issue 11 part 7): over the fake
// cloud database, a county with 20 complaints and one with 600 (and their disclosures) cost the
// dashboard the same requests — at most 3 — and none of them touches the complaints or the
// disclosures collection. The 公开率 of a village reads one roll-up document per place.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { COLLECTIONS, openWxCloudStore } from '../../stores/wxcloud/store';
import { createFakeDb } from '../doubles/wx-fake-db';
import type { WxDatabase } from '../../stores/wxcloud/types';
import { createCounty } from '../helpers/world';
import { fillCounty } from '../helpers/stats-volume';
import { rebuildCountyStats } from '../../core/stats/rebuild';
import { statsDashboard } from '../../core/stats/service';
import { disclosureChain } from '../../core/regions/codes';
import type { Account } from '../../core/accounts/account';

/** A cloud store over the fake database that logs the collection of every request. */
function loggedStore() {
  const db = createFakeDb({ collections: COLLECTIONS });
  const touched: string[] = [];
  const logging: WxDatabase = Object.create(db, {
    collection: { value: (name: string) => (touched.push(name), db.collection(name)) },
  });
  return { store: openWxCloudStore(logging), touched };
}

async function dashboardCost(complaints: number, disclosures: number) {
  const { store, touched } = loggedStore();
  const county = await createCounty(store, { towns: 3, villagesPerTown: 4 });
  await fillCounty(store, county, { complaints, disclosures });
  await rebuildCountyStats(store, county.code);
  const admin: Account = { openid: 'o-admin', name: '管理员', role: 'county_admin', regionCodes: [county.code], demo: true };
  const before = store.calls;
  touched.length = 0;
  const caller = { openid: admin.openid, account: admin };
  const d = await statsDashboard({ store }, caller, { period: '2026' });
  const dashboard = { calls: store.calls - before, collections: [...new Set(touched)].sort(), received: d.county.counts.received };
  // One domain's figures: the same bound, whether the domain has counters, has none, or is not the county's.
  const domains: Record<string, { calls: number; received: number | string }> = {};
  const quiet = (await store.getCounty(county.code))!.domains.find((x) => !county.items.some((i) => i.domain === x.id))?.id;
  for (const domain of [county.items[1].domain, quiet ?? county.items[1].domain, 'no_such_domain']) {
    const mark = store.calls;
    const received = await statsDashboard({ store }, caller, { period: '2026', domain }).then(
      (x) => x.county.counts.received,
      (e: Error) => e.message,
    );
    domains[domain] = { calls: store.calls - mark, received };
  }
  const chain = disclosureChain(county.villages[0].code);
  const mark = store.calls;
  touched.length = 0;
  await store.latestByItem(chain);
  return {
    dashboard,
    domains,
    domainOf: county.items[1].domain,
    latest: { calls: store.calls - mark, collections: [...new Set(touched)] },
  };
}

describe('statistics on the cloud adapter', () => {
  it('the dashboard costs the same few requests at any volume, and never reads complaints or disclosures', async () => {
    const small = await dashboardCost(20, 10);
    const large = await dashboardCost(600, 300);
    assert.equal(small.dashboard.received, 20);
    assert.equal(large.dashboard.received, 600);
    assert.ok(large.dashboard.calls <= 3, `dashboard made ${large.dashboard.calls} requests`);
    assert.equal(large.dashboard.calls, small.dashboard.calls);
    assert.deepStrictEqual(large.dashboard.collections, ['regions', 'stats', 'units']);
    for (const [domain, cost] of Object.entries(large.domains))
      assert.ok(cost.calls <= 3, `dashboard of ${domain} made ${cost.calls} requests`);
    // The domain's share of the complaints (every other one is in some domain) is counted in it alone.
    const share = large.domains[large.domainOf].received;
    assert.ok(typeof share === 'number' && share > 0 && share < 600, `domain received ${share}`);
    assert.match(String(large.domains.no_such_domain.received), /领域有误/);
    // A village's latest publications: one request for its chain's roll-up documents.
    assert.deepStrictEqual(large.latest, { calls: 1, collections: ['counters'] });
  });
});
