import type { Route } from '../../core/complaints/routing';
import type { RouteStore } from '../../core/store';
import { strip, type Plan, type WxContext } from './shared';

export function wxRoutes({ read, putAll }: WxContext): RouteStore {
  return {
    async putRoutes(routes) {
      await putAll('routes', routes, (r) => r.id);
    },
    async listRoutes(countyCode) {
      const plan: Plan = { coll: 'routes', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, Infinity)).map(strip<Route>);
    },
  };
}
