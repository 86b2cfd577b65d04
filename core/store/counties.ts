import type { County } from '../regions/county';

/** Counties: one configuration document each (domains, fallback unit). */
export interface CountyStore {
  putCounty(county: County): Promise<void>;
  getCounty(code: string): Promise<County | null>;
  /**
   * Replaces the county only if its stored version (0 when it has none) is still
   * `expectedVersion`; false when someone changed it meanwhile (nothing written).
   */
  updateCounty(county: County, expectedVersion: number): Promise<boolean>;
}
