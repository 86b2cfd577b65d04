import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { TableParseError, parseCsv, parseDelimited, parsePastedTable } from '../../core/tables/parse';
import { formatNumber, readXlsx } from '../../core/tables/xlsx';
import { maskTable } from '../../core/privacy/masker';
import { makeIdNumber } from '../../core/privacy/mask';
import { findPersonalData } from '../helpers/personal-data';

function rejects(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof TableParseError, String(e));
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

// ---------------------------------------------------------------- paste: TSV and CSV

test('TSV copied from Excel/WPS: tabs, CRLF, trailing newline, quoted cells with line breaks and quotes', () => {
  const text = '序号\t户主姓名\t备注\r\n1\t张三\t"第一行\r\n第二行"\r\n2\t李四\t"他说""好"""\r\n3\t王五\t\r\n\r\n';
  assert.deepEqual(parsePastedTable(text), {
    columns: ['序号', '户主姓名', '备注'],
    rows: [
      ['1', '张三', '第一行\n第二行'],
      ['2', '李四', '他说"好"'],
      ['3', '王五', ''],
    ],
  });
});

test('TSV: a stray quote not written by Excel is taken literally; cells are trimmed', () => {
  const text = '姓名\t说明\n张三\t"幸福"家庭 \n李四\t 5" 屏幕\n';
  assert.deepEqual(parsePastedTable(text).rows, [
    ['张三', '幸福家庭'],
    ['李四', '5" 屏幕'],
  ]);
  // An unmatched opening quote: the whole paste is read without quote handling.
  assert.deepEqual(parsePastedTable('姓名\t说明\n张三\t"未闭合\n李四\t好').rows, [
    ['张三', '"未闭合'],
    ['李四', '好'],
  ]);
});

test('CSV: RFC 4180 quotes, doubled quotes, commas and newlines inside quotes, BOM, LF', () => {
  const text = '\uFEFF姓名,金额,备注\n张三,"1,200","说""明"\n李四,800,"两行\n内容"\n';
  const t = parsePastedTable(text);
  assert.deepEqual(t, {
    columns: ['姓名', '金额', '备注'],
    rows: [
      ['张三', '1,200', '说"明'],
      ['李四', '800', '两行\n内容'],
    ],
  });
  assert.deepEqual(parseCsv(text), t);
  rejects(() => parseCsv('a,b\n"oops,1\n'), '表格中的双引号没有配对，请检查后重新粘贴');
});

test('tabs win when the first non-empty line has a tab, even with commas in cells', () => {
  assert.deepEqual(parsePastedTable('\n\n姓名\t金额\n张三\t1,200\n').columns, ['姓名', '金额']);
  assert.deepEqual(parsePastedTable('\n\n姓名\t金额\n张三\t1,200\n').rows, [['张三', '1,200']]);
  assert.deepEqual(parsePastedTable('姓名,金额\n张三\t1\n').columns, ['姓名', '金额']);
});

test('empty lines and empty rows are dropped; ragged rows padded; headerless columns named; empty columns removed', () => {
  const text = '姓名\t金额\t\t\n\t\t\t\n张三\t100\t\t\n李四\n王五\t300\t\t备注在无表头列\n\n\n';
  assert.deepEqual(parsePastedTable(text), {
    columns: ['姓名', '金额', '第3列'],
    rows: [
      ['张三', '100', ''],
      ['李四', '', ''],
      ['王五', '300', '备注在无表头列'],
    ],
  });
});

test('a title line above the header is kept apart, not taken as the header', () => {
  const text = '新村村2024年农村低保对象公示名单\n\n序号\t姓名\t保障人数\n1\t张三\t2\n';
  const t = parsePastedTable(text);
  assert.equal(t.title, '新村村2024年农村低保对象公示名单');
  assert.deepEqual(t.columns, ['序号', '姓名', '保障人数']);
  assert.deepEqual(t.rows, [['1', '张三', '2']]);
  // A one-word first row is a header with empty neighbours, not a title.
  assert.deepEqual(parsePastedTable('姓名\t\n张三\t100\n').columns, ['姓名', '第2列']);
  // A single-column list keeps its header.
  assert.deepEqual(parsePastedTable('姓名\n张三\n李四\n'), { columns: ['姓名'], rows: [['张三'], ['李四']] });
});

