import type { AuditEntry } from '../audit';

/** The audit record: append-only, who changed what when (before -> after). */
export interface AuditStore {
  appendAudit(e: AuditEntry): Promise<void>;
  /** Newest first; keyset on (at desc, id desc). With `countyCode`, only that county's entries. */
  listAudit(limit: number, after?: { at: string; id: string }, countyCode?: string): Promise<AuditEntry[]>;
}
