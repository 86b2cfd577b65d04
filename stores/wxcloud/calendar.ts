import type { CalendarYear } from '../../core/calendar/calendar';
import { MAX_READ, type CalendarStore } from '../../core/store';
import { strip, type Plan, type WxContext } from './shared';

export function wxCalendar({ read, byId, putAll }: WxContext): CalendarStore {
  return {
    getCalendarYear: (year) => byId<CalendarYear>('calendar_years', String(year)),
    async listCalendarYears() {
      const plan: Plan = { coll: 'calendar_years', where: [], sort: [['year', 'asc']] };
      return (await read(plan, MAX_READ)).map(strip<CalendarYear>);
    },
    async putCalendarYear(y) {
      await putAll('calendar_years', [y], (r) => String(r.year));
    },
  };
}
