// Routes { action, data } to a use case after validating data with the action's schema.
import type * as v from 'valibot';
import { AppError } from '../../core/api/errors';
import { validate } from '../../core/api/validate';
import type { FunctionContext } from './context';
import { readEvent, respond } from './respond';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replaced by typed contracts (issue 8)
export type ActionTable = Record<string, { schema: v.GenericSchema; run: (ctx: FunctionContext, data: any) => Promise<unknown> }>;

export function dispatcher(table: ActionTable) {
  return (event: unknown, ctx: FunctionContext) =>
    respond(async () => {
      const { action, data } = readEvent(event);
      const entry = typeof action === 'string' && Object.prototype.hasOwnProperty.call(table, action) ? table[action] : null;
      if (!entry) throw new AppError('UNKNOWN_ACTION');
      return entry.run(ctx, validate(entry.schema, data));
    });
}

export const complaintDeps = (ctx: FunctionContext) => ({
  store: ctx.store,
  clock: ctx.clock,
  check: ctx.platform.check,
  notifier: ctx.platform.notifier,
  files: ctx.platform.files,
});
