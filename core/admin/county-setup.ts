// 开通本县: a county's first admin (from BOOTSTRAP_ADMINS) sets the county up from the app —
// its towns and villages (shipped with the functions), the catalog from the template, the
// county's and towns' units with the default routes, and the working-day calendar — where a
// deployment used to import files in the cloud console. Once only: afterwards each part has
// its own page (公开目录, 单位与电话, 分派规则, 节假日安排).
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Clock, Store } from '../store';
import type { Region } from '../model';
import { requireCountyAdmin } from '../accounts/people-service';
import { buildCountyCatalog, buildTownUnits } from '../catalog/build-county';
import { defaultRoutes } from '../complaints/routing';
import { addShippedCalendarYears } from '../calendar/shipped';
import { recordAudit } from '../audit';

export interface CountySetupDeps {
  store: Store;
  clock: Clock;
  /** The county's regions as shipped (core/regions/bundled.ts), [] when not shipped. */
  regionsOf: (countyCode: string) => Region[];
}

export interface CountySetupAnswer {
  countyCode: string;
  countyName: string;
  towns: number;
  villages: number;
  units: number;
  items: number;
  calendarYears: number;
}

/** Whether the caller's county still waits for 开通本县 (no county document yet). */
export async function countyNeedsSetup(store: Store, countyCode: string): Promise<boolean> {
  return (await store.getCounty(countyCode)) === null;
}

export async function setUpCounty(deps: CountySetupDeps, caller: Caller): Promise<CountySetupAnswer> {
  const admin = requireCountyAdmin(caller, '开通本县');
  const code = admin.countyCode;
  if (!(await countyNeedsSetup(deps.store, code))) throw new AppError('CONFLICT', '本县已经开通：目录、单位和分派规则请在各自的页面修改');
  const regions = deps.regionsOf(code);
  const countyRegion = regions.find((r) => r.code === code && r.level === 'county');
  if (!countyRegion) throw new AppError('NOT_CONFIGURED', '部署包中没有本县的行政区划：请部署方按说明加入本县后重新上传云函数');
  const towns = regions.filter((r) => r.level === 'town' && r.parentCode === code);
  const { county, units: countyUnits, items } = buildCountyCatalog({ code, name: countyRegion.name });
  const units = [...countyUnits, ...buildTownUnits(county, towns)];
  const now = deps.clock.now();

  // Regions, units, routes, catalog and calendar first, the county document last: it is what
  // marks the county as open, so a set-up cut short can simply be run again.
  await deps.store.putRegions(regions);
  await deps.store.putUnits(units);
  await deps.store.putRoutes(defaultRoutes(code, countyUnits));
  await deps.store.putCatalogItems(items);
  const calendarYears = await addShippedCalendarYears(deps.store, now);
  await deps.store.putCounty(county);

  const answer: CountySetupAnswer = {
    countyCode: code,
    countyName: countyRegion.name,
    towns: towns.length,
    villages: regions.filter((r) => r.level === 'village').length,
    units: units.length,
    items: items.length,
    calendarYears,
  };
  await recordAudit(deps.store, now, {
    actor: admin.openid,
    role: 'county_admin',
    action: 'county.setup',
    target: `county:${code}`,
    before: null,
    after: answer,
    countyCode: code,
  });
  return answer;
}
