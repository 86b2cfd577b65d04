// The `review` function: town or county reviewers approve, reject and withdraw village
// publicity. Use cases: core/publicity/review-service.ts.
import * as v from 'valibot';
import { answer } from '../contract';
import type { DraftView, DueEntry, ReviewItem } from '../publicity-views';
import { cursor, empty, id, note, version } from '../schema-parts';
import type { FlaggedDisclosure } from '../../publicity/disclosure-review';
import type { ObjectionOutcome } from '../../model';

const item = answer<ReviewItem>();

export const REVIEW = {
  'reviews.list': {
    req: v.object({ status: v.optional(v.picklist(['pending_review', 'published', 'withdrawn'], '状态有误')), cursor }),
    res: answer<{ items: Array<{ draft: DraftView }>; next: string | null }>(),
  },
  /** The masked copy, readable by the reviewer even after the period ended (audit). */
  'reviews.get': { req: v.object({ id }), res: item },
  /** confirmHardship + note: publish although the list names hardship categories. */
  'reviews.approve': {
    req: v.object({ id, version, confirmHardship: v.optional(v.boolean()), note: v.optional(note('确认理由')) }),
    res: item,
  },
  'reviews.reject': { req: v.object({ id, version, note: note('退回意见') }), res: item },
  'disclosures.withdraw': { req: v.object({ id, reason: note('撤回理由') }), res: item },
  'due.list': { req: empty, res: answer<{ items: DueEntry[] }>() },
  /** The 政务公开办: its county's disclosures under an open leak report (名单核查中), newest first. */
  'privacy.list': { req: empty, res: answer<{ items: FlaggedDisclosure[] }>() },
  /** The 政务公开办 found nothing to remove: the table returns to public view. */
  'privacy.clear': { req: v.object({ id, note: note('核查意见') }), res: answer<FlaggedDisclosure>() },
  /** The 政务公开办 found something personal: the disclosure leaves public view (any level). */
  'privacy.withdraw': {
    req: v.object({ id, reason: note('撤回理由') }),
    res: answer<{ id: string; withdrawal: { at: string; reason: string } }>(),
  },
  /** 异议处理结果 of a 公示 that drew objections, by its reviewer; the text is masked. */
  'objections.outcome': {
    req: v.object({ disclosureId: id, upheld: v.boolean('请选择异议是否成立'), text: note('处理结果', 500) }),
    res: answer<{ objectionOutcome: ObjectionOutcome }>(),
  },
};
