import * as v from 'valibot';
import { AppError } from './errors';

/** Parses input with a schema or throws INVALID_INPUT carrying the first problem in Chinese. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, input ?? {});
  if (r.success) return r.output;
  const first = r.issues[0];
  const field = first.path?.map((p) => String(p.key)).join('.');
  throw new AppError('INVALID_INPUT', first.message, field ? { field } : undefined);
}
