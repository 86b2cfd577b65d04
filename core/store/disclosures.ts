import type { Disclosure, ObjectionOutcome, PrivacyClearance } from '../model';
import type { TokenQuery } from '../search/tokens';

export interface DisclosureQuery {
  /** Regions whose disclosures are wanted (a village's chain: village, town, county). At most 10. */
  regionCodes: string[];
  domain?: string;
  itemId?: string;
  /** Keyset: only rows strictly after this (publishedAt desc, id desc). */
  after?: { publishedAt: string; id: string };
  limit: number;
}

/** Disclosures (public reads return published ones only), and the 公示异议 count on them. */
export interface DisclosureStore {
  putDisclosures(disclosures: Disclosure[]): Promise<void>;
  getDisclosure(id: string): Promise<Disclosure | null>;
  listDisclosures(q: DisclosureQuery): Promise<Disclosure[]>;
  /** Published disclosures per domain for these regions. */
  countDisclosuresByDomain(regionCodes: string[]): Promise<Record<string, number>>;
  /** Published 公示 whose period has not ended by `today` (YYYY-MM-DD), soonest end first. */
  listRunningPublicity(regionCodes: string[], today: string, limit: number): Promise<Disclosure[]>;
  /** At most `limit` published hits, newest first; past the limit which hits win is the adapter's cheapest choice. */
  searchDisclosures(q: TokenQuery, regionCodes: string[] | undefined, limit: number): Promise<Disclosure[]>;
  /**
   * Atomically counts complaint `complaintId`'s 公示异议 on a disclosure, once: a second call
   * with the same complaint changes nothing. An unknown disclosure does nothing.
   */
  addObjection(disclosureId: string, complaintId: string): Promise<void>;
  /** Sets privacyReview, a field-level write (the count and everything else as stored). */
  flagDisclosurePrivacy(id: string, review: NonNullable<Disclosure['privacyReview']>): Promise<void>;
  /** A county's published disclosures whose privacyReview is open (not cleared), newest first. */
  listPrivacyFlagged(countyCode: string, limit: number): Promise<Disclosure[]>;
  /**
   * Closes the open privacyReview (privacyReview.cleared), a field-level write, only while it is
   * still complaint `complaintId`'s (a report arriving meanwhile stays open); true when closed.
   * A new flag reopens it.
   */
  clearDisclosurePrivacy(id: string, complaintId: string, cleared: PrivacyClearance): Promise<boolean>;
  /** Sets objectionOutcome, a field-level write (replacing an earlier outcome). */
  setObjectionOutcome(id: string, outcome: ObjectionOutcome): Promise<void>;
  /** Withdraws it (status, withdrawal; out of search), a field-level write. */
  withdrawDisclosure(id: string, withdrawal: NonNullable<Disclosure['withdrawal']>): Promise<void>;
  /** Every disclosure of a county, published and withdrawn, by id; keyset after `afterId` (rebuilds only). */
  listCountyDisclosures(countyCode: string, limit: number, afterId?: string): Promise<Disclosure[]>;
  /**
   * The latest publication of each catalog item over these regions (at most 10; a village's
   * chain): itemId -> publishedAt. A roll-up per region kept by putDisclosures and
   * withdrawDisclosure, so a place's 公开率 reads it without scanning disclosures.
   */
  latestByItem(regionCodes: string[]): Promise<Record<string, string>>;
  /** Sets a region's roll-up to exactly these (itemId -> publishedAt): the back-fill of a rebuild. */
  putLatestByItem(regionCode: string, latest: Record<string, string>): Promise<void>;
}
