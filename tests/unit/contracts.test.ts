// Generated from the contracts: every action of every function (CONTRACTS) has a request
// schema, and its function, as the local cloud and WeChat cloud run it, refuses malformed
// data with INVALID_INPUT and a Chinese message. A new action or function is covered as soon
// as it is in its contract.
import { describe, expect, test } from '@jest/globals';
import * as v from 'valibot';
import { CONTRACTS } from '../../core/api/contracts';
import type { FunctionContext } from '../../cloudfunctions/shared/context';
import { FUNCTIONS } from '../../server/functions';

const CHINESE = /[\u4e00-\u9fa5]/;
// Validation comes before any use case, so nothing of the context is touched.
const ctx = {} as FunctionContext;

/** Malformed payloads for an action: not an object at all, and each field of a wrong type. */
function malformed(schema: v.GenericSchema): unknown[] {
  const out: unknown[] = [42, 'x', true];
  if (schema.type === 'object') {
    for (const key of Object.keys((schema as v.ObjectSchema<v.ObjectEntries, undefined>).entries)) out.push({ [key]: { wrong: true } });
  }
  return out;
}

for (const [fn, contract] of Object.entries(CONTRACTS)) {
  describe(`the ${fn} function`, () => {
    const handler = FUNCTIONS[fn];

    test('is served', () => {
      expect(typeof handler).toBe('function');
    });

    test('answers an action it does not have with UNKNOWN_ACTION', async () => {
      for (const action of ['no.such.action', 'toString', '__proto__', 42]) {
        expect(await handler({ action, data: {} }, ctx)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
      }
    });

    for (const [action, spec] of Object.entries(contract)) {
      test(`${action}: has a request schema and refuses malformed data in Chinese`, async () => {
        expect(spec.req).toMatchObject({ kind: 'schema', type: 'object' });
        for (const data of malformed(spec.req)) {
          const answer = (await handler({ action, data }, ctx)) as { ok: boolean; code?: string; message?: string };
          expect({ data, ok: answer.ok, code: answer.code }).toEqual({ data, ok: false, code: 'INVALID_INPUT' });
          expect(answer.message).toMatch(CHINESE);
        }
      });
    }
  });
}
