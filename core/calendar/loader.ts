// The one port every deadline computation reads the calendar through: the year records in
// the store, built into a WorkCalendar and kept a minute per warm function instance (as
// county settings are in core/api/public-service.ts). A change made through this instance
// is seen at once; other instances see it within the minute.
import type { Store } from '../store';
import { buildCalendar, type WorkCalendar } from './calendar';

export const CALENDAR_TTL_MS = 60_000;

const cache = new WeakMap<Store, { cal: WorkCalendar; at: number }>();

export async function loadCalendar(store: Store, nowMs: number = Date.now()): Promise<WorkCalendar> {
  const hit = cache.get(store);
  if (hit && nowMs - hit.at < CALENDAR_TTL_MS && nowMs >= hit.at) return hit.cal;
  const cal = buildCalendar(await store.listCalendarYears());
  cache.set(store, { cal, at: nowMs });
  return cal;
}

/** Forget the cached calendar of this store (after a year was entered through it). */
export function forgetCalendar(store: Store): void {
  cache.delete(store);
}
