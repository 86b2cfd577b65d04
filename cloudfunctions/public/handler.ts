// `public`: the resident's read-only look-up. No login needed; the caller is ignored.
import { AppError } from '../../core/api/errors';
import { isPublicAction, runPublic } from '../../core/api/public-service';
import type { FunctionContext } from '../shared/context';
import { readEvent, respond } from '../shared/respond';

export function handlePublic(event: unknown, ctx: FunctionContext) {
  return respond(async () => {
    const { action, data } = readEvent(event);
    if (!isPublicAction(action)) throw new AppError('UNKNOWN_ACTION');
    return runPublic({ store: ctx.store, clock: ctx.clock }, action, data);
  });
}
