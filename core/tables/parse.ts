// Tables a cadre pastes from a spreadsheet: Excel / WPS copy (tab-separated, cells holding a
// line break or a quote come quoted) or CSV (RFC 4180). The result is raw: it still holds
// whatever personal data was pasted and must go through core/privacy/masker before anyone
// else sees it.

export const TABLE_MAX_ROWS = 5000;
export const TABLE_MAX_COLUMNS = 30;
/** Guard against pasting a whole database: ~ 5,000 rows × 30 columns of generous cells. */
export const TABLE_MAX_CHARS = 8_000_000;

export type TableParseErrorCode = 'EMPTY' | 'NO_ROWS' | 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS' | 'TOO_LARGE' | 'BAD_QUOTES' | 'BAD_FILE';

export class TableParseError extends Error {
  readonly code: TableParseErrorCode;
  constructor(message: string, code: TableParseErrorCode = 'BAD_FILE') {
    super(message);
    this.name = 'TableParseError';
    this.code = code;
  }
}

export const TABLE_MESSAGES = {
  EMPTY: '表格是空的，请粘贴包含表头的内容',
  NO_ROWS: '表格只有表头，没有内容行',
  TOO_MANY_ROWS: `表格超过${TABLE_MAX_ROWS}行，请分批发布`,
  TOO_MANY_COLUMNS: `表格超过${TABLE_MAX_COLUMNS}列，请删去不需要公开的列后再发布`,
  TOO_LARGE: '表格内容太多，请分批发布',
  BAD_QUOTES: '表格中的双引号没有配对，请检查后重新粘贴',
} as const;

export interface ParsedTable {
  columns: string[];
  rows: string[][];
  /**
   * Title lines found above the header (e.g. 新村村2024年低保对象公示名单), when the first rows
   * hold a single long cell. Raw text: mask it (maskText) before showing it to anyone.
   */
  title?: string;
}

// ---------------------------------------------------------------- records

class UnclosedQuote extends Error {}

/**
 * Splits delimited text into records. A field that starts with `"` is quoted: `""` is a quote,
 * delimiters and line breaks inside are data. CRLF, LF and CR all end a record.
 */
export function parseDelimited(text: string, delimiter: string, quotes = true): string[][] {
  const records: string[][] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  let atRecordStart = true;
  while (i < n) {
    // One field.
    let field = '';
    if (quotes && text.charCodeAt(i) === 34 /* " */) {
      i++;
      let closed = false;
      let from = i;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(from, q + 1);
          i = q + 2;
          from = i;
          continue;
        }
        field += text.slice(from, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) throw new UnclosedQuote();
    }
    // Unquoted part (or junk after a closing quote, kept literally).
    const from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === d || c === 10 || c === 13) break;
      i++;
    }
    field += text.slice(from, i);
    row.push(field);
    atRecordStart = false;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === d) {
      if (i >= n) row.push(''); // trailing delimiter at end of input
      continue;
    }
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    records.push(row);
    row = [];
    atRecordStart = true;
  }
  if (!atRecordStart) records.push(row);
  return records;
}

// ---------------------------------------------------------------- records -> table

const TITLE_WORDS = /公示|公告|名单|名册|花名册|明细|清单|一览表|统计表|汇总表|情况表|登记表/;
const MAX_TITLE_LINES = 5;

function nonEmptyCount(row: string[]): number {
  let n = 0;
  for (const c of row) if (c !== '') n++;
  return n;
}

const CR = /\r\n?/g;
function cleanCell(v: unknown): string {
  if (v == null) return '';
  const s = String(v);
  return (s.indexOf('\r') >= 0 ? s.replace(CR, '\n') : s).trim();
}

/**
 * Shared by paste and .xlsx: trims cells, drops empty rows and columns that are empty from
 * header to bottom, takes the first row as the header (after title lines), names headerless
 * columns 第N列, pads ragged rows, and enforces the limits.
 */
