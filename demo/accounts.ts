// Demo accounts of the local cloud, one per role, bound to real pilot places so every
// journey can be tried. Openids start with `demo-` and are flagged demo: the dev login
// refuses anything else.
import type { Account } from '../core/accounts/account';
import type { Region, Unit } from '../core/model';

export interface DemoPlaces {
  countyCode: string;
  countyName: string;
  towns: Region[];
  villages: Region[];
  units: Unit[];
}

/** Accounts for one pilot county; `key` keeps openids distinct between counties. */
export function demoAccountsFor(key: string, p: DemoPlaces): Account[] {
  const [village1, village2] = p.villages;
  const town = p.towns.find((t) => t.code === village1.parentCode) ?? p.towns[0];
  const openGov = p.units.find((u) => u.isOpenGovOffice);
  const housing = p.units.find((u) => !u.isOpenGovOffice && u.domains.includes('rural_housing_renovation'));
  const accounts: Account[] = [
    { openid: `demo-${key}-resident`, name: `${village1.name}村民 张秀兰`, role: 'resident', regionCodes: [village1.code], demo: true },
    {
      openid: `demo-${key}-cadre`,
      name: `驻村干部 李建国（${village1.name}）`,
      role: 'cadre',
      regionCodes: [village1.code, ...(village2 && village2.parentCode === village1.parentCode ? [village2.code] : [])],
      demo: true,
    },
    { openid: `demo-${key}-reviewer`, name: `${town.name}审核人 王敏`, role: 'reviewer', regionCodes: [town.code], demo: true },
    { openid: `demo-${key}-admin`, name: `${p.countyName}政务公开办 陈静`, role: 'county_admin', regionCodes: [p.countyCode], demo: true },
  ];
  if (housing) {
    accounts.push({
      openid: `demo-${key}-unit`,
      name: `${housing.shortName} 赵磊`,
      role: 'unit_staff',
      regionCodes: [p.countyCode],
      unitId: housing.id,
      demo: true,
    });
  }
  if (openGov) {
    accounts.push({
      openid: `demo-${key}-opengov`,
      name: `${openGov.shortName} 刘芳`,
      role: 'unit_staff',
      regionCodes: [p.countyCode],
      unitId: openGov.id,
      demo: true,
    });
  }
  // Every other unit (and each demo town's government) gets one staff member, so any routed
  // complaint can be handled in the demo.
  for (const u of p.units) {
    if (u === housing || u === openGov) continue;
    const suffix = u.id.startsWith(`${p.countyCode}-`) ? u.id.slice(p.countyCode.length + 1) : u.id;
    accounts.push({
      openid: `demo-${key}-staff-${suffix}`,
      name: `${u.shortName} 工作人员`,
      role: 'unit_staff',
      regionCodes: [p.countyCode],
      unitId: u.id,
      demo: true,
    });
  }
  return accounts;
}
