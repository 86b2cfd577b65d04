// What the `resident` (my applications) and `unit` (applications to handle) functions answer
// about 依申请公开. The actions and their requests: core/api/contracts/applications.ts.
import type { Phone } from '../model';
import type { DeadlineView } from './complaint-views';
import type { ApplicationAction, ApplicationStatus, DeliveryMethod, Outcome, WithholdReason } from '../applications/model';

export interface ApplicationTimelineView {
  at: string;
  action: ApplicationAction;
  actionName: string;
  by: string; // 您 / 申请人 / 区住建局 / 系统
  note?: string;
  toStatus?: ApplicationStatus;
}

export interface ApplicationSummary {
  id: string;
  status: ApplicationStatus;
  statusName: string;
  unitName: string;
  descriptionPreview: string;
  createdAt: string;
  receivedOn: string;
  /** The answer deadline; its level is on_time whenever the clock does not run. */
  deadline: DeadlineView;
  /** The clock is paused, waiting for the applicant's 补正. */
  paused: boolean;
  extended: boolean;
  outcome?: Outcome;
  /** In the applicant's own list: news since they last opened it (您的申请有新进展). */
  unread?: true;
}

export interface ApplicationDetail extends ApplicationSummary {
  description: string;
  purpose?: string;
  delivery: DeliveryMethod;
  /** Only to the applicant and the handling unit. */
  postalAddress?: string;
  applicant: {
    name: string;
    /** Masked (first 6 and last 4) to everyone but the handling unit's staff. */
    idNumber: string;
    phone: string;
  };
  unitId: string;
  unitHotline: Phone | null;
  clockFrom: string;
  supplement?: { missing: string; askedAt: string; text?: string; suppliedAt?: string };
  extension?: { days: number; reason: string; at: string };
  answer?: {
    outcome: Outcome;
    outcomeHelp: string;
    reason?: WithholdReason;
    basis?: string;
    referTo?: string;
    text: string;
    attachments: string[];
    at: string;
    unitName: string;
    onTime: boolean;
  };
  rating?: { score: number; comment?: string; at: string };
  timeline: ApplicationTimelineView[];
  can: Array<'supply' | 'rate' | 'register' | 'askSupplement' | 'extend' | 'answer'>;
}

export interface ApplicationSubmitAnswer {
  id: string;
  status: ApplicationStatus;
  unitName: string;
  unitHotline: Phone | null;
  receivedOn: string;
  answerDue: string;
  provisional?: boolean;
}

/** A body an application may be sent to: a county unit or a town government. */
export interface ApplicationBody {
  id: string;
  name: string;
  kind: 'unit' | 'town';
}