export function tableFromRecords(records: string[][]): ParsedTable {
  const rows: string[][] = [];
  for (const rec of records) {
    const cells = rec.map(cleanCell);
    if (nonEmptyCount(cells) > 0) rows.push(cells);
  }
  if (rows.length === 0) throw new TableParseError(TABLE_MESSAGES.EMPTY, 'EMPTY');

  // Title lines: leading rows with one long or title-like cell, followed by a real header row.
  let headerAt = 0;
  const firstWide = rows.findIndex((r) => nonEmptyCount(r) >= 2);
  if (firstWide > 0 && firstWide <= MAX_TITLE_LINES) {
    const lead = rows.slice(0, firstWide);
    const isTitle = lead.every((r) => {
      const text = r.find((c) => c !== '') ?? '';
      return text.length >= 6 || TITLE_WORDS.test(text);
    });
    if (isTitle) headerAt = firstWide;
  }
  const title =
    headerAt > 0
      ? rows
          .slice(0, headerAt)
          .map((r) => r.filter((c) => c !== '').join(' '))
          .join('\n')
      : undefined;
  const header = rows[headerAt];
  const body = rows.slice(headerAt + 1);
  if (body.length > TABLE_MAX_ROWS) throw new TableParseError(TABLE_MESSAGES.TOO_MANY_ROWS, 'TOO_MANY_ROWS');
  if (body.length === 0) throw new TableParseError(TABLE_MESSAGES.NO_ROWS, 'NO_ROWS');

  // Columns in use: a header or at least one value.
  let width = header.length;
  for (const r of body) if (r.length > width) width = r.length;
  const used: number[] = [];
  for (let c = 0; c < width; c++) {
    let inUse = (header[c] ?? '') !== '';
    for (let r = 0; !inUse && r < body.length; r++) inUse = (body[r][c] ?? '') !== '';
    if (inUse) used.push(c);
  }
  if (used.length > TABLE_MAX_COLUMNS) throw new TableParseError(TABLE_MESSAGES.TOO_MANY_COLUMNS, 'TOO_MANY_COLUMNS');

  const columns = used.map((c, k) => (header[c] ?? '') || `第${k + 1}列`);
  const out = body.map((r) => used.map((c) => r[c] ?? ''));
  return title === undefined ? { columns, rows: out } : { columns, rows: out, title };
}

// ---------------------------------------------------------------- entry points

function prepare(text: string): string {
  let s = String(text ?? '');
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.length > TABLE_MAX_CHARS) throw new TableParseError(TABLE_MESSAGES.TOO_LARGE, 'TOO_LARGE');
  if (s.trim() === '') throw new TableParseError(TABLE_MESSAGES.EMPTY, 'EMPTY');
  return s;
}

/** The first few non-empty lines: a title line above an Excel copy has no tab of its own. */
function leadingLines(s: string, count: number): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from < s.length && lines.length < count) {
    let end = s.indexOf('\n', from);
    if (end < 0) end = s.length;
    const line = s.slice(from, end);
    if (line.trim() !== '') lines.push(line);
    from = end + 1;
  }
  return lines;
}

/** CSV (comma, RFC 4180 quoting) into a table. */
export function parseCsv(text: string): ParsedTable {
  const s = prepare(text);
  let records: string[][];
  try {
    records = parseDelimited(s, ',');
  } catch (e) {
    if (e instanceof UnclosedQuote) throw new TableParseError(TABLE_MESSAGES.BAD_QUOTES, 'BAD_QUOTES');
    throw e;
  }
  return tableFromRecords(records);
}

/**
 * What a cadre pastes: tab-separated when the first line has a tab (Excel, WPS), CSV when it
 * has a comma; a first line with neither (a title above the header) lets the next lines decide.
 * Excel quotes a copied cell that holds a line break or a quote; a stray quote in pasted text
 * that was not written by Excel is taken literally.
 */
export function parsePastedTable(text: string): ParsedTable {
  const s = prepare(text);
  const lines = leadingLines(s, MAX_TITLE_LINES + 1);
  // The first line decides when it has a tab or a comma; a bare first line (a title) lets the next ones decide.
  const decider = lines.find((l) => l.includes('\t') || l.includes(',')) ?? '';
  if (!decider.includes('\t')) return parseCsv(s);
  let records: string[][];
  try {
    records = parseDelimited(s, '\t');
  } catch (e) {
    if (!(e instanceof UnclosedQuote)) throw e;
    records = parseDelimited(s, '\t', false);
  }
  return tableFromRecords(records);
}
