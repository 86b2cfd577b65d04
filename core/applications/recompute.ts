// A changed holiday arrangement moves the answer deadline of every application whose clock
// runs (待登记, 办理中), as it moves complaints' (core/calendar/admin-service.ts): counted again
// from the day the clock last started (receipt, or the 补正 that restarted it, Art. 30), plus any
// extension granted (Art. 33). One waiting for 补正 has no running deadline (its clock starts
// afresh when supplied); an answered one keeps the deadline it was answered against.
import { recountByDue } from '../calendar/recount-by-due';
import type { Clock, Store } from '../store';
import type { WorkCalendar } from '../complaints/workdays';
import { loadCalendar } from '../calendar/loader';
import { startOfShanghaiDay, shanghaiDate } from '../time/shanghai';
import { answerDeadline, clockRuns, dueAtOf } from './lifecycle';
import type { Application, ApplicationEvent } from './model';
import { isNewsForApplicant } from './notices';

/** The application with its deadline counted again by `cal`, or null when nothing moves. */
export function recomputedApplication(a: Application, cal: WorkCalendar, now: Date, why: string): Application | null {
  if (!clockRuns(a.status)) return null;
  const start = [...a.timeline].reverse().find((e) => e.action === 'submit' || e.action === 'supply');
  if (!start) return null;
  const deadline = answerDeadline(cal, new Date(start.at), a.extension?.days ?? 0);
  if (deadline.due === a.deadline.due && Boolean(deadline.provisional) === Boolean(a.deadline.provisional)) return null;
  const at = now.toISOString();
  const event: ApplicationEvent = {
    at,
    action: 'deadline_recomputed',
    actor: 'system',
    role: 'system',
    fromStatus: a.status,
    toStatus: a.status,
    note: `${why}，答复期限重新计算为${shanghaiDate(new Date(deadline.due))}${deadline.provisional ? '（预计）' : ''}`,
  };
  const next: Application = {
    ...a,
    ...(isNewsForApplicant(event) ? { ownerUnread: true as const } : {}),
    deadline,
    version: a.version + 1,
    updatedAt: at,
    timeline: [...a.timeline, event],
  };
  return { ...next, dueAt: dueAtOf(next) };
}

/** Counts again every running application whose deadline may fall in `year` or later; returns how many moved. */
export async function recomputeApplications(deps: { store: Store; clock: Clock }, year: number, why: string): Promise<number> {
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  // A deadline before the year began was counted entirely over earlier years: the change cannot move it.
  const from = startOfShanghaiDay(`${year}-01-01`);
  const io = {
    listByDue: deps.store.listApplicationsByDue.bind(deps.store),
    get: deps.store.getApplication.bind(deps.store),
    update: deps.store.updateApplication.bind(deps.store),
  };
  return recountByDue(io, from, (a) => recomputedApplication(a, cal, now, why));
}
