import type Database from 'better-sqlite3';
import type { CalendarYear } from '../../core/calendar/calendar';
import { MAX_READ, type CalendarStore } from '../../core/store';
import { parse, parseAll, type Row } from './shared';

export function sqliteCalendar(db: Database.Database): CalendarStore {
  const stmt = {
    getYear: db.prepare('SELECT doc FROM calendar_years WHERE year = ?'),
    listYears: db.prepare('SELECT doc FROM calendar_years ORDER BY year LIMIT ?'),
    putYear: db.prepare('INSERT INTO calendar_years(year, doc) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET doc = excluded.doc'),
  };
  return {
    async getCalendarYear(year) {
      return parse<CalendarYear>(stmt.getYear.get(year) as Row | undefined);
    },
    async listCalendarYears() {
      return parseAll<CalendarYear>(stmt.listYears.all(MAX_READ) as Row[]);
    },
    async putCalendarYear(y) {
      stmt.putYear.run(y.year, JSON.stringify(y));
    },
  };
}
