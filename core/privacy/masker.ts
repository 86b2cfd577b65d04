// De-identification of published text and lists (PIPL Arts. 6, 19, 28; 2018 政务公开要点 去标识化).
//
// Two entry points:
//   maskText(text)   free text (a disclosure body, a remark cell): finds valid ID numbers,
//                    mobiles and bank cards wherever they stand and masks them.
//   maskTable(table) a list of people: the column headers decide first (bank and health columns
//                    are dropped whole, ID columns mask every long digit run, phone columns every
//                    number, address columns are cut to the village); every other cell gets the
//                    free-text rules.
//
// The scanner walks each string once by character code: no regular expression is built per
// cell, and a cell without digits costs one pass over its characters. Findings never carry the
// original value, only where it was and what was done, in words a cadre can read.

import type { TableData } from '../model';

// ---------------------------------------------------------------- policy

export interface MaskPolicy {
  /** Leading characters of an ID number left visible (the region code is 6). */
  idKeepStart: number;
  /** Trailing characters left visible (3 for the sequence code, 4 with the check character). */
  idKeepEnd: number;
}

export const DEFAULT_MASK_POLICY: Readonly<MaskPolicy> = Object.freeze({ idKeepStart: 6, idKeepEnd: 4 });

/**
 * A county may keep less than 6 + 4 (e.g. 2 + 3), never more: the start may not reach the birth
 * date (≤ 6), the end may not reach past the sequence and check character (≤ 4), and no more
 * than 10 characters in all stay visible.
 */
export function validateMaskPolicy(policy: MaskPolicy): MaskPolicy {
  const s = policy?.idKeepStart;
  const e = policy?.idKeepEnd;
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < 0) {
    throw new RangeError('身份证号保留位数必须是不小于0的整数');
  }
  if (s > 6) throw new RangeError('身份证号开头最多保留6位（地区码），不得露出出生日期');
  if (e > 4) throw new RangeError('身份证号末尾最多保留4位');
  if (s + e > 10) throw new RangeError('身份证号保留位数合计不得超过10位');
  return policy;
}

// ---------------------------------------------------------------- findings

export type FindingKind = 'id_number' | 'mobile' | 'bank_card' | 'column_dropped' | 'address_cut' | 'hardship_category';

export interface Finding {
  kind: FindingKind;
  /** Row of the OUTPUT table (0-based, data rows only); null for a header, a column or free text. */
  row: number | null;
  /** Column of the OUTPUT table (after dropped columns are removed); null for free text or a dropped column. */
  col: number | null;
  /** The (masked) header of the column concerned. */
  column?: string;
  /** What was done, in Chinese, e.g. 身份证号已隐去中间8位. Never the original value. */
  note: string;
}

const FINDING_LABELS: Record<FindingKind, string> = {
  id_number: '身份证号',
  mobile: '电话号码',
  bank_card: '银行卡号',
  column_dropped: '删除的列',
  address_cut: '截短的住址',
  hardship_category: '困难类别（不应公开）',
};

/** One line per kind for a publish preview: 身份证号 已隐去 12 处 ... */
export function summarizeFindings(findings: readonly Finding[]): string[] {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const out: string[] = [];
  for (const [kind, n] of counts) {
    out.push(kind === 'column_dropped' ? `已删除 ${n} 列不得公开的信息` : `${FINDING_LABELS[kind]}：已处理 ${n} 处`);
  }
  return out;
}

/**
 * What masking did to one publication, in counts (never values): kept on the draft and the
 * disclosure when a reviewer approves, so the audit view can say what was hidden even though
 * re-reading the masked copy finds nothing.
 */
export interface MaskingSummary {
  counts: Partial<Record<FindingKind, number>>;
  /** Mobiles among counts.mobile (the rest are landlines in a phone column). */
  mobiles: number;
  dropped: string[];
  /** One line per kind, e.g. 身份证号 3 处; empty when nothing was found. */
  lines: string[];
  /** The reviewer's reason when they confirmed publishing hardship categories. */
  hardshipConfirmed?: string;
}

