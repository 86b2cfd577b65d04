// Region codes are NBS statistical codes at their natural length. People and old links
// may give a 12-digit padded code or a code from before a re-districting; both resolve here.
import type { RegionLevel } from '../model';

/** Codes retired by re-districting -> the code that replaced them (prefix rewrite). */
export const RENAMED_CODES: Record<string, string> = {
  '510132': '510118', // 新津县 -> 新津区 (2020)
};

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'town',
  12: 'village',
};

/** Returns the canonical code, or null when the text cannot be a region code. */
export function normalizeCode(input: string): string | null {
  let code = String(input ?? '').trim();
  if (!/^\d+$/.test(code)) return null;
  if (code.length === 12) {
    // 12-digit padded form of a higher level: 510118000000 -> 510118
    for (const keep of [2, 4, 6, 9]) {
      if (/^0+$/.test(code.slice(keep))) {
        code = code.slice(0, keep);
        break;
      }
    }
  }
  if (!LEVEL_BY_LENGTH[code.length]) return null;
  for (const [oldPrefix, newPrefix] of Object.entries(RENAMED_CODES)) {
    if (code.startsWith(oldPrefix)) code = newPrefix + code.slice(oldPrefix.length);
  }
  return code;
}

export function levelOf(code: string): RegionLevel {
  const level = LEVEL_BY_LENGTH[code.length];
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

/** The county code a town or village lies in, or the county itself; null above county level. */
export function countyOf(code: string): string | null {
  return code.length >= 6 ? code.slice(0, 6) : null;
}

/**
 * Where the disclosures that concern a place are published: the place itself and the
 * town and county above it. Derived from the code alone, so it costs no read.
 */
export function disclosureChain(code: string): string[] {
  const chain = [code];
  if (code.length === 12) chain.push(code.slice(0, 9));
  if (code.length >= 9) chain.push(code.slice(0, 6));
  return chain;
}
