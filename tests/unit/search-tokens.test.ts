import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { containsAll, indexTokens, queryTokens } from '../../core/search/tokens';

test('indexes Chinese text as bigrams so two-character words are found', () => {
  const tokens = indexTokens('农村危房改造补助对象公示');
  assert.ok(tokens.includes('危房') && tokens.includes('补助') && tokens.includes('公示'));
  assert.ok(!tokens.includes('危房改'));
});

test('a query needs all of its bigrams; a lone character searches by prefix', () => {
  assert.deepEqual(queryTokens('危房改造')?.all.sort(), ['危房', '房改', '改造'].sort());
  assert.deepEqual(queryTokens('新'), { all: [], prefix: '新' });
  assert.equal(queryTokens(' ，。 '), null);
  assert.deepEqual(queryTokens('2026 低保')?.all.sort(), ['02', '20', '26', '低保'].sort());
});

test('full-width and upper-case input is folded', () => {
  assert.ok(indexTokens('ＡＢ公示').includes('ab'));
  assert.ok(containsAll('关于2026年低保对象的公示', '低保 2026'));
  assert.ok(!containsAll('保障性住房低收入', '低保'));
});
