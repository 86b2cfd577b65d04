import type Database from 'better-sqlite3';
import type { Notification } from '../../core/complaints/model';
import type { NotificationStore } from '../../core/store';
import { cap, parseAll, type Row } from './shared';

export function sqliteNotifications(db: Database.Database): NotificationStore {
  const stmt = {
    putNotification: db.prepare('INSERT INTO notifications(id, recipient, created_at, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING'),
    notificationsTo: db.prepare('SELECT doc FROM notifications WHERE recipient = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    notifications: db.prepare('SELECT doc FROM notifications ORDER BY created_at DESC, id DESC LIMIT ?'),
  };
  return {
    async putNotification(n) {
      return stmt.putNotification.run(n.id, n.to, n.createdAt, JSON.stringify(n)).changes === 1;
    },
    async listNotifications(to, limit) {
      const rows = to ? stmt.notificationsTo.all(to, cap(limit)) : stmt.notifications.all(cap(limit));
      return parseAll<Notification>(rows as Row[]);
    },
  };
}
