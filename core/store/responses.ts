import type { PublicResponse } from '../responses/model';

export interface ResponseQuery {
  /** Regions whose responses are wanted (a village's chain: village, town, county). At most 10. */
  regionCodes?: string[];
  itemId?: string;
  /** One answering unit's (its staff's 回应关切 page); not combined with regionCodes or itemId. */
  unitId?: string;
  /** Keyset: only rows strictly after this (at desc, id desc). */
  after?: { at: string; id: string };
  limit: number;
}

/** 回应关切: public Q&A and unit responses (core/responses). */
export interface ResponseStore {
  /** Stores it whole, replacing one with the same id. */
  putResponse(r: PublicResponse): Promise<void>;
  getResponse(id: string): Promise<PublicResponse | null>;
  /** Removing what is not there does nothing. */
  deleteResponse(id: string): Promise<void>;
  /** Newest first (at desc, id desc); by regions, by item, or both; or by unit. */
  listResponses(q: ResponseQuery): Promise<PublicResponse[]>;
}
