// Every function answers { ok: true, data } or { ok: false, code, message }: never a stack
// trace. Unknown failures are logged for the operator and shown as INTERNAL.
import { AppError, ERROR_MESSAGES, type Result } from '../../core/api/errors';

export async function respond<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (err) {
    if (err instanceof AppError) {
      return { ok: false, code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
    }
    console.error('[gongkai] unexpected error', err);
    return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
  }
}

/** Splits an event into action and data, refusing anything that is not { action, data }. */
export function readEvent(event: unknown): { action: unknown; data: unknown } {
  if (!event || typeof event !== 'object') throw new AppError('INVALID_INPUT', '请求格式有误');
  const e = event as { action?: unknown; data?: unknown };
  return { action: e.action, data: e.data ?? {} };
}