export function maskingSummary(findings: readonly Finding[], dropped: readonly string[]): MaskingSummary {
  const counts: Partial<Record<FindingKind, number>> = {};
  let mobiles = 0;
  for (const f of findings) {
    counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    if (f.kind === 'mobile' && f.note === NOTE_MOBILE) mobiles++;
  }
  const lines: string[] = [];
  if (counts.id_number) lines.push(`身份证号 ${counts.id_number} 处`);
  if (mobiles) lines.push(`手机号 ${mobiles} 处`);
  if ((counts.mobile ?? 0) > mobiles) lines.push(`固定电话 ${(counts.mobile ?? 0) - mobiles} 处`);
  if (counts.bank_card) lines.push(`银行卡号 ${counts.bank_card} 处`);
  if (dropped.length) lines.push(`删除列：${dropped.join('、')}`);
  if (counts.address_cut) lines.push(`住址截短 ${counts.address_cut} 处`);
  if (counts.hardship_category) lines.push(`困难类别 ${counts.hardship_category} 处（不应公开）`);
  return { counts, mobiles, dropped: [...dropped], lines };
}

// ---------------------------------------------------------------- checks (char codes, no allocation)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function num(s: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

function realDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1];
  return d <= last;
}

/** 17 digits + check character ('0'-'9' or 'X'), real birth date (same rule as isValidIdNumber). */
function validId18(d17: string, check: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (d17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  if (ID_CHECK_CHARS[sum % 11] !== check) return false;
  return realDate(num(d17, 6, 4), num(d17, 10, 2), num(d17, 12, 2));
}

/** 15-digit card (1984–2004): region 6 + YYMMDD (19YY) + sequence 3. No check digit exists. */
function validId15(d: string): boolean {
  return realDate(1900 + num(d, 6, 2), num(d, 8, 2), num(d, 10, 2));
}

function luhn(d: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let v = d.charCodeAt(i) - 48;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

function isMobile11(d: string, from = 0): boolean {
  if (d.charCodeAt(from) !== 49 /* 1 */) return false;
  const c = d.charCodeAt(from + 1);
  return c >= 51 && c <= 57; // 3-9
}

// ---------------------------------------------------------------- masking helpers

function stars(n: number): string {
  return n > 0 ? '*'.repeat(n) : '';
}

/** Keeps policy start/end of an ID-like string; a 15-digit card keeps at most its 3-digit sequence. */
function maskIdLike(id: string, policy: MaskPolicy): { text: string; hidden: number } {
  const len = id.length;
  const keepEnd = len === 15 ? Math.min(policy.idKeepEnd, 3) : policy.idKeepEnd;
  const keepStart = policy.idKeepStart;
  const hidden = len - keepStart - keepEnd;
  return { text: id.slice(0, keepStart) + stars(hidden) + id.slice(len - keepEnd), hidden };
}

const ID_NOTE_CACHE = new Map<number, string>();
function idNote(hidden: number): string {
  let s = ID_NOTE_CACHE.get(hidden);
  if (!s) {
    s = `身份证号已隐去中间${hidden}位`;
    ID_NOTE_CACHE.set(hidden, s);
  }
  return s;
}

const NOTE_MOBILE = '手机号已隐去中间4位';
const NOTE_LANDLINE = '电话号码已隐去部分数字';
const NOTE_CARD = '银行卡号已隐去';
const NOTE_ACCOUNT = '疑似银行账号已隐去';
const CARD_TEXT = '（银行卡号已隐去）';
const ACCOUNT_TEXT = '（账号已隐去）';

// ---------------------------------------------------------------- scanner

type Mode = 0 | 1 | 2;
const Mode = { Text: 0, IdColumn: 1, PhoneColumn: 2 } as const;

interface Run {
  s: number; // start index in the string
  e: number; // end index (exclusive), digits only
  d: string; // the digits
  x: boolean; // an X/x follows immediately (possible ID check character)
  gk: number; // kinds of the separator before this run, inside its chunk (0 for a chunk's first run)
  gs: string; // that separator's shape, to tell 138.1234.5678 (one kind throughout) from mixed ones
}

/** The separators inside a combination of runs: which kinds occur, and whether all are alike. */
interface Gaps {
  kinds: number;
  uniform: boolean;
}

interface Hit {
  kind: FindingKind;
  rep: string;
  note: string;
  useX: boolean;
  /** When two candidates overlap, the lower rank wins: ID 18, card, ID 15, mobile, account. */
  rank: number;
}

interface Sink {
  findings: Finding[];
  row: number | null;
  col: number | null;
  column: string | undefined;
  personalHit: boolean;
}

/** Fullwidth digits, Ｘ/ｘ, － ． ／ typed with a Chinese IME: treated as their ASCII twins. */
const FULLWIDTH_TEST = /[\uFF0D-\uFF0F\uFF10-\uFF19\uFF38\uFF58]/;
const FULLWIDTH_ALL = /[\uFF0D-\uFF0F\uFF10-\uFF19\uFF38\uFF58]/g;
function toHalfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (c === 0xff38) return 'X';
  if (c === 0xff58) return 'x';
  if (c === 0xff0e) return '.';
  if (c === 0xff0f) return '/';
  return '-';
}

/** Kinds of separator people put between digit groups (bit flags, so a span can say which it used). */
const SEP_SPACE = 1;
const SEP_DASH = 2;
const SEP_DOT = 4;
const SEP_SLASH = 8;

/**
 * The kind of a separator character, or 0: spaces (incl. NBSP, thin and ideographic spaces),
 * dashes (- ‐ ‑ ‒ – — ― − ﹣, － already folded), dots (. · • ‧ ・ ･ ∙, ． folded), slashes (/ and backslashes, ／ folded).
 */
function sepKind(c: number): number {
  if (c === 32 || c === 0xa0 || c === 0x3000 || c === 0x202f || (c >= 0x2002 && c <= 0x200a)) return SEP_SPACE;
  if (c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return SEP_DASH;
  if (c === 46 || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 0x30fb || c === 0xff65 || c === 0x2219) return SEP_DOT;
  if (c === 47 || c === 92 || c === 0xff3c) return SEP_SLASH;
  return 0;
}

/** At most this many separator characters between two groups of one number (138 - 1234 - 5678). */
const MAX_GAP = 3;

/** What lies between two runs: its kinds (bit flags) and its shape, or null when it is no separator. */
function gapBetween(norm: string, from: number, to: number): { kinds: number; shape: string } | null {
  const len = to - from;
  if (len < 1 || len > MAX_GAP) return null;
  let kinds = 0;
  let shape = '';
  for (let k = from; k < to; k++) {
    const kind = sepKind(norm.charCodeAt(k));
    if (!kind) return null;
    kinds |= kind;
    shape += String.fromCharCode(64 + kind);
  }
  return { kinds, shape };
}

/** Words that make a long digit run in the next few characters a bank account even without Luhn. */
const ACCOUNT_WORDS = /账号|帐号|账户|帐户|卡号|银行|一卡通|存折|社保卡/;
const ACCOUNT_WINDOW = 12;

/** Our own replacement texts mention 银行卡号: they must not trigger a rule on a second pass. */
const PLACEHOLDERS = /（银行卡号已隐去）|（账号已隐去）|（已隐去）/g;
function withoutPlaceholders(s: string): string {
  return s.indexOf('已隐去') >= 0 ? s.replace(PLACEHOLDERS, '') : s;
}

/** The few characters before a number, our own placeholders left out. */
function accountWindow(norm: string, start: number): string {
  const wide = withoutPlaceholders(norm.slice(Math.max(0, start - ACCOUNT_WINDOW - 12), start));
  return wide.slice(-ACCOUNT_WINDOW);
}

/** Group lengths of an ID written in parts; the last group is one short when an X follows. */
const ID_GROUPS = ['6,8,4', '6,4,4,4', '6,12', '6,8,3', '6,4,4,3', '6,11'];
/** ID groups beyond ID_GROUPS: any split into at most this many groups, when every separator is alike. */
const ID_MAX_UNIFORM_GROUPS = 5;

/**
 * How people split a mobile: 13812345678, 138 1234 5678, 138 12345678, 1381234-5678, 1381 234 5678:
 * at most 3 groups of 3+ digits. With dots or slashes (138.1234.5678, 136/0000/2222) only 3-4-4,
 * so an amount like 1350000.5000 or a path stays what it is.
 */
function mobileGrouping(lens: number[], gaps: Gaps): boolean {
  if (lens.length === 1) return true;
  if (lens.length > 3 || lens.some((l) => l < 3)) return false;
  if (gaps.kinds & (SEP_DOT | SEP_SLASH)) return lens.length === 3 && lens[0] === 3 && lens[1] === 4;
  return true;
}

/** Cards and accounts are written in groups with spaces or dashes only. */
const CARD_SEPS = SEP_SPACE | SEP_DASH;

function cardGrouping(lens: number[]): boolean {
  if (lens.length === 1) return true;
  for (let k = 0; k < lens.length - 1; k++) if (lens[k] !== 4) return false;
  const last = lens[lens.length - 1];
  return last >= 1 && last <= 4;
}

function classify(
  norm: string,
  digits: string,
  lens: number[],
  gaps: Gaps,
  xAvail: boolean,
  start: number,
  mode: Mode,
  policy: MaskPolicy,
): Hit | null {
  const n = digits.length;
  const single = lens.length === 1;
  const key = lens.join(',');

  // ID numbers: checksum and real birth date; an X check character may follow. Written in
  // groups as 6-8-4, 6-4-4-4 or 6-12 with any separators, or split anywhere into at most 5
  // groups when every separator is the same (510118.19900515.0025, 5101 1819 9005 1500 25).
  const idGroups = single || ID_GROUPS.includes(key) || (gaps.uniform && lens.length <= ID_MAX_UNIFORM_GROUPS);
  if (xAvail && n === 17 && idGroups && validId18(digits, 'X')) {
    const m = maskIdLike(digits + 'X', policy);
    return { kind: 'id_number', rep: m.text, note: idNote(m.hidden), useX: true, rank: 0 };
  }
  if (n === 18 && idGroups && validId18(digits.slice(0, 17), digits[17])) {
    const m = maskIdLike(digits, policy);
    return { kind: 'id_number', rep: m.text, note: idNote(m.hidden), useX: false, rank: 0 };
  }
  if (n === 15 && (single || key === '6,6,3') && validId15(digits)) {
    const m = maskIdLike(digits, policy);
    return { kind: 'id_number', rep: m.text, note: idNote(m.hidden), useX: false, rank: 2 };
  }
  // Mobiles: 1[3-9] + 9 digits, whole run(s) only; 86 + mobile written together.
  if (n === 11 && isMobile11(digits) && mobileGrouping(lens, gaps)) {
    return { kind: 'mobile', rep: `${digits.slice(0, 3)}****${digits.slice(7)}`, note: NOTE_MOBILE, useX: false, rank: 3 };
  }
  if (n === 13 && single && digits.startsWith('86') && isMobile11(digits, 2)) {
    return { kind: 'mobile', rep: `86${digits.slice(2, 5)}****${digits.slice(9)}`, note: NOTE_MOBILE, useX: false, rank: 3 };
  }
  // In an ID column one long run is an ID whatever its check digit says (the fallback masks
  // it); a number in groups of 4 there is still a card.
  if (mode === Mode.IdColumn && single && n + (xAvail ? 1 : 0) >= 15) return null;
  // Bank cards: 13-19 digits, Luhn, contiguous or in groups of 4.
  const grouped = cardGrouping(lens) && (gaps.kinds & ~CARD_SEPS) === 0;
  if (n >= 13 && n <= 19 && grouped && luhn(digits)) {
    return { kind: 'bank_card', rep: CARD_TEXT, note: NOTE_CARD, useX: false, rank: 1 };
  }
  // Accounts without a check digit (农信社 一卡通, 存折) when the words around say so.
  if (n >= 10 && grouped && ACCOUNT_WORDS.test(accountWindow(norm, start))) {
    return { kind: 'bank_card', rep: ACCOUNT_TEXT, note: NOTE_ACCOUNT, useX: false, rank: 4 };
  }
  return null;
}

/** Second pass inside an ID or phone column: whatever the checks did not recognise. */
function classifyColumnFallback(
  norm: string,
  runs: Run[],
  i: number,
  j: number,
  digits: string,
  lens: number[],
  mode: Mode,
  policy: MaskPolicy,
): Hit | null {
  const n = digits.length;
  const single = i === j;
  // The kept digits of a number masked before (138****5678) are not read together with a
  // neighbour, so masking twice changes nothing. (Only here: the patterns of pass 0 always look.)
  if (!single) for (let k = i; k <= j; k++) if (touchesStars(norm, runs[k])) return null;
  if (mode === Mode.IdColumn) {
    const x = runs[j].x;
    const total = n + (x ? 1 : 0);
    // One run of 15+, or an ID written in parts (a 6-digit region code first, 15-18 in all).
    if (total >= 15 && (single || (lens[0] === 6 && total <= 18))) {
      const m = maskIdLike(x ? digits + 'X' : digits, policy);
      return { kind: 'id_number', rep: m.text, note: idNote(m.hidden), useX: x, rank: 5 };
    }
    return null;
  }
  // Phone column: every number of 7+ digits; keep the area code and the last 2 digits.
  // Written in parts, every part has 3+ digits (028-8587-1022; not a date like 2024-01-15).
  if (n >= 7 && (single || (n <= 12 && lens.every((l) => l >= 3)))) {
    let head = 0;
    if (digits.charCodeAt(0) === 48 /* 0 */) {
      if (!single && (lens[0] === 3 || lens[0] === 4)) head = lens[0];
      else if (single && n >= 10) head = digits[1] === '1' || digits[1] === '2' ? 3 : 4;
    }
    const span = norm.slice(runs[i].s, runs[j].e);
    let seen = 0;
    let rep = '';
    for (let k = 0; k < span.length; k++) {
      const c = span.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        rep += seen < head || seen >= n - 2 ? span[k] : '*';
        seen++;
      } else rep += span[k];
    }
    return { kind: 'mobile', rep, note: NOTE_LANDLINE, useX: false, rank: 5 };
  }
  return null;
}

/** A run glued to 4+ stars: what a mask of this file left visible (it always hides 4+ digits). */
function touchesStars(norm: string, run: Run): boolean {
  return norm.startsWith('****', run.e) || (run.s >= 4 && norm.startsWith('****', run.s - 4));
}

const MAX_GROUPS = 5;

interface Placed {
  i: number;
  j: number;
  hit: Hit;
  n: number; // digits covered
}

/** Digits of runs i..j (j ≤ limit, at most MAX_GROUPS runs) and their group lengths, shortest first. */
function combos(
  runs: Run[],
  i: number,
  limit: number,
  each: (j: number, digits: string, lens: number[], gaps: Gaps) => boolean | void,
): void {
  const maxJ = Math.min(limit, i + MAX_GROUPS - 1);
  const lens: number[] = [];
  let digits = '';
  let kinds = 0;
  let uniform = true;
  for (let j = i; j <= maxJ; j++) {
    if (j > i) {
      kinds |= runs[j].gk;
      if (j > i + 1 && runs[j].gs !== runs[i + 1].gs) uniform = false;
    }
    lens.push(runs[j].d.length);
    digits += runs[j].d;
    if (each(j, digits, lens.slice(), { kinds, uniform }) === true) return;
  }
}

/**
 * Pass 0 over a chunk: every combination of runs the patterns recognise, then the best
 * non-overlapping set (by rank, then more digits, then leftmost). Choosing globally keeps a
 * mobile read across a boundary (1951086 6240) from eating the first group of a card beside it.
 */
function findPatterns(norm: string, runs: Run[], from: number, to: number, mode: Mode, policy: MaskPolicy): Placed[] {
  const cands: Placed[] = [];
  for (let i = from; i <= to; i++) {
    combos(runs, i, to, (j, digits, lens, gaps) => {
      // The kept digits of a number masked before (510118********1304) are not read together
      // with the groups beside them: masking twice changes nothing.
      if (j > i && (touchesStars(norm, runs[i]) || touchesStars(norm, runs[j]))) return;
      // An X can only follow the last run of a combination (chunks end at an X).
      const hit = classify(norm, digits, lens, gaps, runs[j].x, runs[i].s, mode, policy);
      if (hit) cands.push({ i, j, hit, n: digits.length });
    });
  }
  if (cands.length <= 1) return cands;
  cands.sort((a, b) => a.hit.rank - b.hit.rank || b.n - a.n || a.i - b.i);
  const taken = new Uint8Array(to - from + 1);
  const chosen: Placed[] = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.i; k <= c.j && free; k++) free = taken[k - from] === 0;
    if (!free) continue;
    for (let k = c.i; k <= c.j; k++) taken[k - from] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.i - b.i);
}

