// The `resident` function: a person's own supervision complaints. Use cases: core/complaints/resident-service.ts.
// The complaint form validates with submitSchema before sending.
import * as v from 'valibot';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS } from '../../complaints/model';
import { answer } from '../contract';
import type { ComplaintDetail, ComplaintSummary, SubmitAnswer, UnreadAnswer } from '../complaint-views';
import { cursor, domain, empty, fileIds, id, note, optionalText, regionCode, requestId } from '../schema-parts';
import { RESIDENT_APPLICATIONS } from './applications';

export { MAX_PHOTOS } from '../schema-parts';
export const TEXT_MIN = 5;
export const TEXT_MAX = 1000;

export const submitSchema = v.object({
  requestId,
  kind: v.picklist(COMPLAINT_KINDS, '请选择诉求类型'),
  category: v.picklist(COMPLAINT_CATEGORIES, '请选择问题类别'),
  text: v.pipe(
    v.string('请填写诉求内容'),
    v.trim(),
    v.minLength(TEXT_MIN, `诉求内容至少${TEXT_MIN}个字`),
    v.maxLength(TEXT_MAX, `诉求内容不能超过${TEXT_MAX}个字`),
  ),
  regionCode: regionCode('请选择地区'),
  domain: v.optional(domain),
  itemId: v.optional(id),
  disclosureId: v.optional(id),
  photos: fileIds,
  contactPhone: v.optional(
    v.union(
      [v.literal(''), v.pipe(v.string(), v.trim(), v.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话格式不正确'))],
      '联系电话格式不正确',
    ),
  ),
  anonymous: v.optional(v.boolean('匿名选项有误')),
});

/** A complaint as the resident service receives it (validated). */
export type SubmitRequest = v.InferOutput<typeof submitSchema>;

/** A mobile or a landline, as the complaint form takes it. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/**
 * 代办: a cadre or a unit's counter files for a villager without WeChat. The same complaint
 * fields as submitSchema (no photos, never anonymous), plus the villager's name and phone as
 * they gave them; the phone is how the unit calls back and how the villager looks it up.
 */
export const fileForSchema = v.object({
  requestId,
  kind: submitSchema.entries.kind,
  category: submitSchema.entries.category,
  text: submitSchema.entries.text,
  regionCode: regionCode('请选择地区'),
  domain: v.optional(domain),
  itemId: v.optional(id),
  disclosureId: v.optional(id),
  villagerName: v.pipe(
    v.string('请填写群众姓名'),
    v.trim(),
    v.minLength(2, '请填写群众姓名（至少2个字）'),
    v.maxLength(20, '姓名不能超过20个字'),
    v.regex(/^[\u3400-\u9fffA-Za-z·•. ]+$/, '姓名只能是汉字或字母'),
  ),
  villagerPhone: v.pipe(
    v.string('请填写群众的电话'),
    v.trim(),
    v.transform((s) => s.replace(/\s+/g, '')),
    v.regex(PHONE, '电话格式不正确：手机11位，座机如 028-12345678'),
  ),
});
export type FileForRequest = v.InferOutput<typeof fileForSchema>;

const stars = v.pipe(v.number('请选择1到5星'), v.integer('请选择1到5星'), v.minValue(1, '请选择1到5星'), v.maxValue(5, '请选择1到5星'));

export const RESIDENT = {
  'complaints.submit': { req: submitSchema, res: answer<SubmitAnswer>() },
  'complaints.mine': { req: v.object({ cursor }), res: answer<{ items: ComplaintSummary[]; next: string | null }>() },
  /** Opening one of mine marks it seen (its unread mark goes). */
  'complaints.get': { req: v.object({ id }), res: answer<ComplaintDetail>() },
  /** 您的监督有新答复 on the home page: my complaints with news since I last opened them. */
  'complaints.unread': { req: empty, res: answer<UnreadAnswer>() },
  /** publicConsent: the question and answer may be shown publicly, masked (回应关切); default no. */
  'complaints.rate': {
    req: v.object({ id, score: stars, comment: optionalText('评价'), publicConsent: v.optional(v.boolean()) }),
    res: answer<ComplaintDetail>(),
  },
  'complaints.reopen': { req: v.object({ id, reason: note('不满意的原因') }), res: answer<ComplaintDetail>() },
  /**
   * A fresh upload folder for one complaint-to-be (weapp: wx.cloud.uploadFile cloudPath prefix;
   * local cloud: POST /api/files?folder=<id>). Only photos in folders given to the caller attach.
   */
  'files.prefix': { req: empty, res: answer<{ prefix: string }>() },
  // 依申请公开 (core/api/contracts/applications.ts).
  ...RESIDENT_APPLICATIONS,
};
