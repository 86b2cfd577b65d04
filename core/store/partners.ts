import type { Partner, PartnerRequest } from '../open311/partner';

export interface PartnerRequestQuery {
  countyCode: string;
  serviceCode?: string;
  /** createdAt >= from (ISO instant). */
  from?: string;
  /** createdAt < to (ISO instant). */
  to?: string;
  /** Keyset on (createdAt desc, complaintId desc). */
  after?: { createdAt: string; complaintId: string };
  limit: number;
}

/** Open311 partner systems of a county (API keys stored hashed) and the requests they filed. */
export interface PartnerStore {
  /** Adds a partner; false when its id or key hash is already taken. */
  insertPartner(p: Partner): Promise<boolean>;
  getPartner(id: string): Promise<Partner | null>;
  getPartnerByKeyHash(keyHash: string): Promise<Partner | null>;
  /** Replaces it only if the stored version is still `expectedVersion`. */
  updatePartner(p: Partner, expectedVersion: number): Promise<boolean>;
  /** Newest first; keyset on (createdAt desc, id desc). */
  listPartners(countyCode: string, limit: number, after?: { createdAt: string; id: string }): Promise<Partner[]>;
  /** Records a filed request; the same complaintId again replaces it (a replay writes nothing new). */
  putPartnerRequest(r: PartnerRequest): Promise<void>;
  getPartnerRequest(complaintId: string): Promise<PartnerRequest | null>;
  /** A county's filed requests, newest first. */
  listPartnerRequests(q: PartnerRequestQuery): Promise<PartnerRequest[]>;
}
