// Turns the standard template into one county's catalog: its units (with invented, clearly
// labelled demo hotlines), and every template item bound to a unit, a publisher and phones.
// Pure and deterministic: the same county always yields the same catalog, so seeding twice
// or on two machines gives identical ids and numbers.
import { fnv1a } from '../ids';
import type { CatalogItem, Phone, PublishLevel, Unit } from '../model';
import type { County } from '../regions/county';
import { DEFAULT_DOMAINS } from './domains';
import { CATALOG_TEMPLATE, type CatalogTemplateItem } from './template';
import { UNIT_TEMPLATES, countyKind, type UnitKey } from './units';
import { textForbidsHardship } from '../privacy/hardship';

/** Real long-distance area codes of the 8 pilot counties' cities (by the first 4 digits of the code). */
const AREA_CODE_BY_CITY: Record<string, string> = {
  '5101': '028', // 成都（新津区）
  '5104': '0812', // 攀枝花（西区）
  '5105': '0830', // 泸州（合江县）
  '5106': '0838', // 德阳（什邡市）
  '5107': '0816', // 绵阳（盐亭县）
  '5108': '0839', // 广元（青川县）
  '5117': '0818', // 达州（万源市）
  '5134': '0834', // 凉山州（西昌市）
};

/** The real 监督举报 lines: 12345 政务服务便民热线; 12317 扶贫（防返贫）监督举报电话. */
export const REPORT_PHONES: Record<'12345' | '12317', Phone> = {
  '12345': { number: '12345', demo: false },
  '12317': { number: '12317', demo: false },
};

export function areaCodeOf(countyCode: string): string | null {
  return AREA_CODE_BY_CITY[countyCode.slice(0, 4)] ?? null;
}

/** FNV-1a, 32 bits: a small stable hash so invented numbers never change between runs. */

/**
 * An invented 8-digit local number for a unit: starts with 5–8 like ordinary landlines,
 * the rest from a hash of county and unit. `taken` keeps a county's numbers distinct.
 */
function demoHotline(countyCode: string, unitKey: string, taken: Set<string>): Phone {
  for (let salt = 0; ; salt++) {
    const h = fnv1a(`${countyCode}:${unitKey}:${salt}`);
    const first = 5 + (h % 4);
    const rest = String(Math.floor(h / 4) % 10_000_000).padStart(7, '0');
    const local = `${first}${rest}`;
    if (taken.has(local)) continue;
    taken.add(local);
    const area = areaCodeOf(countyCode);
    return { number: area ? `${area}-${local}` : local, demo: true };
  }
}

export function buildUnits(county: { code: string; name: string }): Unit[] {
  const kind = countyKind(county.name);
  const taken = new Set<string>();
  const allDomains = DEFAULT_DOMAINS.map((d) => d.id);
  return UNIT_TEMPLATES.map((t) => ({
    id: `${county.code}-${t.key}`,
    countyCode: county.code,
    name: `${county.name}${t.fullSuffix}`,
    shortName: `${kind}${t.shortSuffix}`,
    hotline: demoHotline(county.code, t.key, taken),
    domains: t.isOpenGovOffice ? allDomains : [...t.domains],
    isOpenGovOffice: t.isOpenGovOffice,
  }));
}

const LEVEL_PUBLISHER: Record<Exclude<PublishLevel, 'county'>, string> = {
  town: '各乡镇人民政府（街道办事处）',
  village: '各村（居）民委员会',
};

/** 公开主体 in words: the county unit for county-level items, then the towns and villages that post it. */
export function publisherText(levels: PublishLevel[], unit: Unit): string {
  const parts: string[] = [];
  if (levels.includes('county')) parts.push(unit.name);
  if (levels.includes('town')) parts.push(LEVEL_PUBLISHER.town);
  if (levels.includes('village')) parts.push(LEVEL_PUBLISHER.village);
  // A town/village-only item is still overseen by its county unit: name it so the reader knows who stands behind.
  if (!levels.includes('county')) parts.push(`（${unit.name}指导）`);
  return parts.join('、').replace('、（', '（');
}

export function buildItem(countyCode: string, t: CatalogTemplateItem, unitByKey: Map<UnitKey, Unit>): CatalogItem {
  const unit = unitByKey.get(t.unitKey);
  if (!unit) throw new Error(`no unit ${t.unitKey} for ${t.templateId}`);
  const { unitKey: _unitKey, reportHotline, ...rest } = t;
  return {
    ...rest,
    // Copy arrays so a county's catalog can be edited without touching the shared template.
    contents: [...t.contents],
    basis: [...t.basis],
    channels: [...t.channels],
    levels: [...t.levels],
    timeLimit: { ...t.timeLimit },
    updateCycle: { ...t.updateCycle },
    ...(t.publicityDays ? { publicityDays: { ...t.publicityDays } } : {}),
    ...(textForbidsHardship([...t.contents, t.summary]) ? { forbidsHardshipCategory: true } : {}),
    id: `${countyCode}-${t.templateId}`,
    countyCode,
    version: 1,
    publisher: publisherText(t.levels, unit),
    unitId: unit.id,
    unitName: unit.name,
    consultPhone: { ...unit.hotline },
    reportPhone: { ...REPORT_PHONES[reportHotline ?? '12345'] },
  };
}

export function buildCountyCatalog(county: { code: string; name: string }): {
  county: County;
  units: Unit[];
  items: CatalogItem[];
} {
  const units = buildUnits(county);
  const unitByKey = new Map<UnitKey, Unit>(UNIT_TEMPLATES.map((t, i) => [t.key, units[i]]));
  const openGov = units.find((u) => u.isOpenGovOffice);
  if (!openGov) throw new Error('unit templates lack a 政务公开办');
  const items = CATALOG_TEMPLATE.map((t) => buildItem(county.code, t, unitByKey));
  return {
    county: {
      code: county.code,
      name: county.name,
      domains: DEFAULT_DOMAINS.map((d) => ({ ...d })),
      openGovUnitId: openGov.id,
      demo: true,
    },
    units,
    items,
  };
}

/**
 * Town governments as units: they review village 公示 and answer objections to them
 * (四川省村务公开条例: the town answers within 20 days, the village committee within 10).
 */
export function buildTownUnits(county: { code: string }, towns: Array<{ code: string; name: string }>): Unit[] {
  const taken = new Set<string>();
  return towns.map((t) => ({
    id: `${t.code}-gov`,
    countyCode: county.code,
    name: `${t.name}${/街道$/.test(t.name) ? '办事处' : '人民政府'}`,
    shortName: t.name,
    hotline: demoHotline(county.code, `town-${t.code}`, taken),
    domains: [],
    isOpenGovOffice: false,
  }));
}
