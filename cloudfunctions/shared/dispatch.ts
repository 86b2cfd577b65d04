// The one dispatcher of every cloud function: routes { action, data } to the action's
// handler after validating data with the action's schema from the function's contract.
//
// A function's handler.ts is just
//   export const handleX = defineActions(X_CONTRACT, {
//     'things.get': (ctx, d) => getThing(deps(ctx), ctx.caller, d.id),   // d: the schema's output type
//     ...
//   });
// with X_CONTRACT in core/api/contracts/x.ts (listed in CONTRACTS, core/api/contracts/index.ts).
// Every action of the contract needs a handler, each handler must answer the contract's
// answer type; an action not in the contract is UNKNOWN_ACTION, bad data INVALID_INPUT with
// a Chinese message (core/api/validate.ts).
import { AppError } from '../../core/api/errors';
import { hasAction, runAction, type Contract, type Handlers } from '../../core/api/contract';
import type { FunctionContext, FunctionHandler } from './context';
import { readEvent, respond } from './respond';

export type ActionHandlers<C extends Contract> = Handlers<C, FunctionContext>;

export function defineActions<C extends Contract>(contract: C, handlers: ActionHandlers<C>): FunctionHandler {
  return (event: unknown, ctx: FunctionContext) =>
    respond(async () => {
      const { action, data } = readEvent(event);
      if (!hasAction(contract, action)) throw new AppError('UNKNOWN_ACTION');
      return runAction(contract, handlers, ctx, action, data);
    });
}

export const complaintDeps = (ctx: FunctionContext) => ({
  store: ctx.store,
  clock: ctx.clock,
  check: ctx.platform.check,
  notifier: ctx.platform.notifier,
  files: ctx.platform.files,
});
