// Supervision complaints (监督举报): what a resident files against a catalog item or a
// disclosure, routed to the responsible unit's hotline queue with working-day deadlines.
import type { Role } from '../accounts/account';

export const COMPLAINT_KINDS = ['咨询', '求助·意见建议', '投诉举报', '公示异议', '目录意见'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_CATEGORIES = ['未按规定公开', '公开不及时', '内容不准确', '泄露个人信息', '对公示对象有异议', '其他'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/**
 * held: waiting for a person because the content check said `review`; nobody else sees it.
 * submitted: routed, waiting for the unit to 签收. returned: 退单, back with the county.
 */
export const COMPLAINT_STATUSES = ['held', 'submitted', 'accepted', 'returned', 'in_progress', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** The one set of closed states that drives every list, count and export. */
export const CLOSED_STATUSES: readonly ComplaintStatus[] = ['closed'];
export const isClosed = (s: ComplaintStatus) => CLOSED_STATUSES.includes(s);

export const STATUS_NAMES: Record<ComplaintStatus, string> = {
  held: '待人工审核',
  submitted: '待签收',
  accepted: '已签收',
  returned: '已退单',
  in_progress: '办理中',
  answered: '已答复',
  closed: '已办结',
};

export type ComplaintAction =
  | 'submit'
  | 'release' // a held complaint passes the person's check
  | 'accept' // 签收
  | 'return' // 退单
  | 'start' // 开始办理
  | 'extend' // 延期
  | 'answer' // 答复
  | 'rate' // 评价 (closes)
  | 'reopen' // 不满意重办
  | 'transfer' // 改派 (county)
  | 'escalate' // 督办 (county or sweep)
  | 'auto_close' // no rating within the window
  | 'remind' // overdue reminder sent by the sweep
  | 'deadline_recomputed' // a year's 节假日安排 was entered or changed
  | 'hotline_sent' // the 12345 system took it as a 工单
  | 'hotline_update' // a 12345 status callback (签收, 答复, or 办结 of one answered already)
  | 'hotline_answer'; // 12345's 办结: its text is the answer

export interface TimelineEvent {
  at: string; // ISO instant
  action: ComplaintAction;
  actor: string; // openid, or 'system'
  role: Role | 'system';
  /** What is shown: e.g. 已签收, 退单：不属于本单位职责. */
  note?: string;
  fromStatus?: ComplaintStatus;
  toStatus?: ComplaintStatus;
  unitId?: string;
  /** The acting or receiving unit's name, as it was then (shown instead of a person). */
  unitName?: string;
  /**
   * What the statistics counted, so a rebuild from the records counts the same
   * (core/stats/rebuild.ts): on 签收 and 答复 the deadline then in force; on 改派 the unit it left.
   */
  due?: string;
  fromUnitId?: string;
  fromUnitName?: string;
}

export interface Deadline {
  /** ISO instant: end of the last allowed day in Shanghai. */
  due: string;
  /** Length as granted, for the doubling rule of 'very overdue'. */
  days: number;
  dayKind: 'working' | 'calendar';
  /**
   * 预计: counted into a year whose 节假日安排 is not entered yet (weekends and the fixed
   * statutory days only); recomputed when the year is entered. Absent when final.
   */
  provisional?: boolean;
}

export interface ComplaintAnswer {
  text: string;
  attachments: string[]; // file ids
  at: string;
  by: string; // unit staff openid (never shown to the public)
  unitName: string;
}

export interface ComplaintRating {
  score: 1 | 2 | 3 | 4 | 5;
  comment?: string;
  /** The complainant agreed that the question and answer be shown publicly, masked (回应关切). */
  publicConsent?: boolean;
  at: string;
}

/**
 * What a stored complaint must still cause elsewhere, recorded in the same insert so that a
 * function dying half-way leaves a trace: the retry (and the sweep) finish what is pending.
 * Each effect is idempotent, so finishing one twice changes nothing.
 */
export const COMPLAINT_EFFECTS = ['objection', 'privacy_flag', 'notify_unit', 'hotline'] as const;
export type ComplaintEffect = (typeof COMPLAINT_EFFECTS)[number];
export type ComplaintEffects = Partial<Record<ComplaintEffect, 'pending' | 'done'>>;

/**
 * 代办: a cadre or a unit's counter filed the complaint for a villager without WeChat. The
 * villager's name and phone are as given; the phone is also the complaint's contactPhone, so
 * the unit can call back and the villager can look the complaint up (ticket + last 4 digits).
 */
export interface ProxyFiling {
  name: string;
  phone: string;
  /** Who filed it: their role and name (and unit), as shown to the unit; never an openid. */
  byRole: 'cadre' | 'unit_staff' | 'county_admin';
  byName: string;
  byUnitName?: string;
}

export interface Complaint {
  /** The ticket number people read and quote: county code, Shanghai date, sequence. */
  id: string;
  requestId: string; // client's idempotency key
  ownerOpenid: string;
  countyCode: string;
  regionCode: string;
  regionName: string;
  townCode?: string;
  domain?: string;
  itemId?: string;
  itemTitle?: string;
  disclosureId?: string;
  disclosureTitle?: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  text: string;
  photos: string[]; // file ids
  contactPhone?: string;
  anonymous: boolean;
  unitId: string;
  unitName: string;
  routeReason: string;
  status: ComplaintStatus;
  /** Optimistic concurrency: every write names the version it read. */
  version: number;
  acceptDeadline: Deadline;
  answerDeadline: Deadline;
  extended: boolean;
  reopened: boolean;
  escalations: number;
  answer?: ComplaintAnswer;
  rating?: ComplaintRating;
  createdAt: string;
  updatedAt: string;
  /** The deadline the queue sorts by: 签收 while submitted, else the answer. */
  dueAt: string;
  /** When the sweep must next look at it (reminder, 督办, auto-close); null when never. */
  sweepAt: string | null;
  /** Overdue levels already acted on, so the sweep never repeats itself. */
  swept: string[];
  timeline: TimelineEvent[];
  /** Side effects of filing it: pending until done (absent on complaints filed before). */
  effects?: ComplaintEffects;
  /** Filed by a partner system through Open311 (its owner is then `partner:<id>`, no openid). */
  source?: ComplaintSource;
  /** Something happened the owner has not looked at yet (签收, 答复, 督办…); absent when seen. */
  ownerUnread?: true;
  /** Filed on a villager's behalf (代办). */
  proxy?: ProxyFiling;
  /** Handed to 12345 (core/hotline): its 工单号 once it took it, and the callbacks applied (idempotency keys). */
  hotline?: { ticket?: string; callbacks: string[] };
}

/** Where a complaint filed by another system came from. */
export interface ComplaintSource {
  kind: 'open311';
  partnerId: string;
  partnerName: string;
  /** The partner's own id of the request. */
  partnerRequestId: string;
  /** The name the partner gave for the person (first_name last_name), kept only to mask it from public answers. */
  contactName?: string;
}

/** Complaints a partner system files are owned by `partner:<partnerId>`: no person, no notification. */
export const PARTNER_OWNER_PREFIX = 'partner:';
export const isPartnerOwner = (owner: string) => owner.startsWith(PARTNER_OWNER_PREFIX);

export interface Notification {
  id: string; // deterministic: retries and a second sweep write the same one
  to: string; // openid
  /** The complaint's id, or the application's when subject is 'application'. */
  complaintId: string;
  /** What complaintId names: a complaint when absent. */
  subject?: 'application';
  template: 'accepted' | 'answered' | 'escalated' | 'new_complaint' | 'overdue' | 'application_progress';
  /** Whose page a tap opens: the complainant's tracking page or the unit's handling page. */
  audience: 'owner' | 'staff';
  title: string;
  body: Record<string, string>;
  createdAt: string;
  status: 'pending' | 'sent' | 'no_consent' | 'failed';
  error?: string;
}
