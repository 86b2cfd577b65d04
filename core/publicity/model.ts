// A cadre's draft of a village disclosure, and its way through review. The draft is the
// workflow's record (versioned); the Disclosure with the same id is what readers get, and it
// only ever holds the masked table.
import type { Attachment, DocLink, PublishLevel, QA } from '../model';
import type { MaskingSummary } from '../privacy/masker';

export type DraftStatus = 'draft' | 'pending_review' | 'published' | 'withdrawn';

export interface Draft {
  id: string;
  requestId: string; // the client's key for the first save: a retry returns the same draft
  authorOpenid: string;
  authorName: string;
  /** Where it is published; absent on drafts made before every level published: village. */
  level?: PublishLevel;
  /** The publishing unit of a county or town draft (a county unit, `<town code>-gov`). */
  publisherUnitId?: string;
  /** Who the public reads as the publisher: the unit's name; the village committee when absent. */
  publisherName?: string;
  countyCode: string;
  /** The town of a town or village draft; '' for a county draft. */
  townCode: string;
  regionCode: string; // where it is published: the county, the town or the village
  regionName: string;
  itemId: string;
  /** The item's 二级事项 when saved, so lists can name it without a read per row. */
  itemTitle?: string;
  domain: string;
  title: string;
  body: string;
  /** As the cadre entered it. Only the author sees it; it is erased on submit. */
  rawTable?: { columns: string[]; rows: string[][] };
  attachments: Attachment[];
  link?: DocLink;
  /** 政策解读, reviewed and published with the draft. */
  interpretation?: QA[];
  /** 信息形成 date (YYYY-MM-DD, Shanghai) the publisher gave: the 公开时限 counts from it. */
  formedOn?: string;
  /** The last day to publish on time (core/publicity/timeliness.ts), kept from the last save. */
  dueOn?: string;
  /** Requested first day of the 公示 (YYYY-MM-DD); approval day when absent or past. */
  publicityStart?: string;
  status: DraftStatus;
  version: number;
  reviewNote?: string;
  reviewerOpenid?: string;
  /** What masking hid, recorded at approval (counts only): the audit view of a published list. */
  masking?: MaskingSummary;
  withdrawReason?: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  history: Array<{ at: string; action: 'save' | 'submit' | 'approve' | 'reject' | 'withdraw'; by: string; note?: string }>;
}

export const DRAFT_STATUS_NAMES: Record<DraftStatus, string> = {
  draft: '草稿',
  pending_review: '待审核',
  published: '已发布',
  withdrawn: '已撤回',
};
