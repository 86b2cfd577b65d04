// The audit record: every admin change, append-only (who, when, what, before -> after).
import type { Role } from './accounts/account';

export interface AuditEntry {
  /** Unique, and in writing order with `at`: `${at}-${sequence}`. */
  id: string;
  at: string;
  actor: string; // openid
  role: Role | 'system';
  /** What was changed, e.g. 'calendar.put'. */
  action: string;
  /** The record changed, e.g. 'calendar:2027'. */
  target: string;
  before: unknown;
  after: unknown;
  /** The county the actor acted from, when it has one. */
  countyCode?: string;
}

/** What a service gives to record one change; the id and time are filled in by recordAudit. */
export type AuditEvent = Omit<AuditEntry, 'id' | 'at'>;

/** Appends an audit entry at `now`, with an id unique and in writing order. */
export async function recordAudit(
  store: { nextSequence(key: string): Promise<number>; appendAudit(e: AuditEntry): Promise<void> },
  now: Date,
  e: AuditEvent,
): Promise<AuditEntry> {
  const at = now.toISOString();
  const entry: AuditEntry = { id: `${at}-${String(await store.nextSequence('audit')).padStart(9, '0')}`, at, ...e };
  await store.appendAudit(entry);
  return entry;
}
