// Statistics: the 样本不足 rule and the dashboard's reads on the
// cloud database (≤ 3: counters by county and period, units, towns).
import { describe, expect, it } from '@jest/globals';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { statsKey } from '../../core/stats/model';
import { recordPublication } from '../../core/stats/record';
import { dashboardOf, rate } from '../../core/stats/service';
import type { Disclosure } from '../../core/model';
import { COLLECTIONS, openWxCloudStore } from '../../stores/wxcloud/store';
import { createFakeDb } from '../doubles/wx-fake-db';

describe('rates', () => {
  it('never a figure from fewer than 5 events', () => {
    expect(rate(0, 0).text).toBe('样本不足');
    expect(rate(4, 4)).toEqual({ num: 4, den: 4, rate: null, text: '样本不足' });
    expect(rate(0, 5).text).toBe('0.0%');
    expect(rate(2, 3).rate).toBeNull();
    expect(rate(5, 6).text).toBe('83.3%');
  });
});

describe('dashboard on the cloud database', () => {
  it('reads the counters, units and towns: 3 requests', async () => {
    const store = openWxCloudStore(createFakeDb({ collections: COLLECTIONS }));
    const { units } = buildCountyCatalog({ code: '519901', name: '清溪县' });
    await store.putUnits(units);
    const d = {
      id: 'd1',
      countyCode: '519901',
      regionCode: '519901001001',
      regionName: '桃花村',
      publisherUnitId: units[0].id,
      unitName: units[0].name,
    } as Disclosure;
    for (let i = 0; i < 6; i++) await recordPublication(store, d, i < 5, new Date('2026-11-20T02:00:00Z'));
    await store.incrementStats([statsKey('519901', '2026-11', 'unit', units[1].id, units[1].name)], { received: 1 });
    const before = store.calls;
    const dash = await dashboardOf(store, '519901', '2026-11');
    expect(store.calls - before).toBeLessThanOrEqual(3);
    const u = dash.units.find((r) => r.scopeId === units[0].id)!;
    expect([u.name, u.counts.published, u.publishedOnTime.text]).toEqual([units[0].name, 6, '83.3%']);
    expect(dash.county.counts.published).toBe(6);
    expect(dash.towns.map((t) => [t.scopeId, t.counts.published])).toEqual([['519901001', 6]]);
    // Ranked by 按期办结率 (none has a figure here), then by complaints received.
    expect(dash.units.map((r) => r.scopeId)).toEqual([units[1].id, units[0].id]);
  });
});
