import type { Complaint } from '../../core/complaints/model';
import type { ComplaintQuery, ComplaintStore } from '../../core/store';
import { cap, NEWEST_CREATED, strip, type OptionalKeys, type Plan, type Sort, type WxContext } from './shared';
import type { WxCondition } from './types';
import { insertOnce } from './insert-once';

/** Complaint fields that may be absent: a replacing update removes them when the new version lacks them. */
const COMPLAINT_OPTIONAL: Record<OptionalKeys<Complaint>, true> = {
  townCode: true,
  domain: true,
  itemId: true,
  itemTitle: true,
  disclosureId: true,
  disclosureTitle: true,
  contactPhone: true,
  answer: true,
  rating: true,
  effects: true,
  source: true,
  ownerUnread: true,
  proxy: true,
  hotline: true,
};

const SOONEST_DUE: Sort = [
  ['dueAt', 'asc'],
  ['_id', 'asc'],
];

const complaintPlan = (where: WxCondition[], sort: Sort): Plan => ({ coll: 'complaints', where, sort });

export function wxComplaints(ctx: WxContext): ComplaintStore {
  const { db, _, read, byId, getOrNull, transact, replaceIfVersion } = ctx;
  const complaints: ComplaintStore = {
    async findComplaintByRequest(ownerOpenid, requestId) {
      ctx.calls++;
      const { data } = await db.collection('complaints').where({ ownerOpenid, requestId }).limit(1).get();
      return data[0] ? strip<Complaint>(data[0]) : null;
    },
    async insertComplaint(c, limit) {
      const where = { coll: 'complaints', requests: 'complaint_requests', idField: 'complaintId', dailyKey: 'daily' } as const;
      const { record, created } = await insertOnce(ctx, where, c, limit, () =>
        complaints.findComplaintByRequest(c.ownerOpenid, c.requestId),
      );
      return { complaint: record, created };
    },
    async markComplaintEffectsDone(id, effects) {
      if (effects.length === 0) return;
      ctx.calls++;
      // Nested fields only: the rest of the document (and its version) as stored.
      await db
        .collection('complaints')
        .doc(id)
        .update({ data: { effects: Object.fromEntries(effects.map((e) => [e, 'done'])) } });
    },
    getComplaint: (id) => byId<Complaint>('complaints', id),
    updateComplaint: (c, expectedVersion) => replaceIfVersion('complaints', c.id, c, COMPLAINT_OPTIONAL, expectedVersion),
    async listComplaints(q: ComplaintQuery) {
      let scope: WxCondition;
      if (q.unitId) scope = { unitId: q.unitId };
      else if (q.countyCode) scope = { countyCode: q.countyCode };
      else throw new Error('listComplaints needs a unit or a county');
      const where: WxCondition[] = [
        { ...scope, ...(q.statuses?.length ? { status: _.in(q.statuses) } : {}), ...(q.domain ? { domain: q.domain } : {}) },
      ];
      const start = q.after ? { dueAt: q.after.dueAt, _id: q.after.id } : undefined;
      return (await read(complaintPlan(where, SOONEST_DUE), cap(q.limit), start)).map(strip<Complaint>);
    },
    async listComplaintsByOwner(ownerOpenid, limit, after) {
      const start = after ? { createdAt: after.createdAt, _id: after.id } : undefined;
      return (await read(complaintPlan([{ ownerOpenid }], NEWEST_CREATED), cap(limit), start)).map(strip<Complaint>);
    },
    async countComplaintsByOwnerSince(ownerOpenid, sinceIso) {
      ctx.calls++;
      return (
        await db
          .collection('complaints')
          .where({ ownerOpenid, createdAt: _.gte(sinceIso) })
          .count()
      ).total;
    },
    async listComplaintsByDue(q) {
      const plan = complaintPlan([{ dueAt: _.and(_.gte(q.from), _.lt(q.to)) }], SOONEST_DUE);
      const start = q.after ? { dueAt: q.after.dueAt, _id: q.after.id } : undefined;
      return (await read(plan, cap(q.limit), start)).map(strip<Complaint>);
    },
    async listSweepDue(nowIso, limit) {
      const plan = complaintPlan(
        [{ sweepAt: _.and(_.neq(null), _.lte(nowIso)) }],
        [
          ['sweepAt', 'asc'],
          ['_id', 'asc'],
        ],
      );
      return (await read(plan, cap(limit))).map(strip<Complaint>);
    },
    async nextSequence(key) {
      // Read and write in one transaction: a concurrent caller's write makes ours conflict and run again.
      return transact(async (tx) => {
        const ref = tx.collection('counters').doc(key);
        const current = await getOrNull(ref);
        const value = (typeof current?.value === 'number' ? current.value : 0) + 1;
        ctx.calls++;
        await ref.set({ data: { value } });
        return value;
      });
    },
    async addToCounter(key, delta) {
      return transact(async (tx) => {
        const ref = tx.collection('counters').doc(key);
        const current = await getOrNull(ref);
        const value = (typeof current?.value === 'number' ? current.value : 0) + delta;
        ctx.calls++;
        await ref.set({ data: { value } });
        return value;
      });
    },
    async markComplaintSeen(id, version) {
      ctx.calls++;
      // One conditional update of one field: a newer version (news since the look) stays unread.
      const { stats } = await db
        .collection('complaints')
        .where({ _id: id, version, ownerUnread: true })
        .update({ data: { ownerUnread: _.remove() } });
      return stats.updated === 1;
    },
    async listUnreadByOwner(ownerOpenid, limit) {
      return (await read(complaintPlan([{ ownerOpenid, ownerUnread: true }], NEWEST_CREATED), cap(limit))).map(strip<Complaint>);
    },
  };
  return complaints;
}
