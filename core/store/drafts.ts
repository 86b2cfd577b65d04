import type { Draft, DraftStatus } from '../publicity/model';

/** Drafts of village publicity (the workflow record; the Disclosure is its public projection). */
export interface DraftStore {
  /** Inserts unless (author, requestId) exists; then returns the existing one, created false. */
  insertDraft(d: Draft): Promise<{ draft: Draft; created: boolean }>;
  getDraft(id: string): Promise<Draft | null>;
  updateDraft(d: Draft, expectedVersion: number): Promise<boolean>;
  /** The author's drafts, most recently changed first; keyset on (updatedAt desc, id desc). */
  listDraftsByAuthor(authorOpenid: string, limit: number, after?: { updatedAt: string; id: string }): Promise<Draft[]>;
  /** Drafts in a town (or a whole county) in one status, oldest change first; keyset on (updatedAt, id). */
  listDraftsForReview(q: {
    countyCode: string;
    townCode?: string;
    status: DraftStatus;
    limit: number;
    after?: { updatedAt: string; id: string };
  }): Promise<Draft[]>;
}
