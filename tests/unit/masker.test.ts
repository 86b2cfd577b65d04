import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  DEFAULT_MASK_POLICY,
  columnRule,
  cutAddress,
  maskTable,
  maskText,
  summarizeFindings,
  validateMaskPolicy,
  type Finding,
} from '../../core/privacy/masker';
import { isValidIdNumber, makeIdNumber, maskIdNumber } from '../../core/privacy/mask';
import { findPersonalData } from '../helpers/personal-data';
import { seededRandom, type Rng } from '../../core/ids';

// ---------------------------------------------------------------- seeded randomness

const mulberry32 = seededRandom;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(int(rng, 0, 9))).join('');

const REGIONS = [
  '110105',
  '510118',
  '510132',
  '510403',
  '510522',
  '510682',
  '510723',
  '510822',
  '511781',
  '513401',
  '440524',
  '320102',
  '650102',
  '230103',
  '420111',
  '610113',
];

function randomRegion(rng: Rng): string {
  return rng() < 0.6 ? pick(rng, REGIONS) : `${int(rng, 11, 65)}${digits(rng, 4)}`;
}
function randomBirth(rng: Rng, from = 1925, to = 2015): string {
  const y = int(rng, from, to);
  const m = int(rng, 1, 12);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}${String(m).padStart(2, '0')}${String(int(rng, 1, last)).padStart(2, '0')}`;
}
function randomId(rng: Rng): string {
  return makeIdNumber(randomRegion(rng), randomBirth(rng), int(rng, 0, 999));
}
/** Same number with a different (wrong) check character. */
function flipCheck(id: string, rng: Rng): string {
  const chars = '0123456789X'.replace(id[17], '');
  return id.slice(0, 17) + pick(rng, chars.split(''));
}
/** A 15-digit first-generation card with a real birth date (19YYMMDD). */
function randomId15(rng: Rng): string {
  return `${randomRegion(rng)}${randomBirth(rng, 1930, 1999).slice(2)}${digits(rng, 3)}`;
}
function randomMobile(rng: Rng): string {
  return `1${int(rng, 3, 9)}${digits(rng, 9)}`;
}
function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}
function withLuhn(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('unreachable');
}
function randomCard(rng: Rng, len = pick(rng, [16, 16, 19])): string {
  return withLuhn(pick(rng, ['622202', '621700', '622848', '623668', '620058', '436742']) + digits(rng, len - 7));
}
const group4 = (d: string, sep: string) => d.match(/.{1,4}/g)!.join(sep);

// ---------------------------------------------------------------- free text: ID numbers

test('valid 18-digit IDs in free text are masked, across many regions and birth dates', () => {
  const rng = mulberry32(1);
  for (let k = 0; k < 400; k++) {
    const id = randomId(rng);
    assert.ok(isValidIdNumber(id));
    const written = id.endsWith('X') && k % 2 ? id.slice(0, 17) + 'x' : id;
    const { text, findings } = maskText(`户主张建华，身份证号${written}，已核实。`);
    assert.equal(text, `户主张建华，身份证号${maskIdNumber(id)}，已核实。`);
    assert.deepEqual(findings, [{ kind: 'id_number', row: null, col: null, note: '身份证号已隐去中间8位' }]);
  }
});

test('an ID at the very start or end of the text, or next to letters, is masked', () => {
  const id = makeIdNumber('510118', '19650415', 123);
  assert.equal(maskText(id).text, maskIdNumber(id));
  assert.equal(maskText(`ID:${id}`).text, `ID:${maskIdNumber(id)}`);
  assert.equal(maskText('11010519491231002Xabc').text, '110105********002Xabc');
});

test('an ID with a wrong check digit is not masked as an ID in free text, but is in a 身份证 column', () => {
  const rng = mulberry32(2);
  for (let k = 0; k < 300; k++) {
    const bad = flipCheck(randomId(rng), rng);
    assert.equal(isValidIdNumber(bad), false);
    const free = maskText(`编号${bad}号`);
    assert.ok(!free.findings.some((f) => f.kind === 'id_number'), bad);
    if (!/X$/.test(bad) && !luhnOk(bad)) assert.equal(free.text, `编号${bad}号`);

    const { table, findings } = maskTable({ columns: ['姓名', '身份证号码'], rows: [['张三', bad]] });
    assert.equal(table.rows[0][1], `${bad.slice(0, 6)}********${bad.slice(14)}`);
    assert.deepEqual(findings, [{ kind: 'id_number', row: 0, col: 1, column: '身份证号码', note: '身份证号已隐去中间8位' }]);
  }
});

test('a run longer than an ID, or an ID glued to more digits, is not an ID in free text', () => {
  const id = makeIdNumber('510118', '19650415', 124);
  assert.ok(!id.endsWith('X'));
  // 19 digits: a longer run. (Choose the extra digit so it is not a Luhn-valid card either.)
  const extra = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].find((d) => !luhnOk(id + d))!;
  assert.equal(maskText(`${id}${extra}`).text, `${id}${extra}`);
});

test('15-digit first-generation IDs with a real birth date are masked, keeping at most 3 at the end', () => {
  const rng = mulberry32(3);
  for (let k = 0; k < 200; k++) {
    const id = randomId15(rng);
    const { text, findings } = maskText(`老证号：${id}。`);
    assert.equal(text, `老证号：${id.slice(0, 6)}******${id.slice(12)}。`);
    assert.equal(findings[0].note, '身份证号已隐去中间6位');
  }
  // Month 13 is no birth date: not an ID (and this one is not a Luhn-valid card).
  const notId = '510118651315123';
  assert.equal(luhnOk(notId), false);
  assert.equal(maskText(`编号${notId}`).text, `编号${notId}`);
});

// ---------------------------------------------------------------- free text: phones and cards

test('mobiles in the formats people write them become 138****5678', () => {
  const cases: [string, string][] = [
    ['电话13812345678', '电话138****5678'],
    ['电话：138-1234-5678。', '电话：138****5678。'],
    ['电话 138 1234 5678 转', '电话 138****5678 转'],
    ['+86 138 1234 5678', '+86 138****5678'],
    ['+8613812345678', '+86138****5678'],
    ['19912345678、15088886666', '199****5678、150****6666'],
    ['１３８１２３４５６７８', '138****5678'],
    ['138－1234－5678', '138****5678'],
    ['联系人王（13812345678）', '联系人王（138****5678）'],
  ];
  for (const [input, want] of cases) {
    const { text, findings } = maskText(input);
    assert.equal(text, want, input);
    assert.ok(findings.every((f) => f.kind === 'mobile' && f.note === '手机号已隐去中间4位'));
  }
});

test('numbers that are not mobiles are left alone', () => {
  for (const s of ['12812345678', '1381234567', '913812345678', '2023年补助3000元', '邮编625000']) {
    assert.equal(maskText(s).text, s, s);
  }
  // 13 digits containing a mobile, not a 86 prefix, not a Luhn card: a longer run.
  const longer = ['2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `${d}13812345678${d}`).find((x) => !luhnOk(x))!;
  assert.equal(maskText(longer).text, longer);
});

test('Luhn-valid bank cards are hidden whole, contiguous or grouped in 4s; Luhn-invalid numbers are left', () => {
  const rng = mulberry32(4);
  for (let k = 0; k < 200; k++) {
    const card = randomCard(rng);
    for (const written of [card, group4(card, ' '), group4(card, '-')]) {
      const { text, findings } = maskText(`打卡至${written}。`);
      assert.equal(text, '打卡至（银行卡号已隐去）。', written);
      assert.deepEqual(
        findings.map((f) => f.kind),
        ['bank_card'],
      );
    }
    const bad = card.slice(0, -1) + ((Number(card.slice(-1)) + 1) % 10);
    assert.equal(maskText(`编号${bad}`).text, `编号${bad}`);
    // Grouped: only a 16-digit number is sure to be left alone (a 19-digit one in 4s holds
    // 15-digit windows that may pass Luhn by chance and are then hidden: over-masking, not a leak).
    if (bad.length === 16) assert.equal(maskText(`编号${group4(bad, ' ')}`).text, `编号${group4(bad, ' ')}`);
  }
});

test('an ID that is also Luhn-valid is masked as an ID, not hidden as a card', () => {
  const rng = mulberry32(5);
  let id = randomId(rng);
  while (!luhnOk(id) || id.endsWith('X')) id = randomId(rng);
  const { text, findings } = maskText(id);
  assert.equal(text, maskIdNumber(id));
  assert.equal(findings[0].kind, 'id_number');
});

test('a long number right after 账号/卡号/一卡通 words is hidden even without Luhn', () => {
  const r = maskText('惠民一卡通账号：12345678901234567，存折号码 6228480012345678');
  assert.equal(r.text, '惠民一卡通账号：（账号已隐去），存折号码 （账号已隐去）');
  assert.ok(r.findings.every((f) => f.kind === 'bank_card'));
  // Without such words, a Luhn-invalid number stays.
  assert.equal(maskText('合同编号12345678901234567').text, '合同编号12345678901234567');
});

// ---------------------------------------------------------------- separators (issue 9)

test('ID numbers written with any separators, half- or full-width, are masked keeping 6 + 4', () => {
  const id = makeIdNumber('510118', '19900515', 2); // 510118199005150025
  assert.equal(id, '510118199005150025');
  const want = '510118********0025';
  const forms = [
    '510118.19900515.0025',
    '510118 19900515 0025',
    '510118-19900515-0025',
    '510118—19900515—0025',
    '510118–19900515–0025',
    '510118－19900515－0025',
    '510118/19900515/0025',
    '510118·19900515·0025',
    '５１０１１８．１９９００５１５．００２５',
    '510118　1990　0515　0025',
    '510118 1990 0515 0025',
    '5101 1819 9005 1500 25',
    '510118 - 19900515 - 0025',
    '５１０１１８１９９００５１５００２５',
  ];
  for (const written of forms) {
    const { text, findings } = maskText(`申请人身份证号${written}，已核实。`);
    assert.equal(text, `申请人身份证号${want}，已核实。`, written);
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['id_number'],
      written,
    );
    assert.deepEqual(findPersonalData(written), [id], `the scanner sees ${written}`);
  }
  // An X check character after separators-split groups.
  const x = makeIdNumber('110105', '19491231', 2);
  assert.ok(x.endsWith('X'));
  assert.equal(maskText(`${x.slice(0, 6)}.${x.slice(6, 14)}.${x.slice(14)}`).text, '110105********002X');
});

test('mobiles written with . — – · / and spaces (half- or full-width) become 138****5678', () => {
  const cases: [string, string][] = [
    ['138.1234.5678', '138****5678'],
    ['139—8765—4321', '139****4321'],
    ['139–8765–4321', '139****4321'],
    ['137·1111·2222', '137****2222'],
    ['136/0000/2222', '136****2222'],
    ['１３６／００００／２２２２', '136****2222'],
    ['１３８．１２３４．５６７８', '138****5678'],
    ['138 - 1234 - 5678', '138****5678'],
    ['1381 234 5678', '138****5678'],
    ['电话：139—8765—4321。', '电话：139****4321。'],
  ];
  for (const [input, want] of cases) {
    const { text, findings } = maskText(input);
    assert.equal(text, want, input);
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['mobile'],
      input,
    );
    assert.ok(findPersonalData(input).length === 1, `the scanner sees ${input}`);
  }
  // In a table cell and in a phone column alike.
  const t = maskTable({ columns: ['姓名', '联系电话', '备注'], rows: [['张三', '138.1234.5678', '代领人137·1111·2222']] });
  assert.deepEqual(t.table.rows[0], ['张三', '138****5678', '代领人137****2222']);
});

test('ordinary numbers with dots, dashes and slashes are left alone (no over-masking)', () => {
  const keep = [
    '补助金额12,000.00元',
    '35000.00',
    '2026.10.01',
    '2026.10.01—2026.10.07',
    '2026/10/01',
    '2026-10-01 至 2026-10-07',
    '订单号12345678901234567890',
    '192.168.1.100',
    '第1.2.3条',
    '1.5万元',
    '面积120.5平方米，单价3,800元',
    '1350000.5000',
    '138.12345678',
    '1381234.5678',
    '2024年第1批 2024.01.15 3000 625000',
    '0838-2212345',
    '版本 10.2.3.4567',
    '建档立卡编号 5101181001 0023',
  ];
  for (const s of keep) assert.equal(maskText(s).text, s, s);
  // A 20-digit order number written in 4s is not a card either (cards are 13-19 digits).
  assert.equal(maskText('订单 1234 5678 9012 3456 7890').text, '订单 1234 5678 9012 3456 7890');
  // An 18-digit run that fails the check digit stays, however it is split.
  const bad = '510118.19900515.0026';
  assert.equal(maskText(bad).text, bad);
  assert.deepEqual(findPersonalData(bad), []);
  // Cards are grouped with spaces or dashes only: 4-digit groups with dots are not read as one.
  assert.equal(maskText('2021.2022.2023.2024').text, '2021.2022.2023.2024');
});

test('masking twice changes nothing for separated forms', () => {
  const text = '身份证510118.19900515.0025，电话139—8765—4321、136/0000/2222，1304 3000';
  const once = maskText(text).text;
  assert.equal(maskText(once).text, once);
  assert.deepEqual(maskText(once).findings, []);
  assert.deepEqual(findPersonalData(once), []);
});

// ---------------------------------------------------------------- policy

test('policy: a county may keep fewer characters (2 + 3); invalid policies are refused', () => {
  const id = makeIdNumber('510118', '19650415', 123);
  const policy = { idKeepStart: 2, idKeepEnd: 3 };
  const r = maskText(`身份证${id}`, policy);
  assert.equal(r.text, `身份证51${'*'.repeat(13)}${id.slice(15)}`);
  assert.equal(r.findings[0].note, '身份证号已隐去中间13位');
  assert.equal(maskText('510118650415123', policy).text, `51${'*'.repeat(10)}123`);
  const t = maskTable({ columns: ['身份证号'], rows: [[id]] }, policy);
  assert.equal(t.table.rows[0][0], `51${'*'.repeat(13)}${id.slice(15)}`);
  assert.equal(maskText(id, { idKeepStart: 0, idKeepEnd: 0 }).text, '*'.repeat(18));

  assert.deepEqual(DEFAULT_MASK_POLICY, { idKeepStart: 6, idKeepEnd: 4 });
  for (const bad of [
    { idKeepStart: 7, idKeepEnd: 3 },
    { idKeepStart: 6, idKeepEnd: 5 },
    { idKeepStart: -1, idKeepEnd: 3 },
    { idKeepStart: 1.5, idKeepEnd: 3 },
    { idKeepStart: Number.NaN, idKeepEnd: 3 },
  ]) {
    assert.throws(() => validateMaskPolicy(bad), RangeError);
    assert.throws(() => maskText('x', bad), RangeError);
    assert.throws(() => maskTable({ columns: ['a'], rows: [] }, bad), RangeError);
  }
});

// ---------------------------------------------------------------- header rules

test('bank, account, card, health, illness and disability columns are dropped whole', () => {
  const drop = [
    '开户银行',
    '银行账号',
    '账号',
    '社保卡号',
    '一卡通账号',
    '健康状况',
    '病情',
    '疾病名称',
    '患病情况',
    '残疾类别',
    '残疾等级',
  ];
  for (const h of drop) {
    const { table, findings, dropped } = maskTable({
      columns: ['户主姓名', h, '金额'],
      rows: [['张三', '糖尿病 6222021234567890128', '3000']],
    });
    assert.deepEqual(table.columns, ['户主姓名', '金额'], h);
    assert.deepEqual(table.rows, [['张三', '3000']]);
    assert.deepEqual(dropped, [h]);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].kind, 'column_dropped');
    assert.equal(findings[0].row, null);
    assert.equal(findings[0].col, null);
    assert.equal(findings[0].column, h);
    assert.match(findings[0].note, /^已删除「.+」列：/);
    assert.equal(table.personal, true);
  }
  for (const h of ['病险水库名称', '项目名称', '补助金额']) assert.equal(columnRule(h), 'text', h);
  assert.equal(columnRule('公民身份号码'), 'id');
  assert.equal(columnRule('残疾人证号'), 'drop_health');
});

test('a 身份证 column masks every run of 15+ digits/X, valid or not, grouped or not; other cells stay', () => {
  const id = makeIdNumber('510118', '19650415', 123);
  const rows = [
    [id],
    [id.slice(0, 17) + (id[17] === '1' ? '2' : '1')], // wrong check digit
    ['51011819650415123X'], // X, whatever the check says
    ['510118650415123'], // 15 digits
    ['51011819650415123'], // 17 digits (one missing)
    ['510118 19650415 1234'], // grouped
    ['无'],
    ['待补录'],
    ['510118********1234'], // already masked
    [`${id}（户主）`],
  ];
  const { table, findings } = maskTable({ columns: ['身份证号码'], rows });
  assert.deepEqual(
    table.rows.map((r) => r[0]),
    [
      maskIdNumber(id),
      `510118********${id.slice(14, 17)}${id[17] === '1' ? '2' : '1'}`,
      '510118********123X',
      '510118******123',
      '510118*******5123',
      '510118********1234',
      '无',
      '待补录',
      '510118********1234',
      `${maskIdNumber(id)}（户主）`,
    ],
  );
  assert.deepEqual(
    findings.map((f) => f.row),
    [0, 1, 2, 3, 4, 5, 9],
  );
  assert.equal(table.personal, true);
});

test('a phone column masks every number of 7+ digits: mobiles 138****1234, landlines keep area code and last 2', () => {
  const cases: [string, string][] = [
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['028-85871022', '028-******22'],
    ['02885871022', '028******22'],
    ['0838-2212345', '0838-*****45'],
    ['(028)85871022', '(028)******22'],
    ['85871022', '******22'],
    ['8587102', '*****02'],
    ['028-8587-1022', '028-****-**22'],
    ['13812345678/028-85871022', '138****5678/028-******22'],
    ['无', '无'],
    ['110', '110'],
  ];
  const { table, findings } = maskTable({ columns: ['联系电话'], rows: cases.map(([c]) => [c]) });
  assert.deepEqual(
    table.rows.map((r) => r[0]),
    cases.map(([, want]) => want),
  );
  assert.ok(findings.every((f) => f.kind === 'mobile' && f.col === 0));
  for (const h of ['手机', '手机号码', '联系方式', '家庭电话']) assert.equal(columnRule(h), 'phone', h);
});

test('an address column is cut to the village (or community), else the town, else hidden', () => {
  const cases: [string, string, string | null][] = [
    ['四川省成都市新津区花桥街道新村村5组12号', '四川省成都市新津区花桥街道新村村', '住址只保留到村（社区）'],
    ['花源镇白云村3组', '花源镇白云村', '住址只保留到村（社区）'],
    ['五津街道兴园社区滨江路88号2栋3单元', '五津街道兴园社区', '住址只保留到村（社区）'],
    ['永商镇文武村村民委员会', '永商镇文武村', '住址只保留到村（社区）'],
    ['XX街道西华居委会8栋', 'XX街道西华居委会', '住址只保留到村（社区）'],
    ['安西镇2组8号', '安西镇', '住址只保留到乡镇（街道）'],
    ['普兴乡红旗路5号', '普兴乡', '住址只保留到乡镇（街道）'],
    ['花源街道兴园路12号', '花源街道', '住址只保留到乡镇（街道）'],
    ['滨江路12号3栋', '（已隐去）', '住址已隐去'],
    ['3组12号', '（已隐去）', '住址已隐去'],
    ['花源镇白云村', '花源镇白云村', null],
    ['无', '无', null],
  ];
  for (const [input, want, note] of cases) assert.deepEqual(cutAddress(input), { text: want, note }, input);

  const { table, findings } = maskTable({
    columns: ['姓名', '家庭住址'],
    rows: cases.map(([a]) => ['某某', a]),
  });
  assert.deepEqual(
    table.rows.map((r) => r[1]),
    cases.map(([, want]) => want),
  );
  assert.equal(findings.filter((f) => f.kind === 'address_cut').length, cases.filter(([, , n]) => n).length);
  for (const h of ['住址', '地址', '家庭住址', '居住地', '户籍地址', '现居住地']) assert.equal(columnRule(h), 'address', h);
});

test('personal: person columns, ID columns, or any ID/mobile found', () => {
  const noPeople = maskTable({ columns: ['项目名称', '金额（万元）', '实施单位'], rows: [['道路硬化', '35.6', '花源镇人民政府']] });
  assert.equal(noPeople.table.personal, false);
  for (const h of ['姓名', '户主', '户主姓名', '名字', '户名', '申请人', '救助对象']) {
    assert.equal(maskTable({ columns: [h, '金额'], rows: [['张三', '100']] }).table.personal, true, h);
  }
  assert.equal(maskTable({ columns: ['项目', '备注'], rows: [['x', '联系13812345678']] }).table.personal, true);
  assert.equal(maskTable({ columns: ['项目', '备注'], rows: [['x', makeIdNumber('510118', '19700101', 1)]] }).table.personal, true);
  assert.equal(maskTable({ columns: ['身份证号'], rows: [['无']] }).table.personal, true);
});

test('other cells get the free-text rules; a header holding personal data is masked too', () => {
  const id = makeIdNumber('510118', '19650415', 123);
  const { table, findings } = maskTable({
    columns: ['姓名', `备注（经办人13812345678）`, '说明'],
    rows: [['张三', `代领人身份证${id}`, '卡号 6222021234567890128']],
  });
  assert.deepEqual(table.columns, ['姓名', '备注（经办人138****5678）', '说明']);
  assert.deepEqual(table.rows[0], ['张三', `代领人身份证${maskIdNumber(id)}`, '卡号 （银行卡号已隐去）']);
  assert.deepEqual(findings[0], { kind: 'mobile', row: null, col: 1, column: '备注（经办人138****5678）', note: '手机号已隐去中间4位' });
});

test('rows are padded or cut to the header, cells trimmed, the input left untouched', () => {
  const input = { columns: [' 姓名 ', '金额', '备注'], rows: [['  张三 '], ['李四', ' 200 ', '', '多余', '13812345678'], []] };
  const copy = JSON.parse(JSON.stringify(input));
  const { table } = maskTable(input);
  assert.deepEqual(table.columns, ['姓名', '金额', '备注']);
  assert.deepEqual(table.rows, [
    ['张三', '', ''],
    ['李四', '200', ''],
    ['', '', ''],
  ]);
  assert.deepEqual(input, copy);
});

test('findings point at the output cell, after dropped columns are removed', () => {
  const id = makeIdNumber('513401', '19881201', 7);
  const { table, findings } = maskTable({
    columns: ['银行账号', '姓名', '病情', '身份证号', '联系电话', '家庭住址', '备注'],
    rows: [
      ['6222021234567890128', '张三', '高血压', id, '13812345678', '西昌市安宁镇红星村2组', ''],
      ['', '李四', '', '', '', '', `其子${id}`],
    ],
  });
  assert.deepEqual(table.columns, ['姓名', '身份证号', '联系电话', '家庭住址', '备注']);
  const at = (f: Finding) => `${f.kind}@${f.row},${f.col}`;
  assert.deepEqual(findings.map(at), [
    'column_dropped@null,null',
    'column_dropped@null,null',
    'id_number@0,1',
    'mobile@0,2',
    'address_cut@0,3',
    'id_number@1,4',
  ]);
  for (const f of findings) {
    if (f.row === null || f.col === null) continue;
    assert.equal(f.column, table.columns[f.col]);
    const cell = table.rows[f.row][f.col];
    assert.ok(f.kind === 'address_cut' || cell.includes('*'), cell);
    assert.ok(!JSON.stringify(f).includes(id.slice(6, 14)), 'a finding never carries the value');
  }
  assert.deepEqual(summarizeFindings(findings), [
    '已删除 2 列不得公开的信息',
    '身份证号：已处理 2 处',
    '电话号码：已处理 1 处',
    '截短的住址：已处理 1 处',
  ]);
});

// ---------------------------------------------------------------- property tests

const HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
function hanzi(rng: Rng, lo: number, hi: number): string {
  let s = '';
  for (let n = int(rng, lo, hi); n > 0; n--) s += HANZI[int(rng, 0, HANZI.length - 1)];
  return s;
}
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

interface Secret {
  written: string;
  bare: string;
}

function randomSecret(rng: Rng): Secret {
  const r = rng();
  if (r < 0.35) {
    const id = randomId(rng);
    const written = id.endsWith('X') && rng() < 0.3 ? id.slice(0, 17) + 'x' : id;
    return { written, bare: id.slice(0, 17) };
  }
  if (r < 0.65) {
    const m = randomMobile(rng);
    const written = pick(rng, [
      m,
      m,
      `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
      `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
      `+86 ${m}`,
      `86${m}`,
    ]);
    return { written: rng() < 0.1 ? toFullWidth(written) : written, bare: m };
  }
  if (r < 0.9) {
    const c = randomCard(rng);
    return { written: pick(rng, [c, group4(c, ' '), group4(c, '-')]), bare: c };
  }
  const old = randomId15(rng);
  return { written: old, bare: old };
}

const HEADER_POOL = [
  '序号',
  '户主姓名',
  '姓名',
  '身份证号码',
  '公民身份号码',
  '联系电话',
  '手机号',
  '家庭住址',
  '银行卡号',
  '开户银行账号',
  '健康状况',
  '残疾等级',
  '补助金额（元）',
  '备注',
  '家庭人口',
  '致贫原因',
  '说明',
  '审核意见',
];
const NOISE = ['3000', '2023年', '5人', '第2组', '12号', '1.5万元', '2024-01-15', '625000'];

function randomCell(rng: Rng, secrets: Secret[]): string {
  const parts: string[] = [];
  for (let n = int(rng, 0, 4); n > 0; n--) {
    const r = rng();
    if (r < 0.35) {
      const s = randomSecret(rng);
      secrets.push(s);
      parts.push(s.written);
    } else if (r < 0.5) parts.push(pick(rng, NOISE));
    else parts.push(hanzi(rng, 1, 8));
  }
  // Parts glued with nothing between them would form one longer digit run, which is by
  // definition not an ID or a mobile; keep a separator wherever two numbers would touch.
  const sep = pick(rng, ['', '，', ' ', '、', '；', '（']);
  let out = parts[0] ?? '';
  for (let k = 1; k < parts.length; k++) {
    const glue = sep === '' && /[0-9０-９Xx]$/.test(out) && /^[0-9０-９+]/.test(parts[k]) ? '，' : sep;
    out += glue + parts[k];
  }
  return out;
}

// (?<![\d*]): the kept tail of a masked number followed by noise is not a phone.
const GROUPED_MOBILE = /(?<![\d*])1[3-9]\d[ -]\d{4}[ -]\d{4}(?!\d)/;

test('property: no random table leaks a valid ID, a mobile or a bank card, and dropped columns never appear', () => {
  const rng = mulberry32(20240601);
  let secretsSeen = 0;
  for (let t = 0; t < 300; t++) {
    const nCols = int(rng, 2, 10);
    const columns = Array.from({ length: nCols }, () =>
      rng() < 0.15 ? `${hanzi(rng, 1, 3)}${randomSecret(rng).written}` : pick(rng, HEADER_POOL),
    );
    const secrets: Secret[] = [];
    const rows = Array.from({ length: int(rng, 1, 30) }, () =>
      Array.from({ length: int(rng, nCols - 1, nCols + 1) }, () => randomCell(rng, secrets)),
    );
    secretsSeen += secrets.length;
    const result = maskTable({ columns, rows });
    const { table, findings, dropped } = result;

    const all = [...table.columns, ...table.rows.flat()];
    for (const cell of all) assert.deepEqual(findPersonalData(cell), [], cell);
    const json = JSON.stringify(result);
    assert.deepEqual(findPersonalData(json), []);
    for (const cell of all) assert.ok(!GROUPED_MOBILE.test(cell), cell);
    for (const s of secrets) {
      assert.ok(!json.includes(s.bare), `leaked ${s.written}`);
      assert.ok(
        !json.includes(s.written),
        `leaked ${s.written} in ${all.find((c) => c.includes(s.written))} (${JSON.stringify(table.columns)})`,
      );
    }

    // Dropped columns: gone from the output, listed, one finding each.
    const dropHeaders = columns.map((h) => h.trim()).filter((h) => columnRule(h).startsWith('drop'));
    assert.equal(dropped.length, dropHeaders.length);
    for (const h of dropped) assert.ok(!table.columns.includes(h));
    assert.equal(table.columns.length, columns.length - dropHeaders.length);
    assert.equal(findings.filter((f) => f.kind === 'column_dropped').length, dropHeaders.length);

    // Shape and findings.
    for (const r of table.rows) assert.equal(r.length, table.columns.length);
    for (const f of findings) {
      if (f.col !== null) assert.ok(f.col < table.columns.length);
      if (f.row !== null) {
        assert.ok(f.row < table.rows.length && f.col !== null);
        if (f.kind !== 'address_cut') assert.match(table.rows[f.row][f.col!], /\*|（/);
      }
    }
    // A list that held an ID, a phone or a card, or lost a bank/health column, is about people.
    // (Secrets in cells past the header's width are cut with the cell and leave no trace.)
    const touched = findings.some((f) => f.kind === 'id_number' || f.kind === 'mobile' || f.kind === 'bank_card');
    if (touched || dropped.length > 0) assert.equal(table.personal, true);

    // Masking what was masked finds nothing new, except (rarely) a run of 4-digit groups that
    // a kept tail (185****5588) now starts and that passes Luhn by chance: hidden as a card.
    const again = maskTable(table);
    assert.deepEqual(again.table.columns, table.columns);
    assert.deepEqual(
      again.findings.filter((f) => f.kind !== 'bank_card'),
      [],
    );
    for (let r = 0; r < table.rows.length; r++) {
      for (let c = 0; c < table.columns.length; c++) {
        if (!again.findings.some((f) => f.row === r && f.col === c)) assert.equal(again.table.rows[r][c], table.rows[r][c]);
      }
    }
  }
  assert.ok(secretsSeen > 1000, `embedded ${secretsSeen} secrets`);
});

test('property: free text with embedded secrets never leaks them', () => {
  const rng = mulberry32(77);
  for (let k = 0; k < 2000; k++) {
    const secrets: Secret[] = [];
    const text = Array.from({ length: int(rng, 1, 5) }, () => randomCell(rng, secrets)).join('\n');
    const out = maskText(text).text;
    assert.deepEqual(findPersonalData(out), [], out);
    assert.ok(!GROUPED_MOBILE.test(out), out);
    for (const s of secrets) assert.ok(!out.includes(s.bare) && !out.includes(s.written), `${s.written} in ${out}`);
  }
});

// ---------------------------------------------------------------- speed

function realisticTable(rows: number, seed = 9): { columns: string[]; rows: string[][] } {
  const rng = mulberry32(seed);
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '建华国强秀英桂兰明军志刚淑珍德福玉梅红霞永平';
  return {
    columns: ['序号', '户主姓名', '身份证号码', '家庭人口', '联系电话', '家庭住址', '补助金额（元）', '备注'],
    rows: Array.from({ length: rows }, (_, i) => [
      String(i + 1),
      pick(rng, surnames.split('')) + pick(rng, given.split('')) + pick(rng, given.split('')),
      randomId(rng),
      String(int(rng, 1, 7)),
      rng() < 0.8 ? randomMobile(rng) : `0838-${digits(rng, 7)}`,
      `什邡市${pick(rng, ['洛水镇', '马祖镇', '师古镇'])}${pick(rng, ['红豆村', '幸福村', '元石社区'])}${int(rng, 1, 12)}组${int(rng, 1, 99)}号`,
      String(int(rng, 5, 40) * 1000),
      rng() < 0.1 ? `代领人电话${randomMobile(rng)}` : rng() < 0.5 ? '' : '2024年第一批',
    ]),
  };
}

// Its speed is measured by `npm run bench` (mask_rows_per_s), not asserted here.
test('a 5,000-row × 8-column list is masked whole', () => {
  const { table: out } = maskTable(realisticTable(5000));
  assert.equal(out.rows.length, 5000);
  assert.deepEqual(findPersonalData(out), []);
});
