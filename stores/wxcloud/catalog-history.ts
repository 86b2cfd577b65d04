import type { CatalogHistoryEntry } from '../../core/catalog/history';
import { CatalogVersionTaken, type CatalogHistoryStore } from '../../core/store/catalog-history';
import { cap, plain, strip, type Plan, type WxContext } from './shared';

export function wxCatalogHistory(ctx: WxContext): CatalogHistoryStore {
  return {
    async appendCatalogHistory(e) {
      // add, not set: the database refuses a second entry for the same version (a concurrent edit).
      try {
        ctx.calls++;
        await ctx.db.collection('catalog_history').add({ data: { ...plain(e), _id: e.id } });
      } catch (err) {
        if (await ctx.byId('catalog_history', e.id)) throw new CatalogVersionTaken(e.id);
        throw err;
      }
    },
    async listCatalogHistory(itemId, limit) {
      const plan: Plan = { coll: 'catalog_history', where: [{ itemId }], sort: [['version', 'desc']] };
      return (await ctx.read(plan, cap(limit))).map(strip<CatalogHistoryEntry>);
    },
  };
}
