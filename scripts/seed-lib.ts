// Creates the demo data set: the 8 pilot counties' regions, a catalog per county made from
// the template, demo disclosures for several villages per county, and demo accounts.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqliteStore } from '../stores/sqlite/store';
import type { Store } from '../core/store';
import { buildCountyCatalog, buildTownUnits } from '../core/catalog/build-county';
import { defaultRoutes } from '../core/complaints/routing';
import { seedDemoComplaints } from '../demo/complaints';
import { seedDemoPublishing } from '../demo/publishing';
import { seedDemoApplications } from '../demo/applications';
import { disclosureChain } from '../core/regions/codes';
import { demoDisclosures } from '../demo/disclosures';
import { demoAccountsFor } from '../demo/accounts';
import { loadPilotRegions, PILOT_COUNTIES } from './lib/pilot-regions';
import { addShippedCalendarYears } from '../core/calendar/shipped';

/** Counties that get demo accounts (the README lists them). */
export const DEMO_ACCOUNT_COUNTIES: Record<string, string> = { '510118': 'xinjin', '510822': 'qingchuan' };

/** The working-day calendar of the years npm chinese-days knows, written once (core/calendar/shipped.ts). */
export async function seedCalendar(store: Store, now: Date = new Date()): Promise<number> {
  return addShippedCalendarYears(store, now);
}

/** What the demo data set holds, for the line `npm start` prints. */
export interface DemoCounts {
  disclosures: number;
  accounts: number;
  complaints: number;
  applications: number;
}

/** Writes the demo data set into any Store (SQLite here, the fake cloud database in tests). */
export async function seedStore(store: Store, now: Date = new Date()): Promise<DemoCounts> {
  await seedCalendar(store, now);
  const regions = loadPilotRegions();
  await store.putRegions(regions);
  let disclosureCount = 0;
  let accountCount = 0;
  let complaintCount = 0;
  let applicationCount = 0;
  for (const c of PILOT_COUNTIES) {
    const { county, units: countyUnits, items } = buildCountyCatalog(c);
    const towns = regions.filter((r) => r.level === 'town' && r.parentCode === c.code);
    const villages = regions.filter((r) => r.level === 'village' && r.countyCode === c.code);
    const units = [...countyUnits, ...buildTownUnits(county, towns)];
    await store.putCounty(county);
    await store.putUnits(units);
    await store.putRoutes(defaultRoutes(county.code, countyUnits));
    await store.putCatalogItems(items);
    // A village 公示 was reviewed by its town: objections to it go there.
    const disclosures = demoDisclosures({ county, items, units: countyUnits, towns, villages, now }).map((d) =>
      d.level === 'village' ? { ...d, reviewUnitId: `${d.regionCode.slice(0, 9)}-gov` } : d,
    );
    await store.putDisclosures(disclosures);
    disclosureCount += disclosures.length;
    const key = DEMO_ACCOUNT_COUNTIES[c.code];
    if (key) {
      // Bind accounts to the villages that have demo disclosures, so every journey shows data.
      const withData = new Set(disclosures.map((d) => d.regionCode));
      const demoVillages = villages.filter((v) => withData.has(v.code));
      const demoTownCodes = new Set(demoVillages.map((v) => v.parentCode));
      const staffUnits = units.filter((u) => !u.id.endsWith('-gov') || demoTownCodes.has(u.id.slice(0, 9)));
      const accounts = demoAccountsFor(key, { countyCode: c.code, countyName: c.name, towns, villages: demoVillages, units: staffUnits });
      await store.putAccounts(accounts);
      accountCount += accounts.length;
      const resident = accounts.find((a) => a.role === 'resident')!;
      complaintCount += await seedDemoComplaints({
        store,
        now,
        resident,
        admin: accounts.find((a) => a.role === 'county_admin')!,
        staffByUnit: new Map(accounts.filter((a) => a.unitId).map((a) => [a.unitId!, a])),
        village: resident.regionCodes[0],
        // What the village sees: its own, its town's and its county's disclosures.
        disclosures: disclosures.filter((d) => disclosureChain(resident.regionCodes[0]).includes(d.regionCode)),
      });
      // A county publication with its 解读, a published 回应 and an objection outcome.
      await seedDemoPublishing({ store, now, countyCode: c.code, accounts });
      // 依申请公开 in every state, so the unit's and the county's demo logins see a real queue.
      applicationCount += await seedDemoApplications({ store, now, countyCode: c.code, resident, accounts });
    }
  }
  return { disclosures: disclosureCount, accounts: accountCount, complaints: complaintCount, applications: applicationCount };
}

export async function seedDemo(dbPath: string, now: Date = new Date()): Promise<DemoCounts> {
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = openSqliteStore(dbPath);
  try {
    return await seedStore(store, now);
  } finally {
    await store.close();
  }
}

/** True when the file has no regions yet (a fresh or empty database). */
export async function needsSeed(dbPath: string): Promise<boolean> {
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = openSqliteStore(dbPath);
  try {
    return (await store.countRegions('county')) === 0;
  } finally {
    await store.close();
  }
}
