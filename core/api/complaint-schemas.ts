// Request schemas of the `resident` and `unit` functions: the complaint form validates with
// the same ones before sending.
import * as v from 'valibot';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS, COMPLAINT_STATUSES } from '../complaints/model';

export const TEXT_MIN = 5;
export const TEXT_MAX = 1000;
export const MAX_PHOTOS = 9;

const id = v.pipe(v.string('请提供编号'), v.trim(), v.minLength(1, '请提供编号'), v.maxLength(120, '编号过长'));
const code = v.pipe(v.string('请选择地区'), v.trim(), v.regex(/^\d{6}(\d{3}){0,2}$/, '地区代码应为6、9或12位数字'));
const note = (label: string, max = 500) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(2, `请填写${label}`), v.maxLength(max, `${label}不能超过${max}个字`));
const fileIds = v.optional(
  v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(300, '文件编号有误')), '附件格式有误'),
    v.maxLength(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张图片`),
  ),
);
const cursor = v.optional(v.pipe(v.string(), v.maxLength(300, '分页参数有误')));

export const submitSchema = v.object({
  requestId: v.pipe(v.string('缺少请求编号'), v.trim(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号有误')),
  kind: v.picklist(COMPLAINT_KINDS, '请选择诉求类型'),
  category: v.picklist(COMPLAINT_CATEGORIES, '请选择问题类别'),
  text: v.pipe(
    v.string('请填写诉求内容'),
    v.trim(),
    v.minLength(TEXT_MIN, `诉求内容至少${TEXT_MIN}个字`),
    v.maxLength(TEXT_MAX, `诉求内容不能超过${TEXT_MAX}个字`),
  ),
  regionCode: code,
  domain: v.optional(v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, '领域编号有误'))),
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

export const RESIDENT_SCHEMAS = {
  'complaints.submit': submitSchema,
  'complaints.mine': v.object({ cursor }),
  'complaints.get': v.object({ id }),
  'complaints.rate': v.object({
    id,
    score: v.pipe(v.number('请选择1到5星'), v.integer('请选择1到5星'), v.minValue(1, '请选择1到5星'), v.maxValue(5, '请选择1到5星')),
    comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, '评价不能超过300个字'))),
  }),
  'complaints.reopen': v.object({ id, reason: note('不满意的原因', 300) }),
  'files.prefix': v.object({}),
} as const;

export const UNIT_SCHEMAS = {
  'queue.list': v.object({
    status: v.optional(v.picklist(COMPLAINT_STATUSES, '状态有误')),
    domain: v.optional(v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/, '领域编号有误'))),
    unitId: v.optional(id),
    cursor,
  }),
  'complaints.get': v.object({ id }),
  'complaints.accept': v.object({ id }),
  'complaints.return': v.object({ id, reason: note('退单理由', 300) }),
  'complaints.start': v.object({ id }),
  'complaints.extend': v.object({
    id,
    days: v.pipe(v.number('请填写延期天数'), v.integer('延期天数应为整数'), v.minValue(1, '延期至少1天'), v.maxValue(60, '延期天数过多')),
    reason: note('延期理由', 300),
  }),
  'complaints.answer': v.object({ id, text: note('答复内容', 2000), attachments: fileIds }),
  'complaints.transfer': v.object({
    id,
    unitId: id,
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, '说明不能超过300个字'))),
  }),
  'complaints.escalate': v.object({ id, note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(300, '督办意见不能超过300个字'))) }),
  'complaints.release': v.object({ id }),
  'units.list': v.object({}),
} as const;
