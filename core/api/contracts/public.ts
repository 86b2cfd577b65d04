// The `public` function: the resident's read-only look-up, no login. Use cases: core/api/public-service.ts.
import * as v from 'valibot';
import type { CatalogItem, Region, Unit } from '../../model';
import { answer } from '../contract';
import type { PublicStats } from '../../stats/service';
import type { PublicationFigure } from '../../stats/coverage';
import type { CatalogEntry, CountyView, DisclosureSummary, DisclosureView } from '../public-views';
import { cursor, domain, id, query, regionCode } from '../schema-parts';
import type { ResponseView } from '../../responses/model';
import type { OpenDataFile } from '../../opendata/service';
import type { LookupView } from '../complaint-views';
import type { CodeAnswer } from '../../disclosures/code';

const code = regionCode();
const openDataFormat = v.optional(v.picklist(['json', 'csv'], '格式应为 json 或 csv'), 'json');

export const PUBLIC = {
  'regions.get': { req: v.object({ code }), res: answer<{ region: Region; county: CountyView | null }>() },
  'regions.children': { req: v.object({ code, cursor }), res: answer<{ region: Region; items: Region[]; next: string | null }>() },
  'regions.search': { req: v.object({ q: query }), res: answer<{ items: Region[] }>() },
  'catalog.list': {
    req: v.object({ regionCode: code, domain: v.optional(domain) }),
    res: answer<{ county: CountyView; region: { code: string }; entries: CatalogEntry[] }>(),
  },
  'catalog.get': { req: v.object({ id }), res: answer<{ item: CatalogItem; unit: Unit | null }>() },
  'disclosures.list': {
    /** `itemId`: only that catalog item's disclosures (the item page lists its own). */
    req: v.object({ regionCode: code, domain: v.optional(domain), itemId: v.optional(id), cursor }),
    res: answer<{ items: DisclosureSummary[]; next: string | null }>(),
  },
  'disclosures.summary': {
    req: v.object({ regionCode: code }),
    /** publication: the place's own 公开率 (core/stats/coverage.ts); null where no county catalog is. */
    res: answer<{ counts: Record<string, number>; running: DisclosureSummary[]; publication: PublicationFigure | null }>(),
  },
  'disclosures.get': { req: v.object({ id }), res: answer<DisclosureView>() },
  /** The mini-program code of a published disclosure (打印公示, sharing): a data URL. */
  'disclosures.code': { req: v.object({ id }), res: answer<CodeAnswer>() },
  /** Per unit of a county: 公开及时率, 按期办结率, 满意率 of a month or year (样本不足 under 5). */
  'stats.public': {
    req: v.object({
      countyCode: v.pipe(v.string('请选择县（区）'), v.trim(), v.regex(/^\d{6}$/, '县（区）代码应为6位数字')),
      period: v.pipe(v.string('请选择统计期'), v.trim(), v.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '统计期应为 YYYY-MM 或 YYYY')),
      /** One 领域's figures (the county's domain ids); all domains when absent. */
      domain: v.optional(domain),
    }),
    res: answer<PublicStats>(),
  },
  /** 群众关切与回应: public Q&A and unit responses of a place (its own, its town's, its county's) or an item, newest first. */
  'responses.list': {
    req: v.object({ regionCode: v.optional(code), itemId: v.optional(id), cursor }),
    res: answer<{ items: ResponseView[]; next: string | null }>(),
  },
  search: {
    req: v.object({ q: query, regionCode: v.optional(code) }),
    /** Hits found through an everyday word carry `why` (“拆迁”属于“…”，按“房屋征收”找到). */
    res: answer<{ items: Array<CatalogItem & { why?: string }>; disclosures: Array<DisclosureSummary & { why?: string }> }>(),
  },
  /** Open data (开放数据): a county's catalog with every element, as JSON or CSV (UTF-8 with BOM). */
  'opendata.catalog': {
    req: v.object({ countyCode: code, format: openDataFormat }),
    res: answer<OpenDataFile>(),
  },
  /** The disclosures published at exactly this place, 100 a page (a later CSV page has no header). */
  'opendata.disclosures': {
    req: v.object({ regionCode: code, format: openDataFormat, cursor }),
    res: answer<OpenDataFile>(),
  },
  /** The Atom feed (RFC 4287) of what a place's residents see, optionally of one domain. */
  'opendata.feed': {
    req: v.object({ regionCode: code, domainId: v.optional(domain) }),
    res: answer<OpenDataFile>(),
  },
  /** 查询办理进度: a complaint's progress by ticket + the phone's last 4 digits (no WeChat needed; failures limited per ticket). */
  'complaints.lookup': {
    req: v.object({
      ticket: v.pipe(
        v.string('请输入诉求编号'),
        v.trim(),
        v.transform((s) => s.replace(/\s+/g, '')),
        v.regex(/^\d{6}-\d{8}-\d{4,6}$/, '诉求编号格式不对，应像 510118-20260315-0001'),
      ),
      phoneLast4: v.pipe(v.string('请输入手机号后四位'), v.trim(), v.regex(/^\d{4}$/, '请输入电话号码的后四位数字')),
    }),
    res: answer<LookupView>(),
  },
};
