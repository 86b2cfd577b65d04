// The Store port. Shaped for a document database (the WeChat cloud database) so that
// every adapter can keep the same promises: no joins, at most 100 rows per read,
// single-document writes (bulk puts are loops of those), keyset pagination only.
import type { CatalogItem, Disclosure, Region, Unit } from './model';
import type { County } from './regions/county';
import type { TokenQuery } from './search/tokens';
import type { Account } from './accounts/account';
import type { Complaint, ComplaintStatus, Notification } from './complaints/model';
import type { Route } from './complaints/routing';
import type { Draft, DraftStatus } from './publicity/model';
import type { CalendarYear } from './calendar/calendar';
import type { AuditEntry } from './audit';

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

export interface ComplaintQuery {
  /** Exactly one scope: a unit's queue or a county's whole list. */
  unitId?: string;
  countyCode?: string;
  statuses?: ComplaintStatus[];
  domain?: string;
  /** Keyset on (dueAt asc, id asc). */
  after?: { dueAt: string; id: string };
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
  /** Staff bound to a unit (at most 100), to notify them. */
  listUnitStaff(unitId: string): Promise<Account[]>;
  /** Demo accounts, for the local cloud's account picker only. */
  listDemoAccounts(limit: number): Promise<Account[]>;

  // routes (per county) for complaint routing
  putRoutes(routes: Route[]): Promise<void>;
  listRoutes(countyCode: string): Promise<Route[]>;

  // complaints: one document each, its timeline inside, so a state change and its event
  // are one single-document write.
  findComplaintByRequest(ownerOpenid: string, requestId: string): Promise<Complaint | null>;
  /** Inserts unless (owner, requestId) exists; then returns the existing one, created false. */
  insertComplaint(c: Complaint): Promise<{ complaint: Complaint; created: boolean }>;
  getComplaint(id: string): Promise<Complaint | null>;
  /** Replaces the document only if its stored version is still `expectedVersion`. */
  updateComplaint(c: Complaint, expectedVersion: number): Promise<boolean>;
  /** A unit's or county's complaints, soonest deadline first. */
  listComplaints(q: ComplaintQuery): Promise<Complaint[]>;
  /** The owner's complaints, newest first; keyset on (createdAt desc, id desc). */
  listComplaintsByOwner(ownerOpenid: string, limit: number, after?: { createdAt: string; id: string }): Promise<Complaint[]>;
  countComplaintsByOwnerSince(ownerOpenid: string, sinceIso: string): Promise<number>;
  /**
   * Complaints of every county with from <= dueAt < to, ordered by (dueAt, id), keyset
   * `after`: what a changed holiday arrangement may move.
   */
  listComplaintsByDue(q: { from: string; to: string; after?: { dueAt: string; id: string }; limit: number }): Promise<Complaint[]>;
  /** Complaints whose sweepAt has come, earliest first. */
  listSweepDue(nowIso: string, limit: number): Promise<Complaint[]>;
  /** Atomic counter, e.g. the day's ticket sequence of a county. */
  nextSequence(key: string): Promise<number>;

  // notifications outbox (the local Notifier writes here; the cloud one records outcomes)
  putNotification(n: Notification): Promise<boolean>;
  listNotifications(to: string | undefined, limit: number): Promise<Notification[]>;

  // drafts of village publicity (the workflow record; the Disclosure is its public projection)
  /** Inserts unless (author, requestId) exists; then returns the existing one, created false. */
  insertDraft(d: Draft): Promise<{ draft: Draft; created: boolean }>;
  getDraft(id: string): Promise<Draft | null>;
  updateDraft(d: Draft, expectedVersion: number): Promise<boolean>;
  /** The author's drafts, most recently changed first; keyset on (updatedAt desc, id desc). */
  listDraftsByAuthor(authorOpenid: string, limit: number, after?: { updatedAt: string; id: string }): Promise<Draft[]>;
  /** Drafts in a town (or a whole county) in one status, oldest change first; keyset on (updatedAt, id). */
  listDraftsForReview(q: {
    countyCode: string;
    townCode?: string;
    status: DraftStatus;
    limit: number;
    after?: { updatedAt: string; id: string };
  }): Promise<Draft[]>;
  /** Atomically counts one more 公示异议 on a disclosure. */
  addObjection(disclosureId: string): Promise<void>;

  // the working-day calendar: one record per year (the deployment's, not a county's)
  getCalendarYear(year: number): Promise<CalendarYear | null>;
  /** Every year's record, oldest first (a few dozen). */
  listCalendarYears(): Promise<CalendarYear[]>;
  putCalendarYear(y: CalendarYear): Promise<void>;

  // audit: append-only, who changed what when (before -> after)
  appendAudit(e: AuditEntry): Promise<void>;
  /** Newest first; keyset on (at desc, id desc). */
  listAudit(limit: number, after?: { at: string; id: string }): Promise<AuditEntry[]>;

  close(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
