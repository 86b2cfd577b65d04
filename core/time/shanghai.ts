// Dates and instants in Asia/Shanghai: the one place that knows the offset. China keeps UTC+8
// all year (no daylight saving), so a fixed offset through dayjs's utc plugin is exact, and it
// does not depend on the process's TZ (which differs between the cloud, CI and laptops) nor on
// Intl time-zone data (which the WeChat runtime does not reliably have).
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Minutes east of UTC. */
const SHANGHAI_OFFSET = 8 * 60;
const DATE = 'YYYY-MM-DD';

/** An instant seen on a Shanghai wall clock. */
export function inShanghai(instant: Date | string | number): Dayjs {
  return dayjs(instant).utcOffset(SHANGHAI_OFFSET);
}

/** A calendar date (YYYY-MM-DD) as a date-only value, free of any zone. */
function day(date: string): Dayjs {
  return dayjs.utc(date);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Dates and instants the fast paths below take (4-digit years, as dayjs formats them). */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIN_FAST = Date.UTC(1000, 0, 2);
const MAX_FAST = Date.UTC(9999, 11, 30);

/** YYYY-MM-DD of an instant, in Shanghai. */
export function shanghaiDate(instant: Date): string {
  // The hot path of every deadline: plain arithmetic (UTC+8 has no daylight saving), same answer as dayjs.
  const t = instant.getTime();
  if (t > MIN_FAST && t < MAX_FAST) return new Date(t + SHANGHAI_OFFSET * 60_000).toISOString().slice(0, 10);
  return inShanghai(instant).format(DATE);
}

/** Today's YYYY-MM-DD in Shanghai. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDate(now);
}

/** The first instant of a Shanghai calendar day, as an ISO UTC string: 2025-10-28 -> 2025-10-27T16:00:00.000Z. */
export function startOfShanghaiDay(date: string): string {
  return dayjs.utc(date).subtract(SHANGHAI_OFFSET, 'minute').toISOString();
}

/** The last instant of a Shanghai calendar day: 2025-10-28 -> 2025-10-28T15:59:59.999Z. */
export function endOfShanghaiDayInstant(date: string): string {
  return dayjs.utc(date).add(1, 'day').subtract(SHANGHAI_OFFSET, 'minute').subtract(1, 'millisecond').toISOString();
}

/** A Shanghai wall-clock time on a date, as an ISO UTC string: ('2026-11-26', '10:00') -> 2026-11-26T02:00:00.000Z. */
export function shanghaiAt(date: string, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return day(date).hour(h).minute(m).subtract(SHANGHAI_OFFSET, 'minute').toISOString();
}

/** Whole calendar days from date a to date b (YYYY-MM-DD), b - a. */
export function daysBetween(a: string, b: string): number {
  return day(b).diff(day(a), 'day');
}

export function addDays(date: string, n: number): string {
  // Counting working days calls this once a day: plain arithmetic for a plain date, dayjs for anything else.
  if (PLAIN_DATE.test(date) && Number.isInteger(n)) {
    const t = Date.parse(`${date}T00:00:00Z`) + n * DAY_MS;
    if (t > MIN_FAST && t < MAX_FAST) return new Date(t).toISOString().slice(0, 10);
  }
  return day(date).add(n, 'day').format(DATE);
}

/** Calendar months later; the day is clamped to the month's end (01-31 + 1 month = 02-28). */
export function addMonths(date: string, n: number): string {
  return day(date).add(n, 'month').format(DATE);
}

/** 2026-11-26 10:00 on a Shanghai clock, or the input unchanged when it is not an instant. */
export function formatShanghaiDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return inShanghai(t).format('YYYY-MM-DD HH:mm');
}

/** 2026年12月7日 23:59 on a Shanghai clock. */
export function formatShanghaiDateTimeCn(instant: Date | string | number): string {
  return inShanghai(instant).format('YYYY年M月D日 HH:mm');
}

/** ISO 8601 with the Shanghai offset, as open standards want it: 2026-11-26T10:00:00+08:00. */
export function shanghaiIso(instant: Date | string | number): string {
  return inShanghai(instant).format('YYYY-MM-DDTHH:mm:ssZ');
}
