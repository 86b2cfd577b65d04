// The `publish` function: everyone bound to publish — a county unit's staff (the county-level
// items it is 责任单位 of), a town government's staff (the town-level items of its town), 驻村
// cadres (the village-level items of their villages) — drafts, previews and submits for review.
// Use cases: core/publicity/cadre-service.ts (the drafting flow) and core/publicity/publishers.ts
// (who may publish what, where). The drafting form validates with draftSchema.
import * as v from 'valibot';
import type { PublishLevel } from '../../model';
import { answer } from '../contract';
import type { DraftView, DueEntry, Preview } from '../publicity-views';
import { cursor, empty, id, regionCode, requestId, version } from '../schema-parts';

export const TITLE_MAX = 80;
export const BODY_MAX = 5000;
export const BODY_MIN = 10;
/** Most 问/答 pairs of one 政策解读. */
export const QA_MAX = 10;

const cell = v.pipe(v.string('表格内容有误'), v.maxLength(500, '单元格内容不能超过500个字'));

/** A web address: http(s) only, so nothing else (javascript:, data:) is ever made into a link. */
export const webUrl = v.pipe(
  v.string('请填写链接地址'),
  v.trim(),
  v.maxLength(500, '链接地址不能超过500个字符'),
  v.regex(/^https?:\/\/[^\s<>"']+$/i, '链接地址应以 http:// 或 https:// 开头'),
);

/** Where the document already lives (a county site, a provincial portal): published as a link. */
export const linkSchema = v.object({
  title: v.pipe(
    v.string('请填写链接的文件名称'),
    v.trim(),
    v.minLength(2, '请填写链接的文件名称'),
    v.maxLength(TITLE_MAX, `文件名称不能超过${TITLE_MAX}个字`),
  ),
  url: webUrl,
  date: v.pipe(v.string('请填写文件日期'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '文件日期格式应为 2026-12-01')),
});

/** 政策解读: a few 问/答 pairs in plain words. */
export const interpretationSchema = v.pipe(
  v.array(
    v.object({
      q: v.pipe(v.string('请填写问题'), v.trim(), v.minLength(2, '请填写问题'), v.maxLength(100, '问题不能超过100个字')),
      a: v.pipe(v.string('请填写回答'), v.trim(), v.minLength(2, '请填写回答'), v.maxLength(1000, '回答不能超过1000个字')),
    }),
    '政策解读格式有误',
  ),
  v.maxLength(QA_MAX, `政策解读最多${QA_MAX}问`),
);

export const draftSchema = v.pipe(
  v.object({
    id: v.optional(id), // absent: a new draft
    requestId,
    version: v.optional(version), // the version last read, when editing
    /** Where it is published: a county (6 digits), a town (9) or a village (12). */
    regionCode: regionCode('请选择发布的地方'),
    itemId: v.pipe(v.string('请选择公开事项'), v.trim(), v.minLength(1, '请选择公开事项')),
    title: v.pipe(
      v.string('请填写标题'),
      v.trim(),
      v.minLength(4, '标题至少4个字'),
      v.maxLength(TITLE_MAX, `标题不能超过${TITLE_MAX}个字`),
    ),
    /** A tiny markup: '## ' a heading, '- ' a list item, a blank line between paragraphs. */
    body: v.optional(v.pipe(v.string('请填写正文'), v.trim(), v.maxLength(BODY_MAX, `正文不能超过${BODY_MAX}个字`)), ''),
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
    /** Instead of (or beside) a body: the document where it already lives. */
    link: v.optional(v.nullable(linkSchema)),
    interpretation: v.optional(interpretationSchema),
    publicityStart: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '公示开始日期格式应为 2026-12-01'))),
    /** 信息形成 date: the item's 公开时限 counts from it (required on submit for event-driven items). */
    formedOn: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '信息形成日期格式应为 2026-12-01'))),
  }),
  // A body is needed unless the item is satisfied by a link to where the document lives.
  v.forward(
    v.check((d) => Boolean(d.link) || d.body.length >= BODY_MIN, `正文至少${BODY_MIN}个字（或填写原文链接）`),
    ['body'],
  ),
);

/** A draft as the drafting service receives it (validated). */
export type DraftInput = v.InferOutput<typeof draftSchema>;

export interface TargetItem {
  id: string;
  level2: string;
  domain: string;
  /** A policy document (政策/文件/办法/标准): its 解读 is expected. */
  policy: boolean;
}

export interface PublishTarget {
  region: { code: string; name: string; level: PublishLevel };
  items: TargetItem[];
}

export interface PublisherView {
  kind: 'cadre' | 'unit' | 'town';
  /** Who the public will read as the publisher: 区住建局, 花源街道办事处, or the village committee. */
  name: string;
  level: PublishLevel;
}

/** The drafting actions, shared by `publish` and its older alias `cadre`. */
export const DRAFTING = {
  'drafts.save': { req: draftSchema, res: answer<{ draft: DraftView; preview: Preview }>() },
  'drafts.preview': { req: v.object({ id }), res: answer<Preview>() },
  'drafts.get': { req: v.object({ id }), res: answer<DraftView>() },
  'drafts.submit': { req: v.object({ id, version }), res: answer<DraftView>() },
  'drafts.mine': { req: v.object({ cursor }), res: answer<{ items: DraftView[]; next: string | null }>() },
  /** Items the caller may publish that are overdue (逾期未更新) or never published (暂无). */
  'due.list': { req: empty, res: answer<{ items: DueEntry[] }>() },
  /** The editor's live 公开时限: the last day to publish an item here formed on `formedOn`, and whether today is past it. */
  'due.preview': {
    req: v.object({
      itemId: id,
      regionCode: regionCode('请选择发布的地方'),
      formedOn: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '信息形成日期格式应为 2026-12-01'))),
    }),
    res: answer<{ dueOn?: string; late: boolean }>(),
  },
};

export const PUBLISH = {
  /** What the caller may publish, and where: items × regions. */
  'targets.mine': {
    req: empty,
    /** today: the function's own Shanghai date, which the 信息形成 date may not pass (the phone's clock may differ). */
    res: answer<{ publisher: PublisherView; targets: PublishTarget[]; today: string }>(),
  },
  ...DRAFTING,
};
