// The Store contract for counties.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { caseOn, type Open, county, C } from './fixtures';

export function countiesContract(open: Open): void {
  const test = caseOn(open);

  describe('counties', () => {
    test('county round trip and upsert', async (s) => {
      const c = county(C, '新津区');
      await s.putCounty(c);
      assert.deepStrictEqual(await s.getCounty(C), c);
      const changed = { ...c, openGovUnitId: `${C}-other`, domains: c.domains.slice(1) };
      await s.putCounty(changed);
      assert.deepStrictEqual(await s.getCounty(C), changed);
      assert.equal(await s.getCounty('510403'), null);
    });
  });
}
