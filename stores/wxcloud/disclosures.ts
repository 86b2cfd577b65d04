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
    },
  };
}
