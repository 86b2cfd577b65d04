// Who may publish what, and where. A publisher is bound by its account:
//   a county unit's staff (unit_staff, unitId `<county>-<key>`): county-level items whose
//     责任单位 is that unit, published for the county;
//   a town government's staff (unit_staff, unitId `<town code>-gov`): town-level items of the
//     county, published for that town;
//   a 驻村 cadre: village-level items, published for each of its villages.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { CatalogItem, PublishLevel, Region } from '../model';
import type { Store } from '../store';
import type { PublishTarget, PublisherView } from '../api/contracts/publish';
import { isPolicyItem } from './policy';

export interface Publisher {
  kind: 'cadre' | 'unit' | 'town';
  openid: string;
  /** The account's own name (kept on the draft for the reviewer). */
  authorName: string;
  /** How the draft's history names the author: 驻村干部, or the unit's short name. */
  by: string;
  /** The publisher the public reads: the unit's full name; '' for a cadre (each village's committee). */
  name: string;
  level: PublishLevel;
  countyCode: string;
  /** Where it may publish: its villages, its town, or its county. */
  regionCodes: string[];
  unitId?: string;
}

const TOWN_GOV = /^(\d{9})-gov$/;

export async function publisherOf(store: Pick<Store, 'getUnit'>, caller: Caller): Promise<Publisher> {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  const a = caller.account;
  if (a?.role === 'cadre' && a.regionCodes.length) {
    return {
      kind: 'cadre',
      openid: a.openid,
      authorName: a.name,
      by: '驻村干部',
      name: '',
      level: 'village',
      countyCode: a.regionCodes[0].slice(0, 6),
      regionCodes: a.regionCodes,
    };
  }
  if (a?.role === 'unit_staff' && a.unitId) {
    const unit = await store.getUnit(a.unitId);
    if (unit) {
      const town = TOWN_GOV.exec(unit.id);
      const base = {
        openid: a.openid,
        authorName: a.name,
        by: unit.shortName,
        name: unit.name,
        countyCode: unit.countyCode,
        unitId: unit.id,
      };
      if (town) return { ...base, kind: 'town', level: 'town', regionCodes: [town[1]] };
      return { ...base, kind: 'unit', level: 'county', regionCodes: [unit.countyCode] };
    }
  }
  throw new AppError('FORBIDDEN', '只有驻村干部、责任单位和乡镇（街道）工作人员可以发布公开信息');
}

export function publisherView(p: Publisher): PublisherView {
  return { kind: p.kind, name: p.name || '村（居）民委员会', level: p.level };
}

const LEVEL_WORDS: Record<PublishLevel, string> = { county: '县级', town: '乡镇级', village: '村级' };

/** Whether p may publish item at all (wherever): the level, and for a unit its own items. */
export function mayPublishItem(p: Publisher, item: CatalogItem): boolean {
  if (item.countyCode !== p.countyCode || !item.levels.includes(p.level)) return false;
  return p.kind !== 'unit' || item.unitId === p.unitId;
}

/** Throws unless p may publish item at regionCode (FORBIDDEN for someone else's place or item). */
export function checkMayPublish(p: Publisher, item: CatalogItem | null, regionCode: string): asserts item is CatalogItem {
  if (!p.regionCodes.includes(regionCode)) {
    const msg = { cadre: '您只能为自己驻点的村发布公示', town: '您只能发布本乡镇（街道）的公开信息', unit: '您只能发布本县的公开信息' }[
      p.kind
    ];
    throw new AppError('FORBIDDEN', msg);
  }
  if (!item || item.countyCode !== regionCode.slice(0, 6)) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
  if (!item.levels.includes(p.level)) {
    throw new AppError('INVALID_INPUT', `该事项不属于${LEVEL_WORDS[p.level]}公开，请选择${LEVEL_WORDS[p.level]}事项`);
  }
  if (p.kind === 'unit' && item.unitId !== p.unitId) {
    throw new AppError('FORBIDDEN', `该事项的责任单位是${item.unitName}，您所在的单位不能发布`);
  }
}

/** What p may publish, where: its regions, each with the items it may publish there. */
export async function targetsOf(store: Pick<Store, 'getRegion' | 'listCatalogItems'>, p: Publisher): Promise<PublishTarget[]> {
  const [regions, catalog] = await Promise.all([
    Promise.all(p.regionCodes.slice(0, 50).map((c) => store.getRegion(c))),
    store.listCatalogItems(p.countyCode),
  ]);
  const items = catalog
    .filter((i) => !i.retired && mayPublishItem(p, i))
    .sort((a, b) => a.domain.localeCompare(b.domain) || a.order - b.order)
    .map((i) => ({ id: i.id, level2: i.level2, domain: i.domain, policy: isPolicyItem(i) }));
  return regions
    .filter((r): r is Region => r !== null && r.code.startsWith(p.countyCode))
    .map((r) => ({ region: { code: r.code, name: r.name, level: p.level }, items }));
}
