import type { Application, ApplicationStatus } from '../applications/model';
import type { DailyLimit } from './complaints';

export interface ApplicationQuery {
  /** Exactly one scope: a unit's applications or a county's. */
  unitId?: string;
  countyCode?: string;
  statuses?: ApplicationStatus[];
  /** Keyset on (dueAt asc, id asc). */
  after?: { dueAt: string; id: string };
  limit: number;
}

/**
 * Applications for government information (依申请公开): one document each, its timeline
 * inside, so a state change and its event are one single-document write.
 */
export interface ApplicationStore {
  findApplicationByRequest(ownerOpenid: string, requestId: string): Promise<Application | null>;
  /**
   * Inserts unless (owner, requestId) exists; then returns the existing one, created false.
   * With `limit`, the insert and the day's count are one atomic step, as for complaints:
   * DailyLimitError when the owner already has `max` applications since `limit.since`
   * (never for an existing request).
   */
  insertApplication(a: Application, limit?: DailyLimit): Promise<{ application: Application; created: boolean }>;
  getApplication(id: string): Promise<Application | null>;
  /** Replaces the document only if its stored version is still `expectedVersion`. */
  updateApplication(a: Application, expectedVersion: number): Promise<boolean>;
  /** A unit's or county's applications, soonest deadline first. */
  listApplications(q: ApplicationQuery): Promise<Application[]>;
  /** The owner's applications, newest first; keyset on (createdAt desc, id desc). */
  listApplicationsByOwner(ownerOpenid: string, limit: number, after?: { createdAt: string; id: string }): Promise<Application[]>;
  /**
   * Applications of every county with from <= dueAt < to, ordered by (dueAt, id), keyset
   * `after`: what a changed holiday arrangement may move.
   */
  listApplicationsByDue(q: { from: string; to: string; after?: { dueAt: string; id: string }; limit: number }): Promise<Application[]>;
}
