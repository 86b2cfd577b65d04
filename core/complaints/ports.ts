// Platform services a complaint needs, as ports: the cloud implements them with WeChat's
// open APIs, the local cloud with a word list, an outbox table and files on disk.
import type { Notification } from './model';

export type CheckSuggest = 'pass' | 'review' | 'risky';

export interface ContentCheck {
  /** security.msgSecCheck v2 in the cloud: decide on result.suggest. */
  checkText(text: string, openid: string): Promise<CheckSuggest>;
}

export interface Notifier {
  /** Delivers or records one message; must never throw for a delivery failure. */
  send(n: Notification): Promise<Notification['status']>;
}

export interface FileStore {
  /** True when the file exists and was uploaded by this caller (its id lies in an upload folder given to them). */
  ownedBy(fileId: string, openid: string): Promise<boolean>;
}
