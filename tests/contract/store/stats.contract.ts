// The Store contract for statistics counters: an increment creates a counter at zero and adds
// to it, concurrent increments all count, and a county's counters of a period list by kind.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { statsKey } from '../../../core/stats/model';
import { caseOn, type Open } from './fixtures';

export function statsContract(open: Open): void {
  const test = caseOn(open);

  describe('statistics counters', () => {
    const unitKey = statsKey('510118', '2026-11', 'unit', '510118-zjj', '区住建局');
    const countyKey = statsKey('510118', '2026-11', 'county', '510118', '');
    const yearKey = statsKey('510118', '2026', 'unit', '510118-zjj', '区住建局');

    test('increments create the counter, add up, and list by county, period and kind', async (s) => {
      assert.deepStrictEqual(await s.listStats('510118', '2026-11', ['unit'], 100), []);
      await s.incrementStats([unitKey, countyKey, yearKey], { received: 1 });
      await s.incrementStats([unitKey, countyKey], { answered: 1, answeredOnTime: 0, answerWorkdays: 4 });
      await s.incrementStats([statsKey('510122', '2026-11', 'unit', '510122-x', 'x')], { received: 5 });
      assert.deepStrictEqual(await s.listStats('510118', '2026-11', ['unit'], 100), [
        { ...unitKey, counts: { received: 1, answered: 1, answerWorkdays: 4 } },
      ]);
      assert.deepStrictEqual(
        (await s.listStats('510118', '2026-11', ['county', 'unit'], 100)).map((c) => c.id),
        ['county:510118:2026-11', 'unit:510118-zjj:2026-11'],
      );
      assert.deepStrictEqual(await s.listStats('510118', '2026', ['unit'], 100), [{ ...yearKey, counts: { received: 1 } }]);
      assert.deepStrictEqual(await s.listStats('510118', '2026-11', ['village'], 100), []);
    });

    test('concurrent increments of a new counter all count', async (s) => {
      await Promise.all(Array.from({ length: 12 }, () => s.incrementStats([unitKey], { received: 1, satisfied: 1 })));
      const [c] = await s.listStats('510118', '2026-11', ['unit'], 100);
      assert.deepStrictEqual(c.counts, { received: 12, satisfied: 12 });
    });

    test('counters of several periods list in one read, only the periods asked', async (s) => {
      const oct = statsKey('510118', '2026-10', 'county', '510118', '');
      await s.incrementStats([countyKey, oct, yearKey, unitKey], { received: 2 });
      await s.incrementStats([statsKey('510122', '2026-10', 'county', '510122', '')], { received: 9 });
      const got = await s.listStatsOfPeriods('510118', ['2026-10', '2026-11', '2026-09'], ['county'], 100);
      assert.deepStrictEqual(
        got.map((c) => [c.id, c.counts.received]),
        [
          ['county:510118:2026-10', 2],
          ['county:510118:2026-11', 2],
        ],
      );
      assert.deepStrictEqual(await s.listStatsOfPeriods('510118', [], ['county'], 100), []);
    });

    test('a rebuild replaces the county’s counters exactly, leaving other counties alone', async (s) => {
      await s.incrementStats([unitKey, countyKey, yearKey], { received: 3 });
      const otherKey = statsKey('510122', '2026-11', 'unit', '510122-x', 'x');
      await s.incrementStats([otherKey], { received: 5 });
      await s.replaceCountyStats('510118', [{ ...unitKey, counts: { received: 2, accepted: 1 } }]);
      assert.deepStrictEqual(await s.listStats('510118', '2026-11', ['county', 'unit'], 100), [
        { ...unitKey, counts: { received: 2, accepted: 1 } },
      ]);
      assert.deepStrictEqual(await s.listStats('510118', '2026', ['unit'], 100), []);
      assert.deepStrictEqual((await s.listStats('510122', '2026-11', ['unit'], 100))[0].counts, { received: 5 });
      // Live increments go on from the rebuilt figures.
      await s.incrementStats([unitKey], { received: 1 });
      assert.deepStrictEqual((await s.listStats('510118', '2026-11', ['unit'], 100))[0].counts, { received: 3, accepted: 1 });
    });
  });
}
