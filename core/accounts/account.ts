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
  demo: boolean;
}

/** Who is calling. Comes from getWXContext().OPENID or the local cloud's signed session. */
export interface Caller {
  openid: string | null;
  account: Account | null;
}
