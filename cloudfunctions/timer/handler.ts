// `timer`: the hourly sweep and the 12345 outbox. Only the timer trigger may run it: a user calling it gets FORBIDDEN.
import { AppError } from '../../core/api/errors';
import { sweep } from '../../core/complaints/sweep';
import { deliverHotline } from '../../core/hotline/outbox';
import type { FunctionContext } from '../shared/context';
import { complaintDeps } from '../shared/dispatch';
import { httpTransport } from '../shared/hotline-http';
import { respond } from '../shared/respond';

export function handleTimer(_event: unknown, ctx: FunctionContext) {
  return respond(async () => {
    if (!ctx.fromTimer) throw new AppError('FORBIDDEN', '定时任务只能由系统触发');
    const swept = await sweep(complaintDeps(ctx));
    return { ...swept, hotline: await deliverHotline({ store: ctx.store, clock: ctx.clock, transport: httpTransport() }) };
  });
}
