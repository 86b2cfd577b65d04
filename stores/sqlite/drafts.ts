import type Database from 'better-sqlite3';
import type { Draft } from '../../core/publicity/model';
import type { DraftStore } from '../../core/store';
import { cap, parse, parseAll, requestKey, type Row } from './shared';

function draftColumns(d: Draft) {
  return [
    d.id,
    requestKey(d.authorOpenid, d.requestId),
    d.authorOpenid,
    d.countyCode,
    d.townCode,
    d.status,
    d.updatedAt,
    d.version,
    JSON.stringify(d),
  ] as const;
}

export function sqliteDrafts(db: Database.Database): DraftStore {
  const stmt = {
    insertDraft: db.prepare(
      `INSERT INTO drafts(id, request_key, author, county_code, town_code, status, updated_at, version, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(request_key) DO NOTHING`,
    ),
    draftByRequest: db.prepare('SELECT doc FROM drafts WHERE request_key = ?'),
    getDraft: db.prepare('SELECT doc FROM drafts WHERE id = ?'),
    updateDraft: db.prepare('UPDATE drafts SET status = ?, updated_at = ?, version = ?, doc = ? WHERE id = ? AND version = ?'),
    draftsByAuthor: db.prepare(
      `SELECT doc FROM drafts WHERE author = ? AND (updated_at < ? OR (updated_at = ? AND id < ?))
       ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ),
    draftsByTown: db.prepare(
      `SELECT doc FROM drafts WHERE town_code = ? AND status = ? AND (updated_at > ? OR (updated_at = ? AND id > ?))
       ORDER BY updated_at, id LIMIT ?`,
    ),
    draftsByCounty: db.prepare(
      `SELECT doc FROM drafts WHERE county_code = ? AND status = ? AND (updated_at > ? OR (updated_at = ? AND id > ?))
       ORDER BY updated_at, id LIMIT ?`,
    ),
  };
  return {
    async insertDraft(d) {
      if (stmt.insertDraft.run(...draftColumns(d)).changes === 1) return { draft: d, created: true };
      const existing = parse<Draft>(stmt.draftByRequest.get(requestKey(d.authorOpenid, d.requestId)) as Row | undefined);
      if (!existing) throw new Error(`draft ${d.id} collides with another draft`);
      return { draft: existing, created: false };
    },
    async getDraft(id) {
      return parse<Draft>(stmt.getDraft.get(id) as Row | undefined);
    },
    async updateDraft(d, expectedVersion) {
      return stmt.updateDraft.run(d.status, d.updatedAt, d.version, JSON.stringify(d), d.id, expectedVersion).changes === 1;
    },
    async listDraftsByAuthor(author, limit, after) {
      const a = after ?? { updatedAt: '\uffff', id: '' };
      return parseAll<Draft>(stmt.draftsByAuthor.all(author, a.updatedAt, a.updatedAt, a.id, cap(limit)) as Row[]);
    },
    async listDraftsForReview(q) {
      const a = q.after ?? { updatedAt: '', id: '' };
      const rows = q.townCode
        ? stmt.draftsByTown.all(q.townCode, q.status, a.updatedAt, a.updatedAt, a.id, cap(q.limit))
        : stmt.draftsByCounty.all(q.countyCode, q.status, a.updatedAt, a.updatedAt, a.id, cap(q.limit));
      return parseAll<Draft>(rows as Row[]);
    },
  };
}
