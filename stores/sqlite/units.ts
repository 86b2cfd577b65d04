import type Database from 'better-sqlite3';
import type { Unit } from '../../core/model';
import { MAX_READ, type UnitStore } from '../../core/store';
import { parse, parseAll, type Row } from './shared';

export function sqliteUnits(db: Database.Database): UnitStore {
  const stmt = {
    putUnit: db.prepare(
      `INSERT INTO units(id, county_code, doc) VALUES (?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET county_code = excluded.county_code, doc = excluded.doc`,
    ),
    getUnit: db.prepare('SELECT doc FROM units WHERE id = ?'),
    listUnits: db.prepare('SELECT doc FROM units WHERE county_code = ? AND id > ? ORDER BY id LIMIT ?'),
  };
  return {
    async putUnits(units) {
      db.transaction(() => units.forEach((u) => stmt.putUnit.run(u.id, u.countyCode, JSON.stringify(u))))();
    },
    async getUnit(id) {
      return parse<Unit>(stmt.getUnit.get(id) as Row | undefined);
    },
    async listUnits(countyCode) {
      // Pages of MAX_READ, as the cloud adapter must read them.
      const out: Unit[] = [];
      let after = '';
      for (;;) {
        const page = parseAll<Unit>(stmt.listUnits.all(countyCode, after, MAX_READ) as Row[]);
        out.push(...page);
        if (page.length < MAX_READ) return out;
        after = page[page.length - 1].id;
      }
    },
  };
}
