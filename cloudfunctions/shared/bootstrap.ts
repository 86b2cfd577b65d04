// The first county admins of a fresh deployment. Nobody can grant a role before somebody has
// one, so the deployer names them in an environment variable of the functions:
//   BOOTSTRAP_ADMINS="openid1:510118,openid2:510822"
// A caller listed there who has no account in the store acts as that county's 政务公开办
// administrator. Nothing is written: once a real account exists in `accounts`, it wins, and
// removing the entry from the variable ends the bootstrap.
import type { Account } from '../../core/accounts/account';
import { normalizeCode } from '../../core/regions/codes';

export const BOOTSTRAP_ADMIN_NAME = '县政务公开办管理员';

/** An openid as WeChat issues them (28 characters today); anything else in the list is a typo. */
const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * openid -> county code. Entries are separated by commas, semicolons or white space; each is
 * `openid:code`. Codes are normalised (12-digit padded 510118000000 and renamed 510132 both
 * become 510118); entries whose code is not a county's, or whose openid is malformed, are
 * ignored. An openid listed twice keeps its first county.
 */
export function parseBootstrapAdmins(raw: string | undefined | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of String(raw ?? '').split(/[,;\s]+/)) {
    const i = entry.lastIndexOf(':');
    if (i <= 0) continue;
    const openid = entry.slice(0, i).trim();
    const code = normalizeCode(entry.slice(i + 1).trim());
    if (!OPENID.test(openid) || !code || code.length !== 6) continue;
    if (!out.has(openid)) out.set(openid, code);
  }
  return out;
}

/** The account a listed caller acts with while they have none in the store; null when not listed. */
export function bootstrapAccount(admins: Map<string, string>, openid: string | null): Account | null {
  const county = openid ? admins.get(openid) : undefined;
  if (!openid || !county) return null;
  return { openid, name: BOOTSTRAP_ADMIN_NAME, role: 'county_admin', regionCodes: [county], demo: false };
}
