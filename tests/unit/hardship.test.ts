import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import {
  DEFAULT_HARDSHIP_CATEGORIES,
  HARDSHIP_NOTE,
  findHardship,
  hardshipWords,
  itemForbidsHardship,
  textForbidsHardship,
} from '../../core/privacy/hardship';
import { maskingSummary, maskTable } from '../../core/privacy/masker';
import { preview } from '../../core/publicity/views';

const catalog = buildCountyCatalog({ code: '510118', name: '新津区' }).items;
const housing = catalog.find((i) => i.templateId === 'rural_housing_renovation-05')!;

test('the default list names 低保, 特困, 五保, 残疾 (and grades), illnesses; 建档立卡 is not a hardship category', () => {
  for (const w of [
    '低保',
    '低保户',
    '特困',
    '特困供养',
    '五保',
    '五保户',
    '残疾',
    '残疾等级',
    '一级残疾',
    '四级残疾',
    '癌症',
    '尿毒症',
    '精神病',
    '白血病',
    '艾滋病',
  ]) {
    assert.ok(DEFAULT_HARDSHIP_CATEGORIES.includes(w), w);
  }
  assert.ok(!DEFAULT_HARDSHIP_CATEGORIES.some((w) => w.includes('建档立卡')));
  assert.deepEqual(hardshipWords('建档立卡户'), []);
  assert.deepEqual(hardshipWords('建档立卡脱贫户，原址重建'), []);
  assert.deepEqual(hardshipWords('低保户'), ['低保户']);
  assert.deepEqual(hardshipWords('特困供养，其子二级残疾'), ['特困供养', '二级残疾']);
  assert.deepEqual(hardshipWords('户主患尿毒症'), ['尿毒症']);
});

test('an item whose text says 不公开具体困难类别 carries the structured flag; others do not', () => {
  assert.equal(housing.forbidsHardshipCategory, true);
  assert.ok(housing.contents.some((c) => c.includes('不公开具体困难类别')));
  for (const i of catalog) {
    assert.equal(i.forbidsHardshipCategory === true, textForbidsHardship([...i.contents, i.summary]), i.templateId);
  }
  assert.ok(catalog.filter((i) => i.forbidsHardshipCategory).length < catalog.length);
  // Stored before the flag existed: the text still decides.
  const { forbidsHardshipCategory: _flag, ...legacy } = housing;
  assert.equal(itemForbidsHardship(legacy), true);
  assert.equal(itemForbidsHardship({ ...housing, forbidsHardshipCategory: false }), false);
  assert.equal(itemForbidsHardship(null), false);
  for (const t of ['困难类别不予公开', '不公开困难类别', '不得公开具体困难类别']) assert.ok(textForbidsHardship([t]), t);
  assert.ok(!textForbidsHardship(['只公开汇总数，不公开学生名单']));
});

test('findHardship flags each data cell (not headers) that names a category', () => {
  const { table } = maskTable({
    columns: ['户主姓名', '改造方式', '备注'],
    rows: [
      ['王德明', '原址重建', '低保户'],
      ['李秀英', '加固改造', '建档立卡户'],
      ['张国富', '特困供养', '户主患白血病'],
    ],
  });
  assert.deepEqual(findHardship(table), [
    { kind: 'hardship_category', row: 0, col: 2, column: '备注', note: HARDSHIP_NOTE },
    { kind: 'hardship_category', row: 2, col: 1, column: '改造方式', note: HARDSHIP_NOTE },
    { kind: 'hardship_category', row: 2, col: 2, column: '备注', note: HARDSHIP_NOTE },
  ]);
  assert.deepEqual(findHardship({ columns: ['低保金额'], rows: [['300']] }), []);
});

test('preview flags hardship only for items that forbid it, with the county’s own list when it has one', () => {
  const rawTable = {
    columns: ['户主姓名', '备注'],
    rows: [
      ['王德明', '低保户'],
      ['李秀英', '孤儿'],
    ],
  };
  const d = { title: '危房改造补助对象公示', body: '拟补助对象如下。', rawTable, attachments: [] };
  const kinds = (p: ReturnType<typeof preview>) => p.findings.filter((f) => f.kind === 'hardship_category').map((f) => f.row);
  assert.deepEqual(kinds(preview(d, housing)), [0]);
  assert.deepEqual(kinds(preview(d, housing, { hardshipCategories: ['孤儿'] })), [1]);
  const other = catalog.find((i) => !i.forbidsHardshipCategory && i.levels.includes('village'))!;
  assert.deepEqual(kinds(preview(d, other)), []);
  assert.deepEqual(kinds(preview(d, null)), []);
});

test('the masking summary counts each kind; nothing found gives no lines', () => {
  const { findings, dropped } = maskTable({
    columns: ['姓名', '身份证号', '联系电话', '银行卡号', '备注'],
    rows: [
      ['张三', '510118199005150025', '138.1234.5678', '6222021234567890128', '028-85871022'],
      ['李四', '510118.19900515.0025', '0838-2212345', '', '卡号 6222021234567890128'],
    ],
  });
  const s = maskingSummary(findings, dropped);
  assert.deepEqual(s.lines, ['身份证号 2 处', '手机号 1 处', '固定电话 1 处', '银行卡号 1 处', '删除列：银行卡号']);
  assert.equal(s.counts.id_number, 2);
  assert.deepEqual(maskingSummary([], []).lines, []);
});
