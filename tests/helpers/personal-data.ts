// Finds personal data a public answer must never carry: a valid 18-digit mainland ID
// number or an 11-digit mobile number, anywhere in the JSON text.
const ID18 = /(?<!\d)\d{17}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isValidId18(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17].toUpperCase();
}

export function findPersonalData(value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const ids = (text.match(ID18) ?? []).filter(isValidId18);
  const phones = text.match(MOBILE) ?? [];
  return [...ids, ...phones];
}
