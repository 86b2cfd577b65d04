// Contracts of the `resident` (my complaints) and `unit` (hotline queue) functions.
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

export interface SubmitRequest {
  requestId: string;
  kind: ComplaintKind;
  category: ComplaintCategory;
  text: string;
  regionCode: string;
  domain?: string;
  itemId?: string;
  disclosureId?: string;
  photos?: string[];
  contactPhone?: string;
  anonymous?: boolean;
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

export interface ResidentActions {
  'complaints.submit': { req: SubmitRequest; res: SubmitAnswer };
  'complaints.mine': { req: { cursor?: string }; res: { items: ComplaintSummary[]; next: string | null } };
  'complaints.get': { req: { id: string }; res: ComplaintDetail };
  'complaints.rate': { req: { id: string; score: number; comment?: string }; res: ComplaintDetail };
  'complaints.reopen': { req: { id: string; reason: string }; res: ComplaintDetail };
  /** Where this caller's uploads go in cloud storage (weapp: wx.cloud.uploadFile cloudPath prefix). */
  'files.prefix': { req: Record<string, never>; res: { prefix: string } };
}

export interface QueueUnit {
  id: string;
  name: string;
  hotline: Phone;
}

export interface UnitActions {
  'queue.list': {
    req: { status?: ComplaintStatus; domain?: string; unitId?: string; cursor?: string };
    res: { scope: 'unit' | 'county'; countyCode: string; unit: QueueUnit | null; items: ComplaintSummary[]; next: string | null };
  };
  'complaints.get': { req: { id: string }; res: ComplaintDetail };
  'complaints.accept': { req: { id: string }; res: ComplaintDetail };
  'complaints.return': { req: { id: string; reason: string }; res: ComplaintDetail };
  'complaints.start': { req: { id: string }; res: ComplaintDetail };
  'complaints.extend': { req: { id: string; days: number; reason: string }; res: ComplaintDetail };
  'complaints.answer': { req: { id: string; text: string; attachments?: string[] }; res: ComplaintDetail };
  'complaints.transfer': { req: { id: string; unitId: string; note?: string }; res: ComplaintDetail };
  'complaints.escalate': { req: { id: string; note?: string }; res: ComplaintDetail };
  'complaints.release': { req: { id: string }; res: ComplaintDetail };
  'units.list': { req: Record<string, never>; res: { units: QueueUnit[] } };
}

export type ResidentAction = keyof ResidentActions;
export type UnitAction = keyof UnitActions;
