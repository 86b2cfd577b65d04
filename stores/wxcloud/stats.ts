import { STATS_METRICS, type StatsCounter, type StatsCounts, type StatsKey, type StatsKind } from '../../core/stats/model';
import type { StatsStore } from '../../core/store/stats';
import type { WxDoc } from './types';
import type { Plan, WxContext } from './shared';

/**
 * One document per counter (stats/<kind>:<scope>:<period>), each metric a top-level number.
 * An increment is an atomic doc().update() with _.inc; a missing document answers updated 0
 * (nothing created), so it is then added with the counts; when a concurrent first increment
 * added it meanwhile (add refuses the duplicate _id), the update is made again.
 */
export function wxStats(ctx: WxContext): StatsStore {
  const { db, _ } = ctx;
  async function one(k: StatsKey, counts: StatsCounts) {
    const inc: Record<string, unknown> = {};
    const initial: Record<string, number> = {};
    for (const m of STATS_METRICS)
      if (counts[m]) {
        inc[m] = _.inc(counts[m]!);
        initial[m] = counts[m]!;
      }
    if (!Object.keys(inc).length) return;
    const ref = db.collection('stats').doc(k.id);
    for (let attempt = 0; attempt < 3; attempt++) {
      ctx.calls++;
      const res = (await ref.update({ data: inc })) as { stats?: { updated?: number } };
      if (res?.stats?.updated) return;
      try {
        ctx.calls++;
        await db.collection('stats').add({
          data: { _id: k.id, countyCode: k.countyCode, period: k.period, kind: k.kind, scopeId: k.scopeId, name: k.name, ...initial },
        });
        return;
      } catch (e) {
        if (!(await ctx.byId('stats', k.id))) throw e;
        // Added by a concurrent first increment: update it.
      }
    }
    throw new Error(`stats increment of ${k.id} kept racing`);
  }
  async function listOf(countyCode: string, period: unknown, kinds: StatsKind[], limit: number): Promise<StatsCounter[]> {
    if (!kinds.length) return [];
    const plan: Plan = { coll: 'stats', where: [{ countyCode, period, kind: _.in(kinds) }], sort: [['_id', 'asc']] };
    return (await ctx.read(plan, limit)).map((d: WxDoc): StatsCounter => {
      const counts: StatsCounts = {};
      for (const m of STATS_METRICS) if (typeof d[m] === 'number') counts[m] = d[m] as number;
      return {
        id: String(d._id),
        countyCode: String(d.countyCode),
        period: String(d.period),
        kind: d.kind as StatsCounter['kind'],
        scopeId: String(d.scopeId),
        name: String(d.name ?? ''),
        counts,
      };
    });
  }
  return {
    async incrementStats(keys, counts) {
      // Each key is its own document: the updates go out together, not one round trip after
      // another (an event touches up to 16 counters: scopes × month/year × all/领域).
      const failed = (await Promise.allSettled(keys.map((k) => one(k, counts)))).find((r) => r.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
    },
    async replaceCountyStats(countyCode, counters) {
      const keep = new Set(counters.map((c) => c.id));
      // Each counter whole, in the documents' shape: metrics as top-level numbers.
      const docs = counters.map(({ id, counts, ...key }) => ({ id, ...key, ...counts }));
      await ctx.putAll('stats', docs, (d) => d.id);
      // Then the county's counters the records no longer give: read in pages of ids only.
      let after: Record<string, unknown> | undefined;
      for (;;) {
        const page = await ctx.read({ coll: 'stats', where: [{ countyCode }], sort: [['_id', 'asc']] }, 100, after);
        for (const d of page)
          if (!keep.has(String(d._id))) {
            ctx.calls++;
            await db.collection('stats').doc(String(d._id)).remove();
          }
        if (page.length < 100) break;
        after = page[page.length - 1];
      }
    },
    async listStats(countyCode, period, kinds, limit) {
      return listOf(countyCode, period, kinds, limit);
    },
    async listStatsOfPeriods(countyCode, periods, kinds, limit) {
      return periods.length ? listOf(countyCode, _.in(periods), kinds, limit) : [];
    },
  };
}
