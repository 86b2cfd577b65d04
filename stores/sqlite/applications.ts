import type Database from 'better-sqlite3';
import type { Application } from '../../core/applications/model';
import type { ApplicationQuery, ApplicationStore } from '../../core/store';
import { cap, insertOnce, parse, parseAll, placeholders, requestKey, type Row } from './shared';

function columns(a: Application) {
  return [
    a.id,
    requestKey(a.ownerOpenid, a.requestId),
    a.ownerOpenid,
    a.countyCode,
    a.unitId,
    a.status,
    a.dueAt,
    a.createdAt,
    a.version,
    JSON.stringify(a),
  ] as const;
}

export function sqliteApplications(db: Database.Database): ApplicationStore {
  const stmt = {
    byRequest: db.prepare('SELECT doc FROM applications WHERE request_key = ?'),
    insert: db.prepare(
      `INSERT INTO applications(id, request_key, owner, county_code, unit_id, status, due_at, created_at, version, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_key) DO NOTHING`,
    ),
    get: db.prepare('SELECT doc FROM applications WHERE id = ?'),
    update: db.prepare(`UPDATE applications SET unit_id = ?, status = ?, due_at = ?, version = ?, doc = ? WHERE id = ? AND version = ?`),
    owner: db.prepare('SELECT doc FROM applications WHERE owner = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    ownerSince: db.prepare('SELECT count(*) AS n FROM applications WHERE owner = ? AND created_at >= ?'),
    byDue: db.prepare(
      `SELECT doc FROM applications WHERE due_at >= ? AND due_at < ? AND (due_at > ? OR (due_at = ? AND id > ?))
       ORDER BY due_at, id LIMIT ?`,
    ),
    ownerAfter: db.prepare(
      `SELECT doc FROM applications WHERE owner = ? AND (created_at < ? OR (created_at = ? AND id < ?))
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
  };

  const insert = insertOnce(db, stmt, columns);

  const store: ApplicationStore = {
    async findApplicationByRequest(owner, requestId) {
      return parse<Application>(stmt.byRequest.get(requestKey(owner, requestId)) as Row | undefined);
    },
    async insertApplication(a, limit) {
      const { record, created } = insert(a, limit);
      return { application: record, created };
    },
    async getApplication(id) {
      return parse<Application>(stmt.get.get(id) as Row | undefined);
    },
    async updateApplication(a, expectedVersion) {
      const [id, , , , unit, status, due, , version, doc] = columns(a);
      return stmt.update.run(unit, status, due, version, doc, id, expectedVersion).changes === 1;
    },
    async listApplications(q: ApplicationQuery) {
      const where: string[] = [];
      const args: unknown[] = [];
      if (q.unitId) {
        where.push('unit_id = ?');
        args.push(q.unitId);
      } else if (q.countyCode) {
        where.push('county_code = ?');
        args.push(q.countyCode);
      } else throw new Error('listApplications needs a unit or a county');
      if (q.statuses?.length) {
        where.push(`status IN (${placeholders(q.statuses.length)})`);
        args.push(...q.statuses);
      }
      if (q.after) {
        where.push('(due_at > ? OR (due_at = ? AND id > ?))');
        args.push(q.after.dueAt, q.after.dueAt, q.after.id);
      }
      args.push(cap(q.limit));
      const sql = `SELECT doc FROM applications WHERE ${where.join(' AND ')} ORDER BY due_at, id LIMIT ?`;
      return parseAll<Application>(db.prepare(sql).all(...args) as Row[]);
    },
    async listApplicationsByDue(q) {
      const a = q.after ?? { dueAt: '', id: '' };
      return parseAll<Application>(stmt.byDue.all(q.from, q.to, a.dueAt, a.dueAt, a.id, cap(q.limit)) as Row[]);
    },
    async listApplicationsByOwner(owner, limit, after) {
      const rows = after
        ? stmt.ownerAfter.all(owner, after.createdAt, after.createdAt, after.id, cap(limit))
        : stmt.owner.all(owner, cap(limit));
      return parseAll<Application>(rows as Row[]);
    },
  };
  return store;
}
