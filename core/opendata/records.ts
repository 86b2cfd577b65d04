// One open-data record per catalog item and per published disclosure, under the names of the
// data dictionary (./columns.ts). What may leave the app follows the public pages and is
// stricter where a file outlives the moment it was fetched:
// - a list of people only while its 公示 runs (not before it starts, never after it ends),
//   and masked again on the way out (the stored copy is masked; this is the second lock);
// - nothing of the table or the attachments while a reported leak is being checked;
// - texts pass the masker too (ID, mobile and card numbers), whoever wrote them.
import type { CatalogItem, Disclosure, TableData } from '../model';
import type { County } from '../regions/county';
import { maskTable, maskText } from '../privacy/masker';
import { publicityView, underPrivacyReview, outcomeLabel } from '../disclosures/public-view';
import { shanghaiDate, shanghaiIso } from '../time/shanghai';
import { CATALOG_HEADER, DISCLOSURE_HEADER } from './columns';

export type CatalogRecord = Record<string, string | number | boolean | null>;

export interface DisclosureRecord {
  id: string;
  url: string;
  county_code: string;
  region_code: string;
  region_name: string;
  level: Disclosure['level'];
  domain_id: string;
  item_id: string;
  item_title: string | null;
  item_version: number;
  title: string;
  publisher: string;
  formed_date: string | null;
  published_at: string;
  publicity_start: string | null;
  publicity_end: string | null;
  publicity_state: string | null;
  body: string;
  link_title: string | null;
  link_url: string | null;
  attachments: string[];
  interpretation: Array<{ q: string; a: string }>;
  table_columns: string[] | null;
  table_rows: string[][] | null;
  table_note: string | null;
  objection_outcome: string | null;
  demo: boolean;
}

const LIST_SEP = '；';
const clean = (s: string) => maskText(s).text;

/** The H5 page of a disclosure (hash routing, as the printed notices link to it). */
export function disclosureUrl(baseUrl: string, id: string): string {
  return `${baseUrl}/#/pages/disclosure/index?id=${encodeURIComponent(id)}`;
}

export function catalogRecord(county: Pick<County, 'code' | 'name' | 'domains'>, item: CatalogItem): CatalogRecord {
  const domain = county.domains.find((d) => d.id === item.domain);
  const rp = item.responsiblePerson;
  return {
    county_code: county.code,
    county_name: county.name,
    item_id: item.id,
    item_version: item.version,
    domain_id: item.domain,
    domain_name: domain?.name ?? item.domain,
    level1: item.level1,
    level2: item.level2,
    summary: item.summary,
    contents: item.contents.join(LIST_SEP),
    basis: item.basis.join(LIST_SEP),
    time_limit: item.timeLimit.text,
    time_limit_days: item.timeLimit.days,
    time_limit_day_kind: item.timeLimit.dayKind,
    publisher: item.publisher,
    unit_id: item.unitId,
    unit_name: item.unitName,
    responsible_person: rp ? `${rp.name}（${rp.post}）` : null,
    update_cycle: item.updateCycle.text,
    channels: item.channels.join(LIST_SEP),
    audience: item.audience,
    audience_note: item.audienceNote ?? null,
    mode: item.mode,
    levels: item.levels.join(LIST_SEP),
    consult_phone: item.consultPhone.number,
    report_phone: item.reportPhone.number,
    phones_demo: item.consultPhone.demo || item.reportPhone.demo,
    publicity_days: item.publicityDays?.text ?? null,
  };
}

/** The table as open data may carry it now, or why not. */
export function openTable(d: Disclosure, now: Date): { table: TableData | null; note: string | null } {
  if (!d.table) return { table: null, note: null };
  if (underPrivacyReview(d)) return { table: null, note: '名单核查中' };
  const masked = maskTable(d.table).table;
  const personal = Boolean(d.table.personal || masked.personal);
  if (!personal) return { table: masked, note: null };
  const today = shanghaiDate(now);
  if (!d.publicity) return { table: null, note: '名单不在公示期内' };
  if (today > d.publicity.end) return { table: null, note: '公示期满，名单已撤下' };
  if (today < d.publicity.start) return { table: null, note: '公示尚未开始' };
  return { table: masked, note: null };
}

export function disclosureRecord(d: Disclosure, itemTitle: string | null, now: Date, baseUrl: string): DisclosureRecord {
  const review = underPrivacyReview(d);
  const { table, note } = openTable(d, now);
  const p = publicityView(d.publicity, now);
  const o = d.objectionOutcome;
  return {
    id: d.id,
    url: disclosureUrl(baseUrl, d.id),
    county_code: d.countyCode,
    region_code: d.regionCode,
    region_name: d.regionName,
    level: d.level,
    domain_id: d.domain,
    item_id: d.itemId,
    item_title: itemTitle,
    item_version: d.itemVersion ?? 1,
    title: clean(d.title),
    publisher: d.unitName,
    formed_date: d.link?.date ?? null,
    published_at: shanghaiIso(d.publishedAt),
    publicity_start: d.publicity?.start ?? null,
    publicity_end: d.publicity?.end ?? null,
    publicity_state: p?.state ?? null,
    body: clean(d.body),
    link_title: d.link ? clean(d.link.title) : null,
    link_url: d.link?.url ?? null,
    attachments: review ? [] : d.attachments.map((a) => clean(a.name)),
    interpretation: (d.interpretation ?? []).map((qa) => ({ q: clean(qa.q), a: clean(qa.a) })),
    table_columns: table ? table.columns : null,
    table_rows: table ? table.rows : null,
    table_note: note,
    objection_outcome: o ? `${outcomeLabel(o.upheld)}：${clean(o.text)}` : null,
    demo: d.demo,
  };
}

/** A disclosure record as one CSV row, in DISCLOSURE_HEADER order: lists joined by ；, the table as JSON. */
export function disclosureRow(r: DisclosureRecord): unknown[] {
  return DISCLOSURE_HEADER.map((h) => {
    if (h === 'attachments') return r.attachments.join(LIST_SEP);
    if (h === 'interpretation') return r.interpretation.map((qa) => `问：${qa.q}答：${qa.a}`).join(LIST_SEP);
    const v = r[h as keyof DisclosureRecord];
    return Array.isArray(v) ? JSON.stringify(v) : v;
  });
}

export function catalogRow(r: CatalogRecord): unknown[] {
  return CATALOG_HEADER.map((h) => r[h]);
}
