// Finds personal data a public answer must never carry: a valid 18-digit mainland ID number,
// an 11-digit mobile number or a Luhn-valid bank card, anywhere in the JSON text, written
// together or split into groups by spaces, dashes, dots, middle dots or slashes (half- or
// full-width): 510118.19900515.0025, 138.1234.5678, 139—8765—4321, 137·1111·2222, 136/0000/2222.
//
// Independent of core/privacy on purpose (its own regular expressions and checks), so a gap in
// the masker is not mirrored here. Groupings it looks for:
//   ID      any split into at most 5 groups (checksum; when split, also a real birth date);
//   mobile  1[3-9] + 9 digits, whole or in at most 3 groups of 3+ digits;
//   card    16-19 digits starting 3-6, Luhn, whole or in groups of 4 joined by spaces or dashes.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isValidId18(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17].toUpperCase();
}

function realBirthDate(id: string): boolean {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function luhn(d: string): boolean {
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

/** Full-width digits, Ｘ and separators to ASCII (one character for one, so positions hold). */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF38\uFF58\uFF0D\uFF0E\uFF0F]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) return String(c - 0xff10);
    return { '\uFF38': 'X', '\uFF58': 'x', '\uFF0D': '-', '\uFF0E': '.', '\uFF0F': '/' }[ch]!;
  });
}

const SEP = '[ \\u00A0\\u2002-\\u200A\\u202F\\u3000\\-\\u2010-\\u2015\\u2212\\uFE63.\\u00B7\\u2022\\u2027\\u2219\\u30FB\\uFF65/\\\\]';
/**
 * Digit groups joined by 1-3 separator characters; an X may end the chain. Digits glued to '*'
 * are what a mask left visible (138****5678) and start or end no number.
 */
const CHAIN = new RegExp(`(?<![\\dXx*])\\d+(?:${SEP}{1,3}\\d+)*[Xx]?(?![\\dXx*])`, 'g');
const GROUP = /\d+[Xx]?/g;

export function findPersonalData(value: unknown): string[] {
  const text = halfWidth(typeof value === 'string' ? value : JSON.stringify(value));
  const found: string[] = [];
  for (const chain of text.match(CHAIN) ?? []) {
    const groups = chain.match(GROUP) ?? [];
    const gaps = chain.split(/\d+[Xx]?/).slice(1, -1);
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length && j < i + 5; j++) {
        digits += groups[j];
        // An X ends an ID; it cannot be in the middle of a number.
        if (/[Xx]/.test(digits.slice(0, -1))) break;
        const split = j > i;
        const lens = groups.slice(i, j + 1).map((g) => g.length);
        if (digits.length === 18 && isValidId18(digits) && (!split || realBirthDate(digits))) found.push(digits);
        else if (/^1[3-9]\d{9}$/.test(digits) && (!split || (lens.length <= 3 && lens.every((l) => l >= 3)))) found.push(digits);
        else if (
          /^[3-6]\d{15,18}$/.test(digits) &&
          luhn(digits) &&
          (!split || (lens.slice(0, -1).every((l) => l === 4) && gaps.slice(i, j).every((g) => /^[ \-\u2010-\u2015]+$/.test(g))))
        ) {
          found.push(digits);
        }
      }
    }
  }
  return found;
}
