// Contract of the `admin` function (the county 政务公开办 as the deployment's administrator).
import type { CalendarNotice, CalendarYear } from '../calendar/calendar';
import type { AuditEntry } from '../audit';

export interface CalendarYearSummary {
  year: number;
  source: CalendarYear['source'];
  notice: CalendarNotice | null;
  enteredAt: string;
  offDays: number;
  workDays: number;
}

export interface CalendarList {
  years: CalendarYearSummary[];
  /** Shanghai today's year. */
  thisYear: number;
  nextYear: number;
  thisYearMissing: boolean;
  nextYearMissing: boolean;
  /** From 15 November, while next year is not entered: 2027年节假日安排未录入…; else null. */
  warning: string | null;
}

export interface CalendarPutAnswer {
  record: CalendarYear;
  /** Open complaints whose deadlines were recomputed. */
  recomputed: number;
}

export interface AdminActions {
  'calendar.list': { req: Record<string, never>; res: CalendarList };
  'calendar.get': { req: { year: number }; res: { year: number; record: CalendarYear | null } };
  'calendar.put': {
    req: { year: number; offDays: string[]; workDays: string[]; notice: CalendarNotice };
    res: CalendarPutAnswer;
  };
  'audit.list': { req: { cursor?: string }; res: { items: AuditEntry[]; next: string | null } };
}
