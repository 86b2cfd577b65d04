// The sweep (the cloud timer, every 10 minutes): reminds units of overdue complaints, 督办 the very overdue, closes answered
// complaints nobody rated within the window. Every act is recorded in `swept`, so running it
// twice changes nothing the second time.
import type { Complaint } from './model';
import { checkpoints, scheduled } from './schedule';
import { change, countyLimits, notify, staffOf, type Actor } from './apply';
import type { ComplaintDeps } from './deps';
import { completeEffects } from './effects';
import type { TimeLimits } from './limits';
import { loadCalendar } from '../calendar/loader';
import type { WorkCalendar } from './workdays';

const SYSTEM: Actor = { openid: 'system', role: 'system' };

export interface SweepReport {
  reminded: number;
  escalated: number;
  closed: number;
  conflicts: number;
}

async function sweepOne(deps: ComplaintDeps, read: Complaint, now: Date, limits: TimeLimits, cal: WorkCalendar, report: SweepReport) {
  // Whatever its filing left undone (the function died half-way and nobody retried).
  const c = await completeEffects(deps, read);
  let next = c;
  const staff = await staffOf(deps.store, c.unitId);
  const sent: Array<() => Promise<void>> = [];
  for (const p of checkpoints(c, limits.ratingWindowDays, cal)) {
    if (p.at > now.toISOString() || next.swept.includes(p.key)) continue;
    const swept = [...next.swept, p.key];
    if (p.kind === 'overdue') {
      const what = c.status === 'submitted' ? '签收' : '答复';
      next = change(next, 'remind', SYSTEM, now, limits.ratingWindowDays, cal, { swept }, `已超过${what}时限，已提醒承办单位`);
      const n = next;
      sent.push(() => notify(deps.notifier, staff, n, 'overdue', '诉求已超期', { ticket: n.id, due: p.at }, now));
      report.reminded++;
    } else if (p.kind === 'very_overdue') {
      next = change(
        next,
        'escalate',
        SYSTEM,
        now,
        limits.ratingWindowDays,
        cal,
        { swept, escalations: next.escalations + 1 },
        '严重超期，系统自动督办',
      );
      const n = next;
      sent.push(() =>
        notify(deps.notifier, [n.ownerOpenid, ...staff], n, 'escalated', '诉求已被督办', { ticket: n.id, unit: n.unitName }, now),
      );
      report.escalated++;
    } else {
      next = change(
        next,
        'auto_close',
        SYSTEM,
        now,
        limits.ratingWindowDays,
        cal,
        { swept },
        `答复后${limits.ratingWindowDays}天未评价，自动办结`,
      );
      report.closed++;
    }
  }
  if (next === c) {
    // Nothing was due after all (e.g. the record changed): just move its sweep time on.
    next = { ...scheduled(c, limits.ratingWindowDays, cal), version: c.version + 1 };
  }
  if (!(await deps.store.updateComplaint(next, c.version))) {
    report.conflicts++;
    return;
  }
  for (const s of sent) await s();
}

export async function sweep(deps: ComplaintDeps): Promise<SweepReport> {
  const now = deps.clock.now();
  const report: SweepReport = { reminded: 0, escalated: 0, closed: 0, conflicts: 0 };
  const limitsByCounty = new Map<string, TimeLimits>();
  const seen = new Set<string>();
  const cal = await loadCalendar(deps.store, now.getTime());
  for (;;) {
    const due = (await deps.store.listSweepDue(now.toISOString(), 100)).filter((c) => !seen.has(c.id));
    if (due.length === 0) return report;
    for (const c of due) {
      seen.add(c.id);
      let limits = limitsByCounty.get(c.countyCode);
      if (!limits) limitsByCounty.set(c.countyCode, (limits = await countyLimits(deps.store, c.countyCode)));
      await sweepOne(deps, c, now, limits, cal, report);
    }
  }
}
