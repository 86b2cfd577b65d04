import type Database from 'better-sqlite3';
import type { Route } from '../../core/complaints/routing';
import { MAX_READ, type RouteStore } from '../../core/store';
import { parseAll, type Row } from './shared';

export function sqliteRoutes(db: Database.Database): RouteStore {
  const stmt = {
    putRoute: db.prepare(
      'INSERT INTO routes(id, county_code, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET county_code = excluded.county_code, doc = excluded.doc',
    ),
    deleteRoute: db.prepare('DELETE FROM routes WHERE id = ?'),
    listRoutes: db.prepare('SELECT doc FROM routes WHERE county_code = ? AND id > ? ORDER BY id LIMIT ?'),
  };
  return {
    async putRoutes(routes) {
      db.transaction(() => routes.forEach((r) => stmt.putRoute.run(r.id, r.countyCode, JSON.stringify(r))))();
    },
    async deleteRoute(id) {
      stmt.deleteRoute.run(id);
    },
    async listRoutes(countyCode) {
      const out: Route[] = [];
      let after = '';
      for (;;) {
        const page = parseAll<Route>(stmt.listRoutes.all(countyCode, after, MAX_READ) as Row[]);
        out.push(...page);
        if (page.length < MAX_READ) return out;
        after = page[page.length - 1].id;
      }
    },
  };
}
