// The history of a catalog item (动态调整): each version the county made, who made it, when,
// and what changed (field: before -> after).

export interface CatalogChange {
  /** The CatalogItem field, e.g. 'timeLimit'. */
  field: string;
  /** Its name as people read it, e.g. 公开时限. */
  label: string;
  before: unknown;
  after: unknown;
}

export interface CatalogHistoryEntry {
  /** `${itemId}@${version}`: one entry per version. */
  id: string;
  itemId: string;
  countyCode: string;
  version: number;
  action: 'catalog.add' | 'catalog.update' | 'catalog.retire';
  at: string;
  actor: string;
  changes: CatalogChange[];
}
