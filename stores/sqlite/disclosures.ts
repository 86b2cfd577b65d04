import type Database from 'better-sqlite3';
import type { Disclosure } from '../../core/model';
import type { DisclosureQuery, DisclosureStore } from '../../core/store';
import { indexTokens } from '../../core/search/tokens';
import { disclosureSearchTexts } from '../../core/disclosures/public-view';
import { cap, matchExpr, parse, parseAll, placeholders, scopeExpr, type Row } from './shared';

export function sqliteDisclosures(db: Database.Database): DisclosureStore {
  const upsertDisclosure = db.prepare(
    `INSERT INTO disclosures(id, region_code, domain, item_id, status, published_at, publicity_end, doc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET region_code = excluded.region_code, domain = excluded.domain,
       item_id = excluded.item_id, status = excluded.status, published_at = excluded.published_at,
       publicity_end = excluded.publicity_end, doc = excluded.doc
     RETURNING rowid`,
  );
  const deleteDisclosureFts = db.prepare('DELETE FROM disclosures_fts WHERE rowid = ?');
  const insertDisclosureFts = db.prepare('INSERT INTO disclosures_fts(rowid, tokens, scope) VALUES (?, ?, ?)');
  const stmt = {
    getDisclosure: db.prepare('SELECT doc FROM disclosures WHERE id = ?'),
    addObjection: db.prepare(
      `UPDATE disclosures SET doc = json_set(doc, '$.objections', coalesce(json_extract(doc, '$.objections'), 0) + 1) WHERE id = ?`,
    ),
    // One marker per complaint: its objection is counted only when the marker is new.
    objectionMarker: db.prepare(`INSERT INTO counters(key, value) VALUES (?, 1) ON CONFLICT(key) DO NOTHING`),
    flagPrivacy: db.prepare(`UPDATE disclosures SET doc = json_set(doc, '$.privacyReview', json(?)) WHERE id = ?`),
    clearPrivacy: db.prepare(
      `UPDATE disclosures SET doc = json_set(doc, '$.privacyReview.cleared', json(?))
       WHERE id = ? AND json_extract(doc, '$.privacyReview.complaintId') = ?`,
    ),
    setOutcome: db.prepare(`UPDATE disclosures SET doc = json_set(doc, '$.objectionOutcome', json(?)) WHERE id = ?`),
    listFlagged: db.prepare(
      `SELECT doc FROM disclosures
       WHERE substr(region_code, 1, 6) = ? AND status = 'published'
         AND json_type(doc, '$.privacyReview') = 'object' AND json_type(doc, '$.privacyReview.cleared') IS NULL
       ORDER BY published_at DESC, id DESC LIMIT ?`,
    ),
    withdraw: db.prepare(
      `UPDATE disclosures SET status = 'withdrawn', doc = json_set(doc, '$.status', 'withdrawn', '$.withdrawal', json(?))
       WHERE id = ? RETURNING rowid, region_code, item_id`,
    ),
    countyDisclosures: db.prepare(`SELECT doc FROM disclosures WHERE substr(region_code, 1, 6) = ? AND id > ? ORDER BY id LIMIT ?`),
    // The roll-up of a (region, item): recomputed from its published disclosures on every write.
    dropLatest: db.prepare('DELETE FROM item_latest WHERE region_code = ? AND item_id = ?'),
    keepLatest: db.prepare(
      `INSERT INTO item_latest(region_code, item_id, published_at)
       SELECT region_code, item_id, MAX(published_at) FROM disclosures
       WHERE region_code = ? AND status = 'published' AND item_id = ? GROUP BY region_code, item_id`,
    ),
    dropRegionLatest: db.prepare('DELETE FROM item_latest WHERE region_code = ?'),
    putLatest: db.prepare('INSERT INTO item_latest(region_code, item_id, published_at) VALUES (?, ?, ?)'),
  };
  const refreshLatest = (regionCode: string, itemId: string) => {
    stmt.dropLatest.run(regionCode, itemId);
    stmt.keepLatest.run(regionCode, itemId);
  };
  const putLatestTx = db.transaction((regionCode: string, latest: Record<string, string>) => {
    stmt.dropRegionLatest.run(regionCode);
    for (const [itemId, at] of Object.entries(latest)) stmt.putLatest.run(regionCode, itemId, at);
  });
  const addObjectionTx = db.transaction((disclosureId: string, complaintId: string) => {
    if (stmt.objectionMarker.run(`objection:${complaintId}`).changes === 1) stmt.addObjection.run(disclosureId);
  });
  const withdrawTx = db.transaction((id: string, withdrawal: string) => {
    const row = stmt.withdraw.get(withdrawal, id) as { rowid: number; region_code: string; item_id: string } | undefined;
    if (!row) return;
    deleteDisclosureFts.run(row.rowid); // no longer searchable
    refreshLatest(row.region_code, row.item_id);
  });

  const putDisclosuresTx = db.transaction((list: Disclosure[]) => {
    for (const d of list) {
      const { rowid } = upsertDisclosure.get(
        d.id,
        d.regionCode,
        d.domain,
        d.itemId,
        d.status,
        d.publishedAt,
        d.publicity?.end ?? null,
        JSON.stringify(d),
      ) as { rowid: number };
      deleteDisclosureFts.run(rowid);
      // Only published text is searchable; drafts must not leak through search.
      if (d.status === 'published') {
        insertDisclosureFts.run(rowid, indexTokens(...disclosureSearchTexts(d)).join(' '), `r${d.regionCode}`);
      }
      refreshLatest(d.regionCode, d.itemId);
    }
  });

  return {
    async putDisclosures(list) {
      putDisclosuresTx(list);
    },
    async getDisclosure(id) {
      return parse<Disclosure>(stmt.getDisclosure.get(id) as Row | undefined);
    },
    async listDisclosures(q: DisclosureQuery) {
      const where = [`region_code IN (${placeholders(q.regionCodes.length)})`, `status = 'published'`];
      const args: unknown[] = [...q.regionCodes];
      if (q.domain) {
        where.push('domain = ?');
        args.push(q.domain);
      }
      if (q.itemId) {
        where.push('item_id = ?');
        args.push(q.itemId);
      }
      if (q.after) {
        where.push('(published_at < ? OR (published_at = ? AND id < ?))');
        args.push(q.after.publishedAt, q.after.publishedAt, q.after.id);
      }
      args.push(cap(q.limit));
      const sql = `SELECT doc FROM disclosures WHERE ${where.join(' AND ')} ORDER BY published_at DESC, id DESC LIMIT ?`;
      return parseAll<Disclosure>(db.prepare(sql).all(...args) as Row[]);
    },
    async countDisclosuresByDomain(regionCodes) {
      const rows = db
        .prepare(
          `SELECT domain, count(*) AS n FROM disclosures
           WHERE region_code IN (${placeholders(regionCodes.length)}) AND status = 'published' GROUP BY domain`,
        )
        .all(...regionCodes) as Array<{ domain: string; n: number }>;
      return Object.fromEntries(rows.map((r) => [r.domain, r.n]));
    },
    async listRunningPublicity(regionCodes, today, limit) {
      const rows = db
        .prepare(
          `SELECT doc FROM disclosures
           WHERE region_code IN (${placeholders(regionCodes.length)}) AND status = 'published' AND publicity_end >= ?
           ORDER BY publicity_end, id LIMIT ?`,
        )
        .all(...regionCodes, today, cap(limit)) as Row[];
      return parseAll<Disclosure>(rows);
    },
    async searchDisclosures(q, regionCodes, limit) {
      const expr = matchExpr(q);
      if (!expr) return [];
      const full = regionCodes?.length ? `${expr} AND ${scopeExpr(regionCodes)}` : expr;
      // Past the limit, the most recently stored hits win: FTS5 walks rowids backwards
      // cheaply, while sorting every hit by date would read them all.
      const rows = db
        .prepare(
          `SELECT doc FROM disclosures WHERE rowid IN
           (SELECT rowid FROM disclosures_fts WHERE disclosures_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
           ORDER BY published_at DESC, id DESC`,
        )
        .all(full, cap(limit)) as Row[];
      return parseAll<Disclosure>(rows);
    },
    async addObjection(disclosureId, complaintId) {
      addObjectionTx(disclosureId, complaintId);
    },
    async flagDisclosurePrivacy(id, review) {
      stmt.flagPrivacy.run(JSON.stringify(review), id);
    },
    async listPrivacyFlagged(countyCode, limit) {
      return parseAll<Disclosure>(stmt.listFlagged.all(countyCode, cap(limit)) as Row[]);
    },
    async clearDisclosurePrivacy(id, complaintId, cleared) {
      return stmt.clearPrivacy.run(JSON.stringify(cleared), id, complaintId).changes === 1;
    },
    async setObjectionOutcome(id, outcome) {
      stmt.setOutcome.run(JSON.stringify(outcome), id);
    },
    async withdrawDisclosure(id, withdrawal) {
      withdrawTx(id, JSON.stringify(withdrawal));
    },
    async listCountyDisclosures(countyCode, limit, afterId) {
      return parseAll<Disclosure>(stmt.countyDisclosures.all(countyCode, afterId ?? '', cap(limit)) as Row[]);
    },
    async latestByItem(regionCodes) {
      if (!regionCodes.length) return {};
      const rows = db
        .prepare(
          `SELECT item_id, MAX(published_at) AS at FROM item_latest
           WHERE region_code IN (${placeholders(regionCodes.length)}) GROUP BY item_id`,
        )
        .all(...regionCodes) as Array<{ item_id: string; at: string }>;
      return Object.fromEntries(rows.map((r) => [r.item_id, r.at]));
    },
    async putLatestByItem(regionCode, latest) {
      putLatestTx(regionCode, latest);
    },
  };
}
