import type Database from 'better-sqlite3';
import type { Region } from '../../core/model';
import type { RegionStore } from '../../core/store';
import { indexTokens } from '../../core/search/tokens';
import { cap, matchExpr, parse, parseAll, type Row } from './shared';

export function sqliteRegions(db: Database.Database): RegionStore {
  const upsertRegion = db.prepare(
    `INSERT INTO regions(code, parent_code, level, doc) VALUES (?, ?, ?, ?)
     ON CONFLICT(code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level, doc = excluded.doc
     RETURNING rowid`,
  );
  const deleteRegionFts = db.prepare('DELETE FROM regions_fts WHERE rowid = ?');
  const insertRegionFts = db.prepare('INSERT INTO regions_fts(rowid, tokens) VALUES (?, ?)');
  const stmt = {
    getRegion: db.prepare('SELECT doc FROM regions WHERE code = ?'),
    children: db.prepare('SELECT doc FROM regions WHERE parent_code = ? AND code > ? ORDER BY code LIMIT ?'),
    searchRegions: db.prepare(
      // Counties before towns before villages, so 新津 finds 新津区 first however many villages match.
      `SELECT r.doc FROM regions_fts f JOIN regions r ON r.rowid = f.rowid WHERE regions_fts MATCH ?
       ORDER BY length(r.code), r.code LIMIT ?`,
    ),
    countRegions: db.prepare('SELECT count(*) AS n FROM regions WHERE level = ?'),
  };

  const putRegionsTx = db.transaction((regions: Region[]) => {
    for (const r of regions) {
      const { rowid } = upsertRegion.get(r.code, r.parentCode, r.level, JSON.stringify(r)) as { rowid: number };
      deleteRegionFts.run(rowid);
      insertRegionFts.run(rowid, indexTokens(r.name).join(' '));
    }
  });

  return {
    async putRegions(regions) {
      putRegionsTx(regions);
    },
    async getRegion(code) {
      return parse<Region>(stmt.getRegion.get(code) as Row | undefined);
    },
    async listRegionChildren(parentCode, limit, after = '') {
      return parseAll<Region>(stmt.children.all(parentCode, after, cap(limit)) as Row[]);
    },
    async searchRegions(q, limit) {
      const expr = matchExpr(q);
      if (!expr) return [];
      return parseAll<Region>(stmt.searchRegions.all(expr, cap(limit)) as Row[]);
    },
    async countRegions(level) {
      return (stmt.countRegions.get(level) as { n: number }).n;
    },
  };
}
