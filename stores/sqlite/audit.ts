import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../core/audit';
import type { AuditStore } from '../../core/store';
import { cap, parseAll, type Row } from './shared';

export function sqliteAudit(db: Database.Database): AuditStore {
  const stmt = {
    appendAudit: db.prepare('INSERT INTO audit(id, at, county_code, doc) VALUES (?, ?, ?, ?)'),
    audit: db.prepare('SELECT doc FROM audit WHERE (at < ? OR (at = ? AND id < ?)) ORDER BY at DESC, id DESC LIMIT ?'),
    auditOfCounty: db.prepare(
      'SELECT doc FROM audit WHERE county_code = ? AND (at < ? OR (at = ? AND id < ?)) ORDER BY at DESC, id DESC LIMIT ?',
    ),
  };
  return {
    async appendAudit(e) {
      stmt.appendAudit.run(e.id, e.at, e.countyCode ?? '', JSON.stringify(e));
    },
    async listAudit(limit, after, countyCode) {
      const a = after ?? { at: '\uffff', id: '' };
      const rows = countyCode
        ? stmt.auditOfCounty.all(countyCode, a.at, a.at, a.id, cap(limit))
        : stmt.audit.all(a.at, a.at, a.id, cap(limit));
      return parseAll<AuditEntry>(rows as Row[]);
    },
  };
}
