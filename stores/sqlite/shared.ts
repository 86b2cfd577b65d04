// Helpers every record kind of the SQLite store uses: documents kept whole as JSON in a
// `doc` column, read limits, FTS5 match expressions, idempotency keys and the once-per-request insert.
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { DailyLimitError, MAX_READ, type DailyLimit } from '../../core/store';
import type { TokenQuery } from '../../core/search/tokens';

export type Row = { doc: string };
export const parse = <T>(row: Row | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null);
export const parseAll = <T>(rows: Row[]): T[] => rows.map((r) => JSON.parse(r.doc) as T);

export function cap(limit: number): number {
  return Math.max(1, Math.min(MAX_READ, Math.floor(limit)));
}

/** FTS5 expression for a token query; tokens are letters and digits only, so quoting is safe. */
export function matchExpr(q: TokenQuery, column = 'tokens'): string | null {
  const parts = q.all.map((t) => `"${t}"`);
  if (q.prefix) parts.push(`"${q.prefix}"*`);
  if (parts.length === 0) return null;
  return `${column} : (${parts.join(' AND ')})`;
}

export function scopeExpr(codes: string[]): string {
  return `scope : (${codes.map((c) => `"r${c}"`).join(' OR ')})`;
}

export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

/** Idempotency key of a submission: the same client request from the same person. */
export function requestKey(owner: string, requestId: string): string {
  return `${owner}\u0000${requestId}`;
}

/** A person's submission: stored once per (owner, requestId), within the owner's day's limit. */
export interface Submission {
  id: string;
  ownerOpenid: string;
  requestId: string;
}

/**
 * Insert of a submission, once: the day's count and the insert run in one transaction (SQLite
 * runs it alone, so two submissions cannot both see the last free place); a repeated request
 * answers the record the first one stored, `created: false`.
 */
export function insertOnce<T extends Submission>(
  db: Database.Database,
  stmts: { byRequest: Statement; ownerSince: Statement; insert: Statement },
  columns: (r: T) => readonly unknown[],
): (r: T, limit?: DailyLimit) => { record: T; created: boolean } {
  const tx = db.transaction((r: T, limit: DailyLimit | undefined) => {
    if (stmts.byRequest.get(requestKey(r.ownerOpenid, r.requestId))) return false;
    if (limit && (stmts.ownerSince.get(r.ownerOpenid, limit.since) as { n: number }).n >= limit.max) throw new DailyLimitError();
    return stmts.insert.run(...columns(r)).changes === 1;
  });
  return (r, limit) => {
    if (tx(r, limit)) return { record: r, created: true };
    const existing = parse<T>(stmts.byRequest.get(requestKey(r.ownerOpenid, r.requestId)) as Row | undefined);
    if (!existing) throw new Error(`${r.id} collides with another record`);
    return { record: existing, created: false };
  };
}
