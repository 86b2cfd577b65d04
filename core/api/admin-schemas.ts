// Request schemas of the `admin` function, shared with the admin page's form.
import * as v from 'valibot';
import { arrangementProblem } from '../calendar/calendar';

const year = v.pipe(v.number('请填写年份'), v.integer('年份有误'), v.minValue(2000, '年份有误'), v.maxValue(2100, '年份有误'));
const date = (label: string) => v.pipe(v.string(`${label}有误`), v.trim(), v.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD`));

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

export const ADMIN_SCHEMAS = {
  'calendar.list': v.object({}),
  'calendar.get': v.object({ year }),
  'calendar.put': calendarPutSchema,
  'audit.list': v.object({ cursor: v.optional(v.pipe(v.string(), v.maxLength(300, '分页参数有误'))) }),
};
