import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { COLLECTIONS, openWxCloudStore } from '../../stores/wxcloud/store';
import { createFakeDb } from '../doubles/wx-fake-db';
import { queryTokens } from '../../core/search/tokens';
import { disclosure, region, storeContract, unit } from './store';

storeContract('wxcloud (fake database)', async () => openWxCloudStore(createFakeDb({ collections: COLLECTIONS })));

describe('wxcloud store specifics', () => {
  it('stores _id, tokens and sort keys in the document, returns none of them, and counts requests', async () => {
    const db = createFakeDb({ collections: COLLECTIONS });
    const store = openWxCloudStore(db);
    const d = disclosure('d1', { title: '低保公示', publicity: { start: '2025-03-01', end: '2025-03-10' } });
    await store.putDisclosures([d, disclosure('d2', { status: 'draft', title: '低保草稿' })]);
    const [doc, draft] = db.dump('disclosures');
    assert.equal(doc._id, 'd1');
    assert.equal(doc.publicityEnd, '2025-03-10');
    assert.ok((doc.tokens as string[]).includes('低保'));
    assert.deepEqual(draft.tokens, []);
    assert.deepStrictEqual(await store.getDisclosure('d1'), d);
    // Two sets, the region's latest-publication roll-up for their (region, item): one read,
    // an update that finds no document and the add that makes it; then the get.
    assert.equal(store.calls, 6);
    assert.equal(db.calls, 6);
  });

  it('reads with an explicit limit of at most 100 and keyset paging, never skip', async () => {
    const db = createFakeDb({ collections: COLLECTIONS });
    const store = openWxCloudStore(db);
    const town = '510118001';
    await store.putRegions(Array.from({ length: 250 }, (_, i) => region(`${town}${String(i).padStart(3, '0')}`, '村')));
    await store.putUnits(Array.from({ length: 250 }, (_, i) => unit('510118', `u${String(i).padStart(3, '0')}`)));
    const before = store.calls;
    assert.equal((await store.listRegionChildren(town, 100)).length, 100);
    assert.equal(store.calls - before, 1);
    assert.equal((await store.listUnits('510118')).length, 250);
    assert.equal(store.calls - before, 4);
    assert.equal((await store.searchRegions(queryTokens('村')!, 1000)).length, 100);
    assert.ok(db.gets.length > 0);
    for (const g of db.gets) {
      assert.equal(g.skip, undefined);
      assert.ok(g.limit !== undefined && g.limit >= 1 && g.limit <= 100, `limit ${g.limit}`);
    }
  });

  it('halves the page when a result passes the 1 MB cap, and still returns every row', async () => {
    const db = createFakeDb({ collections: COLLECTIONS, maxResultBytes: 20_000 });
    const store = openWxCloudStore(db);
    const body = '正'.repeat(1000);
    const all = Array.from({ length: 40 }, (_, i) => disclosure(`b${String(i).padStart(2, '0')}`, { body }));
    await store.putDisclosures(all);
    const got = await store.listDisclosures({ regionCodes: ['510118'], limit: 40 });
    assert.deepStrictEqual(
      got.map((d) => d.id),
      all.map((d) => d.id).reverse(),
    );
    assert.deepStrictEqual(await store.searchDisclosures(queryTokens('正正')!, undefined, 40).then((r) => r.length), 40);
  });
});

describe('wxcloud: an event’s statistics counters', () => {
  it('are incremented together, not one round trip after another, and each exactly once', async () => {
    const db = createFakeDb({ collections: COLLECTIONS });
    // Every update of a counter waits a turn before it reaches the database, as a network call would.
    let inFlight = 0;
    let most = 0;
    const slow = new Proxy(db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== 'collection') return typeof value === 'function' ? value.bind(target) : value;
        return (name: string) => {
          const coll = target.collection(name);
          if (name !== 'stats') return coll;
          return new Proxy(coll, {
            get(c, p, r) {
              const v = Reflect.get(c, p, r);
              if (p !== 'doc') return typeof v === 'function' ? v.bind(c) : v;
              return (id: string) => {
                const doc = c.doc(id);
                return new Proxy(doc, {
                  get(d, q, rr) {
                    const f = Reflect.get(d, q, rr);
                    if (q !== 'update') return typeof f === 'function' ? f.bind(d) : f;
                    return async (arg: unknown) => {
                      inFlight++;
                      most = Math.max(most, inFlight);
                      await new Promise((resolve) => setTimeout(resolve, 5));
                      try {
                        return await (f as (a: unknown) => Promise<unknown>).call(d, arg);
                      } finally {
                        inFlight--;
                      }
                    };
                  },
                });
              };
            },
          });
        };
      },
    });
    const store = openWxCloudStore(slow as typeof db);
    const { statsKey } = await import('../../core/stats/model');
    const keys = ['2026-11', '2026', '2026-11~rural_housing_renovation', '2026~rural_housing_renovation'].flatMap((p) => [
      statsKey('510118', p, 'county', '510118', ''),
      statsKey('510118', p, 'unit', '510118-zjj', '住建局'),
    ]);
    await store.incrementStats(keys, { received: 1 });
    await store.incrementStats(keys, { received: 1 });
    assert.ok(most > 1, `updates in flight at once: ${most}`);
    const counters = await store.listStatsOfPeriods('510118', ['2026-11', '2026'], ['county', 'unit'], 10);
    assert.deepEqual(
      counters.map((c) => c.counts.received),
      [2, 2, 2, 2],
    );
  });
});
