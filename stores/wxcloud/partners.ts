import type { Partner, PartnerRequest } from '../../core/open311/partner';
import type { PartnerStore } from '../../core/store';
import { cap, NEWEST_CREATED, plain, strip, type OptionalKeys, type Plan, type WxContext } from './shared';
import type { WxCondition } from './types';

const PARTNER_OPTIONAL: Record<OptionalKeys<Partner>, true> = { revokedAt: true, revokedBy: true };

export function wxPartners(ctx: WxContext): PartnerStore {
  const { db, _, read, byId, putAll, transact, replaceIfVersion } = ctx;
  return {
    async insertPartner(p) {
      // partners/<id> and partner_keys/<keyHash> in one transaction: the database refuses a
      // duplicate of either, so no two partners share a key.
      try {
        await transact(async (tx) => {
          ctx.calls++;
          await tx.collection('partner_keys').add({ data: { _id: p.keyHash, partnerId: p.id } });
          ctx.calls++;
          await tx.collection('partners').add({ data: { ...plain(p), _id: p.id } });
        });
        return true;
      } catch (e) {
        if ((await byId('partner_keys', p.keyHash)) || (await byId('partners', p.id))) return false;
        throw e;
      }
    },
    getPartner: (id) => byId<Partner>('partners', id),
    async getPartnerByKeyHash(keyHash) {
      ctx.calls++;
      const { data } = await db.collection('partners').where({ keyHash }).limit(1).get();
      return data[0] ? strip<Partner>(data[0]) : null;
    },
    updatePartner: (p, expectedVersion) => replaceIfVersion('partners', p.id, p, PARTNER_OPTIONAL, expectedVersion),
    async listPartners(countyCode, limit, after) {
      const plan: Plan = { coll: 'partners', where: [{ countyCode }], sort: NEWEST_CREATED };
      const start = after ? { createdAt: after.createdAt, _id: after.id } : undefined;
      return (await read(plan, cap(limit), start)).map(strip<Partner>);
    },
    async putPartnerRequest(r) {
      await putAll('partner_requests', [r], (x) => x.complaintId);
    },
    getPartnerRequest: (complaintId) => byId<PartnerRequest>('partner_requests', complaintId),
    async listPartnerRequests(q) {
      const range = q.from && q.to ? _.and(_.gte(q.from), _.lt(q.to)) : q.from ? _.gte(q.from) : q.to ? _.lt(q.to) : undefined;
      const where: WxCondition = {
        countyCode: q.countyCode,
        ...(q.serviceCode ? { serviceCode: q.serviceCode } : {}),
        ...(range ? { createdAt: range } : {}),
      };
      const plan: Plan = { coll: 'partner_requests', where: [where], sort: NEWEST_CREATED };
      const start = q.after ? { createdAt: q.after.createdAt, _id: q.after.complaintId } : undefined;
      return (await read(plan, cap(q.limit), start)).map(strip<PartnerRequest>);
    },
  };
}
