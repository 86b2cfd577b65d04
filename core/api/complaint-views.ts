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
