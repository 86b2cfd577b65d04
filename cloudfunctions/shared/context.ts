import type { Caller } from '../../core/accounts/account';
import type { Clock, Store } from '../../core/store';

/** What every handler is given by its host (the WeChat cloud entry or the local cloud). */
export interface FunctionContext {
  store: Store;
  clock: Clock;
  caller: Caller;
}

export type FunctionHandler = (event: unknown, ctx: FunctionContext) => Promise<unknown>;
