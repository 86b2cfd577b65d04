// Contracts of the `cadre` (drafting village publicity) and `review` functions.
import type { Attachment, TableData } from '../model';
import type { Finding, MaskingSummary } from '../privacy/masker';
import type { DraftStatus } from '../publicity/model';
import type { CatalogEntry, DisclosureView, PublicityView } from './public-contract';

export interface DraftInput {
  id?: string; // absent: a new draft
  requestId: string;
  version?: number; // the version last read, when editing
  regionCode: string;
  itemId: string;
  title: string;
  body: string;
  /** Either a table already split into cells, or text pasted from a spreadsheet. */
  table?: { columns: string[]; rows: string[][] } | null;
  pasted?: string;
  attachments?: Attachment[];
  publicityStart?: string;
}

export interface DraftView {
  id: string;
  status: DraftStatus;
  statusName: string;
  version: number;
  regionCode: string;
  regionName: string;
  itemId: string;
  itemTitle: string;
  domain: string;
  title: string;
  body: string;
  /** The author's own table, as entered (drafts only; gone after submitting). */
  rawTable?: { columns: string[]; rows: string[][] };
  attachments: Attachment[];
  publicityStart?: string;
  reviewNote?: string;
  withdrawReason?: string;
  updatedAt: string;
  history: Array<{ at: string; action: string; by: string; note?: string }>;
}

/** Exactly what the public will see, and what was hidden to get there. */
export interface Preview {
  title: string;
  body: string;
  table?: TableData;
  /** Attachments with their names masked. */
  attachments: Attachment[];
  /** Findings include hardship_category cells (not hidden: to be removed or confirmed). */
  findings: Finding[];
  dropped: string[];
  /** Counts of what was hidden; for a published one, as recorded at approval. */
  masking: MaskingSummary;
  publicity: { days: number; dayKind: 'working' | 'calendar'; text: string };
}

export interface DueEntry {
  regionCode: string;
  regionName: string;
  entry: CatalogEntry;
}

export interface CadreActions {
  'villages.mine': { req: Record<string, never>; res: { villages: Array<{ code: string; name: string; path: string[] }> } };
  'drafts.save': { req: DraftInput; res: { draft: DraftView; preview: Preview } };
  'drafts.preview': { req: { id: string }; res: Preview };
  'drafts.get': { req: { id: string }; res: DraftView };
  'drafts.submit': { req: { id: string; version: number }; res: DraftView };
  'drafts.mine': { req: { cursor?: string }; res: { items: DraftView[]; next: string | null } };
  /** Items of the cadre's villages that are overdue (逾期未更新) or never published (暂无). */
  'due.list': { req: Record<string, never>; res: { items: DueEntry[] } };
}

export interface ReviewItem {
  draft: DraftView;
  preview: Preview;
  disclosure: DisclosureView | null;
  objections: number;
  publicity?: PublicityView;
}

export interface ReviewActions {
  'reviews.list': {
    req: { status?: 'pending_review' | 'published' | 'withdrawn'; cursor?: string };
    res: { items: Array<{ draft: DraftView }>; next: string | null };
  };
  /** The masked copy, readable by the reviewer even after the period ended (audit). */
  'reviews.get': { req: { id: string }; res: ReviewItem };
  /** confirmHardship + note: publish although the list names hardship categories. */
  'reviews.approve': { req: { id: string; version: number; confirmHardship?: boolean; note?: string }; res: ReviewItem };
  'reviews.reject': { req: { id: string; version: number; note: string }; res: ReviewItem };
  'disclosures.withdraw': { req: { id: string; reason: string }; res: ReviewItem };
  'due.list': { req: Record<string, never>; res: { items: DueEntry[] } };
}

export type CadreAction = keyof CadreActions;
export type ReviewAction = keyof ReviewActions;
