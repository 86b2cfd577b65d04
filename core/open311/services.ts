// Open311 GeoReport v2 service definitions: each standing catalog item of a county crossed with
// the complaint categories a partner may file about it (未按规定公开, 公开不及时, 内容不准确,
// 泄露个人信息, 其他). 对公示对象有异议 is left out: it concerns one 公示, which the app files from
// that 公示's page. The service code is `<templateId>.<category code>`, stable per county.
import type { CatalogItem } from '../model';
import type { County } from '../regions/county';
import type { ComplaintCategory, ComplaintKind } from '../complaints/model';

export interface ServiceCategory {
  code: string;
  category: ComplaintCategory;
  /** The kind it is filed as, which sets its deadline. */
  kind: ComplaintKind;
}

export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  { code: 'not_disclosed', category: '未按规定公开', kind: '投诉举报' },
  { code: 'late', category: '公开不及时', kind: '投诉举报' },
  { code: 'inaccurate', category: '内容不准确', kind: '投诉举报' },
  { code: 'privacy', category: '泄露个人信息', kind: '投诉举报' },
  { code: 'other', category: '其他', kind: '求助·意见建议' },
];

export interface ServiceDefinition {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export function serviceCode(item: Pick<CatalogItem, 'templateId'>, c: ServiceCategory): string {
  return `${item.templateId}.${c.code}`;
}

export function serviceDefinitions(county: Pick<County, 'domains'>, items: CatalogItem[]): ServiceDefinition[] {
  const order = new Map(county.domains.map((d) => [d.id, d]));
  return items
    .filter((i) => !i.retired)
    .sort((a, b) => (order.get(a.domain)?.order ?? 99) - (order.get(b.domain)?.order ?? 99) || a.order - b.order)
    .flatMap((item) =>
      SERVICE_CATEGORIES.map((c) => {
        const domain = order.get(item.domain);
        return {
          service_code: serviceCode(item, c),
          service_name: `${item.level2}：${c.category}`,
          description: `${item.summary}（${c.kind}，由${item.unitName}办理）`,
          metadata: false,
          type: 'realtime' as const,
          keywords: [domain?.shortName, item.level1, c.category].filter(Boolean).join(','),
          group: domain?.name ?? item.domain,
        };
      }),
    );
}

/** The item id and category of a service code of this county; null when it is not one. */
export function parseServiceCode(countyCode: string, code: string): { itemId: string; category: ServiceCategory } | null {
  const m = /^([a-z_]{1,40}-[a-z0-9]{1,20})\.([a-z_]{1,20})$/.exec(code);
  if (!m) return null;
  const category = SERVICE_CATEGORIES.find((c) => c.code === m[2]);
  return category ? { itemId: `${countyCode}-${m[1]}`, category } : null;
}

/** Attributes a request may carry (services/{code} answers them; metadata stays false because none is required). */
export const SERVICE_ATTRIBUTES = [
  {
    variable: true,
    code: 'region_code',
    datatype: 'string',
    required: false,
    datatype_description: '12位村（社区）或9位乡镇统计代码；未提供时按 address_string 中的地名匹配',
    order: 1,
    description: '事发地区代码',
  },
] as const;
