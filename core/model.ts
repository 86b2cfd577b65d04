// Domain model shared by every part of the system. Plain data: no classes, so the same
// objects travel through SQLite rows, cloud-database documents and JSON answers.
import type { MaskingSummary } from './privacy/masker';

export type RegionLevel = 'province' | 'city' | 'county' | 'town' | 'village';

export interface Region {
  /** Statistical code at its natural length: province 2, city 4, county 6, town 9, village 12 digits. */
  code: string;
  /** The everyday name: 董大桥村 (see core/regions/names). */
  name: string;
  /** The committee's registered name when it differs: 董大桥村村民委员会. */
  officialName?: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Names from the province down to the parent, e.g. ["四川省","成都市","新津区"]: lets a search hit be shown without a join. */
  path: string[];
  /** Code of the county this region lies in (itself for a county); null above county level. */
  countyCode: string | null;
  /** Urban-rural class of a village (NBS 城乡分类代码), when known. */
  kind?: string;
}

/** A working-day or calendar-day time limit, e.g. 20 working days after the information forms. */
export interface TimeLimit {
  trigger: string; // 信息形成（变更）之日 / 批复之日 / 公示期满 ...
  days: number;
  dayKind: 'working' | 'calendar';
  text: string; // the words people read: 信息形成（变更）之日起20个工作日内
}

/** How often an item must be refreshed. `event` means only when something happens (no clock runs). */
export interface UpdateCycle {
  unit: 'event' | 'day' | 'month' | 'quarter' | 'year';
  every: number;
  text: string; // 每季度 / 实时更新 / 信息变更后及时更新 ...
}

export type PublishLevel = 'county' | 'town' | 'village';

export interface Phone {
  number: string;
  /** Invented numbers are demo data and must be labelled so on screen. */
  demo: boolean;
}

export interface Unit {
  id: string; // e.g. "510118-zjj"
  countyCode: string;
  name: string; // 新津区住房和城乡建设局
  shortName: string; // 区住建局
  hotline: Phone;
  /** 监督电话 of the unit, when it has one apart from its hotline. */
  supervisionPhone?: Phone;
  domains: string[]; // domain ids it answers for
  isOpenGovOffice: boolean; // 政务公开办: the fallback of every route
}

export interface Domain {
  id: string; // stable slug: land, housing_expropriation, ...
  name: string; // 征收集体土地征地补偿
  shortName: string; // 征地补偿
  order: number;
  summary: string; // one plain sentence for villagers
}

export interface CatalogItem {
  id: string; // `${countyCode}-${templateId}`
  countyCode: string;
  templateId: string;
  version: number;
  domain: string;
  level1: string; // 一级事项
  level2: string; // 二级事项
  summary: string; // one plain sentence in everyday words
  contents: string[]; // 公开内容（要素）
  basis: string[]; // 公开依据
  timeLimit: TimeLimit; // 公开时限
  publisher: string; // 公开主体
  unitId: string; // 责任单位
  unitName: string;
  updateCycle: UpdateCycle; // 信息更新周期
  channels: string[]; // 公开渠道
  audience: '全社会' | '特定群体'; // 公开对象
  audienceNote?: string;
  mode: '主动' | '依申请'; // 公开方式
  levels: PublishLevel[]; // 公开层级
  consultPhone: Phone; // 咨询电话
  reportPhone: Phone; // 监督举报电话
  /** 责任人: the person who answers for the item in its 责任单位, when the county named one. */
  responsiblePerson?: { name: string; post: string };
  /** Set when the county retired the item: it leaves the resident catalog; disclosures under it stay readable. */
  retired?: { at: string; by: string };
  publicityDays?: TimeLimit; // default 公示期 where the item is a publicity
  /** Its text says 不公开具体困难类别: lists under it may not name 低保, 特困, 残疾, illnesses. */
  forbidsHardshipCategory?: boolean;
  order: number;
}

export interface TableData {
  columns: string[];
  rows: string[][];
  /** A list of people: leaves public view when the 公示期 ends. */
  personal?: boolean;
}

export interface Attachment {
  name: string;
  url: string;
  size?: number;
}

/** One 问/答 of a 政策解读: a question a villager would ask, answered in plain words. */
export interface QA {
  q: string;
  a: string;
}

/** A document that already lives elsewhere (a county site): the item is satisfied by linking to it. */
export interface DocLink {
  title: string;
  url: string;
  /** The document's date, YYYY-MM-DD. */
  date: string;
}

/** The 政务公开办's finding on a reported leak: nothing to remove, the table returns. */
export interface PrivacyClearance {
  at: string;
  note: string;
}

export interface ObjectionOutcome {
  /** 异议成立 (true) or 不成立. */
  upheld: boolean;
  /** What was found and what changed, masked. */
  text: string;
  at: string;
  /** Who decided, as the public reads it. */
  unitName: string;
}

export type DisclosureStatus = 'draft' | 'pending_review' | 'published' | 'rejected' | 'withdrawn';

export interface Disclosure {
  id: string;
  itemId: string; // catalog item
  /** The catalog item's version it was published under (absent on disclosures from before versions: 1). */
  itemVersion?: number;
  countyCode: string;
  regionCode: string; // where it was published: the county, a town or a village
  regionName: string;
  level: PublishLevel;
  domain: string;
  title: string;
  body: string;
  table?: TableData; // the masked, public version only
  attachments: Attachment[];
  /** Where the document already lives, when the item is satisfied by a link. */
  link?: DocLink;
  /** 政策解读 (这份文件说了什么): written, reviewed and published with it. */
  interpretation?: QA[];
  /** 信息形成 date the publisher gave (YYYY-MM-DD): the 公开时限 counts from it. */
  formedOn?: string;
  /** The last day it could be published within its item's 公开时限, when a clock ran (set on approval). */
  dueOn?: string;
  /** Published after dueOn (公开不及时): what 公开及时率 counts. */
  late?: boolean;
  /** 公示 period, ISO dates (Asia/Shanghai, inclusive). */
  publicity?: { start: string; end: string };
  status: DisclosureStatus;
  publishedAt: string; // ISO instant
  /** Who published it, as the public reads it: 新津区住房和城乡建设局, 花源街道办事处, 白鹤村村民委员会. */
  unitName: string;
  /** The publishing unit (a county unit or `<town code>-gov`); absent for a village committee. */
  publisherUnitId?: string;
  /** The unit (a town government for a village 公示) that reviewed it: objections go there. */
  reviewUnitId?: string;
  /** 公示异议 received (kept by Store.addObjection). */
  objections?: number;
  /** Who withdrew it and why, when status is withdrawn. */
  withdrawal?: { at: string; reason: string };
  /**
   * Set when a complaint reports a personal-data leak: the disclosure awaits review, and while
   * it is open (not cleared) the public sees neither table nor attachments (名单核查中).
   */
  privacyReview?: { requestedAt: string; complaintId: string; cleared?: PrivacyClearance };
  /** 异议处理结果: what the reviewing unit decided on the 公示异议 (text masked). */
  objectionOutcome?: ObjectionOutcome;
  /** What masking hid when a reviewer approved it (counts only; never shown to the public). */
  masking?: MaskingSummary;
  demo: boolean;
}
