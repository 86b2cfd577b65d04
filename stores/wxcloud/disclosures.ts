import type { Disclosure } from '../../core/model';
import { MAX_READ, type DisclosureStore } from '../../core/store';
import { indexTokens } from '../../core/search/tokens';
import { disclosureSearchTexts } from '../../core/disclosures/public-view';
import { cap, strip, type Plan, type Sort, type WxContext } from './shared';
import type { WxCondition } from './types';

const NEWEST: Sort = [
  ['publishedAt', 'desc'],
  ['_id', 'desc'],
];

export function wxDisclosures(ctx: WxContext): DisclosureStore {
  const { db, _, read, byId, putAll, tokenConds, transact, getOrNull } = ctx;
  const published = (regionCodes: string[]): WxCondition => ({ regionCode: _.in(regionCodes), status: 'published' });
  const latestId = (regionCode: string) => `latest:${regionCode}`;

  /**
   * The roll-up of a region (counters/latest:<region>, items: itemId -> publishedAt) for one
   * item, recomputed from its newest published disclosure (one indexed read) and written as a
   * nested field: exact after any write, withdrawal or retry, whatever their order.
   */
  async function refreshLatest(regionCode: string, itemId: string) {
    const [top] = await read({ coll: 'disclosures', where: [{ regionCode, status: 'published', itemId }], sort: NEWEST }, 1);
    const at = top ? String(top.publishedAt) : null;
    const ref = db.collection('counters').doc(latestId(regionCode));
    for (let attempt = 0; attempt < 3; attempt++) {
      ctx.calls++;
      const res = await ref.update({ data: { items: { [itemId]: at ?? _.remove() } } });
      if (res?.stats?.updated || !at) return;
      try {
        ctx.calls++;
        await db.collection('counters').add({ data: { _id: latestId(regionCode), items: { [itemId]: at } } });
        return;
      } catch (e) {
        if (!(await byId('counters', latestId(regionCode)))) throw e;
        // Added by a concurrent first write: update it.
      }
    }
  }

  return {
    async putDisclosures(list) {
      await putAll(
        'disclosures',
        list,
        (d) => d.id,
        (d) => ({
          // Only published text is searchable; drafts must not leak through search.
          tokens: d.status === 'published' ? indexTokens(...disclosureSearchTexts(d)) : [],
          ...(d.publicity ? { publicityEnd: d.publicity.end } : {}),
          // Kept beside privacyReview so the 政务公开办's list is one indexed query.
          privacyOpen: Boolean(d.privacyReview && !d.privacyReview.cleared),
        }),
      );
      const pairs = new Map(list.map((d) => [`${d.regionCode}|${d.itemId}`, d]));
      for (const d of pairs.values()) await refreshLatest(d.regionCode, d.itemId);
    },
    getDisclosure: (id) => byId<Disclosure>('disclosures', id),
    async listDisclosures(q) {
      const where: WxCondition[] = [
        { ...published(q.regionCodes), ...(q.domain ? { domain: q.domain } : {}), ...(q.itemId ? { itemId: q.itemId } : {}) },
      ];
      const start = q.after ? { publishedAt: q.after.publishedAt, _id: q.after.id } : undefined;
      return (await read({ coll: 'disclosures', where, sort: NEWEST }, cap(q.limit), start)).map(strip<Disclosure>);
    },
    async countDisclosuresByDomain(regionCodes) {
      if (regionCodes.length === 0) return {};
      ctx.calls++;
      const { list } = await db
        .collection('disclosures')
        .aggregate()
        .match(published(regionCodes))
        .group({ _id: '$domain', n: _.aggregate.sum(1) })
        // Without a limit stage the platform returns only 20 groups.
        .limit(MAX_READ)
        .end();
      return Object.fromEntries(list.map((g) => [String(g._id), Number(g.n)]));
    },
    async listRunningPublicity(regionCodes, today, limit) {
      const plan: Plan = {
        coll: 'disclosures',
        where: [{ ...published(regionCodes), publicityEnd: _.gte(today) }],
        sort: [
          ['publicityEnd', 'asc'],
          ['_id', 'asc'],
        ],
      };
      return (await read(plan, cap(limit))).map(strip<Disclosure>);
    },
    async searchDisclosures(q, regionCodes, limit) {
      const conds = tokenConds(q);
      if (!conds) return [];
      const scope = regionCodes?.length ? published(regionCodes) : { status: 'published' };
      const plan: Plan = { coll: 'disclosures', where: [...conds, scope], sort: NEWEST };
      return (await read(plan, cap(limit))).map(strip<Disclosure>);
    },
    async addObjection(disclosureId, complaintId) {
      // One transaction: a marker per complaint (counters/objection:<complaint id>) and an
      // atomic increment, so a retry finds the marker and counts nothing. A missing count is 0;
      // the platform answers an update of a missing document with updated 0 (no error,
      // nothing created): an unknown id does nothing.
      await transact(async (tx) => {
        const marker = tx.collection('counters').doc(`objection:${complaintId}`);
        if (await getOrNull(marker)) return;
        ctx.calls++;
        await marker.set({ data: { value: 1 } });
        ctx.calls++;
        await tx
          .collection('disclosures')
          .doc(disclosureId)
          .update({ data: { objections: _.inc(1) } });
      });
    },
    async flagDisclosurePrivacy(id, review) {
      ctx.calls++;
      await db
        .collection('disclosures')
        .doc(id)
        .update({ data: { privacyReview: _.set(review), privacyOpen: !review.cleared } });
    },
    async listPrivacyFlagged(countyCode, limit) {
      const plan: Plan = { coll: 'disclosures', where: [{ countyCode, privacyOpen: true, status: 'published' }], sort: NEWEST };
      return (await read(plan, cap(limit))).map(strip<Disclosure>);
    },
    async clearDisclosurePrivacy(id, complaintId, cleared) {
      // Read and written in one transaction: a report arriving meanwhile stays open.
      return transact(async (tx) => {
        const ref = tx.collection('disclosures').doc(id);
        const doc = (await getOrNull(ref)) as (Disclosure & Record<string, unknown>) | null;
        if (doc?.privacyReview?.complaintId !== complaintId) return false;
        ctx.calls++;
        await ref.update({ data: { privacyReview: _.set({ ...doc.privacyReview, cleared }), privacyOpen: false } });
        return true;
      });
    },
    async setObjectionOutcome(id, outcome) {
      ctx.calls++;
      await db
        .collection('disclosures')
        .doc(id)
        .update({ data: { objectionOutcome: _.set(outcome) } });
    },
    async withdrawDisclosure(id, withdrawal) {
      ctx.calls++;
      // Out of search with its status: tokens are kept for published disclosures only.
      await db
        .collection('disclosures')
        .doc(id)
        .update({ data: { status: 'withdrawn', withdrawal: _.set(withdrawal), tokens: _.set([]) } });
      const d = await byId<Disclosure>('disclosures', id);
      if (d) await refreshLatest(d.regionCode, d.itemId);
    },
    async listCountyDisclosures(countyCode, limit, afterId) {
      const plan: Plan = { coll: 'disclosures', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, cap(limit), afterId ? { _id: afterId } : undefined)).map(strip<Disclosure>);
    },
    async latestByItem(regionCodes) {
      if (!regionCodes.length) return {};
      // One read of at most 10 small documents by _id.
      const docs = await read(
        { coll: 'counters', where: [{ _id: _.in(regionCodes.map(latestId)) }], sort: [['_id', 'asc']] },
        regionCodes.length,
      );
      const out: Record<string, string> = {};
      for (const doc of docs)
        for (const [itemId, at] of Object.entries((doc.items ?? {}) as Record<string, string>))
          if (!out[itemId] || out[itemId] < at) out[itemId] = at;
      return out;
    },
    async putLatestByItem(regionCode, latest) {
      ctx.calls++;
      await db
        .collection('counters')
        .doc(latestId(regionCode))
        .set({ data: { items: latest } });
    },
  };
}
