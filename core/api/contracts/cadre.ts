// The `cadre` function: 驻村 cadres draft village publicity for their own villages.
// Use cases: core/publicity/cadre-service.ts. The drafting form validates with draftSchema.
import * as v from 'valibot';
import { answer } from '../contract';
import type { DraftView, DueEntry, Preview } from '../publicity-views';
import { cursor, empty, id, requestId, version, villageCode } from '../schema-parts';

export const TITLE_MAX = 80;
export const BODY_MAX = 5000;

const cell = v.pipe(v.string('表格内容有误'), v.maxLength(500, '单元格内容不能超过500个字'));

export const draftSchema = v.object({
  id: v.optional(id), // absent: a new draft
  requestId,
  version: v.optional(version), // the version last read, when editing
  regionCode: villageCode,
  itemId: v.pipe(v.string('请选择公开事项'), v.trim(), v.minLength(1, '请选择公开事项')),
  title: v.pipe(v.string('请填写标题'), v.trim(), v.minLength(4, '标题至少4个字'), v.maxLength(TITLE_MAX, `标题不能超过${TITLE_MAX}个字`)),
  body: v.pipe(v.string('请填写正文'), v.trim(), v.minLength(10, '正文至少10个字'), v.maxLength(BODY_MAX, `正文不能超过${BODY_MAX}个字`)),
  /** Either a table already split into cells, or text pasted from a spreadsheet. */
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

/** A draft as the cadre service receives it (validated). */
export type DraftInput = v.InferOutput<typeof draftSchema>;

export const CADRE = {
  'villages.mine': { req: empty, res: answer<{ villages: Array<{ code: string; name: string; path: string[] }> }>() },
  'drafts.save': { req: draftSchema, res: answer<{ draft: DraftView; preview: Preview }>() },
  'drafts.preview': { req: v.object({ id }), res: answer<Preview>() },
  'drafts.get': { req: v.object({ id }), res: answer<DraftView>() },
  'drafts.submit': { req: v.object({ id, version }), res: answer<DraftView>() },
  'drafts.mine': { req: v.object({ cursor }), res: answer<{ items: DraftView[]; next: string | null }>() },
  /** Items of the cadre's villages that are overdue (逾期未更新) or never published (暂无). */
  'due.list': { req: empty, res: answer<{ items: DueEntry[] }>() },
};
