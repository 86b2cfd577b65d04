// Canned answers for src/services/api. A test file mocks the module itself (hoisted):
//   jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());
// and then sets what each action answers with `answer(callUnit, { 'queue.list': {...} })`.
import { jest } from '@jest/globals';

/** The api module with its calls replaced by jest.fn; ApiError and the rest stay real. */
export function mockApiModule(): Record<string, unknown> {
  const actual = jest.requireActual<Record<string, unknown>>('../../../src/services/api');
  const fail = (action: string) => Promise.reject(new (actual.ApiError as any)('INTERNAL', `测试没有为 ${action} 准备答复`));
  return {
    ...actual,
    callPublic: jest.fn(fail),
    callResident: jest.fn(fail),
    callUnit: jest.fn(fail),
    callCadre: jest.fn(fail),
    callReview: jest.fn(fail),
    callAdmin: jest.fn(fail),
    callAccount: jest.fn(fail),
    postRaw: jest.fn(() => fail('postRaw')),
    getDevAccounts: jest.fn(() => Promise.resolve(null)),
  };
}

type Canned = unknown | ((data: any) => unknown);

/**
 * Makes a mocked call (callPublic, callUnit…) answer per action: a value, or a function of the
 * request data (it may throw an ApiError). An action without an answer rejects.
 */
export function answer(call: unknown, answers: Record<string, Canned>): void {
  const fn = call as jest.Mock<(action: string, data: unknown) => Promise<unknown>>;
  fn.mockImplementation(async (action: string, data: unknown) => {
    if (!(action in answers)) throw new Error(`no canned answer for ${action}`);
    const a = answers[action];
    return typeof a === 'function' ? (a as (d: unknown) => unknown)(data) : a;
  });
}

/** The actions a mocked call was called with, in order. */
export function actionsOf(call: unknown): string[] {
  return (call as jest.Mock).mock.calls.map((c) => c[0] as string);
}