/** Pass 1 (ID and phone columns) over runs no pattern claimed: greedy, longest first. */
function findFallbacks(norm: string, runs: Run[], from: number, to: number, mode: Mode, policy: MaskPolicy, out: Placed[]): void {
  for (let i = from; i <= to;) {
    let best: Placed | null = null;
    combos(runs, i, to, (j, digits, lens) => {
      const hit = classifyColumnFallback(norm, runs, i, j, digits, lens, mode, policy);
      if (hit) best = { i, j, hit, n: digits.length };
    });
    const placed = best as Placed | null;
    if (placed) out.push(placed);
    i = placed ? placed.j + 1 : i + 1;
  }
}

/** Masks one string. Pushes findings into the sink. Returns the original string when nothing matched. */
function scan(text: string, mode: Mode, policy: MaskPolicy, sink: Sink): string {
  const len = text.length;
  // Quick exit and run collection in one pass.
  let norm = text;
  if (FULLWIDTH_TEST.test(text)) norm = text.replace(FULLWIDTH_ALL, toHalfWidth);
  let runs: Run[] | null = null;
  for (let k = 0; k < len; k++) {
    const c = norm.charCodeAt(k);
    if (c < 48 || c > 57) continue;
    const s = k;
    while (k + 1 < len) {
      const c2 = norm.charCodeAt(k + 1);
      if (c2 < 48 || c2 > 57) break;
      k++;
    }
    const e = k + 1;
    const nx = e < len ? norm.charCodeAt(e) : 0;
    (runs ??= []).push({ s, e, d: norm.slice(s, e), x: nx === 88 || nx === 120, gk: 0, gs: '' });
  }
  if (!runs) return text;

  let out = '';
  let copied = 0; // index in text up to which output is written
  let chunkStart = 0;
  while (chunkStart < runs.length) {
    // A chunk: runs joined by separators (1 to MAX_GAP space, dash, dot or slash characters).
    let chunkEnd = chunkStart;
    while (chunkEnd + 1 < runs.length && !runs[chunkEnd].x) {
      const gap = gapBetween(norm, runs[chunkEnd].e, runs[chunkEnd + 1].s);
      if (!gap) break;
      chunkEnd++;
      runs[chunkEnd].gk = gap.kinds;
      runs[chunkEnd].gs = gap.shape;
    }
    const found = findPatterns(norm, runs, chunkStart, chunkEnd, mode, policy);
    // Pass 1, column modes only, over the runs no pattern claimed: whatever is left of an ID
    // column's long runs and a phone column's numbers. Running it only after the patterns have
    // seen the whole chunk keeps a fallback from swallowing the head of a real mobile or card.
    if (mode !== Mode.Text) {
      const claimed = found.slice();
      let from = chunkStart;
      for (let k = 0; k <= claimed.length; k++) {
        const to = k < claimed.length ? claimed[k].i - 1 : chunkEnd;
        findFallbacks(norm, runs, from, to, mode, policy, found);
        if (k < claimed.length) from = claimed[k].j + 1;
      }
      found.sort((a, b) => a.i - b.i);
    }
    for (const { i, j, hit } of found) {
      const s = runs[i].s;
      const e = runs[j].e + (hit.useX ? 1 : 0);
      out += text.slice(copied, s) + hit.rep;
      copied = e;
      const f: Finding = { kind: hit.kind, row: sink.row, col: sink.col, note: hit.note };
      if (sink.column !== undefined) f.column = sink.column;
      sink.findings.push(f);
      sink.personalHit = true; // an ID, a phone or a card: this is about a person
    }
    chunkStart = chunkEnd + 1;
  }
  if (copied === 0) return text;
  return out + text.slice(copied);
}

