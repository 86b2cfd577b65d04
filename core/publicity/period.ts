// The 公示期 of an approved publicity: starts at approval (or a later day the cadre set) and
// lasts the catalog item's default length, in working or calendar days.
import type { TimeLimit } from '../model';
import { addDays } from '../time/shanghai';
import { addWorkingDays, isWorkingDay } from '../complaints/workdays';

/** Default when an item names no period: 7 calendar days, the usual village 公示. */
export const DEFAULT_PUBLICITY: TimeLimit = { trigger: '审核通过之日', days: 7, dayKind: 'calendar', text: '公示期7天' };

export function publicityPeriod(today: string, requestedStart: string | undefined, length: TimeLimit = DEFAULT_PUBLICITY) {
  const start = requestedStart && requestedStart > today ? requestedStart : today;
  if (length.dayKind === 'calendar') return { start, end: addDays(start, length.days - 1) };
  // N working days counting the first day when it is one.
  const first = isWorkingDay(start);
  const end = first ? addWorkingDays(start, length.days - 1) : addWorkingDays(start, length.days);
  return { start, end };
}
