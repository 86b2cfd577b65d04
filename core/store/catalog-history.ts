import type { CatalogHistoryEntry } from '../catalog/history';

/** The history of catalog items: one entry per version (add, update, retire), append-only. */
export interface CatalogHistoryStore {
  /** Appends; an entry for an item version already recorded is refused (a concurrent edit), throwing CatalogVersionTaken. */
  appendCatalogHistory(e: CatalogHistoryEntry): Promise<void>;
  /** Newest version first, at most `limit` (≤ MAX_READ). */
  listCatalogHistory(itemId: string, limit: number): Promise<CatalogHistoryEntry[]>;
}

/** Thrown when another edit already made this version of the item. */
export class CatalogVersionTaken extends Error {
  constructor(id: string) {
    super(`catalog version already recorded: ${id}`);
    this.name = 'CatalogVersionTaken';
  }
}