// ---------------------------------------------------------------- addresses

const ADDRESS_PLACEHOLDERS = new Set(['', '无', '同上', '不详', '-', '--', '—', '——', '/', '／', '空', '（已隐去）']);
const NOTE_ADDR_VILLAGE = '住址只保留到村（社区）';
const NOTE_ADDR_TOWN = '住址只保留到乡镇（街道）';
const NOTE_ADDR_ALL = '住址已隐去';
const ADDRESS_HIDDEN = '（已隐去）';

function firstOf(s: string, words: string[]): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (const w of words) {
    const at = s.indexOf(w);
    if (at >= 0 && (!best || at < best.at)) best = { at, end: at + w.length };
  }
  return best;
}

/** Cuts an address to the village (村, 社区, 居委会), else the town (镇, 乡, 街道), else hides it. 组 and below never stay. */
export function cutAddress(address: string): { text: string; note: string | null } {
  const s = address.trim();
  if (ADDRESS_PLACEHOLDERS.has(s)) return { text: s, note: null };
  const v = firstOf(s, ['村', '社区', '居委会']);
  if (v) {
    let end = v.end;
    // 新村村 is a village called 新村; 文武村村民委员会 / 村委会 is not.
    if (s[v.at] === '村' && s[end] === '村' && s[end + 1] !== '民' && s[end + 1] !== '委') end++;
    return end >= s.length ? { text: s, note: null } : { text: s.slice(0, end), note: NOTE_ADDR_VILLAGE };
  }
  const t = firstOf(s, ['镇', '乡', '街道']);
  if (t) return t.end >= s.length ? { text: s, note: null } : { text: s.slice(0, t.end), note: NOTE_ADDR_TOWN };
  return { text: ADDRESS_HIDDEN, note: NOTE_ADDR_ALL };
}

