// China working days (工作日) for complaint deadlines: weekends off, statutory holidays off,
// 调休 make-up days (补班, a Saturday or Sunday that is worked) on. Dates are 'YYYY-MM-DD'
// calendar dates in Asia/Shanghai; instants are ISO strings in UTC.
//
// Which days are off comes from a WorkCalendar (core/calendar/calendar.ts): the years'
// arrangements a deployment keeps in its store, loaded once a minute per warm instance
// (core/calendar/loader.ts). Every function here takes it first. A deadline that runs into
// a year whose arrangement is not entered yet is counted with weekends and the fixed
// statutory days only, and marked `provisional` (预计).
import { addDays, endOfShanghaiDayInstant, shanghaiDate } from '../time/shanghai';
import { spansUnknownYear, worksOn, type WorkCalendar } from '../calendar/calendar';
import type { Deadline } from './model';

export type { WorkCalendar } from '../calendar/calendar';
export type DayKind = Deadline['dayKind'];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month, day of a 'YYYY-MM-DD' string; throws on anything else (2025-02-30 included). */
function parseDate(date: string): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d) {
      return [y, mo, d];
    }
  }
  throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}必须是非负整数：${n}`);
}

/** Is this Shanghai calendar date a working day in mainland China (by this calendar)? */
export function isWorkingDay(cal: WorkCalendar, date: string): boolean {
  parseDate(date);
  return worksOn(cal, date);
}

/** The day itself when it is a working day, else the next working day after it. */
export function onOrNextWorkingDay(cal: WorkCalendar, date: string): string {
  parseDate(date);
  let day = date;
  while (!worksOn(cal, day)) day = addDays(day, 1);
  return day;
}

/**
 * The n-th working day AFTER `date`. The day itself never counts, whether or not it is a
 * working day (a complaint filed on Saturday starts counting on Monday). n = 0 returns `date`.
 */
export function addWorkingDays(cal: WorkCalendar, date: string, n: number): string {
  parseDate(date);
  assertCount(n, '工作日天数');
  let day = date;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (worksOn(cal, day)) counted += 1;
  }
  return day;
}

/** Number of working days d with from < d <= to (0 when to <= from). */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  parseDate(from);
  parseDate(to);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (worksOn(cal, day)) count += 1;
  }
  return count;
}

/** How calendar-day limits end (a county setting, see limits.ts). */
export interface DeadlineOptions {
  /**
   * 民法典 Art. 203: a limit counted in calendar days whose last day is a 法定休假日 ends on
   * the next working day. Default true.
   */
  calendarEndsOnWorkingDay?: boolean;
}

/** The n-th working or calendar day after `date` (a calendar last day moved off a day off when asked). */
function addKindDays(cal: WorkCalendar, date: string, n: number, dayKind: DayKind, roll: boolean): string {
  if (dayKind === 'working') return addWorkingDays(cal, date, n);
  parseDate(date);
  assertCount(n, '天数');
  const last = addDays(date, n);
  return roll && n > 0 ? onOrNextWorkingDay(cal, last) : last;
}

/** A deadline record: `provisional` only when some day counted lies in a year not entered yet. */
function deadline(
  cal: WorkCalendar,
  from: string,
  lastDay: string,
  days: number,
  dayKind: DayKind,
  roll: boolean,
  before = false,
): Deadline {
  const counts = dayKind === 'working' || roll;
  const provisional = before || (counts && lastDay > from && spansUnknownYear(cal, addDays(from, 1), lastDay));
  return { due: endOfShanghaiDay(lastDay), days, dayKind, ...(provisional ? { provisional: true } : {}) };
}

/** The last instant of a Shanghai calendar day, as an ISO UTC string: 2025-10-28 -> 2025-10-28T15:59:59.999Z. */
export function endOfShanghaiDay(date: string): string {
  parseDate(date);
  return endOfShanghaiDayInstant(date);
}

/**
 * The deadline of something filed at `filedAt`: the end of the `days`-th working (or calendar)
 * day after the filing day in Shanghai. A complaint filed at 23:30 Shanghai belongs to that
 * Shanghai day, even though it is still the afternoon in UTC.
 *
 * A calendar-day limit whose last day is not a working day ends on the next working day
 * (民法典 Art. 203), unless the county turned that off (`calendarEndsOnWorkingDay: false`).
 */
export function deadlineFrom(cal: WorkCalendar, filedAt: Date, days: number, dayKind: DayKind, opts: DeadlineOptions = {}): Deadline {
  if (Number.isNaN(filedAt.getTime())) throw new RangeError('提交时间无效');
  const roll = dayKind === 'calendar' && (opts.calendarEndsOnWorkingDay ?? true);
  const from = shanghaiDate(filedAt);
  return deadline(cal, from, addKindDays(cal, from, days, dayKind, roll), days, dayKind, roll);
}

/** 延期: the due date moves by `extraDays` of the same kind, counted from the old due date. */
export function extendDeadline(cal: WorkCalendar, d: Deadline, extraDays: number, opts: DeadlineOptions = {}): Deadline {
  assertCount(extraDays, '延期天数');
  const roll = d.dayKind === 'calendar' && (opts.calendarEndsOnWorkingDay ?? true);
  const oldLastDay = shanghaiDate(new Date(d.due));
  const lastDay = addKindDays(cal, oldLastDay, extraDays, d.dayKind, roll);
  return deadline(cal, oldLastDay, lastDay, d.days + extraDays, d.dayKind, roll, Boolean(d.provisional));
}

/** When a deadline becomes very overdue: the end of the day `days` more days (of its kind) after the due date. */
export function veryOverdueAfter(cal: WorkCalendar, d: Deadline): string {
  return endOfShanghaiDay(addKindDays(cal, shanghaiDate(new Date(d.due)), d.days, d.dayKind, false));
}

/**
 * Derived, never stored (like Alaveteli): on time until the due instant; overdue after it;
 * very overdue once twice the granted time has passed, i.e. after the end of the day reached
 * by counting `days` more days of the same kind from the due date.
 */
export function overdueLevel(cal: WorkCalendar, d: Deadline, now: Date): 'on_time' | 'overdue' | 'very_overdue' {
  const t = now.getTime();
  if (t <= Date.parse(d.due)) return 'on_time';
  if (t <= Date.parse(veryOverdueAfter(cal, d))) return 'overdue';
  return 'very_overdue';
}
