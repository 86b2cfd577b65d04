import type { Region } from '../model';
import type { TokenQuery } from '../search/tokens';

/** Regions (province down to village), read by code, by parent and by name tokens. */
export interface RegionStore {
  putRegions(regions: Region[]): Promise<void>;
  getRegion(code: string): Promise<Region | null>;
  /** Children ordered by code; `after` is the last code of the previous page. */
  listRegionChildren(parentCode: string, limit: number, after?: string): Promise<Region[]>;
  /** Regions whose name tokens contain every token given (see core/search/tokens), higher levels first, then by code. */
  searchRegions(q: TokenQuery, limit: number): Promise<Region[]>;
  countRegions(level: Region['level']): Promise<number>;
}
