// 在名单中查找: rows of a publicity list found by name, masked names by their visible characters.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { cellMatches, findRows, nameColumns } from '../../src/utils/table-find';

const columns = ['序号', '户主姓名', '身份证号', '补助金额（元）'];
const rows = [
  ['1', '许明英', '510118********4084', '15000'],
  ['2', '韩*福', '510118********0696', '35000'],
  ['3', '吕国强', '510118********5014', '15000'],
];

describe('在名单中查找', () => {
  it('searches the name columns only, or every column when there is none', () => {
    assert.deepEqual(nameColumns(columns), [1]);
    assert.deepEqual(nameColumns(['项目', '金额']), [0, 1]);
    // 15000 is an amount, not a name: nothing found.
    assert.deepEqual(findRows(columns, rows, '15000'), []);
  });

  it('finds a full name, a part of it, and ignores spaces', () => {
    assert.deepEqual(findRows(columns, rows, '许明英'), [0]);
    assert.deepEqual(findRows(columns, rows, ' 国 '), [2]);
    assert.deepEqual(findRows(columns, rows, ''), [0, 1, 2]);
  });

  it('a masked name matches the full name typed, and its visible characters alone', () => {
    assert.ok(cellMatches('韩*福', '韩德福'));
    assert.ok(cellMatches('韩*福', '韩福'));
    assert.ok(cellMatches('韩＊福', '德福'));
    assert.ok(!cellMatches('韩*福', '韩德贵'));
    assert.ok(!cellMatches('许明英', '许英'));
    assert.deepEqual(findRows(columns, rows, '韩德福'), [1]);
  });
});
