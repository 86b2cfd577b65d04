import type { Caller } from '../../core/accounts/account';
import type { Clock, Store } from '../../core/store';
import type { ContentCheck, FileStore, Notifier } from '../../core/complaints/ports';
import type { QrCodes } from '../../core/platform/ports';
import type { TemplateIds } from '../../core/complaints/subscriptions';

/** Platform services, implemented by WeChat's open APIs in the cloud and by local stand-ins here. */
export interface Platform {
  check: ContentCheck;
  notifier: Notifier;
  files: FileStore;
  /** Mini-program codes of disclosures (for the printed 公示栏 notice and invitations). */
  qrCodes: QrCodes;
  /** The deployment's subscribe-message template ids (TEMPLATE_<NAME>), asked for at a tap; none: never asked. */
  subscribeTemplates?: TemplateIds;
}

/** What every handler is given by its host (the WeChat cloud entry or the local cloud). */
export interface FunctionContext {
  store: Store;
  clock: Clock;
  caller: Caller;
  platform: Platform;
  /** True only when the timer trigger invoked the function (no user). */
  fromTimer?: boolean;
}

export type FunctionHandler = (event: unknown, ctx: FunctionContext) => Promise<unknown>;
