// Tests build their own world (as FixMyStreet's tests do with create_body_ok/create_contact_ok):
// small helpers that put into a Store exactly what a test needs and return what they made, so a
// test asserts on its own records, never on facts of the demo seed. They call the same core
// functions the seed does (buildCountyCatalog, buildTownUnits); codes are realistic in shape
// (6/9/12 digits) and fresh per call, not real places unless a test asks for a real code.
import type { Account, Role } from '../../core/accounts/account';
import type { CatalogItem, Disclosure, PublishLevel, Region, TableData, Unit } from '../../core/model';
import type { County } from '../../core/regions/county';
import type { Route } from '../../core/complaints/routing';
import type { ComplaintCategory, ComplaintKind } from '../../core/complaints/model';
import type { Store } from '../../core/store';
import { buildCountyCatalog, buildTownUnits } from '../../core/catalog/build-county';
import { makeIdNumber, maskIdNumber, maskPhone } from '../../core/privacy/mask';
import { addDays, shanghaiDate } from '../../core/time/shanghai';
import { FIXED_NOW, type TestCloud } from './local-cloud';

let seq = 0;
const next = () => ++seq;

const COUNTY_NAMES = ['清溪县', '白石县', '桃源县', '云岭县', '松坪县', '柳江县'];
const TOWN_NAMES = ['青石镇', '白鹤镇', '柳溪镇', '金桥镇', '花源街道', '安西镇'];
const VILLAGE_NAMES = ['桃花村', '杏林村', '清泉村', '石桥村', '柏树村', '双河村', '龙井村', '梨园社区'];

/** A county made by createCounty: its configuration document plus what was created with it. */
export interface TestCounty extends County {
  towns: Region[];
  villages: Region[];
  /** The catalog's units (one per template unit, the 政务公开办 among them) and each town's government. */
  units: Unit[];
  /** The 政务公开办: the fallback of every route. */
  openGov: Unit;
  items: CatalogItem[];
}

/**
 * A county with its regions (province and city above it, `towns` towns, `villagesPerTown`
 * villages in each), its configuration document, its catalog and units from the template, and
 * its towns' governments (they review village 公示 and answer objections to them).
 * No routes are stored: until a test adds one with createRoute, core's defaultRoutes over the
 * units apply; once it does, only the stored routes count and the rest falls to the 政务公开办.
 */
export async function createCounty(
  store: Store,
  opts: { code?: string; name?: string; towns?: number; villagesPerTown?: number } = {},
): Promise<TestCounty> {
  const n = next();
  const code = opts.code ?? `5199${String(n % 100).padStart(2, '0')}`;
  const name = opts.name ?? COUNTY_NAMES[n % COUNTY_NAMES.length];
  const province: Region = { code: code.slice(0, 2), name: '四川省', level: 'province', parentCode: null, path: [], countyCode: null };
  const city: Region = {
    code: code.slice(0, 4),
    name: '试点市',
    level: 'city',
    parentCode: province.code,
    path: ['四川省'],
    countyCode: null,
  };
  const countyRegion: Region = { code, name, level: 'county', parentCode: city.code, path: ['四川省', '试点市'], countyCode: code };
  const towns: Region[] = [];
  const villages: Region[] = [];
  for (let t = 0; t < (opts.towns ?? 2); t++) {
    const town: Region = {
      code: `${code}1${String(t + 1).padStart(2, '0')}`,
      name: TOWN_NAMES[t % TOWN_NAMES.length],
      level: 'town',
      parentCode: code,
      path: ['四川省', '试点市', name],
      countyCode: code,
    };
    towns.push(town);
    for (let v = 0; v < (opts.villagesPerTown ?? 2); v++) {
      const villageName = VILLAGE_NAMES[(t * 3 + v) % VILLAGE_NAMES.length];
      villages.push({
        code: `${town.code}2${String(v + 1).padStart(2, '0')}`,
        name: villageName,
        officialName: `${villageName}${villageName.endsWith('社区') ? '居民' : '村民'}委员会`,
        level: 'village',
        parentCode: town.code,
        path: ['四川省', '试点市', name, town.name],
        countyCode: code,
      });
    }
  }
  const { county, units: countyUnits, items } = buildCountyCatalog({ code, name });
  const units = [...countyUnits, ...buildTownUnits(county, towns)];
  await store.putRegions([province, city, countyRegion, ...towns, ...villages]);
  await store.putCounty(county);
  await store.putUnits(units);
  await store.putCatalogItems(items);
  return { ...county, towns, villages, units, openGov: units.find((u) => u.isOpenGovOffice)!, items };
}

