import type Database from 'better-sqlite3';
import type { County } from '../../core/regions/county';
import type { CountyStore } from '../../core/store';
import { parse, type Row } from './shared';

export function sqliteCounties(db: Database.Database): CountyStore {
  const stmt = {
    putCounty: db.prepare('INSERT INTO counties(code, doc) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET doc = excluded.doc'),
    getCounty: db.prepare('SELECT doc FROM counties WHERE code = ?'),
    // One statement compares and sets: documents from before `version` count as 0.
    updateCounty: db.prepare("UPDATE counties SET doc = ? WHERE code = ? AND COALESCE(json_extract(doc, '$.version'), 0) = ?"),
  };
  return {
    async putCounty(county) {
      stmt.putCounty.run(county.code, JSON.stringify(county));
    },
    async getCounty(code) {
      return parse<County>(stmt.getCounty.get(code) as Row | undefined);
    },
    async updateCounty(county, expectedVersion) {
      return stmt.updateCounty.run(JSON.stringify(county), county.code, expectedVersion).changes === 1;
    },
  };
}