// ---------------------------------------------------------------- headers

type ColumnRule = 'drop_bank' | 'drop_health' | 'id' | 'phone' | 'address' | 'text';

const BANK_HEADER = /银行|账号|帐号|账户|帐户|卡号|一卡通|存折/;
const HEALTH_HEADER = /健康|病(?!险)|残疾|残障|伤残|身体状况|诊断/;
const ID_HEADER = /身份证|身份号码|证件号/;
const PHONE_HEADER = /电话|手机|联系方式|联系号码/;
const ADDRESS_HEADER = /住址|地址|居住地|住所|户籍地/;
const PERSON_HEADER = /姓名|户主|名字|户名|申请人|对象|联系人/;

/** What a column's header says about its cells. Exported for the publish form's preview. */
export function columnRule(header: string): ColumnRule {
  const h = withoutPlaceholders(header.trim());
  if (BANK_HEADER.test(h)) return 'drop_bank';
  if (HEALTH_HEADER.test(h)) return 'drop_health';
  if (ID_HEADER.test(h)) return 'id';
  if (PHONE_HEADER.test(h)) return 'phone';
  if (ADDRESS_HEADER.test(h)) return 'address';
  return 'text';
}

// ---------------------------------------------------------------- public API

function newSink(findings: Finding[]): Sink {
  return { findings, row: null, col: null, column: undefined, personalHit: false };
}

