// What the demo's stories run the real services with: the store, a clock the story moves,
// the word-list check, notices written to the store as pending (as the outbox would).
import type { Store } from '../core/store';
import type { ComplaintDeps } from '../core/complaints/deps';
import { wordListCheck } from '../core/complaints/word-list-check';

export function demoServiceDeps(store: Store, now: () => Date): ComplaintDeps {
  return {
    store,
    clock: { now },
    check: wordListCheck(),
    notifier: { send: async (n) => (await store.putNotification(n), 'pending') },
    files: { ownedBy: async () => false },
  };
}
