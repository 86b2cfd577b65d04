import type { Region } from '../../core/model';
import type { RegionStore } from '../../core/store';
import { indexTokens } from '../../core/search/tokens';
import { cap, strip, type Plan, type WxContext } from './shared';

export function wxRegions(ctx: WxContext): RegionStore {
  const { db, read, byId, putAll, tokenConds } = ctx;
  return {
    async putRegions(regions) {
      await putAll(
        'regions',
        regions,
        (r) => r.code,
        (r) => ({ tokens: indexTokens(r.name), codeLen: r.code.length }),
      );
    },
    getRegion: (code) => byId<Region>('regions', code),
    async listRegionChildren(parentCode, limit, after) {
      const plan: Plan = { coll: 'regions', where: [{ parentCode }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit), after ? { _id: after } : undefined)).map(strip<Region>);
    },
    async searchRegions(q, limit) {
      const conds = tokenConds(q);
      if (!conds) return [];
      const plan: Plan = {
        coll: 'regions',
        where: conds,
        sort: [
          ['codeLen', 'asc'],
          ['_id', 'asc'],
        ],
      };
      return (await read(plan, cap(limit))).map(strip<Region>);
    },
    async countRegions(level) {
      ctx.calls++;
      return (await db.collection('regions').where({ level }).count()).total;
    },
  };
}
