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

    test('updateCounty compares and sets: a stale change is refused and writes nothing', async (s) => {
      const c = county(C, '新津区'); // written before versions: counts as 0
      await s.putCounty(c);
      const a = { ...c, reviewers: { village: 'county_reviewer' as const }, version: 1 };
      assert.equal(await s.updateCounty(a, 0), true);
      // A second admin still holding the version-0 county loses, and the first change stands.
      assert.equal(await s.updateCounty({ ...c, domains: c.domains.slice(1), version: 1 }, 0), false);
      assert.deepStrictEqual(await s.getCounty(C), a);
      assert.equal(await s.updateCounty({ ...a, domainsVersion: 2, version: 2 }, 1), true);
      assert.equal((await s.getCounty(C))?.version, 2);
      assert.equal(await s.updateCounty({ ...county('510403', '西区'), version: 1 }, 0), false, 'no such county: nothing created');
      assert.equal(await s.getCounty('510403'), null);
    });

    test('concurrent updateCounty from the same version: exactly one wins', async (s) => {
      const c = { ...county(C, '新津区'), version: 3 };
      await s.putCounty(c);
      const results = await Promise.all(
        ['a', 'b', 'c', 'd'].map((tag) => s.updateCounty({ ...c, openGovUnitId: `${C}-${tag}`, version: 4 }, 3)),
      );
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal((await s.getCounty(C))?.version, 4);
    });
  });
}
