import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { idCheckChar, isValidIdNumber, makeIdNumber, maskIdNumber, maskPhone } from '../../core/privacy/mask';

test('check digits follow GB 11643 (standard examples)', () => {
  assert.equal(isValidIdNumber('11010519491231002X'), true);
  assert.equal(isValidIdNumber('11010519491231002x'), true, 'lower-case x accepted');
  assert.equal(isValidIdNumber('440524188001010014'), true);
  assert.equal(idCheckChar('11010519491231002'), 'X');
});

test('invalid ID numbers are rejected', () => {
  assert.equal(isValidIdNumber('110105194912310021'), false, 'wrong check digit');
  assert.equal(isValidIdNumber('440524188001010015'), false, 'wrong check digit');
  assert.equal(isValidIdNumber('11010519490230002X'), false, 'no 30 February');
  assert.equal(isValidIdNumber('1101051949123100'), false, 'too short');
  assert.equal(isValidIdNumber('110105********002X'), false, 'masked');
  assert.equal(isValidIdNumber(''), false);
});

test('makeIdNumber computes a valid check digit', () => {
  assert.equal(makeIdNumber('110105', '19491231', '002'), '11010519491231002X');
  assert.equal(makeIdNumber('440524', '18800101', 1), '440524188001010014');
  for (let seq = 0; seq < 200; seq++) {
    const id = makeIdNumber('510118', '19650415', seq);
    assert.equal(id.length, 18);
    assert.ok(isValidIdNumber(id), id);
  }
  assert.throws(() => makeIdNumber('5101', '19650415', 1));
  assert.throws(() => makeIdNumber('510118', '19650231', 1));
});

test('maskIdNumber keeps the first 6 and last 4 (18) or last 3 (15)', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
  assert.equal(maskIdNumber('11010519491231002x'), '110105********002X');
  assert.equal(maskIdNumber('110105491231002'), '110105******002');
  const masked = maskIdNumber(makeIdNumber('510118', '19700101', 123));
  assert.match(masked, /^510118\*{8}\d{3}[\dX]$/);
  assert.equal(isValidIdNumber(masked), false);
  assert.ok(!/\d{7,}/.test(maskIdNumber('123456789')), 'odd lengths leak no digit runs');
});

test('maskPhone: 138****1234 for mobiles; landlines keep area code and last 4', () => {
  assert.equal(maskPhone('13812341234'), '138****1234');
  assert.equal(maskPhone(' 138 1234 1234 '), '138****1234');
  assert.equal(maskPhone('028-85871022'), '028-****1022');
  assert.equal(maskPhone('12345'), '*****');
  assert.ok(!/1[3-9]\d{9}/.test(maskPhone('19912345678')));
});
