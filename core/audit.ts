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
