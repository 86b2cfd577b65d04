// One way to change a complaint: the state machine decides, the timeline gets its event,
// the schedule is recomputed, and the write succeeds only if nobody changed it meanwhile.
import { AppError } from '../api/errors';
import type { Role } from '../accounts/account';
import type { Store } from '../store';
import { isPartnerOwner, type Complaint, type ComplaintAction, type Notification, type TimelineEvent } from './model';
import { transition } from './lifecycle';
import { recordComplaintStats } from '../stats/record';
import { scheduled } from './schedule';
import { limitsFor, type TimeLimits } from './limits';
import type { Notifier } from './ports';
import type { WorkCalendar } from './workdays';
import { isNewsForOwner } from './unread';

export interface Actor {
  openid: string; // 'system' for the sweep
  role: Role | 'system';
  unitId?: string;
  unitName?: string;
}

export async function countyLimits(store: Store, countyCode: string): Promise<TimeLimits> {
  const county = await store.getCounty(countyCode);
  return limitsFor(county?.limits);
}

export function change(
  c: Complaint,
  action: ComplaintAction,
  actor: Actor,
  now: Date,
  ratingWindowDays: number,
  cal: WorkCalendar,
  patch: Partial<Complaint> = {},
  note?: string,
): Complaint {
  const t = transition(c.status, action, actor.role, { reopenedBefore: c.reopened, extendedBefore: c.extended });
  if (!t.ok) throw new AppError(t.code, t.message);
  const at = now.toISOString();
  const event: TimelineEvent = {
    at,
    action,
    actor: actor.openid,
    role: actor.role,
    fromStatus: c.status,
    toStatus: t.to,
    ...(note ? { note } : {}),
    ...(actor.unitId ? { unitId: actor.unitId } : {}),
    ...(actor.unitName ? { unitName: actor.unitName } : {}),
  };
  const after = { ...c, ...patch };
  if (action === 'accept') event.due = after.acceptDeadline.due;
  if (action === 'answer') event.due = after.answerDeadline.due;
  if (action === 'transfer') Object.assign(event, { fromUnitId: c.unitId, fromUnitName: c.unitName });
  // The unread mark rides on the same versioned write as its event, so it is never lost to a race.
  const unread = isNewsForOwner(event) ? { ownerUnread: true as const } : {};
  return scheduled(
    { ...after, ...unread, status: t.to, version: c.version + 1, updatedAt: at, timeline: [...c.timeline, event] },
    ratingWindowDays,
    cal,
  );
}

/** Writes a changed complaint; CONFLICT when someone else changed it since it was read. */
export async function save(store: Store, next: Complaint, read: Complaint): Promise<Complaint> {
  if (!(await store.updateComplaint(next, read.version))) {
    throw new AppError('CONFLICT', '这件诉求刚刚被他人处理过，请刷新后再试');
  }
  // Counted on the write that succeeded: a retry that finds its work done counts nothing.
  await recordComplaintStats(store, read, next);
  return next;
}

/** Openids of a unit's staff, to tell them of new and overdue complaints. */
export async function staffOf(store: Store, unitId: string): Promise<string[]> {
  return (await store.listUnitStaff(unitId)).map((a) => a.openid);
}

/** Sends one notification per recipient; ids are deterministic so a retry never doubles them. */
export async function notify(
  notifier: Notifier,
  to: string[],
  c: Complaint,
  template: Notification['template'],
  title: string,
  body: Record<string, string>,
  at: Date,
): Promise<void> {
  for (const recipient of new Set(to)) {
    // A partner system (Open311) is no WeChat user: it polls GET requests instead.
    if (isPartnerOwner(recipient)) continue;
    const audience = recipient === c.ownerOpenid ? 'owner' : 'staff';
    await notifier.send({
      id: `${c.id}:${template}:${recipient}:${c.version}`,
      to: recipient,
      complaintId: c.id,
      template,
      audience,
      title,
      body,
      createdAt: at.toISOString(),
      status: 'pending',
    });
  }
}
