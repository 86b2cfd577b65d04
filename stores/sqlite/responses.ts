import type Database from 'better-sqlite3';
import type { PublicResponse } from '../../core/responses/model';
import type { ResponseStore } from '../../core/store';
import { cap, parse, parseAll, placeholders, type Row } from './shared';

export function sqliteResponses(db: Database.Database): ResponseStore {
  const stmt = {
    put: db.prepare(
      `INSERT INTO responses(id, region_code, item_id, unit_id, at, doc) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET region_code = excluded.region_code, item_id = excluded.item_id, unit_id = excluded.unit_id,
         at = excluded.at, doc = excluded.doc`,
    ),
    get: db.prepare('SELECT doc FROM responses WHERE id = ?'),
    del: db.prepare('DELETE FROM responses WHERE id = ?'),
  };
  return {
    async putResponse(r) {
      stmt.put.run(r.id, r.regionCode, r.itemId ?? null, r.unitId, r.at, JSON.stringify(r));
    },
    async getResponse(id) {
      return parse<PublicResponse>(stmt.get.get(id) as Row | undefined);
    },
    async deleteResponse(id) {
      stmt.del.run(id);
    },
    async listResponses(q) {
      const where: string[] = [];
      const args: unknown[] = [];
      if (q.regionCodes) {
        if (q.regionCodes.length === 0) return [];
        where.push(`region_code IN (${placeholders(q.regionCodes.length)})`);
        args.push(...q.regionCodes);
      }
      if (q.itemId) {
        where.push('item_id = ?');
        args.push(q.itemId);
      }
      if (q.unitId) {
        where.push('unit_id = ?');
        args.push(q.unitId);
      }
      if (q.after) {
        where.push('(at < ? OR (at = ? AND id < ?))');
        args.push(q.after.at, q.after.at, q.after.id);
      }
      args.push(cap(q.limit));
      const sql = `SELECT doc FROM responses ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ?`;
      return parseAll<PublicResponse>(db.prepare(sql).all(...args) as Row[]);
    },
  };
}
