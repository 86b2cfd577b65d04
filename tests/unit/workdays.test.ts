import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  deadlineFrom,
  endOfShanghaiDay,
  extendDeadline,
  isWorkingDay,
  overdueLevel,
  workingDaysBetween,
} from '../../core/complaints/workdays';
import { DEFAULT_LIMITS, limitsFor } from '../../core/complaints/limits';
import { COMPLAINT_KINDS, type Deadline } from '../../core/complaints/model';
import { buildCalendar } from '../../core/calendar/calendar';
import { chineseDaysYear, chineseDaysYears } from '../../core/calendar/chinese-days';

/** The calendar as the seed writes it: the years chinese-days knows (2004–2026). */
const CD = buildCalendar(chineseDaysYears());

/** Every date from a to b inclusive. */
function datesFrom(a: string, b: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${a}T00:00:00Z`); t <= Date.parse(`${b}T00:00:00Z`); t += 86400000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const ms = (iso: string) => new Date(Date.parse(iso));

test('2025 National Day and Mid-Autumn: 10-01…10-08 off, 09-28 (Sun) and 10-11 (Sat) worked', () => {
  for (const d of datesFrom('2025-10-01', '2025-10-08')) assert.equal(isWorkingDay(CD, d), false, d);
  assert.equal(isWorkingDay(CD, '2025-09-28'), true, 'Sunday make-up day');
  assert.equal(isWorkingDay(CD, '2025-10-11'), true, 'Saturday make-up day');
  assert.equal(isWorkingDay(CD, '2025-09-27'), false, 'an ordinary Saturday');
  assert.equal(isWorkingDay(CD, '2025-09-30'), true);
  assert.equal(isWorkingDay(CD, '2025-10-09'), true);
  assert.equal(isWorkingDay(CD, '2025-10-12'), false, 'the Sunday after the make-up Saturday');
});

test('a 投诉举报 filed on 2025-09-30 is due at the end of 2025-10-28', () => {
  // Counting by hand, the filing day (Tue 09-30) never counts; 10-01…10-08 are off:
  //  1 10-09 Thu   2 10-10 Fri   3 10-11 Sat (make-up)   [10-12 Sun off]
  //  4 10-13 Mon   5 10-14   6 10-15   7 10-16   8 10-17 Fri   [10-18, 10-19 off]
  //  9 10-20 Mon  10 10-21  11 10-22  12 10-23  13 10-24 Fri   [10-25, 10-26 off]
  // 14 10-27 Mon  15 10-28 Tue  -> due 2025-10-28 23:59:59.999 Shanghai = 15:59:59.999Z.
  const { days, dayKind } = DEFAULT_LIMITS.answer['投诉举报'];
  assert.deepEqual({ days, dayKind }, { days: 15, dayKind: 'working' });
  assert.equal(addWorkingDays(CD, '2025-09-30', 15), '2025-10-28');
  const filedAt = ms('2025-09-30T02:15:00Z'); // 10:15 Shanghai
  assert.deepEqual(deadlineFrom(CD, filedAt, days, dayKind), {
    due: '2025-10-28T15:59:59.999Z',
    days: 15,
    dayKind: 'working',
  });
  assert.equal(workingDaysBetween(CD, '2025-09-30', '2025-10-28'), 15);
});

test('2025 Spring Festival: 01-28…02-04 off, 01-26 (Sun) and 02-08 (Sat) worked', () => {
  for (const d of datesFrom('2025-01-28', '2025-02-04')) assert.equal(isWorkingDay(CD, d), false, d);
  assert.equal(isWorkingDay(CD, '2025-01-26'), true);
  assert.equal(isWorkingDay(CD, '2025-02-08'), true);
  assert.equal(isWorkingDay(CD, '2025-01-01'), false, '元旦');
  // 求助 filed Fri 01-24, 7 working days: 01-26(1) 01-27(2) [01-28…02-04 off]
  // 02-05(3) 02-06(4) 02-07(5) 02-08 Sat(6) [02-09 off] 02-10(7).
  assert.equal(addWorkingDays(CD, '2025-01-24', 7), '2025-02-10');
});

test('2026 New Year and Spring Festival (chinese-days data)', () => {
  for (const d of datesFrom('2026-01-01', '2026-01-03')) assert.equal(isWorkingDay(CD, d), false, d);
  assert.equal(isWorkingDay(CD, '2026-01-04'), true, 'Sunday make-up day');
  for (const d of datesFrom('2026-02-15', '2026-02-23')) assert.equal(isWorkingDay(CD, d), false, d);
  assert.equal(isWorkingDay(CD, '2026-02-14'), true, 'Saturday before, worked');
  assert.equal(isWorkingDay(CD, '2026-02-28'), true, 'Saturday after, worked');
  assert.equal(isWorkingDay(CD, '2026-02-24'), true);
  // 咨询 filed Thu 02-12, 3 working days: 02-13 Fri(1) 02-14 Sat(2) [02-15…02-23 off] 02-24 Tue(3).
  assert.equal(addWorkingDays(CD, '2026-02-12', 3), '2026-02-24');
  assert.equal(deadlineFrom(CD, ms('2026-02-12T01:00:00Z'), 3, 'working').due, '2026-02-24T15:59:59.999Z');
});

test('2026 Mid-Autumn and National Day (chinese-days data)', () => {
  for (const d of datesFrom('2026-09-25', '2026-09-27')) assert.equal(isWorkingDay(CD, d), false, d);
  for (const d of datesFrom('2026-10-01', '2026-10-07')) assert.equal(isWorkingDay(CD, d), false, d);
  assert.equal(isWorkingDay(CD, '2026-09-20'), true, 'Sunday make-up day');
  assert.equal(isWorkingDay(CD, '2026-10-10'), true, 'Saturday make-up day');
  assert.equal(isWorkingDay(CD, '2026-10-08'), true);
  // 投诉举报 filed Fri 09-18, 15 working days: 09-20 Sun(1) 09-21…24(2-5) [09-25…27 off]
  // 09-28…30(6-8) [10-01…07 off] 10-08(9) 10-09(10) 10-10 Sat(11) [10-11 off] 10-12…15(12-15).
  assert.equal(addWorkingDays(CD, '2026-09-18', 15), '2026-10-15');
});

test('after the last entered year (2026): weekends and the fixed statutory days are off, and deadlines are provisional', () => {
  // 2027 has no record: 元旦 2027-01-01 (a Friday) is off all the same, never a working day.
  assert.equal(isWorkingDay(CD, '2027-01-01'), false, '元旦');
  assert.equal(isWorkingDay(CD, '2027-01-02'), false, 'Saturday');
  assert.equal(isWorkingDay(CD, '2027-01-04'), true, 'an ordinary Monday');
  assert.equal(isWorkingDay(CD, '2027-05-01'), false, '劳动节');
  for (const d of ['2027-10-01', '2027-10-02', '2027-10-03']) assert.equal(isWorkingDay(CD, d), false, d);
  const d = deadlineFrom(CD, ms('2026-12-31T02:00:00Z'), 15, 'working');
  assert.deepEqual(d, { due: '2027-01-22T15:59:59.999Z', days: 15, dayKind: 'working', provisional: true });
  // A deadline wholly inside 2026 is final.
  assert.equal(deadlineFrom(CD, ms('2026-12-01T02:00:00Z'), 15, 'working').provisional, undefined);
});

test('filing on a Saturday: counting starts on Monday; a make-up Saturday does not count itself', () => {
  // 2025-03-15 is a Saturday: 03-17 Mon(1) 03-18(2) 03-19(3).
  assert.equal(addWorkingDays(CD, '2025-03-15', 3), '2025-03-19');
  // 2025-10-11 is a worked Saturday, but the filing day never counts: 10-13 Mon is day 1.
  assert.equal(addWorkingDays(CD, '2025-10-11', 1), '2025-10-13');
  assert.equal(addWorkingDays(CD, '2025-10-11', 0), '2025-10-11');
  assert.equal(addWorkingDays(CD, '2025-10-04', 0), '2025-10-04', 'n = 0 returns the date, even a holiday');
});

test('filing at 23:30 Shanghai (15:30 UTC) counts as that Shanghai day; 00:00 Shanghai is the next', () => {
  assert.equal(deadlineFrom(CD, ms('2025-09-30T15:30:00Z'), 15, 'working').due, '2025-10-28T15:59:59.999Z');
  // Thu 10-09 23:30 Shanghai, 3 working days: 10-10(1) 10-11 Sat(2) 10-13(3).
  assert.equal(deadlineFrom(CD, ms('2025-10-09T15:30:00Z'), 3, 'working').due, '2025-10-13T15:59:59.999Z');
  // One half hour later it is Fri 10-10 in Shanghai (still 10-09 in UTC): 10-11(1) 10-13(2) 10-14(3).
  assert.equal(deadlineFrom(CD, ms('2025-10-09T16:00:00Z'), 3, 'working').due, '2025-10-14T15:59:59.999Z');
  // 07:59 Shanghai on 10-10 is still 10-09 in UTC: the Shanghai date wins.
  assert.equal(deadlineFrom(CD, ms('2025-10-09T23:59:00Z'), 3, 'working').due, '2025-10-14T15:59:59.999Z');
});

test('calendar-day deadlines: 公示异议 within 10 days, holidays included', () => {
  const { days, dayKind } = DEFAULT_LIMITS.answer['公示异议'];
  assert.deepEqual({ days, dayKind }, { days: 10, dayKind: 'calendar' });
  assert.deepEqual(deadlineFrom(CD, ms('2025-09-30T02:00:00Z'), days, dayKind), {
    due: '2025-10-10T15:59:59.999Z',
    days: 10,
    dayKind: 'calendar',
  });
  // 民法典 Art. 203: 10 days after 2026-09-23 is 10-03, inside the National Day holiday: the
  // limit ends on the next working day, 10-08 (unless the county turned the rule off).
  assert.equal(deadlineFrom(CD, ms('2026-09-23T02:00:00Z'), 10, 'calendar').due, '2026-10-08T15:59:59.999Z');
  assert.equal(
    deadlineFrom(CD, ms('2026-09-23T02:00:00Z'), 10, 'calendar', { calendarEndsOnWorkingDay: false }).due,
    '2026-10-03T15:59:59.999Z',
  );
  // Filed at 23:30 Shanghai on 01-27: 10 days after 01-27 is 02-06.
  assert.equal(deadlineFrom(CD, ms('2025-01-27T15:30:00Z'), 10, 'calendar').due, '2025-02-06T15:59:59.999Z');
});

test('end of a Shanghai day is the next Shanghai midnight minus 1 ms', () => {
  assert.equal(endOfShanghaiDay('2025-10-28'), '2025-10-28T15:59:59.999Z');
  assert.equal(endOfShanghaiDay('2025-12-31'), '2025-12-31T15:59:59.999Z');
  assert.equal(Date.parse(endOfShanghaiDay('2025-12-31')) + 1, Date.parse('2026-01-01T00:00:00+08:00'));
});

test('workingDaysBetween counts d with from < d <= to', () => {
  assert.equal(workingDaysBetween(CD, '2025-09-30', '2025-10-31'), 18); // 10-09, 10-10, 10-11 and 15 weekdays
  assert.equal(workingDaysBetween(CD, '2025-09-27', '2025-09-28'), 1, 'the make-up Sunday');
  assert.equal(workingDaysBetween(CD, '2025-10-01', '2025-10-08'), 0);
  assert.equal(workingDaysBetween(CD, '2025-10-28', '2025-10-28'), 0);
  assert.equal(workingDaysBetween(CD, '2025-10-28', '2025-10-01'), 0, 'to before from');
  assert.equal(workingDaysBetween(CD, '2025-09-30', addWorkingDays(CD, '2025-09-30', 40)), 40);
});

test('extension: moved by the extra days of the same kind from the old due date', () => {
  const d = deadlineFrom(CD, ms('2025-09-30T02:00:00Z'), 15, 'working');
  // 15 working days after 10-28: 10-29…10-31(1-3) 11-03…07(4-8) 11-10…14(9-13) 11-17(14) 11-18(15).
  assert.deepEqual(extendDeadline(CD, d, 15), { due: '2025-11-18T15:59:59.999Z', days: 30, dayKind: 'working' });
  assert.deepEqual(extendDeadline(CD, d, 0), d);
  const c = deadlineFrom(CD, ms('2025-09-30T02:00:00Z'), 10, 'calendar');
  assert.deepEqual(extendDeadline(CD, c, 10), { due: '2025-10-20T15:59:59.999Z', days: 20, dayKind: 'calendar' });
  assert.throws(() => extendDeadline(CD, d, -1), RangeError);
});

test('overdue and very overdue at the exact boundaries (working days)', () => {
  const d: Deadline = { due: '2025-10-28T15:59:59.999Z', days: 15, dayKind: 'working' };
  assert.equal(overdueLevel(CD, d, ms('2025-09-30T02:00:00Z')), 'on_time');
  assert.equal(overdueLevel(CD, d, ms('2025-10-28T15:59:59.999Z')), 'on_time', 'the last millisecond is on time');
  assert.equal(overdueLevel(CD, d, ms('2025-10-28T16:00:00.000Z')), 'overdue', '00:00 Shanghai the next day');
  // Twice the time: 15 more working days after 10-28 is 11-18.
  assert.equal(overdueLevel(CD, d, ms('2025-11-18T15:59:59.999Z')), 'overdue');
  assert.equal(overdueLevel(CD, d, ms('2025-11-18T16:00:00.000Z')), 'very_overdue');
});

test('overdue and very overdue at the exact boundaries (calendar days, after an extension)', () => {
  const c: Deadline = { due: '2025-10-10T15:59:59.999Z', days: 10, dayKind: 'calendar' };
  assert.equal(overdueLevel(CD, c, ms('2025-10-10T15:59:59.999Z')), 'on_time');
  assert.equal(overdueLevel(CD, c, ms('2025-10-10T16:00:00.000Z')), 'overdue');
  assert.equal(overdueLevel(CD, c, ms('2025-10-20T15:59:59.999Z')), 'overdue');
  assert.equal(overdueLevel(CD, c, ms('2025-10-20T16:00:00.000Z')), 'very_overdue');
  // Extended by 10 to 10-20 (20 days granted): very overdue only after 20 more days, 11-09.
  const e = extendDeadline(CD, c, 10);
  assert.equal(overdueLevel(CD, e, ms('2025-10-20T16:00:00.000Z')), 'overdue');
  assert.equal(overdueLevel(CD, e, ms('2025-11-09T15:59:59.999Z')), 'overdue');
  assert.equal(overdueLevel(CD, e, ms('2025-11-09T16:00:00.000Z')), 'very_overdue');
});

test('the answer does not depend on the process time zone (chinese-days reads local time)', () => {
  const saved = process.env.TZ;
  const base2025 = chineseDaysYear(2025, 'x');
  try {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      // The seed's extraction reads the package the same way in every zone.
      assert.deepEqual(chineseDaysYear(2025, 'x'), base2025, `${tz} extraction`);
      assert.equal(isWorkingDay(CD, '2025-10-01'), false, `${tz} 10-01`);
      assert.equal(isWorkingDay(CD, '2025-10-09'), true, `${tz} 10-09`);
      assert.equal(isWorkingDay(CD, '2025-09-28'), true, `${tz} 09-28`);
      assert.equal(isWorkingDay(CD, '2025-10-12'), false, `${tz} 10-12`);
      assert.equal(addWorkingDays(CD, '2025-09-30', 15), '2025-10-28', tz);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('bad input is refused, not guessed', () => {
  assert.throws(() => isWorkingDay(CD, '2025-2-3'), RangeError);
  assert.throws(() => isWorkingDay(CD, '2025-02-30'), RangeError);
  assert.throws(() => addWorkingDays(CD, '2025-10-01', -1), RangeError);
  assert.throws(() => addWorkingDays(CD, '2025-10-01', 1.5), RangeError);
  assert.throws(() => deadlineFrom(CD, new Date('nonsense'), 3, 'working'), RangeError);
});

test('default limits: 12345 hotline 3/7/15 working days, 公示异议 10 calendar days', () => {
  assert.deepEqual(DEFAULT_LIMITS, {
    acceptWorkingDays: 1,
    answer: {
      咨询: { days: 3, dayKind: 'working' },
      '求助·意见建议': { days: 7, dayKind: 'working' },
      投诉举报: { days: 15, dayKind: 'working' },
      公示异议: { days: 10, dayKind: 'calendar' },
      目录意见: { days: 15, dayKind: 'working' },
    },
    ratingWindowDays: 7,
    maxExtensionFactor: 1,
    calendarEndsOnWorkingDay: true,
  });
  assert.deepEqual(Object.keys(DEFAULT_LIMITS.answer).sort(), [...COMPLAINT_KINDS].sort());
});

test('limitsFor lays a county override over the defaults, kind by kind', () => {
  assert.deepEqual(limitsFor(), DEFAULT_LIMITS);
  const l = limitsFor({ ratingWindowDays: 10, answer: { 公示异议: { days: 20 }, 咨询: { days: 2, dayKind: 'calendar' } } });
  assert.equal(l.ratingWindowDays, 10);
  assert.equal(l.acceptWorkingDays, 1);
  assert.deepEqual(l.answer['公示异议'], { days: 20, dayKind: 'calendar' });
  assert.deepEqual(l.answer['咨询'], { days: 2, dayKind: 'calendar' });
  assert.deepEqual(l.answer['投诉举报'], { days: 15, dayKind: 'working' });
  // The result never shares objects with the defaults.
  const m = limitsFor();
  m.answer['咨询'].days = 99;
  assert.equal(DEFAULT_LIMITS.answer['咨询'].days, 3);
});
