// The 公示期 of an approved publicity: starts at approval (or a later day the cadre set) and
// lasts the catalog item's default length, in working or calendar days. Objections are taken
// until its end (异议截止). A period in calendar days whose last day is not a working day ends
// on the next working day (民法典 Art. 203), unless the county turned that off.
import type { TimeLimit } from '../model';
import { addDays } from '../time/shanghai';
import { addWorkingDays, isWorkingDay, onOrNextWorkingDay, type DeadlineOptions, type WorkCalendar } from '../complaints/workdays';

/** Default when an item names no period: 7 calendar days, the usual village 公示. */
export const DEFAULT_PUBLICITY: TimeLimit = { trigger: '审核通过之日', days: 7, dayKind: 'calendar', text: '公示期7天' };

export function publicityPeriod(
  cal: WorkCalendar,
  today: string,
  requestedStart: string | undefined,
  length: TimeLimit = DEFAULT_PUBLICITY,
  opts: DeadlineOptions = {},
) {
  const start = requestedStart && requestedStart > today ? requestedStart : today;
  if (length.dayKind === 'calendar') {
    const last = addDays(start, length.days - 1);
    return { start, end: (opts.calendarEndsOnWorkingDay ?? true) ? onOrNextWorkingDay(cal, last) : last };
  }
  // N working days counting the first day when it is one.
  const first = isWorkingDay(cal, start);
  const end = first ? addWorkingDays(cal, start, length.days - 1) : addWorkingDays(cal, start, length.days);
  return { start, end };
}
