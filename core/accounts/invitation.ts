// An invitation grants one role with its binding to whoever opens it first in WeChat: a
// random id (what lists and revocation name) and a short code to type or scan (8 characters
// from an alphabet without look-alikes: no 0/O, 1/I/L). One-time, and it expires.
import type { Role } from './account';
import { decodeScene } from '../platform/ports';

export const INVITATION_DAYS = 7;
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export type InvitationStatus = 'open' | 'accepted' | 'revoked';

export interface Invitation {
  id: string;
  code: string;
  countyCode: string;
  role: Exclude<Role, 'resident'>;
  /** Villages of a cadre; town (or county) of a reviewer; county of an admin; county of unit staff. */
  regionCodes: string[];
  unitId?: string;
  lead?: boolean;
  /** The invitee's name as the inviter wrote it (shown on the accept page and in the people list). */
  name: string;
  /** In Chinese, what the role is bound to: 新津区住建局, 某村、某村 … */
  bindingName: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
  acceptedBy?: string;
  acceptedAt?: string;
  revokedBy?: string;
  revokedAt?: string;
  version: number;
}

function randomInts(n: number): Uint32Array {
  const out = new Uint32Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}

/** A fresh short code (rejection sampling keeps every character equally likely). */
export function newInvitationCode(): string {
  let code = '';
  const limit = Math.floor(0x100000000 / CODE_ALPHABET.length) * CODE_ALPHABET.length;
  while (code.length < CODE_LENGTH) {
    for (const r of randomInts(CODE_LENGTH)) {
      if (r < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[r % CODE_ALPHABET.length];
    }
  }
  return code;
}

export function newInvitationId(): string {
  return `inv-${Array.from(randomInts(4), (r) => r.toString(16).padStart(8, '0')).join('')}`;
}

/** A code as typed: case, spaces and dashes do not matter; null when it cannot be a code. */
export function normalizeInvitationCode(input: string): string | null {
  const s = String(input ?? '')
    .toUpperCase()
    .replace(/[\s-]/g, '');
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return null;
  return s;
}

/** The scene of an invitation's mini-program code, and back. */
export const invitationScene = (code: string) => `i=${code}`;
export function invitationCodeFromScene(scene: string | undefined | null): string | null {
  const s = decodeScene(scene);
  return s?.startsWith('i=') ? normalizeInvitationCode(s.slice(2)) : null;
}
