// The local cloud as a real process (support/process.ts): kill -9 in the middle of concurrent
// complaint submissions, then a restart on the same file and a retry of every request; and
// fuzzed HTTP bodies that must never bring the process down. FUZZ_RUNS scales the fuzzing.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { httpFuzzRun, kill9Run } from './support/process';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

describe('the local cloud process', () => {
  it('loses no acknowledged complaint and duplicates none across a kill -9 and retries', async () => {
    const r = await kill9Run(60, 20);
    assert.ok(r.acknowledged >= 20 && r.unanswered > 0, JSON.stringify(r));
    assert.equal(r.lost, 0, JSON.stringify(r));
    assert.equal(r.duplicated, 0, JSON.stringify(r));
    assert.equal(r.retryFailures, 0, JSON.stringify(r));
  });

  it('answers fuzzed bodies below 500 in the JSON error shape and stays up', async () => {
    const r = await httpFuzzRun(RUNS * 10);
    assert.deepEqual(r.failures, []);
    assert.equal(r.status5xx + r.unstructured + r.deaths, 0);
    assert.equal(r.events, RUNS * 10);
  });
});
