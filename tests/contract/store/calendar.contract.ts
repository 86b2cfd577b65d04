// The Store contract for the working-day calendar (years of 节假日安排) and the audit record.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CalendarYear } from '../../../core/calendar/calendar';
import type { AuditEntry } from '../../../core/audit';
import { caseOn, type Open, C, at } from './fixtures';

export function calendarAuditContract(open: Open): void {
  const test = caseOn(open);

  describe('working-day calendar and audit', () => {
    const year = (y: number, extra: Partial<CalendarYear> = {}): CalendarYear => ({
      year: y,
      offDays: [`${y}-01-01`],
      workDays: [],
      notice: null,
      enteredBy: 'seed',
      enteredAt: '2025-11-04T00:00:00.000Z',
      source: 'chinese-days',
      ...extra,
    });

    test('calendar years: put/get round trip, missing is null, listed oldest first, a put replaces the year', async (s) => {
      assert.equal(await s.getCalendarYear(2026), null);
      assert.deepStrictEqual(await s.listCalendarYears(), []);
      await s.putCalendarYear(year(2026));
      await s.putCalendarYear(year(2025));
      assert.deepStrictEqual(await s.getCalendarYear(2026), year(2026));
      assert.deepStrictEqual(
        (await s.listCalendarYears()).map((y) => y.year),
        [2025, 2026],
      );
      const entered = year(2026, {
        offDays: ['2026-01-01', '2026-01-02'],
        workDays: ['2026-01-04'],
        notice: { number: '国办发明电〔2025〕7号', date: '2025-11-04' },
        enteredBy: 'o-admin',
        source: 'entered',
      });
      await s.putCalendarYear(entered);
      assert.deepStrictEqual(await s.getCalendarYear(2026), entered);
      assert.equal((await s.listCalendarYears()).length, 2);
    });

    test('audit: appended entries listed newest first with keyset paging', async (s) => {
      const e = (i: number): AuditEntry => ({
        id: `${at(1, i)}-x${i}`,
        at: at(1, i),
        actor: 'o-admin',
        role: 'county_admin',
        action: 'calendar.put',
        target: 'calendar:2027',
        before: i === 0 ? null : { year: 2027, offDays: [] },
        after: { year: 2027, offDays: [`2027-01-0${i + 1}`] },
        countyCode: C,
      });
      for (let i = 0; i < 5; i++) await s.appendAudit(e(i));
      const first = await s.listAudit(3);
      assert.deepStrictEqual(
        first.map((x) => x.id),
        [e(4).id, e(3).id, e(2).id],
      );
      assert.deepStrictEqual(first[0], e(4));
      const rest = await s.listAudit(3, { at: first[2].at, id: first[2].id });
      assert.deepStrictEqual(
        rest.map((x) => x.id),
        [e(1).id, e(0).id],
      );
    });

    test('audit: a county reads only its own entries, with keyset paging', async (s) => {
      const e = (i: number, countyCode: string): AuditEntry => ({
        id: `${at(2, i)}-c${i}`,
        at: at(2, i),
        actor: 'o-admin',
        role: 'county_admin',
        action: 'units.update',
        target: `unit:${countyCode}-zjj`,
        before: null,
        after: { i },
        countyCode,
      });
      for (let i = 0; i < 6; i++) await s.appendAudit(e(i, i % 2 ? C : '510822'));
      const mine = await s.listAudit(2, undefined, C);
      assert.deepStrictEqual(
        mine.map((x) => x.id),
        [e(5, C).id, e(3, C).id],
      );
      const rest = await s.listAudit(2, { at: mine[1].at, id: mine[1].id }, C);
      assert.deepStrictEqual(
        rest.map((x) => x.id),
        [e(1, C).id],
      );
      assert.equal((await s.listAudit(10, undefined, '510822')).length, 3);
      assert.equal((await s.listAudit(10)).length, 6);
    });
  });
}
