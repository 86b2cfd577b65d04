import type Database from 'better-sqlite3';
import type { County } from '../../core/regions/county';
import type { CountyStore } from '../../core/store';
import { parse, type Row } from './shared';

export function sqliteCounties(db: Database.Database): CountyStore {
  const stmt = {
    putCounty: db.prepare('INSERT INTO counties(code, doc) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET doc = excluded.doc'),
    getCounty: db.prepare('SELECT doc FROM counties WHERE code = ?'),
  };
  return {
    async putCounty(county) {
      stmt.putCounty.run(county.code, JSON.stringify(county));
    },
    async getCounty(code) {
      return parse<County>(stmt.getCounty.get(code) as Row | undefined);
    },
  };
}
