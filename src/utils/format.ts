// Small formatting helpers: dates in Asia/Shanghai, region titles.
import type { Region } from '@core/model';
import { formatShanghaiDateTime, shanghaiDate } from '@core/time/shanghai';

/** YYYY-MM-DD of an ISO instant or date, in Beijing time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return shanghaiDate(new Date(t));
}

/** 2026-11-26 10:00 in Beijing time. */
export function formatDateTime(iso: string): string {
  return formatShanghaiDateTime(iso);
}

/** 2025-03-01 -> 2025年3月1日 (easier to read aloud). */
export function formatDateCn(iso: string | null | undefined): string {
  const d = formatDate(iso);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const LEVEL_DEPTH: Record<string, number> = { county: 0, town: 1, village: 2 };

/** 县·镇·村 for a county, town or village. */
export function regionTitle(region: Pick<Region, 'name' | 'path' | 'level'>): string {
  const depth = LEVEL_DEPTH[region.level] ?? 0;
  const above = depth > 0 ? region.path.slice(-depth) : [];
  return [...above, region.name].join('·');
}

/** Where a region lies, for a search hit: 成都市新津区花源街道 */
export function regionPlace(region: Pick<Region, 'path'>): string {
  return region.path.slice(1).join('');
}

export const LEVEL_NAMES: Record<string, string> = {
  province: '省',
  city: '市',
  county: '县（区、市）',
  town: '乡镇（街道）',
  village: '村（社区）',
};

export const PUBLISH_LEVEL_NAMES: Record<string, string> = {
  county: '县级',
  town: '乡级',
  village: '村级',
};
