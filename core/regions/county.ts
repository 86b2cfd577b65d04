import type { Domain } from '../model';

/** A county's own settings: which domains its catalog has and who catches what no route covers. */
export interface County {
  code: string;
  name: string;
  domains: Domain[];
  openGovUnitId: string; // 政务公开办
  demo: boolean;
}
