import type { CatalogItem } from '../../core/model';
import type { CatalogStore } from '../../core/store';
import { indexTokens } from '../../core/search/tokens';
import { cap, strip, type Plan, type Sort, type WxContext } from './shared';

const CATALOG_ORDER: Sort = [
  ['countyCode', 'asc'],
  ['domain', 'asc'],
  ['order', 'asc'],
  ['_id', 'asc'],
];

export function wxCatalog({ read, byId, putAll, tokenConds }: WxContext): CatalogStore {
  return {
    async putCatalogItems(items) {
      await putAll(
        'catalog_items',
        items,
        (i) => i.id,
        (i) => ({
          tokens: indexTokens(i.level1, i.level2, i.summary, i.contents.join(' '), i.unitName),
        }),
      );
    },
    getCatalogItem: (id) => byId<CatalogItem>('catalog_items', id),
    async listCatalogItems(countyCode, domain) {
      const plan: Plan = {
        coll: 'catalog_items',
        where: [domain ? { countyCode, domain } : { countyCode }],
        sort: CATALOG_ORDER.slice(domain ? 2 : 1),
      };
      return (await read(plan, Infinity)).map(strip<CatalogItem>);
    },
    async searchCatalog(q, countyCode, limit) {
      const conds = tokenConds(q);
      if (!conds) return [];
      const plan: Plan = {
        coll: 'catalog_items',
        where: countyCode ? [...conds, { countyCode }] : conds,
        sort: CATALOG_ORDER,
      };
      return (await read(plan, cap(limit))).map(strip<CatalogItem>);
    },
  };
}
