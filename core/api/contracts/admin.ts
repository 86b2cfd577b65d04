// The `admin` function: the county 政务公开办 as the deployment's administrator — the
// working-day calendar (节假日安排) and the audit record. Use cases: core/calendar/admin-service.ts.
import * as v from 'valibot';
import { arrangementProblem, type CalendarNotice, type CalendarYear } from '../../calendar/calendar';
import type { AuditEntry } from '../../audit';
import { answer } from '../contract';
import { cursor, empty } from '../schema-parts';

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

const year = v.pipe(v.number('请填写年份'), v.integer('年份有误'), v.minValue(2000, '年份有误'), v.maxValue(2100, '年份有误'));
const date = (label: string) => v.pipe(v.string(`${label}有误`), v.trim(), v.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD`));

/** The form of a year's arrangement, shared by the admin page and the function. */
export const calendarPutSchema = v.pipe(
  v.object({
    year,
    offDays: v.pipe(v.array(date('放假日期'), '放假日期有误'), v.maxLength(60, '放假日期不能超过60天')),
    workDays: v.pipe(v.array(date('调休上班日期'), '调休上班日期有误'), v.maxLength(30, '调休上班日期不能超过30天')),
    notice: v.object(
      {
        number: v.pipe(
          v.string('请填写通知文号'),
          v.trim(),
          v.minLength(4, '请填写通知文号，如 国办发明电〔2026〕X号'),
          v.maxLength(60, '通知文号过长'),
        ),
        date: date('通知日期'),
      },
      '请填写通知文号和日期',
    ),
  }),
  v.check(
    (r) => arrangementProblem(r.year, r.offDays, r.workDays) === null,
    (issue) => {
      const r = issue.input as { year: number; offDays: string[]; workDays: string[] };
      return arrangementProblem(r.year, r.offDays, r.workDays) ?? '节假日安排有误';
    },
  ),
);

export const ADMIN = {
  'calendar.list': { req: empty, res: answer<CalendarList>() },
  'calendar.get': { req: v.object({ year }), res: answer<{ year: number; record: CalendarYear | null }>() },
  'calendar.put': { req: calendarPutSchema, res: answer<CalendarPutAnswer>() },
  'audit.list': { req: v.object({ cursor }), res: answer<{ items: AuditEntry[]; next: string | null }>() },
};
