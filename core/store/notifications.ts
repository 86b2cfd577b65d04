import type { Notification } from '../complaints/model';

/** The notifications outbox (the local Notifier writes here; the cloud one records outcomes). */
export interface NotificationStore {
  /** Stores one per id: true, or false when that id is stored already (the first kept). */
  putNotification(n: Notification): Promise<boolean>;
  listNotifications(to: string | undefined, limit: number): Promise<Notification[]>;
}
