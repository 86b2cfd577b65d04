// The Store port. Shaped for a document database (the WeChat cloud database) so that
// every adapter can keep the same promises: no joins, at most 100 rows per read,
// single-document writes (bulk puts are loops of those), keyset pagination only.
import type { CatalogItem, Disclosure, Region, Unit } from './model';
import type { County } from './regions/county';
import type { TokenQuery } from './search/tokens';
import type { Account } from './accounts/account';

export const MAX_READ = 100;

export interface DisclosureQuery {
  /** Regions whose disclosures are wanted (a village's chain: village, town, county). At most 10. */
  regionCodes: string[];
  domain?: string;
  itemId?: string;
  /** Keyset: only rows strictly after this (publishedAt desc, id desc). */
  after?: { publishedAt: string; id: string };
  limit: number;
}

export interface Store {
  // regions
  putRegions(regions: Region[]): Promise<void>;
  getRegion(code: string): Promise<Region | null>;
  /** Children ordered by code; `after` is the last code of the previous page. */
  listRegionChildren(parentCode: string, limit: number, after?: string): Promise<Region[]>;
  /** Regions whose name tokens contain every token given (see core/search/tokens), higher levels first, then by code. */
  searchRegions(q: TokenQuery, limit: number): Promise<Region[]>;
  countRegions(level: Region['level']): Promise<number>;

  // counties (one configuration document each: domains, fallback unit)
  putCounty(county: County): Promise<void>;
  getCounty(code: string): Promise<County | null>;

  // units
  putUnits(units: Unit[]): Promise<void>;
  getUnit(id: string): Promise<Unit | null>;
  listUnits(countyCode: string): Promise<Unit[]>;

  // catalog
  putCatalogItems(items: CatalogItem[]): Promise<void>;
  getCatalogItem(id: string): Promise<CatalogItem | null>;
  /** Every item of the county (or of one domain), ordered by domain id, item order, id; adapters page internally. */
  listCatalogItems(countyCode: string, domain?: string): Promise<CatalogItem[]>;
  /** Ordered by county, domain id, item order, id. */
  searchCatalog(q: TokenQuery, countyCode: string | undefined, limit: number): Promise<CatalogItem[]>;

  // disclosures (public reads return published ones only)
  putDisclosures(disclosures: Disclosure[]): Promise<void>;
  getDisclosure(id: string): Promise<Disclosure | null>;
  listDisclosures(q: DisclosureQuery): Promise<Disclosure[]>;
  /** Published disclosures per domain for these regions. */
  countDisclosuresByDomain(regionCodes: string[]): Promise<Record<string, number>>;
  /** Published 公示 whose period has not ended by `today` (YYYY-MM-DD), soonest end first. */
  listRunningPublicity(regionCodes: string[], today: string, limit: number): Promise<Disclosure[]>;
  /** At most `limit` published hits, newest first; past the limit which hits win is the adapter's cheapest choice. */
  searchDisclosures(q: TokenQuery, regionCodes: string[] | undefined, limit: number): Promise<Disclosure[]>;

  // accounts: who a caller is and what they are bound to (roles come from here, never from a request)
  putAccounts(accounts: Account[]): Promise<void>;
  getAccount(openid: string): Promise<Account | null>;
  /** Demo accounts, for the local cloud's account picker only. */
  listDemoAccounts(limit: number): Promise<Account[]>;

  close(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
