// The authorization matrix (support/authz.ts) on both stores: every caller × every action ×
// own and others' resources, refusals exactly where the role policy refuses, and no write by
// a refused call.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { runAuthzMatrix, uncovered } from './support/authz';
import { sqliteWorld, wxcloudWorld, type World } from './support/world';

describe('the authorization matrix', () => {
  it('has a row for every action of every function', () => {
    assert.deepEqual(uncovered(), []);
  });

  for (const [name, open] of [
    ['SQLite (the local cloud’s handlers)', sqliteWorld],
    ['the cloud database (cloud entries on the fake)', wxcloudWorld],
  ] as Array<[string, () => Promise<World>]>) {
    it(`refuses exactly where the policy says, on ${name}`, async () => {
      const w = await open();
      try {
        const r = await runAuthzMatrix(w);
        assert.ok(r.cells >= 1000, `${r.cells} cells`);
        assert.ok(r.answers.ok > 200 && r.answers.FORBIDDEN > 0 && r.answers.NOT_FOUND > 0, JSON.stringify(r.answers));
        assert.deepEqual(r.violations, []);
      } finally {
        await w.close();
      }
    });
  }
});
