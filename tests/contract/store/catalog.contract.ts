// The Store contract for catalog.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { caseOn, type Open, item, C, pad, shuffle, q, ids, catalogOrder } from './fixtures';

export function catalogContract(open: Open): void {
  const test = caseOn(open);

  describe('catalog', () => {
    test('round trip with and without optional fields; upsert replaces searchable text', async (s) => {
      const a = item(C, 't1', 'poverty', 1, {
        audienceNote: '建档立卡户',
        publicityDays: { trigger: '公示之日', days: 7, dayKind: 'calendar', text: '不少于7天' },
      });
      const b = item(C, 't2', 'relief', 1, { level2: '旧名称' });
      await s.putCatalogItems([a, b]);
      assert.deepStrictEqual(await s.getCatalogItem(a.id), a);
      assert.deepStrictEqual(await s.getCatalogItem(b.id), b);
      assert.equal(await s.getCatalogItem(`${C}-t9`), null);
      const b2 = { ...b, level2: '新名称', version: 2 };
      await s.putCatalogItems([b2]);
      assert.deepStrictEqual(await s.getCatalogItem(b.id), b2);
      assert.deepStrictEqual(await s.searchCatalog(q('旧名'), C, 10), []);
      assert.deepStrictEqual(ids(await s.searchCatalog(q('新名'), C, 10)), [b.id]);
    });

    test('listCatalogItems: domain, then order, then id; ties on order; other counties excluded', async (s) => {
      const mine = [
        item(C, 't5', 'relief', 2),
        item(C, 't1', 'poverty', 2),
        item(C, 't3', 'poverty', 1),
        item(C, 't2', 'poverty', 1),
        item(C, 't4', 'land', 9),
      ];
      await s.putCatalogItems([...mine, item('510403', 't1', 'land', 0)]);
      assert.deepStrictEqual(ids(await s.listCatalogItems(C)), [`${C}-t4`, `${C}-t2`, `${C}-t3`, `${C}-t1`, `${C}-t5`]);
      assert.deepStrictEqual(await s.listCatalogItems(C, 'poverty'), [mine[3], mine[2], mine[1]]);
      assert.deepStrictEqual(await s.listCatalogItems(C, 'nothing'), []);
    });

    test('listCatalogItems returns every item of a county beyond 100, in order', async (s) => {
      const mine = Array.from({ length: 230 }, (_, i) => item(C, `t${pad(i)}`, ['land', 'poverty', 'relief'][i % 3], i % 40));
      await s.putCatalogItems(shuffle([...mine, item('510403', 't1', 'land', 0)]));
      assert.deepStrictEqual(ids(await s.listCatalogItems(C)), ids([...mine].sort(catalogOrder)));
    });

    test('listCatalogItems of one domain returns every item beyond 100, in order', async (s) => {
      const mine = Array.from({ length: 120 }, (_, i) => item(C, `t${pad(i)}`, 'poverty', i % 7));
      await s.putCatalogItems(shuffle([...mine, item(C, 'x1', 'land', 0), item(C, 'x2', 'relief', 0)]));
      assert.deepStrictEqual(ids(await s.listCatalogItems(C, 'poverty')), ids([...mine].sort(catalogOrder)));
    });

    test('searchCatalog over every indexed field, scoped by county or not', async (s) => {
      const a1 = item(C, 't1', 'relief', 1, { level2: '低保对象认定' });
      const a2 = item(C, 't2', 'housing', 1, { summary: '危房改造补助名单' });
      const a3 = item(C, 't3', 'poverty', 1, { contents: ['资金', '低保金发放'] });
      const a4 = item(C, 't4', 'poverty', 2, { unitName: '区民政局' });
      const a5 = item(C, 't5', 'poverty', 3, { level1: '社会救助' });
      const b1 = item('510403', 't1', 'relief', 1, { level2: '低保对象认定' });
      await s.putCatalogItems([b1, a5, a4, a3, a2, a1]);
      assert.deepStrictEqual(await s.searchCatalog(q('低保'), C, 10), [a3, a1].sort(catalogOrder));
      assert.deepStrictEqual(ids(await s.searchCatalog(q('低保'), undefined, 10)), ids([a3, a1, b1].sort(catalogOrder)));
      assert.deepStrictEqual(ids(await s.searchCatalog(q('低保 认定'), undefined, 10)), ids([a1, b1]));
      assert.deepStrictEqual(ids(await s.searchCatalog(q('危'), C, 10)), [a2.id]);
      assert.deepStrictEqual(ids(await s.searchCatalog(q('民政'), C, 10)), [a4.id]);
      assert.deepStrictEqual(ids(await s.searchCatalog(q('救助'), C, 10)), [a5.id]);
      assert.deepStrictEqual(await s.searchCatalog(q('低保'), '510999', 10), []);
      assert.deepStrictEqual(await s.searchCatalog({ all: [] }, C, 10), []);
    });

    test('searchCatalog breaks ties on order by id', async (s) => {
      const tied = ['t3', 't1', 't2'].map((t) => item(C, t, 'poverty', 1, { level2: '临时救助' }));
      await s.putCatalogItems(tied);
      assert.deepStrictEqual(ids(await s.searchCatalog(q('救助'), C, 10)), [`${C}-t1`, `${C}-t2`, `${C}-t3`]);
    });

    test('a searchCatalog limit keeps the first hits in result order, not insertion order', async (s) => {
      const hits = Array.from({ length: 5 }, (_, i) => item(C, `t${i}`, 'poverty', i, { level2: '临时救助' }));
      await s.putCatalogItems([...hits].reverse());
      assert.deepStrictEqual(ids(await s.searchCatalog(q('救助'), C, 2)), ids(hits.slice(0, 2)));
    });
  });
}
