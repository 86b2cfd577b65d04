// Helpers every record kind of the SQLite store uses: documents kept whole as JSON in a
// `doc` column, read limits, FTS5 match expressions and idempotency keys.
import { MAX_READ } from '../../core/store';
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
