import type { Domain, PublishLevel } from '../model';
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
  /**
   * Who reviews what is published at each level (core/publicity/reviewers.ts): by default the
   * 政务公开办 reviews county items, the town's reviewer town and village items.
   */
  reviewers?: Partial<Record<PublishLevel, ReviewerKind>>;
  /** Raised by each domain the county adds (catalog.addDomain); absent: the template's domains, version 1. */
  domainsVersion?: number;
  /**
   * Raised by every change made in the app (updateCounty compares and sets it), so two admins
   * changing the county at once cannot undo each other; absent on documents written before: 0.
   */
  version?: number;
}

/** town_reviewer: the town's reviewer (or a county reviewer); county_reviewer: a county reviewer; opengov: the 政务公开办's staff or the county admin. */
export type ReviewerKind = 'town_reviewer' | 'county_reviewer' | 'opengov';
