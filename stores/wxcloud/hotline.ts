import type { HotlineConfig, HotlineDelivery } from '../../core/hotline/model';
import type { HotlineStore } from '../../core/store';
import { cap, plain, strip, type OptionalKeys, type Plan, type WxContext } from './shared';

/** Row fields that may be absent: a replacing update removes them when the new version lacks them. */
const OPTIONAL: Record<OptionalKeys<HotlineDelivery>, true> = { lastError: true, hotlineTicket: true, deliveredAt: true };

export function wxHotline(ctx: WxContext): HotlineStore {
  const { db, read, byId, replaceIfVersion } = ctx;
  return {
    getHotlineConfig: (countyCode) => byId<HotlineConfig>('hotline_configs', countyCode),
    async putHotlineConfig(cfg) {
      ctx.calls++;
      await db
        .collection('hotline_configs')
        .doc(cfg.countyCode)
        .set({ data: plain(cfg) });
    },
    async enqueueHotline(d) {
      try {
        ctx.calls++;
        await db.collection('hotline_outbox').add({ data: { ...plain(d), _id: d.id } });
        return true;
      } catch (e) {
        // add refuses an existing _id: this complaint is in the outbox already.
        if (await byId('hotline_outbox', d.id)) return false;
        throw e;
      }
    },
    getHotlineDelivery: (id) => byId<HotlineDelivery>('hotline_outbox', id),
    async findHotlineDeliveryByTicket(hotlineTicket) {
      const plan: Plan = { coll: 'hotline_outbox', where: [{ hotlineTicket }], sort: [['_id', 'asc']] };
      const [doc] = await read(plan, 1);
      return doc ? strip<HotlineDelivery>(doc) : null;
    },
    async listHotlineDue(nowIso, limit) {
      const plan: Plan = {
        coll: 'hotline_outbox',
        where: [{ status: 'pending', nextAttemptAt: ctx._.lte(nowIso) }],
        sort: [
          ['nextAttemptAt', 'asc'],
          ['_id', 'asc'],
        ],
      };
      return (await read(plan, cap(limit))).map(strip<HotlineDelivery>);
    },
    updateHotlineDelivery: (d, expectedVersion) => replaceIfVersion('hotline_outbox', d.id, d, OPTIONAL, expectedVersion),
  };
}
