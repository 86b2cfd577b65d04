// The first worksheet of an .xlsx (Excel 2007+, WPS) as a table of text, without a DOM:
// fflate unzips only the parts needed, and small regular expressions walk the well-formed
// SpreadsheetML that Excel and WPS write. Numbers are kept as text where converting them would
// change them (an ID number stored as a number), so masking sees the digits as written.
// The result is raw: it still holds whatever personal data the file held.

import { strFromU8, unzipSync } from 'fflate';
import { TABLE_MAX_COLUMNS, TABLE_MAX_ROWS, TABLE_MESSAGES, TableParseError, tableFromRecords, type ParsedTable } from './parse';

export const XLSX_MESSAGES = {
  INVALID: '文件不是有效的 Excel (.xlsx) 文件',
  OLD_OR_ENCRYPTED: '这是旧版 Excel (.xls) 文件或加了密码的文件，请在 Excel/WPS 中另存为 .xlsx（不设密码）后再上传',
  NO_SHEET: 'Excel 文件里没有找到工作表',
  TOO_LARGE: 'Excel 文件内容太多，请分批发布',
} as const;

/** Largest uncompressed part we will inflate (a 5,000 × 30 sheet is a few MB). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

// ---------------------------------------------------------------- zip

type Parts = Record<string, Uint8Array>;

function unzipParts(bytes: Uint8Array, want: (lowerName: string) => boolean): Parts {
  let raw: Parts;
  try {
    raw = unzipSync(bytes, {
      filter: (f) => {
        if (!want(normName(f.name))) return false;
        if (f.originalSize > MAX_PART_BYTES) throw new TableParseError(XLSX_MESSAGES.TOO_LARGE, 'TOO_LARGE');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof TableParseError) throw e;
    throw new TableParseError(XLSX_MESSAGES.INVALID, 'BAD_FILE');
  }
  const out: Parts = {};
  for (const [name, data] of Object.entries(raw)) out[normName(name)] = data;
  return out;
}

function normName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function text(parts: Parts, path: string): string | null {
  const data = parts[path.toLowerCase()];
  if (!data) return null;
  let s = strFromU8(data);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolveTarget(baseDir: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const parts = (t.startsWith('/') ? t.slice(1) : baseDir + t).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/').toLowerCase();
}

// ---------------------------------------------------------------- XML scanning

const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name (r:id -> id), values entity-decoded. */
function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s))) {
    const name = m[1];
    const colon = name.indexOf(':');
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    const value = decodeXml(m[2] ?? m[3] ?? '');
    out[name] = value;
    if (!(local in out)) out[local] = value;
  }
  return out;
}

/** One attribute of a short attribute string, by exact name; faster than attrs() for cells. */
function attr(s: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = s.indexOf(name + '=', from);
    if (at < 0) return undefined;
    const before = at === 0 ? 32 : s.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = s[at + name.length + 1];
      if (q !== '"' && q !== "'") return undefined;
      const end = s.indexOf(q, at + name.length + 2);
      if (end < 0) return undefined;
      return s.slice(at + name.length + 2, end);
    }
    from = at + 1;
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const ENTITY_TEST = /&/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  if (!ENTITY_TEST.test(s)) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Excel's own escape for characters XML cannot carry: _x000D_ ; _x005F_ escapes an underscore. */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
function decodeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(OOXML_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T_ELEM = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;

/** The text of an <si> or <is>: plain <t> or rich-text runs <r><t>, phonetic guides left out. */
function richText(inner: string): string {
  const s = inner.indexOf('rPh') >= 0 ? inner.replace(PHONETIC, '') : inner;
  let out = '';
  T_ELEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = T_ELEM.exec(s))) out += m[1];
  return decodeOoxml(decodeXml(out));
}

const SI = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;

function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  SI.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SI.exec(xml))) out.push(m[1] ? richText(m[1]) : '');
  return out;
}

// ---------------------------------------------------------------- styles (dates, percentages)

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, plus the CJK ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

type CellFormat = 'date' | 'percent' | 'percent2' | null;

function isDateCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function readStyles(xml: string | null): CellFormat[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const numFmts = /<(?:\w+:)?numFmt\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = numFmts.exec(xml))) {
    const a = attrs(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return [];
  const out: CellFormat[] = [];
  const xf = /<(?:\w+:)?xf\b([^>]*?)\/?>/g;
  while ((m = xf.exec(xfs[1]))) {
    const id = Number(attrs(m[1]).numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined) out.push(isDateCode(code) ? 'date' : null);
    else if (BUILTIN_DATE_FORMATS.has(id)) out.push('date');
    else if (id === 9) out.push('percent');
    else if (id === 10) out.push('percent2');
    else out.push(null);
  }
  return out;
}

const DAY_MS = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Excel serial day -> 2024-03-15 (or 2024-03-15 08:30, or 08:30 for a bare time). */
function serialToDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (serial < 60) epoch = Date.UTC(1899, 11, 31);
  else if (serial < 61)
    return '1900-02-29'; // Lotus' phantom day, kept as Excel shows it
  else epoch = Date.UTC(1899, 11, 30);
  const ms = epoch + Math.round((serial * DAY_MS) / 1000) * 1000;
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const secs = Math.round((serial - Math.floor(serial)) * 86400);
  if (secs === 0 || secs === 86400) return day;
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` + (d.getUTCSeconds() ? `:${pad2(d.getUTCSeconds())}` : '');
  return serial < 1 ? time : `${day} ${time}`;
}

// ---------------------------------------------------------------- numbers

const PLAIN_INT = /^-?\d+$/;
const PLAIN_DEC = /^(-?)(\d*)\.(\d+)$/;
const EXPONENT = /^(-?)(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/;

/**
 * The text of a numeric cell. Integers stay exactly as written, however long (an ID number
 * typed as a number). Integral values written in exponent form (5.10118196504151E+17, what
 * Excel stores once it has rounded an ID to 15 digits) are expanded digit by digit, so the
 * masker still sees a long run. Other values print like Excel's General format (15 significant
 * digits): 0.30000000000000004 -> 0.3.
 */
export function formatNumber(v: string): string {
  const s = v.trim();
  if (PLAIN_INT.test(s)) return s;
  const dec = PLAIN_DEC.exec(s);
  if (dec) {
    if (dec[2].replace(/^0+/, '').length >= 15) return s;
    return generalFormat(Number(s)) ?? s;
  }
  const exp = EXPONENT.exec(s);
  if (exp) {
    const [, sign, intPart, fracPart = '', e] = exp;
    const shift = Number(e);
    const mantissa = intPart + fracPart;
    const pointAt = intPart.length + shift;
    if (shift >= 0 && pointAt >= mantissa.length && pointAt <= 400) {
      const digits = (mantissa + '0'.repeat(pointAt - mantissa.length)).replace(/^0+(?=\d)/, '');
      return sign + digits;
    }
    return generalFormat(Number(s)) ?? s;
  }
  return s;
}

function generalFormat(x: number): string | null {
  if (!Number.isFinite(x)) return null;
  return String(Number(x.toPrecision(15)));
}

// ---------------------------------------------------------------- cells

/** "AB12" -> column 27 (0-based) and row 12; null when malformed. */
function parseRef(ref: string): { col: number; row: number } | null {
  let col = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (k === 0 || k === ref.length) return null;
  let row = 0;
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return { col: col - 1, row };
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const MAX_SHEET_COLUMNS = 16384;
const DIGITS = /^\d+$/;

interface Ctx {
  shared: string[];
  formats: CellFormat[];
  date1904: boolean;
}

function cellText(a: string, inner: string | undefined, ctx: Ctx): string {
  if (!inner) return '';
  const t = attr(a, 't') ?? 'n';
  if (t === 'inlineStr') {
    const is = IS.exec(inner);
    return is ? richText(is[1]) : '';
  }
  const vm = V.exec(inner);
  if (!vm) return '';
  const v = vm[1];
  switch (t) {
    case 's': {
      const idx = Number(v.trim());
      return Number.isInteger(idx) ? (ctx.shared[idx] ?? '') : '';
    }
    case 'str':
    case 'e':
      return decodeOoxml(decodeXml(v));
    case 'b':
      return v.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return decodeXml(v).replace(/T00:00:00(?:\.000)?Z?$/, '');
    default: {
      const raw = decodeXml(v).trim();
      const style = attr(a, 's');
      const fmt = style !== undefined ? ctx.formats[Number(style)] : null;
      if (fmt && raw !== '') {
        const x = Number(raw);
        if (fmt === 'date') {
          const d = serialToDate(x, ctx.date1904);
          if (d) return d;
        } else if (Number.isFinite(x)) {
          const pct = x * 100;
          return (fmt === 'percent' ? String(Math.round(pct)) : pct.toFixed(2)) + '%';
        }
      }
      return formatNumber(raw);
    }
  }
}

function readSheet(xml: string, ctx: Ctx): string[][] {
  const sheetData = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/(?:\w+:)?sheetData>)/.exec(xml);
  if (!sheetData || !sheetData[1]) return [];
  const body = sheetData[1];
  // Sparse: row number -> [col, text] pairs holding a value.
  const rows: { row: number; cells: [number, string][] }[] = [];
  const usedCols = new Set<number>();
  let rowNo = 0;
  ROW.lastIndex = 0;
  let rm: RegExpExecArray | null;
  while ((rm = ROW.exec(body))) {
    const r = attr(rm[1], 'r');
    rowNo = r !== undefined && DIGITS.test(r) ? Number(r) : rowNo + 1;
    if (!rm[2]) continue;
    const cells: [number, string][] = [];
    let colNo = -1;
    CELL.lastIndex = 0;
    let cm: RegExpExecArray | null;
    while ((cm = CELL.exec(rm[2]))) {
      const ref = attr(cm[1], 'r');
      const pos = ref !== undefined ? parseRef(ref) : null;
      colNo = pos ? pos.col : colNo + 1;
      if (colNo < 0 || colNo >= MAX_SHEET_COLUMNS) throw new TableParseError(XLSX_MESSAGES.INVALID, 'BAD_FILE');
      const value = cellText(cm[1], cm[2], ctx);
      if (value.trim() === '') continue;
      cells.push([colNo, value]);
      usedCols.add(colNo);
    }
    if (cells.length === 0) continue;
    rows.push({ row: rowNo, cells });
    // Header and title lines come on top of the row limit; stop reading well past it.
    if (rows.length > TABLE_MAX_ROWS + 20) throw new TableParseError(TABLE_MESSAGES.TOO_MANY_ROWS, 'TOO_MANY_ROWS');
  }
  if (usedCols.size > TABLE_MAX_COLUMNS) throw new TableParseError(TABLE_MESSAGES.TOO_MANY_COLUMNS, 'TOO_MANY_COLUMNS');
  // Compact to the columns in use, keeping their order, so gaps inside stay empty cells.
  const order = [...usedCols].sort((a, b) => a - b);
  const index = new Map(order.map((c, k) => [c, k]));
  rows.sort((a, b) => a.row - b.row);
  return rows.map(({ cells }) => {
    const rec: string[] = new Array(order.length).fill('');
    for (const [c, v] of cells) rec[index.get(c)!] = v;
    return rec;
  });
}

// ---------------------------------------------------------------- workbook

const REL = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;

function readRels(xml: string | null): { id: string; type: string; target: string }[] {
  if (!xml) return [];
  const out: { id: string; type: string; target: string }[] = [];
  REL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REL.exec(xml))) {
    const a = attrs(m[1]);
    if (a.Id && a.Target && a.TargetMode !== 'External') out.push({ id: a.Id, type: a.Type ?? '', target: a.Target });
  }
  return out;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function dirOf(partPath: string): string {
  return partPath.slice(0, partPath.lastIndexOf('/') + 1);
}

function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
}

function looksLikeOle(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/**
 * The first visible worksheet of an .xlsx, as { columns, rows } of trimmed text (see
 * tableFromRecords for the header, title and limit rules). Throws TableParseError.
 */
export function readXlsx(bytes: Uint8Array): ParsedTable {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new TableParseError(XLSX_MESSAGES.INVALID, 'BAD_FILE');
  if (looksLikeOle(bytes)) throw new TableParseError(XLSX_MESSAGES.OLD_OR_ENCRYPTED, 'BAD_FILE');
  if (!looksLikeZip(bytes)) throw new TableParseError(XLSX_MESSAGES.INVALID, 'BAD_FILE');

  // Pass 1: the package and workbook relationships and the workbook itself (all small).
  const meta = unzipParts(bytes, (n) => n.endsWith('.rels') || n.endsWith('workbook.xml'));
  const rootRels = readRels(text(meta, '_rels/.rels'));
  const office = rootRels.find((r) => /\/officeDocument$/.test(r.type));
  const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const workbook = text(meta, workbookPath);
  if (!workbook) throw new TableParseError(XLSX_MESSAGES.INVALID, 'BAD_FILE');
  const wbRels = readRels(text(meta, relsPathOf(workbookPath)));
  const wbDir = dirOf(workbookPath);

  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbook);
  const sheets: { rid: string; hidden: boolean }[] = [];
  const sheetTag = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = sheetTag.exec(workbook))) {
    const a = attrs(m[1]);
    const state = a.state ?? 'visible';
    sheets.push({ rid: a.id ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
  }
  const first = sheets.find((s) => !s.hidden) ?? sheets[0];
  const rel = first ? wbRels.find((r) => r.id === first.rid) : undefined;
  let sheetPath = rel && !/chartsheet/i.test(rel.type) ? resolveTarget(wbDir, rel.target) : null;
  const sharedRel = wbRels.find((r) => /\/sharedStrings$/.test(r.type));
  const stylesRel = wbRels.find((r) => /\/styles$/.test(r.type));
  const sharedPath = sharedRel ? resolveTarget(wbDir, sharedRel.target) : `${wbDir}sharedstrings.xml`;
  const stylesPath = stylesRel ? resolveTarget(wbDir, stylesRel.target) : `${wbDir}styles.xml`;

  // Pass 2: shared strings, styles and the sheet (or the first sheet file, when relationships are missing).
  const fallbackSheet = `${wbDir}worksheets/sheet1.xml`.toLowerCase();
  const wanted = new Set([sharedPath, stylesPath, sheetPath ?? fallbackSheet]);
  const parts = unzipParts(bytes, (n) => wanted.has(n));
  sheetPath ??= fallbackSheet;
  const sheetXml = text(parts, sheetPath);
  if (sheetXml === null) throw new TableParseError(XLSX_MESSAGES.NO_SHEET, 'BAD_FILE');

  const ctx: Ctx = {
    shared: readSharedStrings(text(parts, sharedPath)),
    formats: readStyles(text(parts, stylesPath)),
    date1904,
  };
  return tableFromRecords(readSheet(sheetXml, ctx));
}
