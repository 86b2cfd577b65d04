// One way to change an application: the state machine decides, the timeline gets its event,
// the queue's sort key is recomputed, and the write succeeds only if nobody changed it meanwhile.
import { AppError } from '../api/errors';
import type { Role } from '../accounts/account';
import type { Store } from '../store';
import type { Notifier } from '../complaints/ports';
import type { WorkCalendar } from '../complaints/workdays';
import { dueAtOf, nextStatus } from './lifecycle';
import type { Application, ApplicationEvent, ApplicationStep } from './model';
import { recordApplicationStats } from './stats';
import { isNewsForApplicant, noticeApplicant } from './notices';

export interface ApplicationActor {
  openid: string;
  role: Role;
  unitId?: string;
  unitName?: string;
}

export function changeApplication(
  a: Application,
  action: ApplicationStep,
  actor: ApplicationActor,
  now: Date,
  cal: WorkCalendar,
  patch: Partial<Application> = {},
  note?: string,
): Application {
  const to = nextStatus(a, action, now, cal);
  const at = now.toISOString();
  const event: ApplicationEvent = {
    at,
    action,
    actor: actor.openid,
    role: actor.role,
    fromStatus: a.status,
    toStatus: to,
    ...(note ? { note } : {}),
    ...(actor.unitId ? { unitId: actor.unitId } : {}),
    ...(actor.unitName ? { unitName: actor.unitName } : {}),
  };
  // The unread mark rides on the same versioned write as its event, so it is never lost to a race.
  const unread = isNewsForApplicant(event) ? { ownerUnread: true as const } : {};
  const next: Application = {
    ...a,
    ...patch,
    ...unread,
    status: to,
    version: a.version + 1,
    updatedAt: at,
    timeline: [...a.timeline, event],
  };
  return { ...next, dueAt: dueAtOf(next) };
}

/** Writes a changed application, then counts it and tells the applicant; CONFLICT when someone else changed it since it was read. */
export async function saveApplication(
  deps: { store: Store; notifier: Notifier },
  next: Application,
  read: Application,
): Promise<Application> {
  if (!(await deps.store.updateApplication(next, read.version))) {
    throw new AppError('CONFLICT', '这件申请刚刚被他人处理过，请刷新后再试');
  }
  await recordApplicationStats(deps.store, read, next);
  await noticeApplicant(deps.notifier, next);
  return next;
}
