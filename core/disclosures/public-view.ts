// What the public may see of a disclosure. A list of people leaves public view when its
// 公示期 ends (the stored masked copy stays for audit); nothing unpublished is shown.
import type { CatalogItem, Disclosure } from '../model';
import type { DisclosureSummary, DisclosureView, PublicityView } from '../api/public-views';
import { daysBetween, shanghaiDate } from '../time/shanghai';
import { parseBody } from '../publicity/markup';
import { interpretationText } from '../publicity/policy';

export const LIST_WITHDRAWN_NOTE = '公示期已满，名单已按规定撤下，不再公开显示。';

export function publicityView(p: { start: string; end: string } | undefined, now: Date): PublicityView | undefined {
  if (!p) return undefined;
  const today = shanghaiDate(now);
  if (today < p.start) return { ...p, daysLeft: daysBetween(today, p.end) + 1, state: '未开始' };
  if (today > p.end) return { ...p, daysLeft: 0, state: '公示期满' };
  return { ...p, daysLeft: daysBetween(today, p.end) + 1, state: '公示中' };
}

/** The texts a disclosure is found by: title, body, place, the linked document's title and the 解读. */
export function disclosureSearchTexts(d: Pick<Disclosure, 'title' | 'body' | 'regionName' | 'link' | 'interpretation'>): string[] {
  return [d.title, d.body, d.regionName, d.link?.title ?? '', interpretationText(d.interpretation)];
}

export function isPubliclyVisible(d: Disclosure): boolean {
  return d.status === 'published';
}

export function toSummary(d: Disclosure, now: Date): DisclosureSummary {
  const publicity = publicityView(d.publicity, now);
  return {
    id: d.id,
    itemId: d.itemId,
    domain: d.domain,
    title: d.title,
    regionCode: d.regionCode,
    regionName: d.regionName,
    level: d.level,
    publishedAt: d.publishedAt,
    publicity,
    hasTable: Boolean(d.table && !tableWithdrawn(d, now)),
    unitName: d.unitName,
    demo: d.demo,
  };
}

function tableWithdrawn(d: Disclosure, now: Date): boolean {
  return Boolean(d.table?.personal && d.publicity && shanghaiDate(now) > d.publicity.end);
}

export function toView(d: Disclosure, item: CatalogItem | null, now: Date): DisclosureView {
  const withdrawn = tableWithdrawn(d, now);
  return {
    ...toSummary(d, now),
    body: d.body,
    blocks: parseBody(d.body),
    interpretation: d.interpretation ?? [],
    ...(d.link ? { link: d.link } : {}),
    table: withdrawn ? undefined : d.table,
    tableNote: withdrawn ? LIST_WITHDRAWN_NOTE : undefined,
    attachments: d.attachments,
    unitName: d.unitName,
    objections: d.objections ?? 0,
    itemVersion: d.itemVersion ?? 1,
    item: item ? { id: item.id, level2: item.level2, consultPhone: item.consultPhone, reportPhone: item.reportPhone } : null,
  };
}
