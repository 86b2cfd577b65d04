import type Database from 'better-sqlite3';
import type { CatalogHistoryEntry } from '../../core/catalog/history';
import { CatalogVersionTaken, type CatalogHistoryStore } from '../../core/store/catalog-history';
import { cap, parseAll, type Row } from './shared';

export function sqliteCatalogHistory(db: Database.Database): CatalogHistoryStore {
  const stmt = {
    append: db.prepare('INSERT INTO catalog_history(id, item_id, version, doc) VALUES (?, ?, ?, ?)'),
    list: db.prepare('SELECT doc FROM catalog_history WHERE item_id = ? ORDER BY version DESC LIMIT ?'),
  };
  return {
    async appendCatalogHistory(e) {
      try {
        stmt.append.run(e.id, e.itemId, e.version, JSON.stringify(e));
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new CatalogVersionTaken(e.id);
        throw err;
      }
    },
    async listCatalogHistory(itemId, limit) {
      return parseAll<CatalogHistoryEntry>(stmt.list.all(itemId, cap(limit)) as Row[]);
    },
  };
}
