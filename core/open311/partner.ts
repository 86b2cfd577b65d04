// Partner systems (合作系统) that file complaints through Open311 GeoReport v2: a county's
// 政务公开办 registers each one and hands it an API key, shown once and stored only as its
// SHA-256 hash. Requests a partner files are indexed (PartnerRequest) so GET requests can list
// them by county and date without scanning the complaints.
import { createHash, randomBytes } from 'node:crypto';
import { PARTNER_OWNER_PREFIX } from '../complaints/model';

export interface Partner {
  /** `${countyCode}-p${sequence}`. */
  id: string;
  countyCode: string;
  /** The partner system's name as the unit reads it: 某某网格化服务管理平台. */
  name: string;
  /** SHA-256 (hex) of the API key; the key itself is never stored. */
  keyHash: string;
  /** The key's last 4 characters, so an admin can tell keys apart. */
  keyHint: string;
  /** Most requests it may file per Shanghai day. */
  dailyLimit: number;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
  revokedBy?: string;
  version: number;
}

/** One request filed through Open311, by the complaint it became. */
export interface PartnerRequest {
  complaintId: string;
  countyCode: string;
  partnerId: string;
  /** The partner's own id of the request (its idempotency key). */
  partnerRequestId: string;
  serviceCode: string;
  createdAt: string;
}

export const DEFAULT_PARTNER_DAILY_LIMIT = 1000;

/** The owner a partner's complaints are filed under (never an openid: no notification goes to it). */
export const partnerOwner = (partnerId: string) => `${PARTNER_OWNER_PREFIX}${partnerId}`;

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new API key: 32 random bytes, base64url (43 characters). */
export function newApiKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The complaint's requestId for a partner's request id: kept when it fits the app's form, else
 * a hash of it (so any id a partner uses, up to 200 characters, is its idempotency key).
 */
export function partnerRequestKey(partnerRequestId: string): string {
  return /^[A-Za-z0-9_-]{8,64}$/.test(partnerRequestId)
    ? partnerRequestId
    : `h${createHash('sha256').update(partnerRequestId, 'utf8').digest('hex').slice(0, 40)}`;
}
