// Responsible units (责任单位) every pilot county has, as templates keyed by unitKey. The
// catalog template names a unitKey; buildCountyCatalog turns it into `${countyCode}-${unitKey}`
// and prefixes the county: 新津区住房和城乡建设局 (full) / 区住建局 (how people say it).
// The 2017 试点方案 names the lead departments: 国土资源 (now 自然资源) for 征地, 住房城乡建设
// for 拆迁/保障房/危改/市政, 扶贫移民 (now 乡村振兴) for 扶贫, 民政 for 救灾 (moved to 应急管理
// in the 2018 reform), 政务服务和资源交易服务中心 for 交易, 教育 for 义务教育.

export type UnitKey = 'zjj' | 'zhzf' | 'zrzy' | 'xczx' | 'yjgl' | 'ggzy' | 'jyj' | 'zwgk';

export interface UnitTemplate {
  key: UnitKey;
  /** Appended to the county's full name: 新津区 + 住房和城乡建设局. */
  fullSuffix: string;
  /** Appended to the county's kind (区/县/市): 区 + 住建局. */
  shortSuffix: string;
  /** Domain ids this unit answers for (routing picks the first unit listed for a domain). */
  domains: string[];
  isOpenGovOffice: boolean;
}

export const UNIT_TEMPLATES: UnitTemplate[] = [
  {
    key: 'zjj',
    fullSuffix: '住房和城乡建设局',
    shortSuffix: '住建局',
    domains: ['rural_housing_renovation', 'housing_expropriation', 'affordable_housing', 'municipal_services'],
    isOpenGovOffice: false,
  },
  {
    // 市容环卫、占道经营、网格化管理 sit with 城管/综合执法 in most Sichuan counties.
    key: 'zhzf',
    fullSuffix: '综合行政执法局',
    shortSuffix: '综合执法局',
    domains: ['municipal_services'],
    isOpenGovOffice: false,
  },
  {
    key: 'zrzy',
    fullSuffix: '自然资源局',
    shortSuffix: '自然资源局',
    domains: ['land_acquisition'],
    isOpenGovOffice: false,
  },
  {
    key: 'xczx',
    fullSuffix: '乡村振兴局',
    shortSuffix: '乡村振兴局',
    domains: ['poverty_alleviation'],
    isOpenGovOffice: false,
  },
  {
    key: 'yjgl',
    fullSuffix: '应急管理局',
    shortSuffix: '应急管理局',
    domains: ['disaster_relief'],
    isOpenGovOffice: false,
  },
  {
    key: 'ggzy',
    fullSuffix: '公共资源交易服务中心',
    shortSuffix: '公共资源交易中心',
    domains: ['public_resource_trading'],
    isOpenGovOffice: false,
  },
  {
    key: 'jyj',
    fullSuffix: '教育局',
    shortSuffix: '教育局',
    domains: ['compulsory_education'],
    isOpenGovOffice: false,
  },
  {
    // The fallback of every route; its domains are filled with every domain of the county.
    key: 'zwgk',
    fullSuffix: '人民政府办公室（政务公开办）',
    shortSuffix: '政务公开办',
    domains: [],
    isOpenGovOffice: true,
  },
];

export const UNIT_TEMPLATE_BY_KEY: Record<UnitKey, UnitTemplate> = Object.fromEntries(UNIT_TEMPLATES.map((u) => [u.key, u])) as Record<
  UnitKey,
  UnitTemplate
>;

/** 区, 县 or 市 from the county's name (新津区, 合江县, 什邡市); 自治县 ends in 县 too. */
export function countyKind(countyName: string): '区' | '县' | '市' {
  const last = countyName.slice(-1);
  if (last === '区' || last === '县' || last === '市') return last;
  return '县';
}
