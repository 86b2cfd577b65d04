// What the `resident` (my complaints) and `unit` (hotline queue) functions answer. The actions
// and their requests: core/api/contracts/{resident,unit}.ts.
import type { Phone } from '../model';
import type { ComplaintCategory, ComplaintKind, ComplaintStatus, Deadline, TimelineEvent } from '../complaints/model';

export type OverdueLevel = 'on_time' | 'overdue' | 'very_overdue';

export interface DeadlineView extends Deadline {
  level: OverdueLevel;
}

/** A timeline entry as people see it: who by role or unit, never an openid. */
export interface TimelineView {
  at: string;
  action: TimelineEvent['action'];
  actionName: string;
  by: string; // 您 / 投诉人 / 区住建局 / 政务公开办 / 系统
  note?: string;
  toStatus?: ComplaintStatus;
}

export interface ComplaintSummary {
  id: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  status: ComplaintStatus;
  statusName: string;
  regionName: string;
  itemTitle?: string;
  disclosureTitle?: string;
  textPreview: string;
  unitName: string;
  createdAt: string;
  /** The deadline that matters now: 签收 while waiting for it, else the answer. */
  deadline: DeadlineView;
  escalated: boolean;
  /** 代办: filed by a cadre or a unit's counter for a villager. */
  proxy?: true;
  /** The owner's list only: something happened since they last opened it. */
  unread?: true;
}

export interface ComplaintDetail extends ComplaintSummary {
  text: string;
  photos: string[];
  anonymous: boolean;
  domain?: string;
  itemId?: string;
  disclosureId?: string;
  regionCode: string;
  unitId: string;
  unitHotline: Phone | null;
  acceptDeadline: DeadlineView;
  answerDeadline: DeadlineView;
  extended: boolean;
  reopened: boolean;
  answer?: { text: string; attachments: string[]; at: string; unitName: string };
  rating?: { score: number; comment?: string; at: string };
  timeline: TimelineView[];
  /** Only in the unit's and county's views, and only as the privacy rules allow. */
  contactPhone?: string;
  /** 代办: the villager's name as given and who filed it (role, unit, name); the phone is contactPhone. */
  proxyFiling?: { name: string; by: string };
  /** What the viewer may do now. */
  can: Array<'rate' | 'reopen' | 'accept' | 'return' | 'start' | 'extend' | 'answer' | 'transfer' | 'escalate' | 'release'>;
}

export interface SubmitAnswer {
  ticket: string;
  status: ComplaintStatus;
  unitName: string;
  unitHotline: Phone | null;
  acceptDue: string;
  answerDue: string;
  /** 预计: a deadline runs into a year whose 节假日安排 is not entered yet. */
  provisional?: boolean;
  /** Held for a person's check before the unit sees it. */
  held: boolean;
}

export interface QueueUnit {
  id: string;
  name: string;
  hotline: Phone;
}

/** The home page's 您的监督有新答复: the owner's complaints with news, newest first. */
export interface UnreadAnswer {
  count: number;
  /** More than `count` complaints have news (count is capped). */
  more: boolean;
  items: Array<{ id: string; title: string; statusName: string; at: string }>;
}

/**
 * 查询办理进度 (public, by ticket + the phone's last 4 digits): the complaint's progress as the
 * villager may read it without WeChat. No phone, no openid, the name masked, the complaint's own
 * text left out, answers and notes through the public masker.
 */
export interface LookupView {
  ticket: string;
  title: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  status: ComplaintStatus;
  statusName: string;
  regionName: string;
  unitName: string;
  unitHotline: Phone | null;
  createdAt: string;
  acceptDeadline: DeadlineView;
  answerDeadline: DeadlineView;
  answer?: { text: string; at: string; unitName: string };
  timeline: Array<{ at: string; actionName: string; by: string; note?: string }>;
  /** 代办: the villager's name masked (张*) and who filed it, by role. */
  proxy?: { name: string; by: string };
}
