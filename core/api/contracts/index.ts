// Every cloud function's contract, by function name (the name clients call it by).
// Req/Data/Res are what the client wrapper (src/services/api.ts), the handlers and the
// tests use, e.g. Res<'public', 'disclosures.list'>.
import type { ActionSpec, AnswerOf, Contract, DataOf, InputOf } from '../contract';
import { ACCOUNT } from './account';
import { ADMIN } from './admin';
import { CADRE } from './cadre';
import { PUBLIC } from './public';
import { PUBLISH } from './publish';
import { RESIDENT } from './resident';
import { REVIEW } from './review';
import { UNIT } from './unit';

export const CONTRACTS = {
  public: PUBLIC,
  resident: RESIDENT,
  unit: UNIT,
  publish: PUBLISH,
  cadre: CADRE,
  review: REVIEW,
  admin: ADMIN,
  account: ACCOUNT,
} satisfies Record<string, Contract>;

export type Contracts = typeof CONTRACTS;
export type FunctionName = keyof Contracts;
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string;
type Spec<F extends FunctionName, A extends ActionName<F>> = Extract<Contracts[F][A], ActionSpec>;

/** What a client sends to action A of function F (the schema's input type). */
export type Req<F extends FunctionName, A extends ActionName<F>> = InputOf<Spec<F, A>>;
/** What F's handler of A receives after validation (the schema's output type). */
export type Data<F extends FunctionName, A extends ActionName<F>> = DataOf<Spec<F, A>>;
/** What action A of function F answers. */
export type Res<F extends FunctionName, A extends ActionName<F>> = AnswerOf<Spec<F, A>>;
