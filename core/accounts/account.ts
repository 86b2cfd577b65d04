export type Role = 'resident' | 'cadre' | 'reviewer' | 'unit_staff' | 'county_admin';

export const ROLE_NAMES: Record<Role, string> = {
  resident: '居民',
  cadre: '驻村干部',
  reviewer: '审核人',
  unit_staff: '责任单位工作人员',
  county_admin: '县政务公开办',
};

export interface Account {
  openid: string;
  name: string;
  role: Role;
  /** Villages of a cadre; town or county of a reviewer; county of an admin. */
  regionCodes: string[];
  /** The unit a unit_staff works for. */
  unitId?: string;
  /** A unit's lead (unit_staff only): may invite staff of their own unit. */
  lead?: boolean;
  demo: boolean;
  /** Deactivated by the county: the person is served as a resident without an account. */
  active?: false;
  deactivatedAt?: string;
  /** Who granted the role (an openid), by which invitation. */
  invitedBy?: string;
  invitationId?: string;
}

/** The county an account belongs to: its first region's county, else its unit's (ids start with the code). */
export function accountCounty(a: Pick<Account, 'regionCodes' | 'unitId'>): string {
  return (a.regionCodes[0] ?? a.unitId ?? '').slice(0, 6);
}

/**
 * The account a caller acts with: a deactivated one acts as nobody's (a resident without an
 * account), so every staff action refuses it on the person's next call. Both hosts (the cloud
 * entry and the local cloud) read the account from the store on every call and pass it here.
 */
export function activeAccount(a: Account | null): Account | null {
  return a && a.active === false ? null : a;
}

/** Who is calling. Comes from getWXContext().OPENID or the local cloud's signed session. */
export interface Caller {
  openid: string | null;
  account: Account | null;
}