/** Masks ID numbers (valid 18- and 15-digit), mobiles and bank cards in free text. */
export function maskText(text: string, policy: MaskPolicy = DEFAULT_MASK_POLICY): { text: string; findings: Finding[] } {
  validateMaskPolicy(policy);
  const findings: Finding[] = [];
  const out = scan(String(text ?? ''), Mode.Text, policy, newSink(findings));
  return { text: out, findings };
}

export interface MaskTableResult {
  table: TableData;
  findings: Finding[];
  /** Headers of the columns removed whole (bank, health, disability). */
  dropped: string[];
}

/**
 * Masks a list for publication. Rows are padded or cut to the header's length, cells trimmed.
 * Findings point at the OUTPUT table (dropped columns removed).
 */
export function maskTable(table: { columns: string[]; rows: string[][] }, policy: MaskPolicy = DEFAULT_MASK_POLICY): MaskTableResult {
  validateMaskPolicy(policy);
  const findings: Finding[] = [];
  const dropped: string[] = [];
  const headers = (table.columns ?? []).map((h) => String(h ?? '').trim());
  const sink = newSink(findings);

  let personal = false;
  const keep: number[] = [];
  const rules: ColumnRule[] = [];
  const outColumns: string[] = [];
  for (let c = 0; c < headers.length; c++) {
    const h = headers[c];
    const rule = columnRule(h);
    if (PERSON_HEADER.test(withoutPlaceholders(h))) personal = true;
    if (rule === 'drop_bank' || rule === 'drop_health') {
      personal = true;
      const scratch = newSink([]);
      const shown = scan(h, Mode.Text, policy, scratch);
      dropped.push(shown);
      findings.push({
        kind: 'column_dropped',
        row: null,
        col: null,
        column: shown,
        note: rule === 'drop_bank' ? `已删除「${shown}」列：银行账户信息不得公开` : `已删除「${shown}」列：健康、疾病和残疾信息不得公开`,
      });
      continue;
    }
    if (rule === 'id') personal = true;
    sink.row = null;
    sink.col = outColumns.length;
    sink.column = undefined;
    const before = findings.length;
    const shown = scan(h, Mode.Text, policy, sink);
    // Header findings were pushed before the masked header existed; name the column now.
    for (let k = before; k < findings.length; k++) findings[k].column = shown;
    keep.push(c);
    rules.push(rule);
    outColumns.push(shown);
  }

  const width = keep.length;
  const rows = table.rows ?? [];
  const outRows: string[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r] ?? [];
    const row: string[] = new Array(width);
    sink.row = r;
    for (let k = 0; k < width; k++) {
      const raw = src[keep[k]];
      const cell = raw == null ? '' : String(raw).trim();
      if (cell === '') {
        row[k] = '';
        continue;
      }
      sink.col = k;
      sink.column = outColumns[k];
      switch (rules[k]) {
        case 'id':
          row[k] = scan(cell, Mode.IdColumn, policy, sink);
          break;
        case 'phone':
          row[k] = scan(cell, Mode.PhoneColumn, policy, sink);
          break;
        case 'address': {
          const cut = cutAddress(cell);
          // What is cut off still tells whether this is a list about people.
          if (cut.note && !sink.personalHit) {
            const scratch = newSink([]);
            scan(cell, Mode.Text, policy, scratch);
            sink.personalHit = scratch.personalHit;
          }
          if (cut.note) findings.push({ kind: 'address_cut', row: r, col: k, column: outColumns[k], note: cut.note });
          row[k] = scan(cut.text, Mode.Text, policy, sink);
          break;
        }
        default:
          row[k] = scan(cell, Mode.Text, policy, sink);
      }
    }
    outRows[r] = row;
  }

  personal ||= sink.personalHit;
  return { table: { columns: outColumns, rows: outRows, personal }, findings, dropped };
}
