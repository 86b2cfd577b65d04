import type { CalendarYear } from '../calendar/calendar';

/** The working-day calendar: one record per year (the deployment's, not a county's). */
export interface CalendarStore {
  getCalendarYear(year: number): Promise<CalendarYear | null>;
  /** Every year's record, oldest first (a few dozen). */
  listCalendarYears(): Promise<CalendarYear[]>;
  putCalendarYear(y: CalendarYear): Promise<void>;
}
