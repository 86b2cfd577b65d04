import type { Complaint, ComplaintStatus } from '../complaints/model';

export interface ComplaintQuery {
  /** Exactly one scope: a unit's queue or a county's whole list. */
  unitId?: string;
  countyCode?: string;
  statuses?: ComplaintStatus[];
  domain?: string;
  /** Keyset on (dueAt asc, id asc). */
  after?: { dueAt: string; id: string };
  limit: number;
}

/**
 * Complaints: one document each, its timeline inside, so a state change and its event are one
 * single-document write. Also the atomic counters their ticket numbers come from.
 */
export interface ComplaintStore {
  findComplaintByRequest(ownerOpenid: string, requestId: string): Promise<Complaint | null>;
  /** Inserts unless (owner, requestId) exists; then returns the existing one, created false. */
  insertComplaint(c: Complaint): Promise<{ complaint: Complaint; created: boolean }>;
  getComplaint(id: string): Promise<Complaint | null>;
  /** Replaces the document only if its stored version is still `expectedVersion`. */
  updateComplaint(c: Complaint, expectedVersion: number): Promise<boolean>;
  /** A unit's or county's complaints, soonest deadline first. */
  listComplaints(q: ComplaintQuery): Promise<Complaint[]>;
  /** The owner's complaints, newest first; keyset on (createdAt desc, id desc). */
  listComplaintsByOwner(ownerOpenid: string, limit: number, after?: { createdAt: string; id: string }): Promise<Complaint[]>;
  countComplaintsByOwnerSince(ownerOpenid: string, sinceIso: string): Promise<number>;
  /**
   * Complaints of every county with from <= dueAt < to, ordered by (dueAt, id), keyset
   * `after`: what a changed holiday arrangement may move.
   */
  listComplaintsByDue(q: { from: string; to: string; after?: { dueAt: string; id: string }; limit: number }): Promise<Complaint[]>;
  /** Complaints whose sweepAt has come, earliest first. */
  listSweepDue(nowIso: string, limit: number): Promise<Complaint[]>;
  /** Atomic counter, e.g. the day's ticket sequence of a county. */
  nextSequence(key: string): Promise<number>;
}
