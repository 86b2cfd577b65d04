// What a complaint's clock says right now: which deadline counts, when the sweep must look
// at it next. Derived from the record every time it is written, never set by hand.
import type { Complaint, Deadline } from './model';
import { endOfShanghaiDay, veryOverdueAfter, type WorkCalendar } from './workdays';
import { addDays, shanghaiDate } from '../time/shanghai';

export const NEVER = '9999-12-31T00:00:00.000Z';

export type Checkpoint = { key: string; at: string; kind: 'overdue' | 'very_overdue' | 'auto_close' };

/** The deadline the unit is working against, or null when none runs. */
export function activeDeadline(c: Pick<Complaint, 'status' | 'acceptDeadline' | 'answerDeadline'>): Deadline | null {
  switch (c.status) {
    case 'submitted':
      return c.acceptDeadline;
    case 'accepted':
    case 'in_progress':
      return c.answerDeadline;
    default:
      return null;
  }
}

export function autoCloseAt(answeredAt: string, ratingWindowDays: number): string {
  return endOfShanghaiDay(addDays(shanghaiDate(new Date(answeredAt)), ratingWindowDays));
}

/** Moments the sweep acts on for the complaint as it stands, each with a key it records once done. */
export function checkpoints(c: Complaint, ratingWindowDays: number, cal: WorkCalendar): Checkpoint[] {
  const d = activeDeadline(c);
  if (d) {
    return [
      { key: `overdue@${d.due}`, at: d.due, kind: 'overdue' },
      { key: `very_overdue@${d.due}`, at: veryOverdueAfter(cal, d), kind: 'very_overdue' },
    ];
  }
  if (c.status === 'answered' && c.answer) {
    const at = autoCloseAt(c.answer.at, ratingWindowDays);
    return [{ key: `auto_close@${at}`, at, kind: 'auto_close' }];
  }
  return [];
}

/** Recomputes the indexed fields: the queue's sort key and the sweep's next look. */
export function scheduled(c: Complaint, ratingWindowDays: number, cal: WorkCalendar): Complaint {
  const d = activeDeadline(c);
  const pending = checkpoints(c, ratingWindowDays, cal).filter((p) => !c.swept.includes(p.key));
  const dueAt =
    d?.due ??
    (c.status === 'held' || c.status === 'returned'
      ? c.acceptDeadline.due
      : c.status === 'answered' && c.answer
        ? autoCloseAt(c.answer.at, ratingWindowDays)
        : NEVER);
  const sweepAt = pending.length ? pending.reduce((a, b) => (a.at <= b.at ? a : b)).at : null;
  return { ...c, dueAt, sweepAt };
}
