import type { County } from '../regions/county';

/** Counties: one configuration document each (domains, fallback unit). */
export interface CountyStore {
  putCounty(county: County): Promise<void>;
  getCounty(code: string): Promise<County | null>;
}
