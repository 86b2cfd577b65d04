// 依申请公开: a person's application for government information under the 政府信息公开条例
// (2019). The body that holds the information (a county unit or a town government, both units
// here) registers it, may ask once for 补正 (Art. 30), may extend once (Art. 33) and answers
// with one of the 条例's outcomes (Arts. 36-38). The clock runs 20 working days from receipt.
import type { Role } from '../accounts/account';
import type { Deadline } from '../complaints/model';

/** 获取信息的方式: in the app, by post, or collected at the office (Art. 29). */
export const DELIVERY_METHODS = ['在线', '邮寄', '自行领取'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/**
 * submitted: received (the clock runs from the day it arrived), waiting for 登记.
 * registered: 登记 done, being handled. supplementing: 补正 asked, the clock paused.
 * closed: answered with an outcome (办结).
 */
export const APPLICATION_STATUSES = ['submitted', 'registered', 'supplementing', 'closed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_NAMES: Record<ApplicationStatus, string> = {
  submitted: '待登记',
  registered: '办理中',
  supplementing: '待补正',
  closed: '已办结',
};

/** Art. 36's answers, as the applicant reads them. */
export const OUTCOMES = ['予以公开', '部分公开', '不予公开', '无此信息', '非本机关掌握', '重复申请'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What each outcome means, in one plain line (and the article it rests on). */
export const OUTCOME_HELP: Record<Outcome, string> = {
  予以公开: '提供您申请的信息（条例第三十六条第二项）',
  部分公开: '能公开的部分提供给您，不能公开的部分说明理由（第三十七条）',
  不予公开: '依法不能公开，说明法定理由（第三十六条第三项）',
  无此信息: '经检索没有这项信息（第三十六条第四项）',
  非本机关掌握: '这项信息不归本机关负责，告诉您该向哪里申请（第三十六条第五项）',
  重复申请: '已经答复过同样的申请，不再重复处理（第三十六条第六项）',
};

/** The legal grounds of withholding (Arts. 14-16, 38), a fixed list: the answer must name one. */
export const WITHHOLD_REASONS = [
  '国家秘密',
  '法律、行政法规禁止公开',
  '危及国家安全、公共安全、经济安全、社会稳定',
  '商业秘密',
  '个人隐私',
  '内部事务信息',
  '过程性信息',
  '行政执法案卷信息',
  '需要对现有信息进行加工、分析',
] as const;
export type WithholdReason = (typeof WITHHOLD_REASONS)[number];

export const WITHHOLD_BASIS: Record<WithholdReason, string> = {
  国家秘密: '《政府信息公开条例》第十四条',
  '法律、行政法规禁止公开': '《政府信息公开条例》第十四条',
  '危及国家安全、公共安全、经济安全、社会稳定': '《政府信息公开条例》第十四条',
  商业秘密: '《政府信息公开条例》第十五条',
  个人隐私: '《政府信息公开条例》第十五条',
  内部事务信息: '《政府信息公开条例》第十六条第一款',
  过程性信息: '《政府信息公开条例》第十六条第二款',
  行政执法案卷信息: '《政府信息公开条例》第十六条第二款',
  '需要对现有信息进行加工、分析': '《政府信息公开条例》第三十八条',
};

/** Outcomes that withhold something and so must give a legal reason. */
export const NEEDS_REASON: readonly Outcome[] = ['部分公开', '不予公开'];
/** Outcomes that send the applicant elsewhere and so must say where. */
export const NEEDS_REFERRAL: readonly Outcome[] = ['非本机关掌握'];

/** 条例 Art. 33: 20 working days; one extension of at most 20 more. Art. 30: 补正 within 7. */
export const ANSWER_WORKING_DAYS = 20;
export const MAX_EXTENSION_WORKING_DAYS = 20;
export const SUPPLEMENT_WITHIN_WORKING_DAYS = 7;

/**
 * At most this many applications a person may file in a (Shanghai) day: well above what one
 * person's real need comes to, it keeps a script from flooding a body's queue (the 条例 Art. 35
 * lets a body ask for reasons when the number of applications is clearly unreasonable).
 */
export const APPLICATION_DAILY_LIMIT = 5;

export type ApplicationAction =
  | 'submit'
  | 'register'
  | 'ask_supplement'
  | 'supply'
  | 'extend'
  | 'answer'
  | 'rate'
  /** The system's: the holiday arrangement changed and the running deadline was counted again. */
  | 'deadline_recomputed';

/** The steps of people, which the state machine decides (core/applications/lifecycle.ts). */
export type ApplicationStep = Exclude<ApplicationAction, 'submit' | 'deadline_recomputed'>;

export const APPLICATION_ACTION_NAMES: Record<ApplicationAction, string> = {
  submit: '提交申请',
  register: '登记',
  ask_supplement: '要求补正',
  supply: '补正',
  extend: '延期答复',
  answer: '答复',
  rate: '评价',
  deadline_recomputed: '期限重新计算',
};

export interface ApplicationEvent {
  at: string;
  action: ApplicationAction;
  actor: string; // openid, or 'system'; never shown
  role: Role | 'system';
  note?: string;
  fromStatus?: ApplicationStatus;
  toStatus?: ApplicationStatus;
  unitId?: string;
  unitName?: string;
}

export interface Applicant {
  name: string;
  /** The full 居民身份证号码: only the handling unit's staff ever see it unmasked. */
  idNumber: string;
  phone: string;
}

export interface ApplicationAnswer {
  outcome: Outcome;
  /** 部分公开 / 不予公开: the legal ground. */
  reason?: WithholdReason;
  /** 非本机关掌握: the body to ask and how to reach it. */
  referTo?: string;
  text: string;
  attachments: string[];
  at: string;
  by: string; // openid; never shown
  unitName: string;
}

export interface Application {
  /** What people quote: county code, 'YSQ', Shanghai date, sequence. */
  id: string;
  requestId: string;
  ownerOpenid: string;
  countyCode: string;
  unitId: string;
  unitName: string;
  /** 所需信息的名称或描述. */
  description: string;
  purpose?: string;
  delivery: DeliveryMethod;
  /** Only when delivery is 邮寄. */
  postalAddress?: string;
  applicant: Applicant;
  status: ApplicationStatus;
  version: number;
  /** 收到申请之日 (Shanghai date): the day it arrived in the app. */
  receivedOn: string;
  /** The day the 20 working days count from: receivedOn, or the day the 补正 arrived (Art. 30). */
  clockFrom: string;
  /** The answer deadline; paused (not judged) while supplementing. */
  deadline: Deadline;
  registeredAt?: string;
  supplement?: { missing: string; askedAt: string; text?: string; suppliedAt?: string };
  extension?: { days: number; reason: string; at: string };
  answer?: ApplicationAnswer;
  rating?: { score: 1 | 2 | 3 | 4 | 5; comment?: string; at: string };
  createdAt: string;
  updatedAt: string;
  /** News the applicant has not opened yet (您的申请有新进展): set with a step they did not take, cleared when they open it. */
  ownerUnread?: true;
  /** The queue's sort key: the deadline while the clock runs, else far away. */
  dueAt: string;
  timeline: ApplicationEvent[];
}
