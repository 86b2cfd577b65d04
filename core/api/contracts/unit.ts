// The `unit` function: the responsible unit's hotline queue, and the county 政务公开办's
// transfer and 督办. Use cases: core/complaints/unit-service.ts.
import * as v from 'valibot';
import { COMPLAINT_STATUSES } from '../../complaints/model';
import { answer } from '../contract';
import type { ComplaintDetail, ComplaintSummary, QueueUnit, SubmitAnswer } from '../complaint-views';
import { fileForSchema } from './resident';
import { cursor, domain, empty, fileIds, id, note, optionalText, regionCode } from '../schema-parts';
import type { ResponseView } from '../../responses/model';
import { UNIT_APPLICATIONS } from './applications';
import type { StaffResponseView } from '../../responses/service';

export const queueSchema = v.object({
  status: v.optional(v.picklist(COMPLAINT_STATUSES, '状态有误')),
  domain: v.optional(domain),
  unitId: v.optional(id),
  cursor,
});

const detail = answer<ComplaintDetail>();

export const UNIT = {
  'queue.list': {
    req: queueSchema,
    res: answer<{ scope: 'unit' | 'county'; countyCode: string; unit: QueueUnit | null; items: ComplaintSummary[]; next: string | null }>(),
  },
  'complaints.get': { req: v.object({ id }), res: detail },
  'complaints.accept': { req: v.object({ id }), res: detail },
  'complaints.return': { req: v.object({ id, reason: note('退单理由') }), res: detail },
  'complaints.start': { req: v.object({ id }), res: detail },
  'complaints.extend': {
    req: v.object({
      id,
      days: v.pipe(v.number('请填写延期天数'), v.integer('延期天数应为整数'), v.minValue(1, '延期至少1天'), v.maxValue(60, '延期天数过多')),
      reason: note('延期理由'),
    }),
    res: detail,
  },
  'complaints.answer': { req: v.object({ id, text: note('答复内容', 2000), attachments: fileIds }), res: detail },
  'complaints.transfer': { req: v.object({ id, unitId: id, note: optionalText('说明') }), res: detail },
  'complaints.escalate': { req: v.object({ id, note: optionalText('督办意见') }), res: detail },
  'complaints.release': { req: v.object({ id }), res: detail },
  'units.list': { req: empty, res: answer<{ units: QueueUnit[] }>() },
  /** The question as the public reads it, when the complainant agreed to show the Q&A; the original stays private. */
  'complaints.publicWording': { req: v.object({ id, question: note('公开的问题', 500) }), res: answer<ResponseView>() },
  /** The unit's public Q&A (complainants who consented) and its own responses, newest first. */
  'responses.mine': {
    req: v.object({ cursor }),
    res: answer<{ unitName: string; items: StaffResponseView[]; next: string | null }>(),
  },
  /** 回应关切: a response to a concern many raised, shown at a place of the unit's county (masked). */
  'responses.publish': {
    req: v.object({ itemId: v.optional(id), regionCode: regionCode(), title: note('标题', 100), text: note('回应内容', 2000) }),
    res: answer<ResponseView>(),
  },
  // 依申请公开 (core/api/contracts/applications.ts).
  ...UNIT_APPLICATIONS,
  /** 代办: the unit's counter (or the 政务公开办) files a complaint for a villager of the county. */
  'complaints.fileFor': { req: fileForSchema, res: answer<SubmitAnswer>() },
};
