import type { Application } from '../../core/applications/model';
import { DailyLimitError, type ApplicationQuery, type ApplicationStore } from '../../core/store';
import { cap, NEWEST_CREATED, plain, requestKey, strip, type OptionalKeys, type Plan, type Sort, type WxContext } from './shared';
import type { WxCondition } from './types';

/** Application fields that may be absent: a replacing update removes them when the new version lacks them. */
const OPTIONAL: Record<OptionalKeys<Application>, true> = {
  purpose: true,
  postalAddress: true,
  registeredAt: true,
  supplement: true,
  extension: true,
  answer: true,
  rating: true,
  ownerUnread: true,
};

const SOONEST_DUE: Sort = [
  ['dueAt', 'asc'],
  ['_id', 'asc'],
];

const plan = (where: WxCondition[], sort: Sort): Plan => ({ coll: 'applications', where, sort });

export function wxApplications(ctx: WxContext): ApplicationStore {
  const { db, _, read, byId, transact, replaceIfVersion, getOrNull } = ctx;
  const store: ApplicationStore = {
    async findApplicationByRequest(ownerOpenid, requestId) {
      ctx.calls++;
      const { data } = await db.collection('applications').where({ ownerOpenid, requestId }).limit(1).get();
      return data[0] ? strip<Application>(data[0]) : null;
    },
    async insertApplication(a, limit) {
      // applications/<id> and application_requests/<hash(owner, requestId)> in one transaction:
      // the database refuses a second request record, so a concurrent twin stores nothing. With
      // the owner's count of the day (counters/daily-application:<hash(owner, day start)>) when
      // limited, as for complaints: a concurrent write of that counter makes ours run again.
      try {
        await transact(async (tx) => {
          if (limit) {
            const ref = tx.collection('counters').doc(`daily-application:${requestKey(a.ownerOpenid, limit.since)}`);
            const current = await getOrNull(ref);
            const n = typeof current?.value === 'number' ? current.value : 0;
            if (n >= limit.max) throw new DailyLimitError();
            ctx.calls++;
            await ref.set({ data: { value: n + 1 } });
          }
          ctx.calls++;
          await tx.collection('application_requests').add({ data: { _id: requestKey(a.ownerOpenid, a.requestId), applicationId: a.id } });
          ctx.calls++;
          await tx.collection('applications').add({ data: { ...plain(a), _id: a.id } });
        });
        return { application: a, created: true };
      } catch (e) {
        const existing = await store.findApplicationByRequest(a.ownerOpenid, a.requestId);
        if (existing) return { application: existing, created: false };
        throw e;
      }
    },
    getApplication: (id) => byId<Application>('applications', id),
    updateApplication: (a, expectedVersion) => replaceIfVersion('applications', a.id, a, OPTIONAL, expectedVersion),
    async listApplications(q: ApplicationQuery) {
      let scope: WxCondition;
      if (q.unitId) scope = { unitId: q.unitId };
      else if (q.countyCode) scope = { countyCode: q.countyCode };
      else throw new Error('listApplications needs a unit or a county');
      const where: WxCondition[] = [{ ...scope, ...(q.statuses?.length ? { status: _.in(q.statuses) } : {}) }];
      const start = q.after ? { dueAt: q.after.dueAt, _id: q.after.id } : undefined;
      return (await read(plan(where, SOONEST_DUE), cap(q.limit), start)).map(strip<Application>);
    },
    async listApplicationsByDue(q) {
      const start = q.after ? { dueAt: q.after.dueAt, _id: q.after.id } : undefined;
      return (await read(plan([{ dueAt: _.and(_.gte(q.from), _.lt(q.to)) }], SOONEST_DUE), cap(q.limit), start)).map(strip<Application>);
    },
    async listApplicationsByOwner(ownerOpenid, limit, after) {
      const start = after ? { createdAt: after.createdAt, _id: after.id } : undefined;
      return (await read(plan([{ ownerOpenid }], NEWEST_CREATED), cap(limit), start)).map(strip<Application>);
    },
  };
  return store;
}
