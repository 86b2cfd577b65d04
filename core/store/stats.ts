import type { StatsCounter, StatsCounts, StatsKey, StatsKind } from '../stats/model';

/** Counters of statistics per scope and period, incremented atomically. */
export interface StatsStore {
  /** Adds `counts` to each key's counter, creating it at zero first; atomic per counter (no lost increments). */
  incrementStats(keys: StatsKey[], counts: StatsCounts): Promise<void>;
  /** The county's counters of a period, of these kinds, ordered by id; adapters page internally (at most `limit`). */
  listStats(countyCode: string, period: string, kinds: StatsKind[], limit: number): Promise<StatsCounter[]>;
  /** The same for several periods at once (a trend's months): one read, ordered by id. */
  listStatsOfPeriods(countyCode: string, periods: string[], kinds: StatsKind[], limit: number): Promise<StatsCounter[]>;
  /**
   * Makes the county's counters exactly these (a rebuild from the records): each written whole,
   * then the county's other counters removed. Not atomic with live increments: run it quietly.
   */
  replaceCountyStats(countyCode: string, counters: StatsCounter[]): Promise<void>;
}
