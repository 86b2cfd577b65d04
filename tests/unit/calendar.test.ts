// The working-day calendar as data: the years the seed writes from chinese-days, a year not
// entered (provisional deadlines), an entered year (a test fixture), calendar-day limits that
// end on a working day, the admin's arrangement checks and the loader's one-minute cache.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { arrangementProblem, buildCalendar, EMPTY_CALENDAR } from '../../core/calendar/calendar';
import { chineseDaysYears, CHINESE_DAYS_LAST_YEAR } from '../../core/calendar/chinese-days';
import { CALENDAR_TTL_MS, forgetCalendar, loadCalendar } from '../../core/calendar/loader';
import { calendarWarning } from '../../core/calendar/admin-service';
import { addWorkingDays, deadlineFrom, extendDeadline, isWorkingDay } from '../../core/complaints/workdays';
import { DEFAULT_LIMITS } from '../../core/complaints/limits';
import { publicityPeriod } from '../../core/publicity/period';
import type { Store } from '../../core/store';
import { FIXTURE_2027 } from '../fixtures/calendar-2027';

const SEEDED = chineseDaysYears();
const CD = buildCalendar(SEEDED);
const WITH_2027 = buildCalendar([...SEEDED, FIXTURE_2027]);
const ms = (iso: string) => new Date(Date.parse(iso));
const dueDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600e3).toISOString().slice(0, 10);

