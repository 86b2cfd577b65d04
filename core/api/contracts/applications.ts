// 依申请公开's actions: the applicant's (spread into the `resident` contract) and the handling
// unit's (spread into `unit`). Use cases: core/applications/{resident,unit}-service.ts. The
// application form validates with applySchema before sending.
import * as v from 'valibot';
import { answer } from '../contract';
import type { ApplicationBody, ApplicationDetail, ApplicationSubmitAnswer, ApplicationSummary } from '../application-views';
import type { QueueUnit } from '../complaint-views';
import { cursor, empty, fileIds, id, note, optionalText, regionCode, requestId } from '../schema-parts';
import {
  APPLICATION_STATUSES,
  DELIVERY_METHODS,
  MAX_EXTENSION_WORKING_DAYS,
  NEEDS_REASON,
  NEEDS_REFERRAL,
  OUTCOMES,
  WITHHOLD_REASONS,
} from '../../applications/model';
import { isValidIdNumber } from '../../privacy/mask';

export const DESCRIPTION_MIN = 5;
export const DESCRIPTION_MAX = 1000;

const idNumber = v.pipe(
  v.string('请填写身份证号码'),
  v.trim(),
  v.toUpperCase(),
  v.minLength(1, '请填写身份证号码'),
  v.check(isValidIdNumber, '身份证号码有误，请核对18位号码'),
);

const personName = v.pipe(
  v.string('请填写姓名'),
  v.trim(),
  v.minLength(2, '请填写姓名'),
  v.maxLength(30, '姓名不能超过30个字'),
  v.regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能是汉字或字母'),
);

const phone = v.pipe(
  v.string('请填写联系电话'),
  v.trim(),
  v.minLength(1, '请填写联系电话'),
  v.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话格式不正确'),
);

export const applySchema = v.pipe(
  v.object({
    requestId,
    unitId: v.pipe(v.string('请选择向哪个机关申请'), v.trim(), v.minLength(1, '请选择向哪个机关申请'), v.maxLength(120, '编号过长')),
    description: v.pipe(
      v.string('请填写所需信息'),
      v.trim(),
      v.minLength(DESCRIPTION_MIN, `所需信息至少写${DESCRIPTION_MIN}个字`),
      v.maxLength(DESCRIPTION_MAX, `所需信息不能超过${DESCRIPTION_MAX}个字`),
    ),
    purpose: optionalText('用途', 200),
    delivery: v.picklist(DELIVERY_METHODS, '请选择获取信息的方式'),
    postalAddress: optionalText('邮寄地址', 200),
    name: personName,
    idNumber,
    phone,
  }),
  v.forward(
    v.partialCheck(
      [['delivery'], ['postalAddress']],
      (i) => i.delivery !== '邮寄' || (i.postalAddress ?? '').length >= 5,
      '选择邮寄时请填写邮寄地址（至少5个字）',
    ),
    ['postalAddress'],
  ),
);

export type ApplyRequest = v.InferOutput<typeof applySchema>;

export const answerApplicationSchema = v.pipe(
  v.object({
    id,
    outcome: v.picklist(OUTCOMES, '请选择答复结果'),
    reason: v.optional(v.picklist(WITHHOLD_REASONS, '请选择不予公开的法定理由')),
    referTo: optionalText('该向哪里申请', 300),
    text: note('答复内容', 2000),
    attachments: fileIds,
  }),
  v.forward(
    v.partialCheck(
      [['outcome'], ['reason']],
      (i) => !NEEDS_REASON.includes(i.outcome) || Boolean(i.reason),
      '部分公开或不予公开时，请选择法定理由',
    ),
    ['reason'],
  ),
  v.forward(
    v.partialCheck(
      [['outcome'], ['referTo']],
      (i) => !NEEDS_REFERRAL.includes(i.outcome) || (i.referTo ?? '').length >= 2,
      '非本机关掌握时，请写明应向哪个机关申请及其联系方式',
    ),
    ['referTo'],
  ),
);

export type AnswerApplicationRequest = v.InferOutput<typeof answerApplicationSchema>;

const stars = v.pipe(v.number('请选择1到5星'), v.integer('请选择1到5星'), v.minValue(1, '请选择1到5星'), v.maxValue(5, '请选择1到5星'));
const detail = answer<ApplicationDetail>();

/** The applicant's side, in the `resident` function. */
export const RESIDENT_APPLICATIONS = {
  /** The bodies of the county of a place (its units and town governments), for the picker. */
  'applications.bodies': { req: v.object({ regionCode: regionCode('请选择地区') }), res: answer<{ bodies: ApplicationBody[] }>() },
  'applications.submit': { req: applySchema, res: answer<ApplicationSubmitAnswer>() },
  'applications.mine': { req: v.object({ cursor }), res: answer<{ items: ApplicationSummary[]; next: string | null }>() },
  /** Home's 新 beside 我的信息公开申请: how many changed since last opened. */
  'applications.unread': { req: empty, res: answer<{ count: number; more: boolean }>() },
  'applications.get': { req: v.object({ id }), res: detail },
  /** 补正: what the unit asked for; the 20 working days count afresh from today. */
  'applications.supply': { req: v.object({ id, text: note('补正内容', 1000) }), res: detail },
  'applications.rate': { req: v.object({ id, score: stars, comment: optionalText('评价') }), res: detail },
};

/** The handling unit's side (and the county's oversight), in the `unit` function. */
export const UNIT_APPLICATIONS = {
  'applications.queue': {
    req: v.object({ status: v.optional(v.picklist(APPLICATION_STATUSES, '状态有误')), cursor }),
    res: answer<{ scope: 'unit' | 'county'; unit: QueueUnit | null; items: ApplicationSummary[]; next: string | null }>(),
  },
  'applications.get': { req: v.object({ id }), res: detail },
  'applications.register': { req: v.object({ id, note: optionalText('登记说明') }), res: detail },
  'applications.askSupplement': { req: v.object({ id, missing: note('需要补正的内容', 500) }), res: detail },
  'applications.extend': {
    req: v.object({
      id,
      days: v.pipe(
        v.number('请填写延长的工作日数'),
        v.integer('延长天数应为整数'),
        v.minValue(1, '至少延长1个工作日'),
        v.maxValue(MAX_EXTENSION_WORKING_DAYS, `延长不能超过${MAX_EXTENSION_WORKING_DAYS}个工作日（条例第三十三条）`),
      ),
      reason: note('延期理由'),
    }),
    res: detail,
  },
  'applications.answer': { req: answerApplicationSchema, res: detail },
};
