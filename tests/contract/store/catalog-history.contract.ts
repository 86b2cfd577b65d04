// The Store contract for the catalog's history: one entry per item version, newest first;
// a second entry for the same version is refused (a concurrent edit).
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CatalogHistoryEntry } from '../../../core/catalog/history';
import { CatalogVersionTaken } from '../../../core/store';
import { caseOn, type Open } from './fixtures';

export function catalogHistoryContract(open: Open): void {
  const test = caseOn(open);
  const entry = (itemId: string, version: number, extra: Partial<CatalogHistoryEntry> = {}): CatalogHistoryEntry => ({
    id: `${itemId}@${version}`,
    itemId,
    countyCode: '510118',
    version,
    action: 'catalog.update',
    at: `2026-11-0${version}T00:00:00.000Z`,
    actor: 'o-admin',
    changes: [{ field: 'level2', label: '二级事项', before: 'a', after: 'b' }],
    ...extra,
  });

  describe('catalog history', () => {
    test('appends per version, lists newest first per item, refuses a version twice', async (s) => {
      assert.deepStrictEqual(await s.listCatalogHistory('510118-x', 10), []);
      await s.appendCatalogHistory(entry('510118-x', 2));
      await s.appendCatalogHistory(entry('510118-x', 3));
      await s.appendCatalogHistory(entry('510118-y', 2));
      assert.deepStrictEqual(await s.listCatalogHistory('510118-x', 10), [entry('510118-x', 3), entry('510118-x', 2)]);
      assert.deepStrictEqual(
        (await s.listCatalogHistory('510118-x', 1)).map((e) => e.version),
        [3],
      );
      await assert.rejects(s.appendCatalogHistory(entry('510118-x', 3, { actor: 'o-other' })), CatalogVersionTaken);
      assert.equal((await s.listCatalogHistory('510118-x', 10))[0].actor, 'o-admin');
    });
  });
}
