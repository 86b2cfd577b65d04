// The working-day calendars shipped with the code (npm chinese-days: 2004–2026).
import type { Store } from '../store';
import { chineseDaysYears } from './chinese-days';

/**
 * Writes the shipped years the store lacks; a year already there (entered by the deployment,
 * or written before) is left alone. Answers how many were written.
 */
export async function addShippedCalendarYears(store: Store, now: Date): Promise<number> {
  const have = new Set((await store.listCalendarYears()).map((y) => y.year));
  let n = 0;
  for (const y of chineseDaysYears(now.toISOString())) {
    if (have.has(y.year)) continue;
    await store.putCalendarYear(y);
    n++;
  }
  return n;
}
