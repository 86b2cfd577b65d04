// China working days (工作日) for complaint deadlines: weekends off, statutory holidays off,
// 调休 make-up days (补班, a Saturday or Sunday that is worked) on. Dates are 'YYYY-MM-DD'
// calendar dates in Asia/Shanghai; instants are ISO strings in UTC.
//
// Data: npm `chinese-days` 1.5.7, which carries the State Council's arrangements up to and
// including 2026 (https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm): its
// last holiday is 2026-10-07 (国庆节) and its last make-up day 2026-10-10. For dates after
// its data ends it silently falls back to "Monday to Friday", so the package MUST be updated
// each year when the State Council publishes the next year's 节假日安排 (usually in
// November), or deadlines running into that year will be wrong.
//
// chinese-days reads a 'YYYY-MM-DD' string as UTC midnight but then reads the day back with the
// process's LOCAL getters, so west of Greenwich it answers for the previous day. We therefore
// hand it a Date at LOCAL midnight of the wanted day, which its local getters read back
// unchanged whatever TZ the process runs in (the cloud, CI and laptops differ).
import { isWorkday } from 'chinese-days';
import { addDays, endOfShanghaiDayInstant, shanghaiDate } from '../time/shanghai';
import type { Deadline } from './model';

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

/** Is this Shanghai calendar date a working day in mainland China? */
export function isWorkingDay(date: string): boolean {
  const [y, m, d] = parseDate(date);
  return isWorkday(new Date(y, m - 1, d));
}

/**
 * The n-th working day AFTER `date`. The day itself never counts, whether or not it is a
 * working day (a complaint filed on Saturday starts counting on Monday). n = 0 returns `date`.
 */
export function addWorkingDays(date: string, n: number): string {
  parseDate(date);
  assertCount(n, '工作日天数');
  let day = date;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/** Number of working days d with from < d <= to (0 when to <= from). */
export function workingDaysBetween(from: string, to: string): number {
  parseDate(from);
  parseDate(to);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** The n-th working or calendar day after `date`. */
function addKindDays(date: string, n: number, dayKind: DayKind): string {
  if (dayKind === 'working') return addWorkingDays(date, n);
  parseDate(date);
  assertCount(n, '天数');
  return addDays(date, n);
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
 * Calendar-day limits are counted plainly, as asked: the last day is not moved off a holiday.
 * (民法典 Art. 203 would move a last day falling on a 法定休假日 to the next working day; apply that
 * here if the county's rules require it.)
 */
export function deadlineFrom(filedAt: Date, days: number, dayKind: DayKind): Deadline {
  if (Number.isNaN(filedAt.getTime())) throw new RangeError('提交时间无效');
  const lastDay = addKindDays(shanghaiDate(filedAt), days, dayKind);
  return { due: endOfShanghaiDay(lastDay), days, dayKind };
}

/** 延期: the due date moves by `extraDays` of the same kind, counted from the old due date. */
export function extendDeadline(d: Deadline, extraDays: number): Deadline {
  assertCount(extraDays, '延期天数');
  const oldLastDay = shanghaiDate(new Date(d.due));
  const lastDay = addKindDays(oldLastDay, extraDays, d.dayKind);
  return { due: endOfShanghaiDay(lastDay), days: d.days + extraDays, dayKind: d.dayKind };
}

/** When a deadline becomes very overdue: the end of the day `days` more days (of its kind) after the due date. */
export function veryOverdueAfter(d: Deadline): string {
  return endOfShanghaiDay(addKindDays(shanghaiDate(new Date(d.due)), d.days, d.dayKind));
}

/**
 * Derived, never stored (like Alaveteli): on time until the due instant; overdue after it;
 * very overdue once twice the granted time has passed, i.e. after the end of the day reached
 * by counting `days` more days of the same kind from the due date.
 */
export function overdueLevel(d: Deadline, now: Date): 'on_time' | 'overdue' | 'very_overdue' {
  const t = now.getTime();
  if (t <= Date.parse(d.due)) return 'on_time';
  if (t <= Date.parse(veryOverdueAfter(d))) return 'overdue';
  return 'very_overdue';
}
