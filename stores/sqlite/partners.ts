import type Database from 'better-sqlite3';
import type { Partner, PartnerRequest } from '../../core/open311/partner';
import type { PartnerStore } from '../../core/store';
import { cap, parse, parseAll, type Row } from './shared';

export function sqlitePartners(db: Database.Database): PartnerStore {
  const stmt = {
    insert: db.prepare('INSERT OR IGNORE INTO partners(id, county_code, key_hash, created_at, version, doc) VALUES (?, ?, ?, ?, ?, ?)'),
    get: db.prepare('SELECT doc FROM partners WHERE id = ?'),
    byKey: db.prepare('SELECT doc FROM partners WHERE key_hash = ?'),
    update: db.prepare('UPDATE partners SET version = ?, doc = ? WHERE id = ? AND version = ?'),
    list: db.prepare(
      `SELECT doc FROM partners WHERE county_code = ? AND (created_at < ? OR (created_at = ? AND id < ?))
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    putRequest: db.prepare(
      'INSERT OR REPLACE INTO partner_requests(complaint_id, county_code, service_code, created_at, doc) VALUES (?, ?, ?, ?, ?)',
    ),
    getRequest: db.prepare('SELECT doc FROM partner_requests WHERE complaint_id = ?'),
  };
  return {
    async insertPartner(p) {
      return stmt.insert.run(p.id, p.countyCode, p.keyHash, p.createdAt, p.version, JSON.stringify(p)).changes === 1;
    },
    async getPartner(id) {
      return parse<Partner>(stmt.get.get(id) as Row | undefined);
    },
    async getPartnerByKeyHash(keyHash) {
      return parse<Partner>(stmt.byKey.get(keyHash) as Row | undefined);
    },
    async updatePartner(p, expectedVersion) {
      return stmt.update.run(p.version, JSON.stringify(p), p.id, expectedVersion).changes === 1;
    },
    async listPartners(countyCode, limit, after) {
      const a = after ?? { createdAt: '\uffff', id: '' };
      return parseAll<Partner>(stmt.list.all(countyCode, a.createdAt, a.createdAt, a.id, cap(limit)) as Row[]);
    },
    async putPartnerRequest(r) {
      stmt.putRequest.run(r.complaintId, r.countyCode, r.serviceCode, r.createdAt, JSON.stringify(r));
    },
    async getPartnerRequest(complaintId) {
      return parse<PartnerRequest>(stmt.getRequest.get(complaintId) as Row | undefined);
    },
    async listPartnerRequests(q) {
      const where = ['county_code = ?'];
      const args: unknown[] = [q.countyCode];
      if (q.serviceCode) {
        where.push('service_code = ?');
        args.push(q.serviceCode);
      }
      if (q.from) {
        where.push('created_at >= ?');
        args.push(q.from);
      }
      if (q.to) {
        where.push('created_at < ?');
        args.push(q.to);
      }
      if (q.after) {
        where.push('(created_at < ? OR (created_at = ? AND complaint_id < ?))');
        args.push(q.after.createdAt, q.after.createdAt, q.after.complaintId);
      }
      const sql = `SELECT doc FROM partner_requests WHERE ${where.join(' AND ')} ORDER BY created_at DESC, complaint_id DESC LIMIT ?`;
      return parseAll<PartnerRequest>(db.prepare(sql).all(...args, cap(q.limit)) as Row[]);
    },
  };
}
