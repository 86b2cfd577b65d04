import type { CatalogItem } from '../model';
import type { TokenQuery } from '../search/tokens';

/** A county's disclosure catalog items. */
export interface CatalogStore {
  putCatalogItems(items: CatalogItem[]): Promise<void>;
  getCatalogItem(id: string): Promise<CatalogItem | null>;
  /** Every item of the county (or of one domain), ordered by domain id, item order, id; adapters page internally. */
  listCatalogItems(countyCode: string, domain?: string): Promise<CatalogItem[]>;
  /** Ordered by county, domain id, item order, id. */
  searchCatalog(q: TokenQuery, countyCode: string | undefined, limit: number): Promise<CatalogItem[]>;
}
