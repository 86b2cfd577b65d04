import type { Notification } from '../../core/complaints/model';
import type { NotificationStore } from '../../core/store';
import { cap, NEWEST_CREATED, plain, strip, type Plan, type WxContext } from './shared';

export function wxNotifications(ctx: WxContext): NotificationStore {
  const { db, read, byId } = ctx;
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
  };
}