test('limits and empty input give Chinese messages', () => {
  for (const empty of ['', '   ', '\n\n\r\n', '\uFEFF', '\t\t\n\t\t'])
    rejects(() => parsePastedTable(empty), '表格是空的，请粘贴包含表头的内容');
  rejects(() => parsePastedTable('姓名\t金额\n'), '表格只有表头，没有内容行');

  const rows5000 = ['姓名\t金额', ...Array.from({ length: 5000 }, (_, i) => `人${i}\t${i}`)].join('\n');
  assert.equal(parsePastedTable(rows5000).rows.length, 5000);
  rejects(() => parsePastedTable(`${rows5000}\n多一行\t1`), '表格超过5000行，请分批发布');

  const cols = (n: number) => Array.from({ length: n }, (_, i) => `列${i + 1}`);
  assert.equal(parsePastedTable(`${cols(30).join('\t')}\n${cols(30).join('\t')}`).columns.length, 30);
  rejects(() => parsePastedTable(`${cols(31).join('\t')}\n${cols(31).join('\t')}`), /^表格超过30列/);
  rejects(() => parsePastedTable(`${cols(31).join(',')}\n${cols(31).join(',')}`), /^表格超过30列/);
});

test('parseDelimited: records as written', () => {
  assert.deepEqual(parseDelimited('a,b,\n,"x"\r\n"y""z",\n', ','), [
    ['a', 'b', ''],
    ['', 'x'],
    ['y"z', ''],
  ]);
  assert.deepEqual(parseDelimited('a\tb', '\t'), [['a', 'b']]);
  assert.deepEqual(parseDelimited('a,', ','), [['a', '']]);
});

// ---------------------------------------------------------------- .xlsx

const ID_AS_NUMBER = makeIdNumber('510682', '19580304', 12);
const ID_AS_TEXT = makeIdNumber('510682', '19620711', 345);

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function xlsxFixture(opts: { sheetXml: string; sharedXml?: string; extraSheetFirst?: boolean; hiddenFirst?: boolean }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    // Tab order: the workbook lists 名单 first, but it lives in sheet2.xml (rId2): the
    // relationships, not the file name, say where the first sheet is.
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr/><sheets>` +
        (opts.hiddenFirst ? '<sheet name="底稿" sheetId="3" state="hidden" r:id="rId4"/>' : '') +
        '<sheet name="名单" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Target="/xl/worksheets/sheet2.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Id="rId2"/>' +
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet4.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
        '<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0"/><xf numFmtId="49" fontId="0"><alignment horizontal="center"/></xf></cellXfs>' +
        '</styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>这是说明页</t></is></c></row></sheetData></worksheet>`,
    ),
    'xl/worksheets/sheet4.xml': strToU8(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏页</t></is></c></row></sheetData></worksheet>`,
    ),
    'xl/worksheets/sheet2.xml': strToU8(opts.sheetXml),
  };
  if (opts.sharedXml !== undefined) files['xl/sharedStrings.xml'] = strToU8(opts.sharedXml);
  return zipSync(files);
}

const SHARED =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS.split(' ')[0]} count="8" uniqueCount="8">` +
  '<si><t>户主姓名</t></si>' + // 0
  '<si><t>身份证号码</t></si>' + // 1
  '<si><r><rPr><b/></rPr><t>补助</t></r><r><t xml:space="preserve">金额（元） </t></r></si>' + // 2 rich text
  '<si><t>备注</t></si>' + // 3
  '<si><t>张三</t></si>' + // 4
  `<si><t>${ID_AS_TEXT}</t></si>` + // 5 ID stored as text
  '<si><t>李&amp;四&lt;b&gt;&#26446;&#x56DB;</t><rPh sb="0" eb="1"><t>リ</t></rPh></si>' + // 6 entities, phonetic guide left out
  '<si><t>第一行_x000D_\n第二行</t></si>' + // 7 Excel escape
  '<si/>' + // 8 empty
  '</sst>';

const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><dimension ref="A1:E4"/><sheetData>` +
  // Header; D1 left empty on purpose (a gap), E1 holds 备注.
  '<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s" s="0"><v>2</v></c><c r="E1" t="s"><v>3</v></c><c r="F1" s="3"/></row>' +
  // ID as a NUMBER with all 18 digits, amount, date serial (built-in format 14).
  `<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>${ID_AS_NUMBER}</v></c><c r="C2"><v>12000</v></c><c r="D2" s="1"><v>45366</v></c><c r="E2" t="inlineStr"><is><t>已&lt;核实&gt;</t></is></c></row>` +
  // Row 3 is missing (an empty row in the sheet). Row 4: ID as shared string, float noise, boolean, custom date format.
  `<row r="4"><c r="A4" t="s"><v>6</v></c><c r="B4" t="s"><v>5</v></c><c r="C4"><v>0.30000000000000004</v></c><c r="D4" s="2"><v>45292</v></c><c r="E4" t="b"><v>1</v></c></row>` +
  // Row 5: cells without r (positions follow), an ID Excel rounded to 15 digits (exponent form), Excel's _x escapes, formula string.
  '<row r="5"><c t="s"><v>7</v></c><c><v>5.10682195803041E+17</v></c><c t="str"><f>A1&amp;"x"</f><v>公式&amp;结果</v></c><c t="s"><v>8</v></c><c t="e"><v>#N/A</v></c></row>' +
  '</sheetData><mergeCells count="0"/></worksheet>';

test('xlsx: first sheet by tab order through the relationships; shared, rich and inline strings; entities; gaps stay empty', () => {
  const t = readXlsx(xlsxFixture({ sheetXml: SHEET, sharedXml: SHARED }));
  assert.deepEqual(t.columns, ['户主姓名', '身份证号码', '补助金额（元）', '第4列', '备注']);
  assert.deepEqual(t.rows, [
    ['张三', ID_AS_NUMBER, '12000', '2024-03-15', '已<核实>'],
    ['李&四<b>李四', ID_AS_TEXT, '0.3', '2024-01-01', 'TRUE'],
    // _x000D_ + newline is a CRLF inside the cell: read as one line break.
    ['第一行\n第二行', '510682195803041000', '公式&结果', '', '#N/A'],
  ]);
});

test('xlsx: the first VISIBLE sheet is read; hidden ones are skipped', () => {
  const t = readXlsx(xlsxFixture({ sheetXml: SHEET, sharedXml: SHARED, hiddenFirst: true }));
  assert.equal(t.columns[0], '户主姓名');
});

test('xlsx: no sharedStrings part (inline strings only) is fine', () => {
  const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>身份证号</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>王五</t></is></c><c r="B2"><v>${ID_AS_NUMBER}</v></c></row></sheetData></worksheet>`;
  assert.deepEqual(readXlsx(xlsxFixture({ sheetXml: sheet })), { columns: ['姓名', '身份证号'], rows: [['王五', ID_AS_NUMBER]] });
});

