import type Database from 'better-sqlite3';
import type { Complaint } from '../../core/complaints/model';
import type { ComplaintQuery, ComplaintStore } from '../../core/store';
import { cap, insertOnce, parse, parseAll, placeholders, requestKey, type Row } from './shared';

function complaintColumns(c: Complaint) {
  return [
    c.id,
    requestKey(c.ownerOpenid, c.requestId),
    c.ownerOpenid,
    c.countyCode,
    c.unitId,
    c.status,
    c.domain ?? null,
    c.dueAt,
    c.createdAt,
    c.sweepAt,
    c.version,
    JSON.stringify(c),
  ] as const;
}

export function sqliteComplaints(db: Database.Database): ComplaintStore {
  const stmt = {
    complaintByRequest: db.prepare('SELECT doc FROM complaints WHERE request_key = ?'),
    insertComplaint: db.prepare(
      `INSERT INTO complaints(id, request_key, owner, county_code, unit_id, status, domain, due_at, created_at, sweep_at, version, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_key) DO NOTHING`,
    ),
    getComplaint: db.prepare('SELECT doc FROM complaints WHERE id = ?'),
    updateComplaint: db.prepare(
      `UPDATE complaints SET unit_id = ?, status = ?, domain = ?, due_at = ?, sweep_at = ?, version = ?, doc = ?
       WHERE id = ? AND version = ?`,
    ),
    owner: db.prepare('SELECT doc FROM complaints WHERE owner = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    ownerAfter: db.prepare(
      `SELECT doc FROM complaints WHERE owner = ? AND (created_at < ? OR (created_at = ? AND id < ?))
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    byDue: db.prepare(
      `SELECT doc FROM complaints WHERE due_at >= ? AND due_at < ? AND (due_at > ? OR (due_at = ? AND id > ?))
       ORDER BY due_at, id LIMIT ?`,
    ),
    ownerSince: db.prepare('SELECT count(*) AS n FROM complaints WHERE owner = ? AND created_at >= ?'),
    sweepDue: db.prepare('SELECT doc FROM complaints WHERE sweep_at IS NOT NULL AND sweep_at <= ? ORDER BY sweep_at, id LIMIT ?'),
    effectsDone: db.prepare(`UPDATE complaints SET doc = json_set(doc, ?, 'done') WHERE id = ? AND json_type(doc, ?) IS NOT NULL`),
    nextSequence: db.prepare(
      `INSERT INTO counters(key, value) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET value = value + 1 RETURNING value`,
    ),
    addToCounter: db.prepare(
      `INSERT INTO counters(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = value + excluded.value RETURNING value`,
    ),
    markSeen: db.prepare(
      `UPDATE complaints SET doc = json_remove(doc, '$.ownerUnread')
       WHERE id = ? AND version = ? AND json_extract(doc, '$.ownerUnread') = 1`,
    ),
    unreadByOwner: db.prepare(
      `SELECT doc FROM complaints WHERE owner = ? AND json_extract(doc, '$.ownerUnread') = 1
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
  };

  const insert = insertOnce(
    db,
    { byRequest: stmt.complaintByRequest, ownerSince: stmt.ownerSince, insert: stmt.insertComplaint },
    complaintColumns,
  );

  const complaints: ComplaintStore = {
    async findComplaintByRequest(owner, requestId) {
      return parse<Complaint>(stmt.complaintByRequest.get(requestKey(owner, requestId)) as Row | undefined);
    },
    async insertComplaint(c, limit) {
      const { record, created } = insert(c, limit);
      return { complaint: record, created };
    },
    async markComplaintEffectsDone(id, effects) {
      for (const e of effects) stmt.effectsDone.run(`$.effects.${e}`, id, `$.effects.${e}`);
    },
    async getComplaint(id) {
      return parse<Complaint>(stmt.getComplaint.get(id) as Row | undefined);
    },
    async updateComplaint(c, expectedVersion) {
      const [id, , , , unit, status, domain, due, , sweep, version, doc] = complaintColumns(c);
      return stmt.updateComplaint.run(unit, status, domain, due, sweep, version, doc, id, expectedVersion).changes === 1;
    },
    async listComplaints(q: ComplaintQuery) {
      const where: string[] = [];
      const args: unknown[] = [];
      if (q.unitId) {
        where.push('unit_id = ?');
        args.push(q.unitId);
      } else if (q.countyCode) {
        where.push('county_code = ?');
        args.push(q.countyCode);
      } else throw new Error('listComplaints needs a unit or a county');
      if (q.statuses?.length) {
        where.push(`status IN (${placeholders(q.statuses.length)})`);
        args.push(...q.statuses);
      }
      if (q.domain) {
        where.push('domain = ?');
        args.push(q.domain);
      }
      if (q.after) {
        where.push('(due_at > ? OR (due_at = ? AND id > ?))');
        args.push(q.after.dueAt, q.after.dueAt, q.after.id);
      }
      args.push(cap(q.limit));
      const sql = `SELECT doc FROM complaints WHERE ${where.join(' AND ')} ORDER BY due_at, id LIMIT ?`;
      return parseAll<Complaint>(db.prepare(sql).all(...args) as Row[]);
    },
    async listComplaintsByOwner(owner, limit, after) {
      const rows = after
        ? stmt.ownerAfter.all(owner, after.createdAt, after.createdAt, after.id, cap(limit))
        : stmt.owner.all(owner, cap(limit));
      return parseAll<Complaint>(rows as Row[]);
    },
    async countComplaintsByOwnerSince(owner, since) {
      return (stmt.ownerSince.get(owner, since) as { n: number }).n;
    },
    async listComplaintsByDue(q) {
      const a = q.after ?? { dueAt: '', id: '' };
      return parseAll<Complaint>(stmt.byDue.all(q.from, q.to, a.dueAt, a.dueAt, a.id, cap(q.limit)) as Row[]);
    },
    async listSweepDue(now, limit) {
      return parseAll<Complaint>(stmt.sweepDue.all(now, cap(limit)) as Row[]);
    },
    async nextSequence(key) {
      return (stmt.nextSequence.get(key) as { value: number }).value;
    },
    async addToCounter(key, delta) {
      return (stmt.addToCounter.get(key, delta) as { value: number }).value;
    },
    async markComplaintSeen(id, version) {
      return stmt.markSeen.run(id, version).changes === 1;
    },
    async listUnreadByOwner(owner, limit) {
      return parseAll<Complaint>(stmt.unreadByOwner.all(owner, cap(limit)) as Row[]);
    },
  };
  return complaints;
}
