// A cadre's draft of a village disclosure, and its way through review. The draft is the
// workflow's record (versioned); the Disclosure with the same id is what readers get, and it
// only ever holds the masked table.
import type { Attachment } from '../model';
import type { MaskingSummary } from '../privacy/masker';

export type DraftStatus = 'draft' | 'pending_review' | 'published' | 'withdrawn';

export interface Draft {
  id: string;
  requestId: string; // the client's key for the first save: a retry returns the same draft
  authorOpenid: string;
  authorName: string;
  countyCode: string;
  townCode: string;
  regionCode: string; // the village
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
