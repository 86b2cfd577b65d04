import type { Application } from '../../core/applications/model';
import type { ApplicationQuery, ApplicationStore } from '../../core/store';
import { cap, NEWEST_CREATED, strip, type OptionalKeys, type Plan, type Sort, type WxContext } from './shared';
import type { WxCondition } from './types';
import { insertOnce } from './insert-once';

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
  const { db, _, read, byId, replaceIfVersion } = ctx;
  const store: ApplicationStore = {
    async findApplicationByRequest(ownerOpenid, requestId) {
      ctx.calls++;
      const { data } = await db.collection('applications').where({ ownerOpenid, requestId }).limit(1).get();
      return data[0] ? strip<Application>(data[0]) : null;
    },
    async insertApplication(a, limit) {
      const where = {
        coll: 'applications',
        requests: 'application_requests',
        idField: 'applicationId',
        dailyKey: 'daily-application',
      } as const;
      const { record, created } = await insertOnce(ctx, where, a, limit, () => store.findApplicationByRequest(a.ownerOpenid, a.requestId));
      return { application: record, created };
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
