// Whether a catalog item is kept up: 已公开 when its latest disclosure is within the update
// cycle, 逾期未更新 when the cycle has run out, 暂无 when nothing was ever published here.
import type { CatalogItem, Disclosure } from '../model';
import type { ItemState } from '../api/public-views';
import { addDays, addMonths, shanghaiDate } from '../time/shanghai';

/** Date by which the next disclosure is due after one published on `publishedOn`; null for event-driven items. */
export function nextDueDate(item: Pick<CatalogItem, 'updateCycle'>, publishedOn: string): string | null {
  const { unit, every } = item.updateCycle;
  const n = Math.max(1, every || 1);
  switch (unit) {
    case 'day':
      return addDays(publishedOn, n);
    case 'month':
      return addMonths(publishedOn, n);
    case 'quarter':
      return addMonths(publishedOn, 3 * n);
    case 'year':
      return addMonths(publishedOn, 12 * n);
    default:
      return null;
  }
}

export function itemState(item: CatalogItem, latest: Disclosure | null, now: Date): { state: ItemState; nextDue: string | null } {
  if (!latest) return { state: '暂无', nextDue: null };
  const due = nextDueDate(item, shanghaiDate(new Date(latest.publishedAt)));
  if (due && shanghaiDate(now) > due) return { state: '逾期未更新', nextDue: due };
  return { state: '已公开', nextDue: due };
}
