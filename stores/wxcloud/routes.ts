import type { Route } from '../../core/complaints/routing';
import type { RouteStore } from '../../core/store';
import { strip, type Plan, type WxContext } from './shared';

export function wxRoutes(ctx: WxContext): RouteStore {
  const { read, putAll } = ctx;
  return {
    async putRoutes(routes) {
      await putAll('routes', routes, (r) => r.id);
    },
    async deleteRoute(id) {
      ctx.calls++;
      await ctx.db
        .collection('routes')
        .doc(id)
        .remove()
        .catch((e: unknown) => {
          // Removing what is not there is nothing to do.
          if (!/does not exist|not found/i.test(String((e as { errMsg?: unknown; message?: unknown })?.errMsg ?? (e as Error)?.message)))
            throw e;
        });
    },
    async listRoutes(countyCode) {
      const plan: Plan = { coll: 'routes', where: [{ countyCode }], sort: [['_id', 'asc']] };
      return (await read(plan, Infinity)).map(strip<Route>);
    },
  };
}
