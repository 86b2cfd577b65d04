// The Store contract for units.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { caseOn, type Open, unit, C, pad, shuffle, ids } from './fixtures';

export function unitsContract(open: Open): void {
  const test = caseOn(open);

  describe('units', () => {
    test('unit round trip, upsert, and listUnits of a county by id across more than 100', async (s) => {
      const mine = Array.from({ length: 130 }, (_, i) => unit(C, `u${pad(i)}`));
      await s.putUnits(shuffle([...mine, unit('510403', 'u001'), unit('510403', 'u002')]));
      assert.deepStrictEqual(await s.getUnit(`${C}-u007`), mine[7]);
      assert.equal(await s.getUnit(`${C}-nope`), null);
      const office = unit(C, 'u007', {
        isOpenGovOffice: true,
        domains: ['poverty', 'relief'],
        hotline: { number: '12345', demo: false },
      });
      await s.putUnits([office]);
      assert.deepStrictEqual(await s.getUnit(office.id), office);
      const listed = await s.listUnits(C);
      assert.deepStrictEqual(ids(listed), ids(mine));
      assert.deepStrictEqual(listed[7], office);
      assert.deepStrictEqual(ids(await s.listUnits('510403')), ['510403-u001', '510403-u002']);
      assert.deepStrictEqual(await s.listUnits('510999'), []);
    });
  });
}
