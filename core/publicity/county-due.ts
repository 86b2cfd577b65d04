// The county 政务公开办's due list (admin due.list): for every place of the county — the county
// itself, its towns, their villages — the items published there that are overdue (逾期未更新),
// never published (暂无), or due within a month, per item and place. Filters: a level, a town, a
// unit (its items; a town government `<town>-gov`: its town). Paged by place, a few places a
// page, so a county of hundreds of villages is read a page at a time (one read per place).
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import { requireCountyAdmin } from '../accounts/people-service';
import { decodeCursor, encodeCursor } from '../api/cursor';
import type { DueEntry } from '../api/publicity-views';
import type { CatalogItem, PublishLevel, Region } from '../model';
import { dueAtPlace, overdueFirst, type PublicityDeps } from './cadre-service';

/** Places read per page: each is one read of its disclosures. */
export const PLACES_PER_PAGE = 12;
/** Periodic items whose next publication falls within this many days are listed as coming due. */
export const SOON_DAYS = 30;

export interface CountyDueRequest {
  level?: PublishLevel;
  unitId?: string;
  townCode?: string;
  cursor?: string;
}

export interface CountyDueEntry extends DueEntry {
  level: PublishLevel;
}

export interface CountyDue {
  items: CountyDueEntry[];
  /** Places looked at on this page, and the next page's cursor (null: every place was read). */
  places: number;
  next: string | null;
}

type Place = { region: Region; level: PublishLevel };

/** The county's places in a fixed order: the county, its towns, each town's villages. */
async function* placesOf(deps: PublicityDeps, county: Region, req: CountyDueRequest): AsyncGenerator<Place> {
  const { store } = deps;
  if (!req.townCode && (!req.level || req.level === 'county')) yield { region: county, level: 'county' };
  if (req.level === 'county') return;
  let towns: Region[];
  if (req.townCode) {
    const t = await store.getRegion(req.townCode);
    if (!t || t.parentCode !== county.code) throw new AppError('INVALID_INPUT', '没有找到本县的这个乡镇（街道）');
    towns = [t];
  } else towns = await store.listRegionChildren(county.code, 100);
  if (!req.level || req.level === 'town') for (const t of towns) yield { region: t, level: 'town' };
  if (req.level === 'town') return;
  for (const t of towns) for (const v of await store.listRegionChildren(t.code, 100)) yield { region: v, level: 'village' };
}

export async function countyDue(deps: PublicityDeps, caller: Caller, req: CountyDueRequest): Promise<CountyDue> {
  const admin = requireCountyAdmin(caller, '查看全县到期未公开的事项');
  const { store, clock } = deps;
  let unitId = req.unitId;
  let townCode = req.townCode;
  let level = req.level;
  const townGov = unitId ? /^(\d{9})-gov$/.exec(unitId) : null;
  if (unitId) {
    const unit = await store.getUnit(unitId);
    if (!unit || unit.countyCode !== admin.countyCode) throw new AppError('INVALID_INPUT', '没有找到本县的这个单位');
    // A town government publishes its town's town-level items: the filter is its town.
    if (townGov) {
      if (townCode && townCode !== townGov[1]) return { items: [], places: 0, next: null };
      townCode = townGov[1];
      level = level ?? 'town';
      unitId = undefined;
    }
  }
  if (townCode && townCode.slice(0, 6) !== admin.countyCode) throw new AppError('INVALID_INPUT', '没有找到本县的这个乡镇（街道）');
  const skip = req.cursor ? Number(decodeCursor(req.cursor, ['skip']).skip) : 0;
  if (!Number.isInteger(skip) || skip < 0) throw new AppError('INVALID_INPUT', '分页参数有误，请刷新后重试');

  const [county, catalog] = await Promise.all([store.getRegion(admin.countyCode), store.listCatalogItems(admin.countyCode)]);
  if (!county) throw new AppError('NOT_FOUND', '没有找到本县');
  const pick = (lv: PublishLevel) => (i: CatalogItem) => i.levels.includes(lv) && (!unitId || i.unitId === unitId);
  const now = clock.now();
  const items: CountyDueEntry[] = [];
  let seen = 0;
  let read = 0;
  let more = false;
  for await (const p of placesOf(deps, county, { ...req, townCode, level })) {
    if (seen++ < skip) continue;
    if (read === PLACES_PER_PAGE) {
      more = true;
      break;
    }
    read++;
    const entries = await dueAtPlace(deps, p.region, catalog, pick(p.level), now, SOON_DAYS);
    items.push(...entries.map((e) => ({ ...e, level: p.level })));
  }
  return {
    items: overdueFirst(items) as CountyDueEntry[],
    places: read,
    next: more ? encodeCursor({ skip: String(skip + read) }) : null,
  };
}
