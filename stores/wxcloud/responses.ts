import type { PublicResponse } from '../../core/responses/model';
import type { ResponseStore } from '../../core/store';
import { cap, strip, type Plan, type WxContext } from './shared';
import type { WxCondition } from './types';

export function wxResponses(ctx: WxContext): ResponseStore {
  const { _, read, byId, putAll } = ctx;
  return {
    async putResponse(r) {
      await putAll('responses', [r], (x) => x.id);
    },
    getResponse: (id) => byId<PublicResponse>('responses', id),
    async deleteResponse(id) {
      ctx.calls++;
      await ctx.db
        .collection('responses')
        .doc(id)
        .remove()
        .catch((e: unknown) => {
          // Removing what is not there is nothing to do.
          if (!/does not exist|not found/i.test(String((e as { errMsg?: unknown; message?: unknown })?.errMsg ?? (e as Error)?.message)))
            throw e;
        });
    },
    async listResponses(q) {
      if (q.regionCodes && q.regionCodes.length === 0) return [];
      const where: WxCondition = {
        ...(q.regionCodes ? { regionCode: _.in(q.regionCodes) } : {}),
        ...(q.itemId ? { itemId: q.itemId } : {}),
        ...(q.unitId ? { unitId: q.unitId } : {}),
      };
      const plan: Plan = {
        coll: 'responses',
        where: [where],
        sort: [
          ['at', 'desc'],
          ['_id', 'desc'],
        ],
      };
      const start = q.after ? { at: q.after.at, _id: q.after.id } : undefined;
      return (await read(plan, cap(q.limit), start)).map(strip<PublicResponse>);
    },
  };
}
