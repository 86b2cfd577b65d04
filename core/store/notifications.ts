import type { Notification } from '../complaints/model';

/** What WeChat's requestSubscribeMessage answered for one template. */
export type ConsentAnswer = 'accept' | 'reject' | 'ban' | 'filter';

/**
 * A person's subscribe-message consent for one of our templates. Each 'accept' allows one
 * message (WeChat's one-time subscription), so accepts add up and each send takes one.
 */
export interface SubscriptionConsent {
  openid: string;
  template: Notification['template'];
  /** Messages still allowed. */
  accepted: number;
  lastAnswer: ConsentAnswer;
  updatedAt: string;
}

/** Accepts kept per person and template at most (WeChat keeps no more either). */
export const MAX_KEPT_CONSENTS = 50;

/** The notifications outbox (the local Notifier writes here; the cloud one records outcomes). */
export interface NotificationStore {
  /** Stores one per id: true, or false when that id is stored already (the first kept). */
  putNotification(n: Notification): Promise<boolean>;
  listNotifications(to: string | undefined, limit: number): Promise<Notification[]>;
  /** Records an answer: 'accept' adds one allowed message (up to MAX_KEPT_CONSENTS), any other only the answer. */
  recordConsent(openid: string, template: Notification['template'], answer: ConsentAnswer, at: string): Promise<SubscriptionConsent>;
  getConsent(openid: string, template: Notification['template']): Promise<SubscriptionConsent | null>;
  /** Takes one allowed message atomically: true when there was one. */
  takeConsent(openid: string, template: Notification['template']): Promise<boolean>;
}
