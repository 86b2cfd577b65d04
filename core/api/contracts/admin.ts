// The `admin` function: the county 政务公开办 as the deployment's administrator — the
// working-day calendar (节假日安排) and the audit record. Use cases: core/calendar/admin-service.ts.
import * as v from 'valibot';
import { arrangementProblem, type CalendarNotice, type CalendarYear } from '../../calendar/calendar';
import type { AuditEntry } from '../../audit';
import { answer } from '../contract';
import { cursor, domain, empty, id } from '../schema-parts';
import type { Account } from '../../accounts/account';
import type { Unit } from '../../model';
import type { Route, RouteResult } from '../../complaints/routing';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from '../../complaints/model';

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

/** An invitation as lists show it: the code only while it can still be accepted. */
export interface InvitationView {
  id: string;
  code: string | null;
  role: Account['role'];
  roleName: string;
  regionCodes: string[];
  unitId?: string;
  lead?: boolean;
  name: string;
  bindingName: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
  /** open, accepted, revoked, or expired (open past its expiry). */
  state: 'open' | 'accepted' | 'revoked' | 'expired';
  acceptedAt?: string;
}

export interface InviteAnswer {
  invitation: InvitationView;
  /** The QR (weapp: a mini-program code) as a data: URL, or null when the platform could not draw it. */
  qr: string | null;
  qrProblem?: string;
}

export interface PersonView {
  openid: string;
  name: string;
  role: Account['role'];
  roleName: string;
  regionCodes: string[];
  unitId?: string;
  lead?: boolean;
  bindingName: string;
  active: boolean;
  demo: boolean;
}

/** An 11-digit mobile or a landline with area code (028-12345678), or a short hotline (12345). */
const phoneNumber = v.pipe(
  v.string('请填写电话号码'),
  v.trim(),
  v.regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{5,6})$/, '电话号码格式有误，如 028-82512345 或 13800000000'),
);
const personName = v.pipe(
  v.string('请填写姓名'),
  v.trim(),
  v.minLength(2, '请填写姓名（至少2个字）'),
  v.maxLength(30, '姓名不能超过30个字'),
);
const role = v.picklist(['cadre', 'reviewer', 'unit_staff', 'county_admin'], '请选择角色');
const regionCodes = v.pipe(
  v.array(v.pipe(v.string('地区代码有误'), v.trim(), v.regex(/^\d{6}(\d{3}){0,2}$/, '地区代码应为6、9或12位数字')), '地区代码有误'),
  v.maxLength(30, '一次最多绑定30个村'),
);
const openid = v.pipe(v.string('请选择人员'), v.trim(), v.regex(/^[A-Za-z0-9_-]{6,64}$/, '人员编号有误'));
const category = v.picklist(COMPLAINT_CATEGORIES, '问题类别有误');
const kind = v.picklist(COMPLAINT_KINDS, '诉求类型有误');
const townCode = v.pipe(v.string('乡镇代码有误'), v.trim(), v.regex(/^\d{9}$/, '乡镇代码应为9位数字'));

export const inviteSchema = v.object({
  role,
  unitId: v.optional(id),
  regionCodes: v.optional(regionCodes),
  name: personName,
  lead: v.optional(v.boolean('负责人选项有误')),
});

export const ADMIN = {
  'calendar.list': { req: empty, res: answer<CalendarList>() },
  'calendar.get': { req: v.object({ year }), res: answer<{ year: number; record: CalendarYear | null }>() },
  'calendar.put': { req: calendarPutSchema, res: answer<CalendarPutAnswer>() },
  'audit.list': { req: v.object({ cursor }), res: answer<{ items: AuditEntry[]; next: string | null }>() },
  /** The audit record as CSV (UTF-8 with BOM, for Excel), newest first, at most 2000 rows. */
  'audit.export': { req: empty, res: answer<{ filename: string; csv: string; rows: number }>() },

  // People, by invitation (county_admin; a unit's lead for its staff; a reviewer for cadres).
  'invites.create': { req: inviteSchema, res: answer<InviteAnswer>() },
  'invites.list': { req: v.object({ cursor }), res: answer<{ items: InvitationView[]; next: string | null }>() },
  'invites.qr': { req: v.object({ id }), res: answer<InviteAnswer>() },
  'invites.revoke': { req: v.object({ id }), res: answer<InvitationView>() },
  'people.list': { req: v.object({ cursor }), res: answer<{ items: PersonView[]; next: string | null }>() },
  'people.update': {
    req: v.object({
      openid,
      role: v.optional(role),
      regionCodes: v.optional(regionCodes),
      unitId: v.optional(id),
      name: v.optional(personName),
      lead: v.optional(v.boolean('负责人选项有误')),
    }),
    res: answer<PersonView>(),
  },
  'people.deactivate': { req: v.object({ openid }), res: answer<PersonView>() },

  // Units, phones and routes (county_admin).
  'units.list': { req: empty, res: answer<{ units: Unit[] }>() },
  'units.update': {
    req: v.object({
      id,
      name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(2, '单位名称太短'), v.maxLength(60, '单位名称不能超过60个字'))),
      phone: v.optional(phoneNumber),
      supervisionPhone: v.optional(phoneNumber),
      domains: v.optional(v.pipe(v.array(domain, '领域有误'), v.maxLength(40, '领域过多'))),
    }),
    res: answer<Unit>(),
  },
  'routes.list': { req: empty, res: answer<{ routes: Route[]; stored: boolean }>() },
  'routes.put': {
    req: v.object({
      id: v.optional(id),
      domain: v.optional(domain),
      category: v.optional(category),
      townCode: v.optional(townCode),
      kind: v.optional(kind),
      unitId: id,
    }),
    res: answer<Route>(),
  },
  'routes.delete': { req: v.object({ id }), res: answer<{ id: string }>() },
  'routes.preview': {
    req: v.object({
      regionCode: v.pipe(v.string('请选择地区'), v.trim(), v.regex(/^\d{6}(\d{3}){0,2}$/, '地区代码应为6、9或12位数字')),
      domain: v.optional(domain),
      itemId: v.optional(id),
      category,
      kind,
    }),
    res: answer<RouteResult & { unitName: string }>(),
  },
};
