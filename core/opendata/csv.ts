// CSV as RFC 4180 writes it, in the form spreadsheets in China open without asking: UTF-8 with a
// byte-order mark (Excel otherwise reads GBK), CRLF line ends, a header row, every field that
// holds a comma, quote or line break quoted with inner quotes doubled.

export const BOM = '\uFEFF';

/**
 * One field. A text starting with = + - @ or a tab would run as a formula in a spreadsheet
 * (CSV injection): it gets a leading apostrophe, as the other CSV exports of the app do.
 */
export function csvField(x: unknown): string {
  const s = x === null || x === undefined ? '' : String(x);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>, withBom = true): string {
  const lines = [header.map(csvField).join(',')];
  for (const r of rows) lines.push(r.map(csvField).join(','));
  return `${withBom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}

/** Rows only (no BOM, no header), for appending a later page to a file already started. */
export function csvRows(rows: ReadonlyArray<readonly unknown[]>): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
