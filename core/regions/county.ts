import type { Domain } from '../model';
import type { LimitsOverrides } from '../complaints/limits';

/** A county's own settings: which domains its catalog has and who catches what no route covers. */
export interface County {
  code: string;
  name: string;
  domains: Domain[];
  openGovUnitId: string; // 政务公开办
  demo: boolean;
  /** Complaint time limits where the county differs from the defaults. */
  limits?: LimitsOverrides;
  /** Hardship categories (低保, 特困, 残疾…) its lists may not name; core/privacy/hardship's default when absent. */
  hardshipCategories?: string[];
}