test('xlsx then masking: no ID number survives, even one Excel stored as a number', () => {
  const raw = readXlsx(xlsxFixture({ sheetXml: SHEET, sharedXml: SHARED }));
  assert.ok(findPersonalData(raw).length > 0, 'the raw table does hold IDs');
  const { table } = maskTable(raw);
  assert.deepEqual(findPersonalData(table), []);
  assert.deepEqual(
    table.rows.map((r) => r[1]),
    [`510682********${ID_AS_NUMBER.slice(14)}`, `510682********${ID_AS_TEXT.slice(14)}`, '510682********1000'],
  );
});

test('xlsx: limits and bad files give Chinese messages', () => {
  const row = (r: number, cells: number) =>
    `<row r="${r}">${Array.from({ length: cells }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26)).repeat(1 + Math.floor(c / 26))}${r}" t="inlineStr"><is><t>x${c}</t></is></c>`).join('')}</row>`;
  const sheet = (rows: number, cells: number) =>
    `<worksheet ${NS}><sheetData>${Array.from({ length: rows }, (_, k) => row(k + 1, cells)).join('')}</sheetData></worksheet>`;
  assert.equal(readXlsx(xlsxFixture({ sheetXml: sheet(5001, 2) })).rows.length, 5000);
  rejects(() => readXlsx(xlsxFixture({ sheetXml: sheet(5002, 2) })), '表格超过5000行，请分批发布');
  rejects(() => readXlsx(xlsxFixture({ sheetXml: sheet(2, 31) })), /^表格超过30列/);
  rejects(() => readXlsx(xlsxFixture({ sheetXml: sheet(0, 0) })), '表格是空的，请粘贴包含表头的内容');

  rejects(() => readXlsx(new Uint8Array(0)), '文件不是有效的 Excel (.xlsx) 文件');
  rejects(() => readXlsx(strToU8('姓名,金额\n张三,1\n')), '文件不是有效的 Excel (.xlsx) 文件');
  rejects(() => readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])), '文件不是有效的 Excel (.xlsx) 文件');
  rejects(() => readXlsx(zipSync({ 'word/document.xml': strToU8('<w:document/>') })), '文件不是有效的 Excel (.xlsx) 文件');
  rejects(() => readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /旧版 Excel \(\.xls\)/);
  assert.throws(
    () => readXlsx(strToU8('x')),
    (e: unknown) => e instanceof TableParseError && e.code === 'BAD_FILE',
  );
});

test('formatNumber: integers as written, exponent integers expanded digit by digit, floats like Excel', () => {
  assert.equal(formatNumber('510682195803040124'), '510682195803040124');
  assert.equal(formatNumber('6222021234567890128'), '6222021234567890128');
  assert.equal(formatNumber('5.10682195803041E+17'), '510682195803041000');
  assert.equal(formatNumber('1.5E+3'), '1500');
  assert.equal(formatNumber('1E-3'), '0.001');
  assert.equal(formatNumber('0.30000000000000004'), '0.3');
  assert.equal(formatNumber('1234.5'), '1234.5');
  assert.equal(formatNumber('-12'), '-12');
});
