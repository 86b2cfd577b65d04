// The plain-arithmetic fast paths of core/time/shanghai.ts answer what dayjs answers.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import fc from 'fast-check';
import { addDays, shanghaiDate } from '../../core/time/shanghai';

dayjs.extend(utc);

describe('Shanghai dates', () => {
  it('addDays and shanghaiDate agree with dayjs', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        fc.integer({ min: -4000, max: 4000 }),
        (t, n) => {
          const d = t.toISOString().slice(0, 10);
          assert.equal(addDays(d, n), dayjs.utc(d).add(n, 'day').format('YYYY-MM-DD'));
          // dayjs reads an instant through the process's zone first: before 1970 some zones (Asia/Shanghai's
          // LMT, +08:05:43 until 1901) have offsets of odd seconds and dayjs is off; the fixed +8 rule is not.
          if (t.getTime() >= 0) assert.equal(shanghaiDate(t), dayjs(t).utcOffset(480).format('YYYY-MM-DD'));
        },
      ),
      { numRuns: 2000 },
    );
    for (const d of ['2025-02-30', '2026-2-3', 'x', '2024-02-28', '9999-12-31', '1000-01-01']) {
      for (const n of [0, 1, -1, 1.5]) assert.equal(addDays(d, n), dayjs.utc(d).add(n, 'day').format('YYYY-MM-DD'), `${d} ${n}`);
    }
  });
});
