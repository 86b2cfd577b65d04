// Open data of a county and its places: the catalog, the published disclosures (JSON and CSV)
// and Atom feeds. The `public` function serves them page by page (opendata.* actions), the
// local cloud at stable paths (/open-data/…, /feeds/…), and `npm run export:open-data` writes
// them as a static folder. All three call these functions, so the files are the same.
import type { CatalogItem, Disclosure, Region } from '../model';
import type { Clock, Store } from '../store';
import { MAX_READ } from '../store';
import { AppError } from '../api/errors';
import { decodeCursor, encodeCursor } from '../api/cursor';
import { countyOf, disclosureChain, normalizeCode } from '../regions/codes';
import type { County } from '../regions/county';
import { shanghaiIso } from '../time/shanghai';
import { atomXml, type AtomEntry } from './atom';
import { CATALOG_HEADER, DISCLOSURE_HEADER } from './columns';
import { csvRows, toCsv } from './csv';
import { catalogRecord, catalogRow, disclosureRecord, disclosureRow, disclosureUrl, type DisclosureRecord } from './records';

export interface OpenDataDeps {
  store: Store;
  clock: Clock;
  /** Where people reach the H5 app (PUBLIC_BASE_URL), without a trailing slash. */
  baseUrl: string;
  /** Where the files themselves are served (feeds' rel=self); default baseUrl. */
  filesBaseUrl?: string;
}

export type OpenDataFormat = 'json' | 'csv';

/** One file (or one page of it) as served: its body with its type and a file name to save it as. */
export interface OpenDataFile {
  contentType: string;
  fileName: string;
  body: string;
  /** Records in the body. */
  count: number;
  /** Cursor of the next page (opendata.disclosures only), else null. */
  next: string | null;
}

export const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

/** Entries per feed: the newest, as feed readers poll. */
export const FEED_SIZE = 50;

const TERMS =
  '本数据由基层政务公开平台按政府信息公开相关规定主动公开，可自由复制、引用和再发布，请注明来源并保留发布日期；名单类信息仅在公示期内提供，不得用于公示以外的用途。';

function canonical(code: string): string {
  const c = normalizeCode(code);
  if (!c) throw new AppError('INVALID_INPUT', '地区代码有误');
  return c;
}

async function countyOfCode(store: Store, code: string): Promise<County> {
  const cc = countyOf(code);
  const county = cc ? await store.getCounty(cc) : null;
  if (!county) throw new AppError('NOT_FOUND', '这个地区还没有建立政务公开目录');
  return county;
}

async function placeOf(store: Store, input: string): Promise<{ region: Region; county: County }> {
  const code = canonical(input);
  if (code.length < 6) throw new AppError('INVALID_INPUT', '请提供县（区）、乡镇或村（社区）的代码');
  const [region, county] = await Promise.all([store.getRegion(code), countyOfCode(store, code)]);
  if (!region) throw new AppError('NOT_FOUND', '没有找到这个地区');
  return { region, county };
}

const fullName = (r: Region) => [...r.path.slice(2), r.name].join('');

function jsonBody(meta: Record<string, unknown>, records: unknown[]): string {
  return `${JSON.stringify({ ...meta, terms: TERMS, count: records.length, records }, null, 1)}\n`;
}

/** A county's catalog: every standing item with every element of the 标准目录. */
export async function catalogFile(
  deps: Pick<OpenDataDeps, 'store' | 'clock'>,
  countyCode: string,
  format: OpenDataFormat,
): Promise<OpenDataFile> {
  const code = canonical(countyCode);
  if (code.length !== 6) throw new AppError('INVALID_INPUT', '请提供6位县（区）代码');
  const county = await countyOfCode(deps.store, code);
  const order = new Map(county.domains.map((d) => [d.id, d.order]));
  const items = (await deps.store.listCatalogItems(county.code))
    .filter((i) => !i.retired)
    .sort((a, b) => (order.get(a.domain) ?? 99) - (order.get(b.domain) ?? 99) || a.order - b.order || (a.id < b.id ? -1 : 1));
  const records = items.map((i) => catalogRecord(county, i));
  const fileName = `catalog-${county.code}.${format}`;
  if (format === 'csv') {
    return {
      contentType: CONTENT_TYPES.csv,
      fileName,
      body: toCsv(CATALOG_HEADER, records.map(catalogRow)),
      count: records.length,
      next: null,
    };
  }
  const body = jsonBody(
    { county: { code: county.code, name: county.name }, generatedAt: shanghaiIso(deps.clock.now()), columns: CATALOG_HEADER },
    records,
  );
  return { contentType: CONTENT_TYPES.json, fileName, body, count: records.length, next: null };
}

async function itemTitles(store: Store, countyCode: string): Promise<Map<string, string>> {
  return new Map((await store.listCatalogItems(countyCode)).map((i: CatalogItem) => [i.id, i.level2]));
}

/** One page (up to 100) of the disclosures published at exactly this place, newest first. */
export async function disclosureRecords(
  deps: OpenDataDeps,
  regionCode: string,
  cursor?: string,
  titles?: Map<string, string>,
): Promise<{ region: Region; county: County; records: DisclosureRecord[]; next: string | null }> {
  const { region, county } = await placeOf(deps.store, regionCode);
  const after = cursor ? decodeCursor(cursor, ['publishedAt', 'id']) : undefined;
  const [rows, names] = await Promise.all([
    deps.store.listDisclosures({ regionCodes: [region.code], after, limit: MAX_READ }),
    titles ? Promise.resolve(titles) : itemTitles(deps.store, county.code),
  ]);
  const now = deps.clock.now();
  const last = rows[rows.length - 1];
  const next = rows.length === MAX_READ && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { region, county, records: rows.map((d) => disclosureRecord(d, names.get(d.itemId) ?? null, now, deps.baseUrl)), next };
}

