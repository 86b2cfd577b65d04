// The Store contract for routes.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Route } from '../../../core/complaints/routing';
import { caseOn, type Open, C, T, U2, route, pad, shuffle, ids } from './fixtures';

export function routesContract(open: Open): void {
  const test = caseOn(open);

  describe('routes', () => {
    test('routes: round trip per county by id, upsert, more than 100', async (s) => {
      const kinds: Array<Partial<Route>> = [
        {},
        { domain: 'poverty' },
        { townCode: T, category: '其他' },
        { kind: '咨询', domain: 'relief', unitId: U2 },
      ];
      const mine = Array.from({ length: 130 }, (_, i) => route(`r${pad(i)}`, kinds[i % 4]));
      await s.putRoutes(shuffle([...mine, route('o1', { countyCode: '510403' }), route('o2', { countyCode: '510403' })]));
      assert.deepStrictEqual(await s.listRoutes(C), mine);
      assert.deepStrictEqual(ids(await s.listRoutes('510403')), ['o1', 'o2']);
      assert.deepStrictEqual(await s.listRoutes('510999'), []);
      const changed = route('r001', { category: '泄露个人信息', unitId: U2 });
      await s.putRoutes([changed, route('r002', { countyCode: '510403' })]);
      const now = await s.listRoutes(C);
      assert.equal(now.length, 129);
      assert.deepStrictEqual(now[1], changed);
      assert.deepStrictEqual(ids(await s.listRoutes('510403')), ['o1', 'o2', 'r002']);
    });
  });
}
