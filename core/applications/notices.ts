// What the applicant hears of their application: a subscribe message (the same notifier and
// template configuration as complaints) and an unread mark on the application itself, for each
// step the handling body takes that changes what they wait for (登记, 补正, 延期, 答复) or that
// the system took for them (a deadline recounted after a calendar change: marked, not messaged).
import type { Notifier } from '../complaints/ports';
import type { Notification } from '../complaints/model';
import { shanghaiDate } from '../time/shanghai';
import type { Application, ApplicationAction, ApplicationEvent } from './model';

interface Notice {
  template: Notification['template'];
  title: string;
}

/** The steps the applicant is told of, and how. */
export const APPLICANT_NOTICES: Partial<Record<ApplicationAction, Notice>> = {
  register: { template: 'accepted', title: '您的信息公开申请已登记' },
  ask_supplement: { template: 'application_progress', title: '您的信息公开申请需要补正' },
  extend: { template: 'application_progress', title: '您的信息公开申请延期答复' },
  answer: { template: 'answered', title: '您的信息公开申请已答复' },
};

/** News for the applicant, shown as 您的申请有新进展 until they open it: anything not their own doing. */
export function isNewsForApplicant(e: Pick<ApplicationEvent, 'role'>): boolean {
  return e.role !== 'resident';
}

/** Tells the applicant of the application's last step; the id is deterministic, so a retry never doubles it. */
export async function noticeApplicant(notifier: Notifier, a: Application): Promise<void> {
  const last = a.timeline[a.timeline.length - 1];
  const notice = last && APPLICANT_NOTICES[last.action];
  if (!notice) return;
  await notifier.send({
    id: `${a.id}:${notice.template}:${a.ownerOpenid}:${a.version}`,
    to: a.ownerOpenid,
    complaintId: a.id,
    subject: 'application',
    template: notice.template,
    audience: 'owner',
    title: notice.title,
    body: {
      ticket: a.id,
      unit: a.unitName,
      status: last.note ?? notice.title,
      ...(a.status === 'registered' ? { due: a.deadline.due } : {}),
      date: shanghaiDate(new Date(last.at)),
    },
    createdAt: last.at,
    status: 'pending',
  });
}
