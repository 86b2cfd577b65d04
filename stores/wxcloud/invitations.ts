import type { Invitation } from '../../core/accounts/invitation';
import type { InvitationStore } from '../../core/store';
import { cap, plain, strip, type OptionalKeys, type Plan, type WxContext } from './shared';

const INVITATION_OPTIONAL: Record<OptionalKeys<Invitation>, true> = {
  unitId: true,
  lead: true,
  acceptedBy: true,
  acceptedAt: true,
  revokedBy: true,
  revokedAt: true,
};

export function wxInvitations(ctx: WxContext): InvitationStore {
  const { db, read, byId, transact, replaceIfVersion } = ctx;
  return {
    async insertInvitation(inv) {
      // invitations/<id> and invitation_codes/<code> in one transaction: the database refuses a
      // duplicate of either, so no two invitations share a code.
      try {
        await transact(async (tx) => {
          ctx.calls++;
          await tx.collection('invitation_codes').add({ data: { _id: inv.code, invitationId: inv.id } });
          ctx.calls++;
          await tx.collection('invitations').add({ data: { ...plain(inv), _id: inv.id } });
        });
        return true;
      } catch (e) {
        if ((await byId('invitation_codes', inv.code)) || (await byId('invitations', inv.id))) return false;
        throw e;
      }
    },
    getInvitation: (id) => byId<Invitation>('invitations', id),
    async getInvitationByCode(code) {
      ctx.calls++;
      const { data } = await db.collection('invitations').where({ code }).limit(1).get();
      return data[0] ? strip<Invitation>(data[0]) : null;
    },
    updateInvitation: (inv, expectedVersion) => replaceIfVersion('invitations', inv.id, inv, INVITATION_OPTIONAL, expectedVersion),
    async listInvitations(countyCode, limit, after) {
      const plan: Plan = {
        coll: 'invitations',
        where: [{ countyCode }],
        sort: [
          ['createdAt', 'desc'],
          ['_id', 'desc'],
        ],
      };
      const start = after ? { createdAt: after.createdAt, _id: after.id } : undefined;
      return (await read(plan, cap(limit), start)).map(strip<Invitation>);
    },
  };
}
