// The `admin` function: the county 政务公开办 as the deployment's administrator — the
// working-day calendar (节假日安排) and the audit record. Use cases: core/calendar/admin-service.ts.
import * as v from 'valibot';
import { arrangementProblem, type CalendarNotice, type CalendarYear } from '../../calendar/calendar';
import type { AuditEntry } from '../../audit';
import { answer } from '../contract';
import { cursor, domain, empty, id } from '../schema-parts';
import type { Account } from '../../accounts/account';
import type { CatalogItem, Domain, Unit } from '../../model';
import type { CatalogHistoryEntry } from '../../catalog/history';
import type { StatsDashboard } from '../../stats/service';
import type { StatsTrend } from '../../stats/trend';
import type { StatsReport } from '../../stats/report';
import type { RebuildResult } from '../../stats/rebuild';
import type { Route, RouteResult } from '../../complaints/routing';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from '../../complaints/model';
import type { PartnerView } from '../../open311/partners-service';
import type { CountyDue } from '../../publicity/county-due';
import type { ReviewerSetting } from '../../publicity/reviewer-setting';
import type { HotlineConfigView } from '../../hotline/model';
import type { CountySetupAnswer } from '../../admin/county-setup';

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
  /** Applications for information (依申请公开) whose running answer deadline was recomputed. */
  recomputedApplications: number;
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

// ---- the catalog's standard elements (动态调整) ----

const shortText = (label: string, max = 60) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(2, `请填写${label}`), v.maxLength(max, `${label}不能超过${max}个字`));
const textList = (label: string, maxItems = 20, max = 200) =>
  v.pipe(
    v.array(shortText(label, max), `${label}有误`),
    v.minLength(1, `请填写${label}`),
    v.maxLength(maxItems, `${label}不能超过${maxItems}条`),
  );

/** 公开时限, as the template writes it: a trigger, a number of working or calendar days. */
export const timeLimitSchema = v.object(
  {
    trigger: shortText('公开时限的起算事件', 40),
    days: v.pipe(
      v.number('公开时限的天数有误'),
      v.integer('公开时限的天数应为整数'),
      v.minValue(1, '公开时限至少1天'),
      v.maxValue(365, '公开时限不能超过365天'),
    ),
    dayKind: v.picklist(['working', 'calendar'], '请选择工作日或自然日'),
    text: v.optional(shortText('公开时限说明', 80)),
  },
  '公开时限有误',
);

/** 信息更新周期. */
export const updateCycleSchema = v.object(
  {
    unit: v.picklist(['event', 'day', 'month', 'quarter', 'year'], '更新周期有误'),
    every: v.pipe(v.number('更新周期有误'), v.integer('更新周期有误'), v.minValue(1, '更新周期有误'), v.maxValue(12, '更新周期有误')),
    text: shortText('更新周期说明', 40),
  },
  '更新周期有误',
);

const responsiblePerson = v.object({ name: personName, post: shortText('责任人职务', 30) }, '请填写责任人姓名和职务');

/** Every standard element but the ids: what catalog.add requires and catalog.update may change. */
const catalogElements = {
  level1: shortText('一级事项'),
  level2: shortText('二级事项', 80),
  summary: shortText('事项说明', 200),
  contents: textList('公开内容'),
  basis: textList('公开依据'),
  timeLimit: timeLimitSchema,
  updateCycle: updateCycleSchema,
  channels: textList('公开渠道', 10, 30),
  unitId: id,
  responsiblePerson,
  consultPhone: phoneNumber,
  reportPhone: phoneNumber,
  audience: v.picklist(['全社会', '特定群体'], '公开对象有误'),
  mode: v.picklist(['主动', '依申请'], '公开方式有误'),
  levels: v.pipe(v.array(v.picklist(['county', 'town', 'village'], '公开层级有误')), v.minLength(1, '请选择公开层级')),
};

export const catalogUpdateSchema = v.object({
  itemId: id,
  level1: v.optional(catalogElements.level1),
  level2: v.optional(catalogElements.level2),
  summary: v.optional(catalogElements.summary),
  contents: v.optional(catalogElements.contents),
  basis: v.optional(catalogElements.basis),
  timeLimit: v.optional(catalogElements.timeLimit),
  updateCycle: v.optional(catalogElements.updateCycle),
  channels: v.optional(catalogElements.channels),
  unitId: v.optional(catalogElements.unitId),
  responsiblePerson: v.optional(catalogElements.responsiblePerson),
  consultPhone: v.optional(catalogElements.consultPhone),
  reportPhone: v.optional(catalogElements.reportPhone),
  audience: v.optional(catalogElements.audience),
  mode: v.optional(catalogElements.mode),
  levels: v.optional(catalogElements.levels),
});

export const catalogAddSchema = v.object({
  domain,
  ...catalogElements,
  consultPhone: v.optional(phoneNumber),
  reportPhone: v.optional(phoneNumber),
});

const reviewerKind = v.picklist(['town_reviewer', 'county_reviewer', 'opengov'], '审核人有误');
/** A domain the county adds to its catalog (the 9 of the 指引 are there from the start). */
export const addDomainSchema = v.object({
  name: shortText('领域名称', 30),
  shortName: v.optional(shortText('领域简称', 12)),
  summary: shortText('领域说明', 200),
});

