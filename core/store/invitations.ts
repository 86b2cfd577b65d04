import type { Invitation } from '../accounts/invitation';

/** Invitations (one-time codes granting a role), per county. */
export interface InvitationStore {
  /** Adds a new invitation; false when its id or code is already taken. */
  insertInvitation(inv: Invitation): Promise<boolean>;
  getInvitation(id: string): Promise<Invitation | null>;
  getInvitationByCode(code: string): Promise<Invitation | null>;
  /** Replaces it only if the stored version is still `expectedVersion` (one accept wins). */
  updateInvitation(inv: Invitation, expectedVersion: number): Promise<boolean>;
  /** Newest first; keyset on (createdAt desc, id desc). */
  listInvitations(countyCode: string, limit: number, after?: { createdAt: string; id: string }): Promise<Invitation[]>;
}
