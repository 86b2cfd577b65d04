// What the public may see of a disclosure. A list of people leaves public view when its
// 公示期 ends (the stored masked copy stays for audit); nothing unpublished is shown.
import type { CatalogItem, Disclosure } from '../model';
import type { DisclosureSummary, DisclosureView, PublicityView } from '../api/public-views';
import { daysBetween, shanghaiDate } from '../time/shanghai';
import { parseBody } from '../publicity/markup';
import { interpretationText } from '../publicity/policy';

export const LIST_WITHDRAWN_NOTE = '公示期已满，名单已按规定撤下，不再公开显示。';

export const PRIVACY_REVIEW_NOTE = '名单核查中：有群众反映可能泄露个人信息，名单和附件暂不显示，核查后恢复或撤回。';

/** A reported leak not yet cleared: the table and attachments stay out of public view meanwhile. */
export function underPrivacyReview(d: Pick<Disclosure, 'privacyReview'>): boolean {
  return Boolean(d.privacyReview && !d.privacyReview.cleared);
}

export function outcomeLabel(upheld: boolean): '异议成立' | '异议不成立' {
  return upheld ? '异议成立' : '异议不成立';
}

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
    hasTable: Boolean(d.table && !tableWithdrawn(d, now) && !underPrivacyReview(d)),
    ...(underPrivacyReview(d) ? { underReview: true } : {}),
    ...(d.objectionOutcome ? { outcomeBadge: `异议处理结果：${outcomeLabel(d.objectionOutcome.upheld)}` } : {}),
    unitName: d.unitName,
    demo: d.demo,
  };
}

function tableWithdrawn(d: Disclosure, now: Date): boolean {
  return Boolean(d.table?.personal && d.publicity && shanghaiDate(now) > d.publicity.end);
}

export function toView(d: Disclosure, item: CatalogItem | null, now: Date): DisclosureView {
  const withdrawn = tableWithdrawn(d, now);
  const review = underPrivacyReview(d);
  const outcome = d.objectionOutcome;
  return {
    ...toSummary(d, now),
    body: d.body,
    blocks: parseBody(d.body),
    interpretation: d.interpretation ?? [],
    ...(d.link ? { link: d.link } : {}),
    // Under review nothing that may be personal is shown: neither the list nor the attachments.
    table: withdrawn || review ? undefined : d.table,
    tableNote: review ? PRIVACY_REVIEW_NOTE : withdrawn ? LIST_WITHDRAWN_NOTE : undefined,
    attachments: review ? [] : d.attachments,
    ...(outcome
      ? {
          objectionOutcome: {
            label: outcomeLabel(outcome.upheld),
            upheld: outcome.upheld,
            text: outcome.text,
            at: outcome.at,
            unitName: outcome.unitName,
          },
        }
      : {}),
    unitName: d.unitName,
    objections: d.objections ?? 0,
    itemVersion: d.itemVersion ?? 1,
    item: item ? { id: item.id, level2: item.level2, consultPhone: item.consultPhone, reportPhone: item.reportPhone } : null,
    // The timeliness judged on approval (core/publicity/timeliness.ts), as stored: the public sees a late one said plainly.
    ...(d.formedOn ? { formedOn: d.formedOn } : {}),
    ...(d.late && d.dueOn ? { late: true as const, dueOn: d.dueOn } : {}),
  };
}
