import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { countyOf, disclosureChain, levelOf, normalizeCode } from '../../core/regions/codes';
import { everydayName } from '../../core/regions/names';

test('old 新津县 code 510132 resolves to 新津区 510118, also for places under it', () => {
  assert.equal(normalizeCode('510132'), '510118');
  assert.equal(normalizeCode('510132101001'), '510118101001');
});

test('12-digit padded codes shrink to their level; junk is refused', () => {
  assert.equal(normalizeCode('510118000000'), '510118');
  assert.equal(normalizeCode('510118101000'), '510118101');
  assert.equal(normalizeCode('510000000000'), '51');
  assert.equal(normalizeCode(' 510118101001 '), '510118101001');
  assert.equal(normalizeCode('51011'), null);
  assert.equal(normalizeCode('abc'), null);
  assert.equal(normalizeCode(''), null);
});

test('a village sees what its town and county publish too', () => {
  assert.deepEqual(disclosureChain('510118101001'), ['510118101001', '510118101', '510118']);
  assert.deepEqual(disclosureChain('510118101'), ['510118101', '510118']);
  assert.deepEqual(disclosureChain('510118'), ['510118']);
  assert.equal(countyOf('510118101001'), '510118');
  assert.equal(levelOf('510118101'), 'town');
});

test('committee names become the names people use', () => {
  assert.equal(everydayName('董大桥村村民委员会'), '董大桥村');
  assert.equal(everydayName('红旗村委会'), '红旗村');
  assert.equal(everydayName('花园社区居民委员会'), '花园社区');
  assert.equal(everydayName('城关居委会'), '城关社区');
  assert.equal(everydayName('唐家河国家级自然保护区虚拟生活区'), '唐家河国家级自然保护区虚拟生活区');
});
