// The one state machine of an application for information, and its clock.
//
//   (submit) -> submitted --register--> registered --answer--> closed
//   registered --ask_supplement (once, within 7 working days of receipt)--> supplementing
//   supplementing --supply--> registered        (the 20 days count afresh from the 补正: Art. 30)
//   registered --extend (once, <= 20 working days)--> registered
//   closed --rate (once)--> closed
import { AppError } from '../api/errors';
import { addWorkingDays, deadlineFrom, extendDeadline, type WorkCalendar } from '../complaints/workdays';
import type { Deadline } from '../complaints/model';
import { NEVER } from '../complaints/schedule';
import { shanghaiDate } from '../time/shanghai';
import {
  ANSWER_WORKING_DAYS,
  APPLICATION_ACTION_NAMES,
  APPLICATION_STATUS_NAMES,
  SUPPLEMENT_WITHIN_WORKING_DAYS,
  type Application,
  type ApplicationStep,
  type ApplicationStatus,
} from './model';

interface Rule {
  from: ApplicationStatus[];
  to: ApplicationStatus | 'same';
  by: 'owner' | 'unit';
}

export const APPLICATION_TRANSITIONS: Record<ApplicationStep, Rule> = {
  register: { from: ['submitted'], to: 'registered', by: 'unit' },
  ask_supplement: { from: ['registered'], to: 'supplementing', by: 'unit' },
  supply: { from: ['supplementing'], to: 'registered', by: 'owner' },
  extend: { from: ['registered'], to: 'same', by: 'unit' },
  answer: { from: ['registered'], to: 'closed', by: 'unit' },
  rate: { from: ['closed'], to: 'same', by: 'owner' },
};

/** The status after `action`, or CONFLICT with what stands in the way (status, or a once-only rule used up). */
export function nextStatus(a: Application, action: ApplicationStep, now: Date, cal: WorkCalendar): ApplicationStatus {
  const rule = APPLICATION_TRANSITIONS[action];
  const name = APPLICATION_ACTION_NAMES[action];
  if (!rule.from.includes(a.status)) {
    throw new AppError('CONFLICT', `这件申请当前状态为“${APPLICATION_STATUS_NAMES[a.status]}”，不能${name}`);
  }
  if (action === 'ask_supplement') {
    if (a.supplement) throw new AppError('CONFLICT', '补正只能要求一次（条例第三十条：一次性告知）');
    const last = addWorkingDays(cal, a.receivedOn, SUPPLEMENT_WITHIN_WORKING_DAYS);
    if (shanghaiDate(now) > last) {
      throw new AppError('CONFLICT', `收到申请已超过${SUPPLEMENT_WITHIN_WORKING_DAYS}个工作日，不能再要求补正（条例第三十条）`);
    }
  }
  if (action === 'extend' && a.extension) throw new AppError('CONFLICT', '每件申请只能延期一次（条例第三十三条）');
  if (action === 'rate' && a.rating) throw new AppError('CONFLICT', '这件申请已经评价过了');
  return rule.to === 'same' ? a.status : rule.to;
}

/** 20 working days from the day the clock starts (the day itself not counted). */
export function answerDeadline(cal: WorkCalendar, startedAt: Date, extensionDays = 0): Deadline {
  const base = deadlineFrom(cal, startedAt, ANSWER_WORKING_DAYS, 'working');
  return extensionDays > 0 ? extendDeadline(cal, base, extensionDays) : base;
}

/** Whether the answer clock runs now (not before receipt, not while waiting for 补正, not after 办结). */
export function clockRuns(status: ApplicationStatus): boolean {
  return status === 'submitted' || status === 'registered';
}

/** The queue's sort key. */
export function dueAtOf(a: Pick<Application, 'status' | 'deadline'>): string {
  return clockRuns(a.status) ? a.deadline.due : NEVER;
}
