import type Database from 'better-sqlite3';
import { STATS_METRICS, type StatsCounter, type StatsKind, type StatsMetric } from '../../core/stats/model';
import type { StatsStore } from '../../core/store/stats';
import { placeholders } from './shared';

/** One row per counter and metric: an increment is one INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n. */
export function sqliteStats(db: Database.Database): StatsStore {
  const inc = db.prepare(
    `INSERT INTO stats(id, metric, county_code, period, kind, scope_id, name, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id, metric) DO UPDATE SET n = n + excluded.n`,
  );
  const incTx = db.transaction((rows: unknown[][]) => {
    for (const r of rows) inc.run(...r);
  });
  function listOf(countyCode: string, periods: string[], kinds: StatsKind[], limit: number): StatsCounter[] {
    if (!kinds.length || !periods.length) return [];
    const rows = db
      .prepare(
        `SELECT id, metric, county_code, period, kind, scope_id, name, n FROM stats
         WHERE county_code = ? AND period IN (${placeholders(periods.length)}) AND kind IN (${placeholders(kinds.length)})
         ORDER BY id, metric`,
      )
      .all(countyCode, ...periods, ...kinds) as Array<{
      id: string;
      metric: StatsMetric;
      county_code: string;
      period: string;
      kind: StatsKind;
      scope_id: string;
      name: string;
      n: number;
    }>;
    const out = new Map<string, StatsCounter>();
    for (const r of rows) {
      let c = out.get(r.id);
      if (!c) {
        if (out.size >= limit) break;
        c = { id: r.id, countyCode: r.county_code, period: r.period, kind: r.kind, scopeId: r.scope_id, name: r.name, counts: {} };
        out.set(r.id, c);
      }
      c.counts[r.metric] = r.n;
    }
    return [...out.values()];
  }
  const dropCounty = db.prepare('DELETE FROM stats WHERE county_code = ?');
  const replaceTx = db.transaction((countyCode: string, counters: StatsCounter[]) => {
    dropCounty.run(countyCode);
    for (const c of counters)
      for (const m of STATS_METRICS) if (c.counts[m]) inc.run(c.id, m, c.countyCode, c.period, c.kind, c.scopeId, c.name, c.counts[m]);
  });
  return {
    async incrementStats(keys, counts) {
      const rows: unknown[][] = [];
      for (const k of keys)
        for (const m of STATS_METRICS) if (counts[m]) rows.push([k.id, m, k.countyCode, k.period, k.kind, k.scopeId, k.name, counts[m]]);
      incTx(rows);
    },
    async replaceCountyStats(countyCode, counters) {
      replaceTx(countyCode, counters);
    },
    async listStats(countyCode, period, kinds, limit) {
      return listOf(countyCode, [period], kinds, limit);
    },
    async listStatsOfPeriods(countyCode, periods, kinds, limit) {
      return listOf(countyCode, periods, kinds, limit);
    },
  };
}
