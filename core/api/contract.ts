// One contract per cloud function: action -> { req: valibot schema, res: answer type }.
// The request types are derived from the schema (InferInput: what a client sends;
// InferOutput: what a handler gets after validation), so the schema is the only source.
// Contracts live in core/api/contracts/<function>.ts; CONTRACTS (contracts/index.ts) lists them.
import type * as v from 'valibot';
import { validate } from './validate';

declare const ANSWER: unique symbol;

/** Carries an action's answer type; at run time an empty object. */
export interface Answer<R> {
  readonly [ANSWER]?: R;
}

/** `res: answer<DraftView>()` in a contract declares what the action answers. */
export function answer<R>(): Answer<R> {
  return {};
}

export interface ActionSpec<S extends v.GenericSchema = v.GenericSchema, R = unknown> {
  req: S;
  res: Answer<R>;
}

/** A function's actions. */
export type Contract = Record<string, ActionSpec>;

/** What a client sends for an action. */
export type InputOf<S extends ActionSpec> = v.InferInput<S['req']>;
/** What a handler receives for an action, after validation (trimmed, defaults applied). */
export type DataOf<S extends ActionSpec> = v.InferOutput<S['req']>;
/** What an action answers. */
export type AnswerOf<S extends ActionSpec> = S['res'] extends Answer<infer R> ? R : never;

/** One use case per action, its data typed by the action's schema and its answer by the contract. */
export type Handlers<C extends Contract, Ctx> = {
  [A in keyof C]: (ctx: Ctx, data: DataOf<C[A]>) => Promise<AnswerOf<C[A]>>;
};

export function hasAction<C extends Contract>(contract: C, action: unknown): action is keyof C & string {
  return typeof action === 'string' && Object.prototype.hasOwnProperty.call(contract, action);
}

/**
 * Validates `data` with the action's schema and runs its handler. Throws AppError
 * INVALID_INPUT (with a Chinese message) on bad data; the handler's own AppErrors pass through.
 */
export function runAction<C extends Contract, Ctx, A extends keyof C & string>(
  contract: C,
  handlers: Handlers<C, Ctx>,
  ctx: Ctx,
  action: A,
  data: unknown,
): Promise<AnswerOf<C[A]>> {
  const run: (ctx: Ctx, data: DataOf<C[A]>) => Promise<AnswerOf<C[A]>> = handlers[action];
  return run(ctx, validate(contract[action].req, data));
}
