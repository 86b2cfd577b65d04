import type { Draft } from '../../core/publicity/model';
import type { DraftStore } from '../../core/store';
import { cap, plain, requestKey, strip, type OptionalKeys, type Plan, type Sort, type WxContext } from './shared';

/** Draft fields that may be absent, e.g. rawTable once the draft is submitted or approved. */
const DRAFT_OPTIONAL: Record<OptionalKeys<Draft>, true> = {
  rawTable: true,
  publicityStart: true,
  reviewNote: true,
  reviewerOpenid: true,
  withdrawReason: true,
  submittedAt: true,
  itemTitle: true,
  masking: true,
  level: true,
  publisherUnitId: true,
  publisherName: true,
  link: true,
  interpretation: true,
  formedOn: true,
  dueOn: true,
};

const LATEST_CHANGED: Sort = [
  ['updatedAt', 'desc'],
  ['_id', 'desc'],
];
const OLDEST_CHANGED: Sort = [
  ['updatedAt', 'asc'],
  ['_id', 'asc'],
];

export function wxDrafts(ctx: WxContext): DraftStore {
  const { db, read, byId, transact, replaceIfVersion } = ctx;

  async function findDraftByRequest(authorOpenid: string, requestId: string): Promise<Draft | null> {
    ctx.calls++;
    const { data } = await db.collection('drafts').where({ authorOpenid, requestId }).limit(1).get();
    return data[0] ? strip<Draft>(data[0]) : null;
  }

  return {
    async insertDraft(d) {
      // As insertComplaint: drafts/<id> and draft_requests/<hash(author, requestId)> are both
      // added in one transaction, and the database refuses a duplicate of either.
      try {
        await transact(async (tx) => {
          ctx.calls++;
          await tx.collection('draft_requests').add({ data: { _id: requestKey(d.authorOpenid, d.requestId), draftId: d.id } });
          ctx.calls++;
          await tx.collection('drafts').add({ data: { ...plain(d), _id: d.id } });
        });
        return { draft: d, created: true };
      } catch (e) {
        const existing = await findDraftByRequest(d.authorOpenid, d.requestId);
        if (existing) return { draft: existing, created: false };
        if (await byId('drafts', d.id)) throw new Error(`draft ${d.id} collides with another draft`);
        throw e;
      }
    },
    getDraft: (id) => byId<Draft>('drafts', id),
    updateDraft: (d, expectedVersion) => replaceIfVersion('drafts', d.id, d, DRAFT_OPTIONAL, expectedVersion),
    async listDraftsByAuthor(authorOpenid, limit, after) {
      const plan: Plan = { coll: 'drafts', where: [{ authorOpenid }], sort: LATEST_CHANGED };
      const start = after ? { updatedAt: after.updatedAt, _id: after.id } : undefined;
      return (await read(plan, cap(limit), start)).map(strip<Draft>);
    },
    async listDraftsForReview(q) {
      // A town's queue, or the whole county's (as the SQLite store: the town alone decides).
      const scope = q.townCode ? { townCode: q.townCode } : { countyCode: q.countyCode };
      const plan: Plan = { coll: 'drafts', where: [{ ...scope, status: q.status }], sort: OLDEST_CHANGED };
      const start = q.after ? { updatedAt: q.after.updatedAt, _id: q.after.id } : undefined;
      return (await read(plan, cap(q.limit), start)).map(strip<Draft>);
    },
  };
}
