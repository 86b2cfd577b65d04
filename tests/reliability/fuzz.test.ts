// Property-based fuzzing of every action from its schema (support/fuzz.ts) through the real
// handlers, as every kind of caller, on both stores. FUZZ_RUNS sets the cases per action and
// kind (npm test: 20; the bench runs more).
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { runFuzz } from './support/fuzz';
import { sqliteWorld, wxcloudWorld, type World } from './support/world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

describe('fuzzing every action from its schema', () => {
  for (const [name, open] of [
    ['SQLite (the local cloud’s handlers)', sqliteWorld],
    ['the cloud database (cloud entries on the fake)', wxcloudWorld],
  ] as Array<[string, () => Promise<World>]>) {
    it(`answers every payload with the structured shape, refuses bad ones with INVALID_INPUT and no write, on ${name}`, async () => {
      const w = await open();
      try {
        const r = await runFuzz(w, RUNS);
        assert.deepEqual(r.failures, []);
        assert.equal(r.thrown + r.unstructured + r.badRefusals, 0);
        assert.ok(r.invalid > r.events / 4 && r.invalid < r.events, `${r.invalid} of ${r.events} invalid`);
        assert.ok(r.validBases >= 40, `${r.validBases} schema-built payloads valid`);
      } finally {
        await w.close();
      }
    });
  }
});
