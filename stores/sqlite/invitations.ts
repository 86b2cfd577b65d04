import type Database from 'better-sqlite3';
import type { Invitation } from '../../core/accounts/invitation';
import type { InvitationStore } from '../../core/store';
import { cap, parse, parseAll, type Row } from './shared';

export function sqliteInvitations(db: Database.Database): InvitationStore {
  const stmt = {
    insert: db.prepare('INSERT OR IGNORE INTO invitations(id, code, county_code, created_at, version, doc) VALUES (?, ?, ?, ?, ?, ?)'),
    get: db.prepare('SELECT doc FROM invitations WHERE id = ?'),
    byCode: db.prepare('SELECT doc FROM invitations WHERE code = ?'),
    update: db.prepare('UPDATE invitations SET version = ?, doc = ? WHERE id = ? AND version = ?'),
    list: db.prepare(
      `SELECT doc FROM invitations WHERE county_code = ? AND (created_at < ? OR (created_at = ? AND id < ?))
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
  };
  return {
    async insertInvitation(inv) {
      return stmt.insert.run(inv.id, inv.code, inv.countyCode, inv.createdAt, inv.version, JSON.stringify(inv)).changes === 1;
    },
    async getInvitation(id) {
      return parse<Invitation>(stmt.get.get(id) as Row | undefined);
    },
    async getInvitationByCode(code) {
      return parse<Invitation>(stmt.byCode.get(code) as Row | undefined);
    },
    async updateInvitation(inv, expectedVersion) {
      return stmt.update.run(inv.version, JSON.stringify(inv), inv.id, expectedVersion).changes === 1;
    },
    async listInvitations(countyCode, limit, after) {
      const a = after ?? { createdAt: '\uffff', id: '' };
      return parseAll<Invitation>(stmt.list.all(countyCode, a.createdAt, a.createdAt, a.id, cap(limit)) as Row[]);
    },
  };
}
