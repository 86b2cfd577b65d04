import type { Notification } from '../../core/complaints/model';
import { MAX_KEPT_CONSENTS, type NotificationStore, type SubscriptionConsent } from '../../core/store';
import { cap, NEWEST_CREATED, plain, requestKey, strip, type Plan, type WxContext } from './shared';

/** subscriptions/<hash(openid, template)>: one document per person and template. */
const consentId = (openid: string, template: string) => requestKey(openid, template);

export function wxNotifications(ctx: WxContext): NotificationStore {
  const { db, _, read, byId, transact, getOrNull } = ctx;
  return {
    async putNotification(n) {
      try {
        ctx.calls++;
        await db.collection('notifications').add({ data: { ...plain(n), _id: n.id } });
        return true;
      } catch (e) {
        // add refuses an existing _id: someone stored this notification already.
        if (await byId('notifications', n.id)) return false;
        throw e;
      }
    },
    async listNotifications(to, limit) {
      const plan: Plan = { coll: 'notifications', where: to ? [{ to }] : [], sort: NEWEST_CREATED };
      return (await read(plan, cap(limit))).map(strip<Notification>);
    },
    async recordConsent(openid, template, answer, at) {
      // Read and write in one transaction: two answers at once both count.
      return transact(async (tx) => {
        const ref = tx.collection('subscriptions').doc(consentId(openid, template));
        const current = await getOrNull(ref);
        const before = typeof current?.accepted === 'number' ? current.accepted : 0;
        const next: SubscriptionConsent = {
          openid,
          template,
          accepted: Math.min(MAX_KEPT_CONSENTS, before + (answer === 'accept' ? 1 : 0)),
          lastAnswer: answer,
          updatedAt: at,
        };
        ctx.calls++;
        await ref.set({ data: { ...next } });
        return next;
      });
    },
    getConsent: (openid, template) => byId<SubscriptionConsent>('subscriptions', consentId(openid, template)),
    async takeConsent(openid, template) {
      ctx.calls++;
      const { stats } = await db
        .collection('subscriptions')
        .where({ _id: consentId(openid, template), accepted: _.gt(0) })
        .update({ data: { accepted: _.inc(-1) } });
      return stats.updated === 1;
    },
  };
}
