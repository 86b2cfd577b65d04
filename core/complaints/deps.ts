import type { Clock, Store } from '../store';
import type { ContentCheck, FileStore, Notifier } from './ports';

export interface ComplaintDeps {
  store: Store;
  clock: Clock;
  check: ContentCheck;
  notifier: Notifier;
  files: FileStore;
}
