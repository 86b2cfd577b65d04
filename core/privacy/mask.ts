// Masking of personal data in published lists (PIPL; 2018 政务公开工作要点: 去标识化).
// ID numbers keep the region (first 6) and the last 4 — enough for a neighbour to tell two
// 张建华 apart, not enough to use the number. Phones keep 3 + 4 digits, the common 138****1234.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** GB 11643-1999 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('需要17位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/** An 18-character 居民身份证号码 with a real birth date and a correct check character. */
export function isValidIdNumber(id: string): boolean {
  const s = String(id ?? '')
    .trim()
    .toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!isRealDate(s.slice(6, 14))) return false;
  return idCheckChar(s.slice(0, 17)) === s[17];
}

/** Builds a valid ID number (demo data and tests): region 6 digits + birth YYYYMMDD + sequence 3 digits + check. */
export function makeIdNumber(regionCode6: string, birth: string, seq3: string | number): string {
  const seq = String(seq3).padStart(3, '0');
  if (!/^\d{6}$/.test(regionCode6)) throw new Error('地区码需为6位数字');
  if (!/^\d{8}$/.test(birth) || !isRealDate(birth)) throw new Error('出生日期需为有效的YYYYMMDD');
  if (!/^\d{3}$/.test(seq)) throw new Error('顺序码需为3位数字');
  const first17 = `${regionCode6}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

/**
 * 18 characters -> first 6 + ******** + last 4; 15 digits (old cards) -> first 6 + ****** + last 3.
 * Anything else is masked all but its first and last character, so no stray digits leak.
 */
export function maskIdNumber(id: string): string {
  const s = String(id ?? '')
    .trim()
    .toUpperCase();
  if (s.length === 18) return `${s.slice(0, 6)}${'*'.repeat(8)}${s.slice(14)}`;
  if (s.length === 15) return `${s.slice(0, 6)}${'*'.repeat(6)}${s.slice(12)}`;
  if (s.length <= 2) return '*'.repeat(s.length);
  return `${s[0]}${'*'.repeat(s.length - 2)}${s[s.length - 1]}`;
}

/**
 * Mobile 13812341234 -> 138****1234. Other numbers (landlines with an area code, 8-digit
 * locals) keep their first 3 and last 4 digits when long enough; separators are kept.
 */
export function maskPhone(phone: string): string {
  const s = String(phone ?? '').trim();
  const digits = s.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (digits.length < 8) return s.replace(/\d/g, '*');
  // Mask every digit except the first 3 and last 4, wherever separators fall.
  let seen = 0;
  return s.replace(/\d/g, (ch) => {
    seen += 1;
    return seen <= 3 || seen > digits.length - 4 ? ch : '*';
  });
}
