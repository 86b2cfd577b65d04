import type Database from 'better-sqlite3';
import type { Notification } from '../../core/complaints/model';
import { MAX_KEPT_CONSENTS, type NotificationStore, type SubscriptionConsent } from '../../core/store';
import { cap, parseAll, type Row } from './shared';

export function sqliteNotifications(db: Database.Database): NotificationStore {
  const stmt = {
    putNotification: db.prepare('INSERT INTO notifications(id, recipient, created_at, doc) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING'),
    notificationsTo: db.prepare('SELECT doc FROM notifications WHERE recipient = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
    notifications: db.prepare('SELECT doc FROM notifications ORDER BY created_at DESC, id DESC LIMIT ?'),
    recordConsent: db.prepare(
      `INSERT INTO subscriptions(openid, template, accepted, last_answer, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(openid, template) DO UPDATE SET accepted = min(?, accepted + excluded.accepted),
         last_answer = excluded.last_answer, updated_at = excluded.updated_at
       RETURNING openid, template, accepted, last_answer AS lastAnswer, updated_at AS updatedAt`,
    ),
    getConsent: db.prepare(
      `SELECT openid, template, accepted, last_answer AS lastAnswer, updated_at AS updatedAt FROM subscriptions WHERE openid = ? AND template = ?`,
    ),
    takeConsent: db.prepare('UPDATE subscriptions SET accepted = accepted - 1 WHERE openid = ? AND template = ? AND accepted > 0'),
  };
  return {
    async putNotification(n) {
      return stmt.putNotification.run(n.id, n.to, n.createdAt, JSON.stringify(n)).changes === 1;
    },
    async listNotifications(to, limit) {
      const rows = to ? stmt.notificationsTo.all(to, cap(limit)) : stmt.notifications.all(cap(limit));
      return parseAll<Notification>(rows as Row[]);
    },
    async recordConsent(openid, template, answer, at) {
      const add = answer === 'accept' ? 1 : 0;
      return stmt.recordConsent.get(openid, template, add, answer, at, MAX_KEPT_CONSENTS) as SubscriptionConsent;
    },
    async getConsent(openid, template) {
      return (stmt.getConsent.get(openid, template) as SubscriptionConsent | undefined) ?? null;
    },
    async takeConsent(openid, template) {
      return stmt.takeConsent.run(openid, template).changes === 1;
    },
  };
}
