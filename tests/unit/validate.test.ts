import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { validate } from '../../core/api/validate';
import { PUBLIC } from '../../core/api/contracts/public';
import { AppError } from '../../core/api/errors';

function problem(schema: keyof typeof PUBLIC, input: unknown): AppError {
  try {
    validate(PUBLIC[schema].req, input);
  } catch (e) {
    if (e instanceof AppError) return e;
  }
  throw new Error('expected INVALID_INPUT');
}

test('every refusal is INVALID_INPUT with a Chinese message naming the field', () => {
  for (const [schema, input] of [
    ['catalog.get', {}],
    ['catalog.get', { id: 42 }],
    ['regions.children', { code: '5101180' }],
    ['search', { q: 'x'.repeat(41) }],
    ['disclosures.list', { regionCode: '510118', domain: 'DROP TABLE' }],
    ['regions.search', null],
  ] as const) {
    const e = problem(schema, input);
    assert.equal(e.code, 'INVALID_INPUT');
    assert.match(e.message, /[\u4e00-\u9fa5]/, `${schema} ${JSON.stringify(input)}: ${e.message}`);
  }
  assert.deepEqual(problem('catalog.get', {}).details, { field: 'id' });
});

test('valid input comes back trimmed', () => {
  assert.deepEqual(validate(PUBLIC.search.req, { q: '  低保 ', regionCode: '510118' }), { q: '低保', regionCode: '510118' });
});
