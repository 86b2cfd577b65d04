// What the `cadre` (drafting village publicity) and `review` functions answer. The actions
// and their requests: core/api/contracts/{cadre,review}.ts.
import type { Attachment, TableData } from '../model';
import type { Finding, MaskingSummary } from '../privacy/masker';
import type { DraftStatus } from '../publicity/model';
import type { CatalogEntry, DisclosureView, PublicityView } from './public-views';

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

export interface ReviewItem {
  draft: DraftView;
  preview: Preview;
  disclosure: DisclosureView | null;
  objections: number;
  publicity?: PublicityView;
}
