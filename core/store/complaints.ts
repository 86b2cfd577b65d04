import type { Complaint, ComplaintEffect, ComplaintStatus } from '../complaints/model';

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

/** insertComplaint refused a new complaint: its owner has reached the day's limit. */
export class DailyLimitError extends Error {
  constructor() {
    super('daily complaint limit reached');
    this.name = 'DailyLimitError';
  }
}

/** The day's limit of one owner: at most `max` complaints created since `since` (the day's start). */
export interface DailyLimit {
  since: string;
  max: number;
}

/**
 * Complaints: one document each, its timeline inside, so a state change and its event are one
 * single-document write. Also the atomic counters their ticket numbers come from.
 */
export interface ComplaintStore {
  findComplaintByRequest(ownerOpenid: string, requestId: string): Promise<Complaint | null>;
  /**
   * Inserts unless (owner, requestId) exists; then returns the existing one, created false.
   * With `limit`, the insert and the day's count are one atomic step: DailyLimitError when the
   * owner already has `max` complaints since `limit.since` (never for an existing request).
   */
  insertComplaint(c: Complaint, limit?: DailyLimit): Promise<{ complaint: Complaint; created: boolean }>;
  /** Marks these effects done on the stored complaint, a field-level write touching nothing else. */
  markComplaintEffectsDone(id: string, effects: ComplaintEffect[]): Promise<void>;
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
  /** Adds `delta` (may be negative) to a counter atomically, a missing one counting as 0; the new value. */
  addToCounter(key: string, delta: number): Promise<number>;
  /**
   * The owner looked at the complaint: removes its unread mark, a field-level write touching
   * nothing else, and only if the stored version is still `version` (what the owner saw); false
   * when it changed meanwhile, so news that came after the look stays unread.
   */
  markComplaintSeen(id: string, version: number): Promise<boolean>;
  /** The owner's complaints with an unread mark, newest first. */
  listUnreadByOwner(ownerOpenid: string, limit: number): Promise<Complaint[]>;
}
