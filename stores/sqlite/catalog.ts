import type Database from 'better-sqlite3';
import type { CatalogItem } from '../../core/model';
import { MAX_READ, type CatalogStore } from '../../core/store';
import { indexTokens } from '../../core/search/tokens';
import { cap, matchExpr, parse, parseAll, scopeExpr, type Row } from './shared';

export function sqliteCatalog(db: Database.Database): CatalogStore {
  const upsertItem = db.prepare(
    `INSERT INTO catalog_items(id, county_code, domain, sort, doc) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET county_code = excluded.county_code, domain = excluded.domain, sort = excluded.sort, doc = excluded.doc
     RETURNING rowid`,
  );
  const deleteItemFts = db.prepare('DELETE FROM catalog_fts WHERE rowid = ?');
  const insertItemFts = db.prepare('INSERT INTO catalog_fts(rowid, tokens, scope) VALUES (?, ?, ?)');
  const stmt = {
    getItem: db.prepare('SELECT doc FROM catalog_items WHERE id = ?'),
    listItems: db.prepare(
      `SELECT doc, domain, sort, id FROM catalog_items WHERE county_code = ?
       AND (domain > ? OR (domain = ? AND (sort > ? OR (sort = ? AND id > ?))))
       ORDER BY domain, sort, id LIMIT ?`,
    ),
    listItemsOfDomain: db.prepare(
      `SELECT doc, sort, id FROM catalog_items WHERE county_code = ? AND domain = ?
       AND (sort > ? OR (sort = ? AND id > ?)) ORDER BY sort, id LIMIT ?`,
    ),
  };

  const putItemsTx = db.transaction((items: CatalogItem[]) => {
    for (const item of items) {
      const { rowid } = upsertItem.get(item.id, item.countyCode, item.domain, item.order, JSON.stringify(item)) as {
        rowid: number;
      };
      deleteItemFts.run(rowid);
      const tokens = indexTokens(item.level1, item.level2, item.summary, item.contents.join(' '), item.unitName);
      insertItemFts.run(rowid, tokens.join(' '), `r${item.countyCode}`);
    }
  });

  return {
    async putCatalogItems(items) {
      putItemsTx(items);
    },
    async getCatalogItem(id) {
      return parse<CatalogItem>(stmt.getItem.get(id) as Row | undefined);
    },
    async listCatalogItems(countyCode, domain) {
      const out: CatalogItem[] = [];
      if (domain) {
        let after = { sort: -1, id: '' };
        for (;;) {
          const rows = stmt.listItemsOfDomain.all(countyCode, domain, after.sort, after.sort, after.id, MAX_READ) as Array<
            Row & { sort: number; id: string }
          >;
          out.push(...parseAll<CatalogItem>(rows));
          if (rows.length < MAX_READ) return out;
          after = rows[rows.length - 1];
        }
      }
      let cursor = { domain: '', sort: -1, id: '' };
      for (;;) {
        const rows = stmt.listItems.all(countyCode, cursor.domain, cursor.domain, cursor.sort, cursor.sort, cursor.id, MAX_READ) as Array<
          Row & { domain: string; sort: number; id: string }
        >;
        out.push(...parseAll<CatalogItem>(rows));
        if (rows.length < MAX_READ) return out;
        const last = rows[rows.length - 1];
        cursor = { domain: last.domain, sort: last.sort, id: last.id };
      }
    },
    async searchCatalog(q, countyCode, limit) {
      const expr = matchExpr(q);
      if (!expr) return [];
      const full = countyCode ? `${expr} AND ${scopeExpr([countyCode])}` : expr;
      const rows = db
        .prepare(
          `SELECT c.doc FROM catalog_fts f JOIN catalog_items c ON c.rowid = f.rowid WHERE catalog_fts MATCH ?
           ORDER BY c.county_code, c.domain, c.sort, c.id LIMIT ?`,
        )
        .all(full, cap(limit)) as Row[];
      return parseAll<CatalogItem>(rows);
    },
  };
}