describe('calendar years from chinese-days', () => {
  it('cover 2004 to 2026 and keep only weekday days off and weekend make-up days', () => {
    assert.equal(SEEDED[0].year, 2004);
    assert.equal(SEEDED[SEEDED.length - 1].year, CHINESE_DAYS_LAST_YEAR);
    assert.equal(CHINESE_DAYS_LAST_YEAR, 2026);
    const y2026 = SEEDED.find((y) => y.year === 2026)!;
    assert.deepEqual(y2026.workDays, ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    assert.ok(y2026.offDays.includes('2026-10-01') && !y2026.offDays.includes('2026-10-03'), '10-03 is a Saturday: not listed');
    for (const y of SEEDED) assert.equal(arrangementProblem(y.year, y.offDays, y.workDays), null, String(y.year));
  });
});

describe('deadlines around the 2026 National Day (seeded data)', () => {
  const filed = ms('2026-09-30T02:00:00Z'); // Wed 10:00 Shanghai
  for (const [kind, day] of [
    ['投诉举报', '2026-10-27'],
    ['咨询', '2026-10-10'],
    ['求助·意见建议', '2026-10-15'],
  ] as const) {
    it(`${kind} filed 2026-09-30 is due ${day}`, () => {
      const { days, dayKind } = DEFAULT_LIMITS.answer[kind];
      const d = deadlineFrom(CD, filed, days, dayKind);
      assert.equal(d.due, `${day}T15:59:59.999Z`);
      assert.equal(d.provisional, undefined);
    });
  }
  it('the make-up Saturday 2026-10-10 counts (咨询: 10-08, 10-09, 10-10)', () => {
    assert.equal(isWorkingDay(CD, '2026-10-10'), true);
    assert.equal(addWorkingDays(CD, '2026-09-30', 3), '2026-10-10');
  });
});

describe('a year without an entered arrangement', () => {
  it('2026-12-31 投诉举报: provisional, 2027-01-01 off, due 2027-01-22 (not 01-21)', () => {
    assert.equal(isWorkingDay(CD, '2027-01-01'), false);
    const d = deadlineFrom(CD, ms('2026-12-31T02:00:00Z'), 15, 'working');
    assert.deepEqual(d, { due: '2027-01-22T15:59:59.999Z', days: 15, dayKind: 'working', provisional: true });
  });
  it('the fixed statutory days are off in any unknown year; weekdays otherwise work', () => {
    for (const d of ['2030-01-01', '2030-05-01', '2030-10-01', '2030-10-02', '2030-10-03'])
      assert.equal(isWorkingDay(EMPTY_CALENDAR, d), false, d);
    assert.equal(isWorkingDay(EMPTY_CALENDAR, '2030-10-04'), true, 'a Friday');
  });
  it('an extension of a provisional deadline stays provisional; one into a known year is final', () => {
    const d = deadlineFrom(CD, ms('2026-12-31T02:00:00Z'), 15, 'working');
    assert.equal(extendDeadline(CD, d, 5).provisional, true);
    assert.equal(extendDeadline(CD, deadlineFrom(CD, ms('2026-11-02T02:00:00Z'), 3, 'working'), 3).provisional, undefined);
  });
});

describe('after the 2027 arrangement is entered (TEST FIXTURE, not the real notice)', () => {
  it('2026-12-31 投诉举报 is due 2027-01-22, final', () => {
    assert.deepEqual(deadlineFrom(WITH_2027, ms('2026-12-31T02:00:00Z'), 15, 'working'), {
      due: '2027-01-22T15:59:59.999Z',
      days: 15,
      dayKind: 'working',
    });
  });
  it('2027-01-25 投诉举报: provisional 02-15 before, 02-22 after (fixture: 02-08…02-16 off, 02-06 and 02-20 worked)', () => {
    const before = deadlineFrom(CD, ms('2027-01-25T02:00:00Z'), 15, 'working');
    assert.deepEqual([dueDay(before.due), before.provisional], ['2027-02-15', true]);
    const after = deadlineFrom(WITH_2027, ms('2027-01-25T02:00:00Z'), 15, 'working');
    assert.deepEqual([dueDay(after.due), after.provisional], ['2027-02-22', undefined]);
  });
});

describe('calendar-day limits end on a working day (民法典 Art. 203)', () => {
  it('a 10-calendar-day objection window ending on 2026-10-03 ends on 2026-10-08', () => {
    const p = publicityPeriod(CD, '2026-09-24', undefined, { trigger: '审核通过之日', days: 10, dayKind: 'calendar', text: '公示期10天' });
    assert.deepEqual(p, { start: '2026-09-24', end: '2026-10-08' });
    const off = publicityPeriod(
      CD,
      '2026-09-24',
      undefined,
      { trigger: '审核通过之日', days: 10, dayKind: 'calendar', text: '公示期10天' },
      { calendarEndsOnWorkingDay: false },
    );
    assert.equal(off.end, '2026-10-03', 'a county may turn the rule off');
  });
  it('a 公示异议 answer due on 2026-10-03 is due 2026-10-08', () => {
    assert.equal(deadlineFrom(CD, ms('2026-09-23T02:00:00Z'), 10, 'calendar').due, '2026-10-08T15:59:59.999Z');
  });
  it('a last day that is already a working day stays', () => {
    assert.equal(deadlineFrom(CD, ms('2026-09-20T02:00:00Z'), 10, 'calendar').due, '2026-09-30T15:59:59.999Z');
  });
});

describe('entering a year: the checks', () => {
  it('accepts a sound arrangement, refuses the pointless and the wrong with a clear message', () => {
    assert.equal(arrangementProblem(2027, FIXTURE_2027.offDays, FIXTURE_2027.workDays), null);
    assert.match(arrangementProblem(2027, ['2027-01-02'], [])!, /星期六.*无需录入/);
    assert.match(arrangementProblem(2027, ['2027-01-01'], ['2027-01-04'])!, /星期一.*应是星期六或星期日/);
    assert.match(arrangementProblem(2027, ['2026-12-31'], [])!, /不在2027年内/);
    assert.match(arrangementProblem(2027, ['2027-02-30'], [])!, /不是有效日期/);
    assert.match(arrangementProblem(2027, ['2027-01-01', '2027-01-01'], [])!, /重复/);
  });
  it('warns from 15 November while next year is missing', () => {
    const known = new Set([2026]);
    assert.equal(calendarWarning(known, '2026-11-14'), null);
    assert.match(calendarWarning(known, '2026-11-15')!, /^2027年节假日安排未录入/);
    assert.equal(calendarWarning(new Set([2026, 2027]), '2026-12-20'), null);
    assert.match(calendarWarning(known, '2027-01-05')!, /^2027年节假日安排未录入/);
  });
});

describe('the loader', () => {
  it('reads the store once a minute per store; forgetting reads again', async () => {
    let reads = 0;
    const store = { listCalendarYears: async () => (reads++, SEEDED) } as unknown as Store;
    const t = 1_000_000;
    const a = await loadCalendar(store, t);
    assert.equal(await loadCalendar(store, t + CALENDAR_TTL_MS - 1), a);
    assert.equal(reads, 1);
    await loadCalendar(store, t + CALENDAR_TTL_MS);
    assert.equal(reads, 2);
    forgetCalendar(store);
    await loadCalendar(store, t + CALENDAR_TTL_MS + 1);
    assert.equal(reads, 3);
  });
});