/** A statistics period: a month (YYYY-MM) or a year (YYYY). */
export const statsPeriod = v.pipe(v.string('请选择统计期'), v.trim(), v.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '统计期应为 YYYY-MM 或 YYYY'));
const statsReq = v.object({
  period: statsPeriod,
  scope: v.optional(v.picklist(['unit', 'town', 'village'], '统计范围有误')),
  /** One 领域's figures (checked against the county's); absent: all domains. */
  domain: v.optional(domain),
});

/** The 12345 hand-off form: the secret is write-only (absent: keep the one set). */
export const hotlinePutSchema = v.object({
  enabled: v.boolean('启用选项有误'),
  endpoint: v.pipe(v.string('请填写接口地址'), v.trim(), v.maxLength(500, '接口地址过长')),
  secret: v.optional(
    v.pipe(v.string('签名密钥有误'), v.trim(), v.minLength(16, '签名密钥至少16个字符'), v.maxLength(200, '签名密钥不能超过200个字符')),
  ),
  kinds: v.pipe(v.array(v.picklist(COMPLAINT_KINDS, '诉求类型有误'), '诉求类型有误'), v.maxLength(COMPLAINT_KINDS.length, '诉求类型有误')),
  categories: v.pipe(
    v.array(v.picklist(COMPLAINT_CATEGORIES, '问题类别有误'), '问题类别有误'),
    v.maxLength(COMPLAINT_CATEGORIES.length, '问题类别有误'),
  ),
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
  // The catalog (动态调整): each change makes the item's next version, with its history.
  'catalog.update': { req: catalogUpdateSchema, res: answer<CatalogItem>() },
  'catalog.add': { req: catalogAddSchema, res: answer<CatalogItem>() },
  'catalog.retire': { req: v.object({ itemId: id }), res: answer<CatalogItem>() },
  'catalog.history': {
    req: v.object({ itemId: id }),
    res: answer<{ item: CatalogItem; history: Array<CatalogHistoryEntry & { actorName: string }> }>(),
  },
  // Statistics (counters kept as events happen; core/stats).
  'stats.dashboard': { req: statsReq, res: answer<StatsDashboard>() },
  /** The dashboard as CSV (UTF-8 with BOM, for Excel). */
  'stats.export': { req: statsReq, res: answer<{ filename: string; csv: string; rows: number }>() },
  /** The county's months for the trend chart (a year's, or the 12 ending with a month): one read. */
  'stats.trend': { req: v.object({ period: statsPeriod, domain: v.optional(domain) }), res: answer<StatsTrend>() },
  /** The printable monthly report (定期报告): county, towns and units, with 公开率 and overdue as of now. */
  'stats.report': { req: v.object({ period: statsPeriod, domain: v.optional(domain) }), res: answer<StatsReport>() },
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
  // Open311 partner systems (county_admin): the API key is shown once, in the create answer.
  'partners.create': {
    req: v.object({
      name: v.pipe(v.string('请填写对接系统名称'), v.trim(), v.minLength(2, '请填写对接系统名称'), v.maxLength(60, '名称不能超过60个字')),
      dailyLimit: v.optional(
        v.pipe(
          v.number('每日上限应为数字'),
          v.integer('每日上限应为整数'),
          v.minValue(1, '每日上限至少为1'),
          v.maxValue(100000, '每日上限过大'),
        ),
      ),
    }),
    res: answer<{ partner: PartnerView; apiKey: string }>(),
  },
  'partners.list': { req: v.object({ cursor }), res: answer<{ items: PartnerView[]; next: string | null }>() },
  'partners.revoke': { req: v.object({ id }), res: answer<PartnerView>() },
  // Publishing across the county: what is due or overdue per item and place, and who reviews each level.
  'due.list': {
    req: v.object({
      level: v.optional(v.picklist(['county', 'town', 'village'], '层级有误')),
      unitId: v.optional(id),
      townCode: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\d{9}$/, '乡镇代码应为9位数字'))),
      cursor,
    }),
    res: answer<CountyDue>(),
  },
  'reviewers.get': { req: empty, res: answer<ReviewerSetting>() },
  /** Changes who reviews a level's publications (audited); the levels not given stay. */
  'reviewers.put': {
    req: v.object({
      county: v.optional(v.picklist(['opengov', 'county_reviewer'], '县级事项的审核人有误')),
      town: v.optional(reviewerKind),
      village: v.optional(reviewerKind),
    }),
    res: answer<ReviewerSetting>(),
  },
  /** Re-counts the county's statistics from its complaints and disclosures (the back-fill; core/stats/rebuild.ts). */
  'stats.rebuild': { req: empty, res: answer<RebuildResult>() },
  /** The county's catalog as its admin edits it: its domains, and every item of one domain, retired ones included (none without a domain). */
  'catalog.list': { req: v.object({ domain: v.optional(domain) }), res: answer<{ domains: Domain[]; items: CatalogItem[] }>() },
  /** Adds a domain (领域) to the county's catalog: the county's domains version goes up; audited. */
  'catalog.addDomain': { req: addDomainSchema, res: answer<{ domain: Domain; domainsVersion: number }>() },
  // The 12345 hand-off (core/hotline): which complaints go to the provincial hotline, where, signed with what.
  'hotline.get': { req: empty, res: answer<HotlineConfigView>() },
  'hotline.put': { req: hotlinePutSchema, res: answer<HotlineConfigView>() },
  // 开通本县: once, by the county's first admin (core/admin/county-setup.ts).
  'county.setup': { req: empty, res: answer<CountySetupAnswer>() },
};
