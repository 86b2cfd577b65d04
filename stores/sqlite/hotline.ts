import type Database from 'better-sqlite3';
import type { HotlineConfig, HotlineDelivery } from '../../core/hotline/model';
import type { HotlineStore } from '../../core/store';
import { cap, parse, parseAll, type Row } from './shared';

export function sqliteHotline(db: Database.Database): HotlineStore {
  const stmt = {
    getConfig: db.prepare('SELECT doc FROM hotline_configs WHERE county_code = ?'),
    putConfig: db.prepare(
      'INSERT INTO hotline_configs(county_code, doc) VALUES (?, ?) ON CONFLICT(county_code) DO UPDATE SET doc = excluded.doc',
    ),
    enqueue: db.prepare(
      `INSERT INTO hotline_outbox(id, status, next_attempt_at, hotline_ticket, version, doc)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    ),
    get: db.prepare('SELECT doc FROM hotline_outbox WHERE id = ?'),
    byTicket: db.prepare('SELECT doc FROM hotline_outbox WHERE hotline_ticket = ? ORDER BY id LIMIT 1'),
    due: db.prepare(
      `SELECT doc FROM hotline_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    ),
    update: db.prepare(
      `UPDATE hotline_outbox SET status = ?, next_attempt_at = ?, hotline_ticket = ?, version = ?, doc = ? WHERE id = ? AND version = ?`,
    ),
  };
  return {
    async getHotlineConfig(countyCode) {
      return parse<HotlineConfig>(stmt.getConfig.get(countyCode) as Row | undefined);
    },
    async putHotlineConfig(cfg) {
      stmt.putConfig.run(cfg.countyCode, JSON.stringify(cfg));
    },
    async enqueueHotline(d) {
      return stmt.enqueue.run(d.id, d.status, d.nextAttemptAt, d.hotlineTicket ?? null, d.version, JSON.stringify(d)).changes === 1;
    },
    async getHotlineDelivery(id) {
      return parse<HotlineDelivery>(stmt.get.get(id) as Row | undefined);
    },
    async findHotlineDeliveryByTicket(ticket) {
      return parse<HotlineDelivery>(stmt.byTicket.get(ticket) as Row | undefined);
    },
    async listHotlineDue(nowIso, limit) {
      return parseAll<HotlineDelivery>(stmt.due.all(nowIso, cap(limit)) as Row[]);
    },
    async updateHotlineDelivery(d, expectedVersion) {
      return (
        stmt.update.run(d.status, d.nextAttemptAt, d.hotlineTicket ?? null, d.version, JSON.stringify(d), d.id, expectedVersion).changes ===
        1
      );
    },
  };
}
