// A place's own 公开率 (issue 11 part 6): of the catalog items due there — 主动公开 items that
// run on a clock (monthly, quarterly, yearly …) at a level that covers the place (a village is
// covered by its county's and town's items and its own) — how many have a disclosure within
// their update cycle. Read from the latest-publication roll-up (DisclosureStore.latestByItem),
// never by scanning disclosures. Event-driven items (只在发生时公开) are not counted: nothing
// says when they are due. Under MIN_SAMPLE items due the rate is 样本不足.
import type { CatalogItem, PublishLevel } from '../model';
import { nextDueDate } from '../catalog/state';
import { shanghaiDate } from '../time/shanghai';
import { rate, type Rate } from './service';

export interface PublicationFigure extends Rate {
  /** Items with a disclosure within their update cycle. */
  current: number;
  /** Items due at the place. */
  due: number;
}

const COVERING: Record<number, PublishLevel[]> = { 6: ['county'], 9: ['county', 'town'], 12: ['county', 'town', 'village'] };

export function isDueAt(item: CatalogItem, regionCode: string): boolean {
  const levels = COVERING[regionCode.length] ?? [];
  return !item.retired && item.mode === '主动' && item.updateCycle.unit !== 'event' && item.levels.some((l) => levels.includes(l));
}

export function publicationFigure(regionCode: string, items: CatalogItem[], latest: Record<string, string>, now: Date): PublicationFigure {
  const today = shanghaiDate(now);
  let due = 0;
  let current = 0;
  for (const item of items) {
    if (!isDueAt(item, regionCode)) continue;
    due++;
    const at = latest[item.id];
    if (!at) continue;
    const next = nextDueDate(item, shanghaiDate(new Date(at)));
    if (!next || today <= next) current++;
  }
  return { ...rate(current, due), current, due };
}
