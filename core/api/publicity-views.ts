// What the `cadre` (drafting village publicity) and `review` functions answer. The actions
// and their requests: core/api/contracts/{cadre,review}.ts.
import type { Attachment, DocLink, PublishLevel, QA, TableData } from '../model';
import type { Block } from '../publicity/markup';
import type { Finding, MaskingSummary } from '../privacy/masker';
import type { DraftStatus } from '../publicity/model';
import type { CatalogEntry, DisclosureView, PublicityView } from './public-views';

export interface DraftView {
  id: string;
  status: DraftStatus;
  statusName: string;
  version: number;
  /** Where it is published: county, town or village. */
  level: PublishLevel;
  regionCode: string;
  regionName: string;
  /** Who the public will read as the publisher. */
  publisherName: string;
  itemId: string;
  itemTitle: string;
  domain: string;
  title: string;
  body: string;
  /** The author's own table, as entered (drafts only; gone after submitting). */
  rawTable?: { columns: string[]; rows: string[][] };
  attachments: Attachment[];
  link?: DocLink;
  interpretation?: QA[];
  publicityStart?: string;
  /** 信息形成 date, and the last day to publish on time counted from it (or from the last publication). */
  formedOn?: string;
  dueOn?: string;
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
  /** The body as the disclosure page lays it out: headings, paragraphs, lists. */
  blocks: Block[];
  /** Attachments with their names masked. */
  attachments: Attachment[];
  link?: DocLink;
  /** The 政策解读, masked as the public will read it. */
  interpretation: QA[];
  /** What the author should still do (e.g. write the 解读 of a policy item); never blocks. */
  reminders: string[];
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
