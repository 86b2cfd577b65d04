// The years npm `chinese-days` 1.5.7 knows (2004–2026), as calendar records: the seed
// writes them into the store once; after that the store is the one source. Only the seed
// and tests import this module (it carries the package's data), never a service.
//
// chinese-days reads a 'YYYY-MM-DD' string as UTC midnight but reads the day back with the
// process's LOCAL getters, so we hand it a Date at LOCAL midnight of the wanted day, which
// reads back unchanged whatever TZ the process runs in.
import { isWorkday } from 'chinese-days';
import { addDays } from '../time/shanghai';
import { isWeekend, type CalendarYear } from './calendar';

export const CHINESE_DAYS_FIRST_YEAR = 2004;
/** The last year with the State Council's arrangement in chinese-days 1.5.7. */
export const CHINESE_DAYS_LAST_YEAR = 2026;

export function chineseDaysYear(year: number, enteredAt: string): CalendarYear {
  const offDays: string[] = [];
  const workDays: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    const [y, m, day] = d.split('-').map(Number);
    const works = isWorkday(new Date(y, m - 1, day));
    const weekend = isWeekend(d);
    if (!works && !weekend) offDays.push(d);
    if (works && weekend) workDays.push(d);
  }
  return { year, offDays, workDays, notice: null, enteredBy: 'seed', enteredAt, source: 'chinese-days' };
}

export function chineseDaysYears(enteredAt = '2025-11-04T00:00:00.000Z'): CalendarYear[] {
  const out: CalendarYear[] = [];
  for (let y = CHINESE_DAYS_FIRST_YEAR; y <= CHINESE_DAYS_LAST_YEAR; y++) out.push(chineseDaysYear(y, enteredAt));
  return out;
}
