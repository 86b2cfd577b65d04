// `timer`: the hourly sweep. Only the timer trigger may run it: a user calling it gets FORBIDDEN.
import { AppError } from '../../core/api/errors';
import { sweep } from '../../core/complaints/sweep';
import type { FunctionContext } from '../shared/context';
import { complaintDeps } from '../shared/dispatch';
import { respond } from '../shared/respond';

export function handleTimer(_event: unknown, ctx: FunctionContext) {
  return respond(async () => {
    if (!ctx.fromTimer) throw new AppError('FORBIDDEN', '定时任务只能由系统触发');
    return sweep(complaintDeps(ctx));
  });
}
