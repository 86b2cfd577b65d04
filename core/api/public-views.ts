// What the `public` function answers: disclosures, catalog entries, counties as the public
// sees them. The actions and their requests: core/api/contracts/public.ts.
import type { CatalogItem, Disclosure, DocLink, Domain, Phone, QA, TableData } from '../model';
import type { Block } from '../publicity/markup';

export type ItemState = '已公开' | '逾期未更新' | '暂无';

/** A disclosure as a list shows it: no body, no table. */
export interface DisclosureSummary {
  id: string;
  itemId: string;
  domain: string;
  title: string;
  regionCode: string;
  regionName: string;
  level: Disclosure['level'];
  publishedAt: string;
  publicity?: PublicityView;
  hasTable: boolean;
  /** 名单核查中: a reported leak is being checked; no table or attachments meanwhile. */
  underReview?: true;
  /** A short 异议处理结果 badge, e.g. 异议处理结果：异议不成立. */
  outcomeBadge?: string;
  /** Who published it: a county unit, a town government, a village committee. */
  unitName: string;
  demo: boolean;
}

export interface PublicityView {
  start: string;
  end: string;
  /** Calendar days left including today; 0 once the period is over. */
  daysLeft: number;
  state: '未开始' | '公示中' | '公示期满';
}

export interface DisclosureView extends DisclosureSummary {
  body: string;
  /** The body laid out: headings, paragraphs, lists (core/publicity/markup.ts); plain text only. */
  blocks: Block[];
  /** 这份文件说了什么: the 政策解读's 问/答, shown before the document. */
  interpretation: QA[];
  /** Where the document itself lives, when published as a link. */
  link?: DocLink;
  /** Masked public table; absent after a list of people has left public view. */
  table?: TableData;
  /** Why a table is not shown, e.g. 公示期满后名单已撤下. */
  tableNote?: string;
  attachments: Disclosure['attachments'];
  unitName: string;
  /** 公示异议 received so far. */
  objections: number;
  /** The catalog item's version the disclosure was published under. */
  itemVersion: number;
  /** 异议处理结果, published by the reviewing unit. */
  objectionOutcome?: { label: '异议成立' | '异议不成立'; upheld: boolean; text: string; at: string; unitName: string };
  item: { id: string; level2: string; consultPhone: Phone; reportPhone: Phone } | null;
  /** 信息形成 date the publisher gave (YYYY-MM-DD), when given. */
  formedOn?: string;
  /** Published after the last day of its 公开时限 (公开不及时); dueOn is that day. */
  late?: true;
  dueOn?: string;
}

export interface CatalogEntry {
  item: CatalogItem;
  state: ItemState;
  latest: DisclosureSummary | null;
  /** ISO date by which the next disclosure is due, when the update cycle runs a clock. */
  nextDue: string | null;
}

export interface CountyView {
  code: string;
  name: string;
  domains: Domain[];
}
