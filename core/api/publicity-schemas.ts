// Request schemas of the `cadre` and `review` functions, shared with the drafting form.
import * as v from 'valibot';

export const TITLE_MAX = 80;
export const BODY_MAX = 5000;

const id = v.pipe(v.string('请提供编号'), v.trim(), v.minLength(1, '请提供编号'), v.maxLength(120, '编号过长'));
const version = v.pipe(v.number('缺少版本号'), v.integer('版本号有误'), v.minValue(1, '版本号有误'));
const cursor = v.optional(v.pipe(v.string(), v.maxLength(300, '分页参数有误')));
const cell = v.pipe(v.string('表格内容有误'), v.maxLength(500, '单元格内容不能超过500个字'));
const note = (label: string) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(2, `请填写${label}`), v.maxLength(300, `${label}不能超过300个字`));

export const draftSchema = v.object({
  id: v.optional(id),
  requestId: v.pipe(v.string('缺少请求编号'), v.trim(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号有误')),
  version: v.optional(version),
  regionCode: v.pipe(v.string('请选择村'), v.trim(), v.regex(/^\d{12}$/, '请选择村')),
  itemId: v.pipe(v.string('请选择公开事项'), v.trim(), v.minLength(1, '请选择公开事项')),
  title: v.pipe(v.string('请填写标题'), v.trim(), v.minLength(4, '标题至少4个字'), v.maxLength(TITLE_MAX, `标题不能超过${TITLE_MAX}个字`)),
  body: v.pipe(v.string('请填写正文'), v.trim(), v.minLength(10, '正文至少10个字'), v.maxLength(BODY_MAX, `正文不能超过${BODY_MAX}个字`)),
  table: v.optional(
    v.nullable(
      v.object({
        columns: v.pipe(v.array(cell), v.maxLength(30, '表格不能超过30列')),
        rows: v.pipe(v.array(v.array(cell)), v.maxLength(5000, '表格超过5000行，请分批发布')),
      }),
    ),
  ),
  pasted: v.optional(v.pipe(v.string(), v.maxLength(2_000_000, '粘贴的内容过大，请分批发布'))),
  attachments: v.optional(
    v.pipe(
      v.array(
        v.object({ name: v.pipe(v.string(), v.maxLength(100)), url: v.pipe(v.string(), v.maxLength(300)), size: v.optional(v.number()) }),
      ),
      v.maxLength(9, '附件最多9个'),
    ),
  ),
  publicityStart: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '公示开始日期格式应为 2026-12-01'))),
});

export const CADRE_SCHEMAS = {
  'villages.mine': v.object({}),
  'drafts.save': draftSchema,
  'drafts.preview': v.object({ id }),
  'drafts.get': v.object({ id }),
  'drafts.submit': v.object({ id, version }),
  'drafts.mine': v.object({ cursor }),
  'due.list': v.object({}),
} as const;

export const REVIEW_SCHEMAS = {
  'reviews.list': v.object({ status: v.optional(v.picklist(['pending_review', 'published', 'withdrawn'], '状态有误')), cursor }),
  'reviews.get': v.object({ id }),
  'reviews.approve': v.object({ id, version, confirmHardship: v.optional(v.boolean()), note: v.optional(note('确认理由')) }),
  'reviews.reject': v.object({ id, version, note: note('退回意见') }),
  'disclosures.withdraw': v.object({ id, reason: note('撤回理由') }),
  'due.list': v.object({}),
} as const;
