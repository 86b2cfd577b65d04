// `timer`: the sweep and the 12345 outbox, every 10 minutes (config.json). Only the timer trigger may run it: a user calling it gets FORBIDDEN.
import { AppError } from '../../core/api/errors';
import { sweep } from '../../core/complaints/sweep';
import { deliverHotline } from '../../core/hotline/outbox';
import type { FunctionContext } from '../shared/context';
import { complaintDeps } from '../shared/dispatch';
import { httpTransport } from '../shared/hotline-http';
import { respond } from '../shared/respond';

const HOTLINE_BUDGET_MS = 30_000;

export function handleTimer(_event: unknown, ctx: FunctionContext) {
  return respond(async () => {
    if (!ctx.fromTimer) throw new AppError('FORBIDDEN', '定时任务只能由系统触发');
    const started = Date.now();
    const swept = await sweep(complaintDeps(ctx));
    // Within the function's time limit (set it to 60 s): no new 工单 after 30 s, each POST at most 10 s.
    const more = () => Date.now() - started < HOTLINE_BUDGET_MS;
    return { ...swept, hotline: await deliverHotline({ store: ctx.store, clock: ctx.clock, transport: httpTransport(10_000) }, more) };
  });
}
