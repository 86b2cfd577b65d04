import * as v from 'valibot';
import { AppError } from './errors';

/** Parses input with a schema or throws INVALID_INPUT carrying the first problem in Chinese. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, input ?? {});
  if (r.success) return r.output;
  const first = r.issues[0];
  const field = first.path?.map((p) => String(p.key)).join('.');
  // Schema messages are Chinese; valibot's own (a missing key, a wrong type) are English.
  const message = /[\u4e00-\u9fa5]/.test(first.message)
    ? first.message
    : first.input === undefined
      ? `缺少必填项${field ? `：${field}` : ''}`
      : `填写的内容格式不正确${field ? `：${field}` : ''}`;
  throw new AppError('INVALID_INPUT', message, field ? { field } : undefined);
}
