// 依申请公开 in the county's statistics: counted on the write that succeeded (the insert that
// created the application, the versioned update of a transition), in the county's and the
// handling unit's counters of the event's month and year, as complaints are (core/stats/record.ts).
// Counting never fails the action it follows.
import type { Store } from '../store';
import { periodsOf, statsKey, type StatsCounts, type StatsKey, type StatsMetric } from '../stats/model';
import { shanghaiDate } from '../time/shanghai';
import type { Application, Outcome } from './model';

export const OUTCOME_METRIC: Record<Outcome, StatsMetric> = {
  予以公开: 'applicationsDisclosed',
  部分公开: 'applicationsPartlyDisclosed',
  不予公开: 'applicationsWithheld',
  无此信息: 'applicationsNoSuchInfo',
  非本机关掌握: 'applicationsNotHeld',
  重复申请: 'applicationsRepeated',
};

/** What the change from `before` (null: just filed) to `after` counts. */
export function applicationCounts(before: Application | null, after: Application): StatsCounts | null {
  if (!before) return { applicationsReceived: 1 };
  return eventCounts(after.timeline[after.timeline.length - 1]?.action, after);
}

/** What one step of the application's timeline counts, judged on the application after it. */
function eventCounts(action: string | undefined, after: Application): StatsCounts | null {
  switch (action) {
    case 'answer':
      if (!after.answer) return null;
      return {
        applicationsAnswered: 1,
        applicationsAnsweredOnTime: after.answer.at <= after.deadline.due ? 1 : 0,
        [OUTCOME_METRIC[after.answer.outcome]]: 1,
      };
    case 'extend':
      return { applicationsExtended: 1 };
    case 'rate':
      return after.rating ? { applicationsRated: 1, applicationsSatisfied: after.rating.score >= 4 ? 1 : 0 } : null;
    default:
      return null;
  }
}

/**
 * What the live counting counted over an application's whole life, step by step, in the
 * months the steps happened (for stats.rebuild: the same functions, so the two agree).
 */
export function countApplication(a: Application, add: (keys: StatsKey[], counts: StatsCounts) => void): void {
  add(keysOf(a, new Date(a.createdAt)), { applicationsReceived: 1 });
  for (const e of a.timeline) {
    const counts = eventCounts(e.action, a);
    if (counts) add(keysOf(a, new Date(e.at)), counts);
  }
}

function keysOf(a: Application, at: Date): StatsKey[] {
  return periodsOf(shanghaiDate(at)).flatMap((p) => [
    statsKey(a.countyCode, p, 'county', a.countyCode, ''),
    statsKey(a.countyCode, p, 'unit', a.unitId, a.unitName),
  ]);
}

export async function recordApplicationStats(store: Store, before: Application | null, after: Application): Promise<void> {
  try {
    const counts = applicationCounts(before, after);
    if (!counts) return;
    const at = before ? new Date(after.updatedAt) : new Date(after.createdAt);
    await store.incrementStats(keysOf(after, at), counts);
  } catch (e) {
    console.error('stats: application not counted', after.id, e);
  }
}
