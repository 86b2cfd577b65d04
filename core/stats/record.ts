// Where the counters are kept: recordComplaintStats is called by the one place a complaint
// transition is written (core/complaints/apply.ts save, after the versioned write succeeded;
// and by the submission, only when the insert created the complaint), recordPublication by
// the review's approval (on time unless core/publicity/timeliness.ts found it late) after the draft's versioned write. So a retried request that finds
// its work done counts nothing. A function dying between the write and the count loses that
// count (never doubles it); counting never fails the action it follows.
import type { Store } from '../store';
import type { Complaint } from '../complaints/model';
import type { Disclosure } from '../model';
import { loadCalendar } from '../calendar/loader';
import { workingDaysBetween, type WorkCalendar } from '../complaints/workdays';
import { shanghaiDate } from '../time/shanghai';
import { periodsOf, statsKey, type StatsCounts, type StatsKey } from './model';

type StatsPort = Pick<Store, 'incrementStats'>;

export function keysFor(
  at: Date,
  countyCode: string,
  scopes: { unit?: [string, string]; town?: [string, string]; village?: [string, string] },
  domain?: string,
): StatsKey[] {
  const keys: StatsKey[] = [];
  for (const p of periodsOf(shanghaiDate(at), domain)) {
    keys.push(statsKey(countyCode, p, 'county', countyCode, ''));
    if (scopes.unit) keys.push(statsKey(countyCode, p, 'unit', ...scopes.unit));
    if (scopes.town) keys.push(statsKey(countyCode, p, 'town', ...scopes.town));
    if (scopes.village) keys.push(statsKey(countyCode, p, 'village', ...scopes.village));
  }
  return keys;
}

export function complaintScopes(c: Complaint) {
  const town = c.townCode ?? (c.regionCode.length >= 9 ? c.regionCode.slice(0, 9) : undefined);
  return {
    unit: [c.unitId, c.unitName] as [string, string],
    ...(town ? { town: [town, ''] as [string, string] } : {}),
    ...(c.regionCode.length === 12 ? { village: [c.regionCode, c.regionName] as [string, string] } : {}),
  };
}

/** What the transition from `before` (null: the complaint was just filed) to `after` counts. */
export function complaintCounts(before: Complaint | null, after: Complaint, cal: WorkCalendar): StatsCounts | null {
  if (!before) return { received: 1 };
  const last = after.timeline[after.timeline.length - 1];
  if (!last) return null;
  const at = last.at;
  switch (last.action) {
    case 'accept':
      return { accepted: 1, acceptedOnTime: at <= after.acceptDeadline.due ? 1 : 0 };
    case 'answer': {
      const days = workingDaysBetween(cal, shanghaiDate(new Date(after.createdAt)), shanghaiDate(new Date(at)));
      return { answered: 1, answeredOnTime: at <= after.answerDeadline.due ? 1 : 0, answerWorkdays: days };
    }
    case 'rate':
      return after.rating ? { rated: 1, satisfied: after.rating.score >= 4 ? 1 : 0 } : null;
    case 'reopen':
      return { reopened: 1 };
    default:
      return null;
  }
}

export async function recordComplaintStats(store: Store, before: Complaint | null, after: Complaint): Promise<void> {
  try {
    const last = after.timeline[after.timeline.length - 1];
    const at = before ? new Date(last?.at ?? after.updatedAt) : new Date(after.createdAt);
    const needsCalendar = last?.action === 'answer';
    const cal = needsCalendar ? await loadCalendar(store, at.getTime()) : ({} as WorkCalendar);
    const counts = complaintCounts(before, after, cal);
    if (!counts) return;
    await store.incrementStats(keysFor(at, after.countyCode, complaintScopes(after), after.domain), counts);
  } catch (e) {
    console.error('stats: complaint not counted', after.id, e);
  }
}

/** The counters a publication counts in: its county, publishing unit, town and village, of its month and year, all domains and its own. */
export function publicationKeys(d: Disclosure, at: Date): StatsKey[] {
  const town = d.regionCode.length >= 9 ? d.regionCode.slice(0, 9) : undefined;
  return keysFor(
    at,
    d.countyCode,
    {
      ...(d.publisherUnitId ? { unit: [d.publisherUnitId, d.unitName] as [string, string] } : {}),
      ...(town ? { town: [town, ''] as [string, string] } : {}),
      ...(d.regionCode.length === 12 ? { village: [d.regionCode, d.regionName] as [string, string] } : {}),
    },
    d.domain,
  );
}

export async function recordPublication(store: StatsPort, d: Disclosure, onTime: boolean, at: Date): Promise<void> {
  try {
    await store.incrementStats(publicationKeys(d, at), { published: 1, publishedOnTime: onTime ? 1 : 0 });
  } catch (e) {
    console.error('stats: publication not counted', d.id, e);
  }
}