/** A unit of the county answering for `domains`. */
export async function createUnit(
  store: Store,
  county: Pick<County, 'code'>,
  opts: { name: string; domains: string[]; hotline?: string; shortName?: string },
): Promise<Unit> {
  const n = next();
  const unit: Unit = {
    id: `${county.code}-unit${n}`,
    countyCode: county.code,
    name: opts.name,
    shortName: opts.shortName ?? opts.name,
    hotline: { number: opts.hotline ?? `5550${String(n).padStart(4, '0')}`, demo: true },
    domains: [...opts.domains],
    isOpenGovOffice: false,
  };
  await store.putUnits([unit]);
  return unit;
}

/** A route of the county to `unitId`; the fields left out match anything. */
export async function createRoute(
  store: Store,
  county: Pick<County, 'code'>,
  opts: { unitId: string; domain?: string; category?: ComplaintCategory; kind?: ComplaintKind; townCode?: string },
): Promise<Route> {
  const route: Route = { id: `${county.code}-route${next()}`, countyCode: county.code, ...opts };
  await store.putRoutes([route]);
  return route;
}

/**
 * An account with a fresh openid, flagged demo so the local cloud's dev login takes it. A unit
 * staff member is bound to the unit's county unless `regionCodes` says otherwise.
 */
export async function createAccount(
  store: Store,
  opts: { role: Role; unitId?: string; regionCodes?: string[]; name?: string },
): Promise<Account> {
  const n = next();
  const account: Account = {
    openid: `demo-world-${opts.role}-${n}`,
    name: opts.name ?? `测试${opts.role}${n}`,
    role: opts.role,
    regionCodes: opts.regionCodes ?? (opts.unitId ? [opts.unitId.slice(0, 6)] : []),
    ...(opts.unitId ? { unitId: opts.unitId } : {}),
    demo: true,
  };
  await store.putAccounts([account]);
  return account;
}

const LEVEL_BY_LENGTH: Record<number, PublishLevel> = { 6: 'county', 9: 'town', 12: 'village' };

/**
 * A published disclosure of a catalog item at a place of the county (default: its first
 * village, the first item of `domain` posted at that level). `running: true` makes it a 公示
 * running at `now` (for the item's publicity days, 7 when it has none) with a masked list of
 * `people` people; a village 公示 is reviewed by its town's government, as approval records.
 */
export async function createDisclosure(
  store: Store,
  county: TestCounty,
  opts: {
    regionCode?: string;
    domain?: string;
    itemId?: string;
    title?: string;
    publishedAt?: string;
    running?: boolean;
    people?: number;
    now?: Date;
  } = {},
): Promise<Disclosure> {
  const n = next();
  const now = opts.now ?? FIXED_NOW;
  const regionCode = opts.regionCode ?? county.villages[0].code;
  const level = LEVEL_BY_LENGTH[regionCode.length];
  const region = [...county.villages, ...county.towns].find((r) => r.code === regionCode);
  const domain = opts.domain ?? 'rural_housing_renovation';
  const item = opts.itemId
    ? county.items.find((i) => i.id === opts.itemId)
    : county.items.find((i) => i.domain === domain && i.levels.includes(level) && (!opts.running || i.publicityDays));
  if (!item) throw new Error(`no catalog item of ${domain} at ${level} level`);
  let publicity: Disclosure['publicity'];
  let table: TableData | undefined;
  if (opts.running) {
    const start = shanghaiDate(now);
    publicity = { start, end: addDays(start, (item.publicityDays?.days ?? 7) - 1) };
    table = {
      columns: ['序号', '户主姓名', '身份证号码', '联系电话', '补助金额（元）'],
      rows: Array.from({ length: opts.people ?? 3 }, (_, i) => [
        String(i + 1),
        `测试户${i + 1}`,
        maskIdNumber(makeIdNumber(county.code, '19700101', i + 1)),
        maskPhone(`1380000${String(1000 + i)}`),
        '15000',
      ]),
      personal: true,
    };
  }
  const disclosure: Disclosure = {
    id: `${regionCode}-world-${n}`,
    itemId: item.id,
    itemVersion: item.version,
    countyCode: county.code,
    regionCode,
    regionName: region?.name ?? county.name,
    level,
    domain: item.domain,
    title: opts.title ?? `关于${item.level2}的公告（第${n}号）`,
    body: `${item.level2}，详见附表。`,
    ...(table ? { table } : {}),
    attachments: [],
    ...(publicity ? { publicity } : {}),
    status: 'published',
    publishedAt: opts.publishedAt ?? new Date(now.getTime() - 3600_000).toISOString(),
    unitName: item.unitName,
    ...(level === 'village' ? { reviewUnitId: `${regionCode.slice(0, 9)}-gov` } : {}),
    demo: true,
  };
  await store.putDisclosures([disclosure]);
  return disclosure;
}

/** Logs the account in to the test cloud; returns the session cookie to send. */
export function loginAs(cloud: TestCloud, account: Account): Promise<string> {
  return cloud.login(account.openid);
}
