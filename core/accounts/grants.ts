// Who may grant what: nobody grants a role wider than their own.
//   county_admin (a county)  -> any role bound within that county
//   a unit's lead            -> staff (or a lead) of that same unit
//   reviewer (a town/county) -> cadres of villages within it
//   everyone else            -> nothing
// The 政务公开办's own unit staff are unit staff like any other (their lead invites their
// unit's staff); county-wide powers come with the county_admin role only, which they do not hold.
import type { Account, Role } from './account';

export interface Binding {
  role: Exclude<Role, 'resident'>;
  regionCodes: string[];
  unitId?: string;
  lead?: boolean;
}

/** The county a grantor acts in, or null. */
export function grantorCounty(a: Account | null): string | null {
  if (!a) return null;
  if (a.role === 'county_admin') return a.regionCodes[0]?.length === 6 ? a.regionCodes[0] : null;
  if (a.role === 'unit_staff' && a.lead && a.unitId) return a.unitId.slice(0, 6);
  if (a.role === 'reviewer' && a.regionCodes[0]) return a.regionCodes[0].slice(0, 6);
  return null;
}

export function mayInviteAnyone(a: Account | null): boolean {
  return grantorCounty(a) !== null;
}

/** null when `grantor` may grant `b`; else why not, in Chinese. */
export function grantProblem(grantor: Account | null, b: Binding): string | null {
  const county = grantorCounty(grantor);
  if (!grantor || !county) return '您没有邀请他人的权限';
  const inCounty = b.regionCodes.every((c) => c.startsWith(county)) && (!b.unitId || b.unitId.startsWith(county));
  if (grantor.role === 'county_admin') return inCounty ? null : '只能邀请本县（区）的人员';
  if (grantor.role === 'unit_staff') {
    if (b.role !== 'unit_staff' || b.unitId !== grantor.unitId) return '单位负责人只能邀请本单位的工作人员';
    return null;
  }
  // reviewer
  const scope = grantor.regionCodes[0];
  if (b.role !== 'cadre') return '审核人只能邀请本辖区的驻村干部';
  if (!b.regionCodes.length || !b.regionCodes.every((c) => c.length === 12 && c.startsWith(scope)))
    return '只能邀请本辖区村（社区）的驻村干部';
  return null;
}

/** Same role and the same binding (villages in any order). */
export function sameBinding(a: Pick<Binding, 'regionCodes' | 'unitId'> & { role: Role }, b: Binding): boolean {
  const set = (xs: string[]) => [...xs].sort().join(',');
  return a.role === b.role && (a.unitId ?? '') === (b.unitId ?? '') && set(a.regionCodes) === set(b.regionCodes);
}