/** The `public` function's page of a place's disclosures as JSON or CSV (a later page's CSV has no header or BOM). */
export async function disclosuresPage(
  deps: OpenDataDeps,
  regionCode: string,
  format: OpenDataFormat,
  cursor?: string,
): Promise<OpenDataFile> {
  const { region, records, next } = await disclosureRecords(deps, regionCode, cursor);
  const fileName = `disclosures-${region.code}.${format}`;
  if (format === 'csv') {
    const body = cursor ? csvRows(records.map(disclosureRow)) : toCsv(DISCLOSURE_HEADER, records.map(disclosureRow));
    return { contentType: CONTENT_TYPES.csv, fileName, body, count: records.length, next };
  }
  return { contentType: CONTENT_TYPES.json, fileName, body: disclosuresJson(deps, region, records), count: records.length, next };
}

function disclosuresJson(deps: Pick<OpenDataDeps, 'clock'>, region: Region, records: DisclosureRecord[]): string {
  return jsonBody(
    {
      region: { code: region.code, name: fullName(region), level: region.level },
      generatedAt: shanghaiIso(deps.clock.now()),
      columns: DISCLOSURE_HEADER,
    },
    records,
  );
}

/** Every disclosure published at this place, as one file (the local cloud's path and the export). */
export async function disclosuresFile(
  deps: OpenDataDeps,
  regionCode: string,
  format: OpenDataFormat,
  titles?: Map<string, string>,
): Promise<OpenDataFile> {
  const all: DisclosureRecord[] = [];
  let cursor: string | undefined;
  let region: Region;
  let names = titles;
  do {
    const page = await disclosureRecords(deps, regionCode, cursor, names);
    names ??= await itemTitles(deps.store, page.county.code);
    region = page.region;
    all.push(...page.records);
    cursor = page.next ?? undefined;
  } while (cursor);
  const fileName = `disclosures-${region.code}.${format}`;
  if (format === 'csv') {
    return {
      contentType: CONTENT_TYPES.csv,
      fileName,
      body: toCsv(DISCLOSURE_HEADER, all.map(disclosureRow)),
      count: all.length,
      next: null,
    };
  }
  return { contentType: CONTENT_TYPES.json, fileName, body: disclosuresJson(deps, region, all), count: all.length, next: null };
}

/** When a disclosure last changed as the public sees it: published, an outcome, a check closed. */
function updatedOf(d: Disclosure): string {
  const times = [d.publishedAt, d.objectionOutcome?.at, d.privacyReview?.requestedAt, d.privacyReview?.cleared?.at].filter(
    (t): t is string => Boolean(t),
  );
  return shanghaiIso(times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)));
}

/** The Atom feed of what a place's residents see (the place, its town and county), optionally of one domain. */
export async function feedFile(
  deps: OpenDataDeps,
  regionCode: string,
  domainId?: string,
  titles?: Map<string, string>,
): Promise<OpenDataFile> {
  const { region, county } = await placeOf(deps.store, regionCode);
  const domain = domainId ? county.domains.find((d) => d.id === domainId) : undefined;
  if (domainId && !domain) throw new AppError('NOT_FOUND', '本县没有这个公开领域');
  const [rows, names] = await Promise.all([
    deps.store.listDisclosures({ regionCodes: disclosureChain(region.code), domain: domainId, limit: FEED_SIZE }),
    titles ? Promise.resolve(titles) : itemTitles(deps.store, county.code),
  ]);
  const now = deps.clock.now();
  const domainName = new Map(county.domains.map((d) => [d.id, d.name]));
  const entries: AtomEntry[] = rows.map((d) => {
    const r = disclosureRecord(d, names.get(d.itemId) ?? null, now, deps.baseUrl);
    const period = r.publicity_start ? `公示期：${r.publicity_start} 至 ${r.publicity_end}。` : '';
    return {
      key: `disclosure:${d.id}`,
      title: r.title,
      updated: updatedOf(d),
      published: r.published_at,
      link: disclosureUrl(deps.baseUrl, d.id),
      author: r.publisher,
      summary: `${r.region_name} · ${r.item_title ?? domainName.get(d.domain) ?? ''}。${period}`,
      content: [
        r.body,
        ...r.interpretation.map((qa) => `问：${qa.q}\n答：${qa.a}`),
        r.link_url ? `原文：${r.link_title ?? ''} ${r.link_url}` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      category: { term: d.domain, label: domainName.get(d.domain) ?? d.domain },
    };
  });
  const files = deps.filesBaseUrl ?? deps.baseUrl;
  const path = domainId ? `/feeds/${region.code}/${domainId}.atom` : `/feeds/${region.code}.atom`;
  const title = `${fullName(region)}政务公开${domain ? ` · ${domain.name}` : ''}`;
  const body = atomXml({
    key: domainId ? `feed:${region.code}:${domainId}` : `feed:${region.code}`,
    title,
    subtitle: `${fullName(region)}及所属乡镇、县（区）发布的公开信息和公示`,
    selfUrl: `${files}${path}`,
    htmlUrl: `${deps.baseUrl}/#/pages/village/index?code=${region.code}`,
    updated: shanghaiIso(now),
    author: `${county.name}人民政府`,
    entries,
  });
  return {
    contentType: CONTENT_TYPES.atom,
    fileName: `${region.code}${domainId ? `-${domainId}` : ''}.atom`,
    body,
    count: entries.length,
    next: null,
  };
}
