// Demo disclosures for one pilot county, so every page has something real-looking to show:
// county notices in every domain, and town/village notices for 2 towns and 3 villages.
// Deterministic (a PRNG seeded from the county code, region and item; never Math.random),
// dated relative to `now`, and deliberately imperfect: some items are stale (逾期未更新),
// some were never published (暂无). Each demo village has a 危房改造 公示 running at `now`
// and a list of people whose 公示期 has ended (the public view withdraws it).
// Every person is invented; ID numbers are generated valid and then masked, phones masked,
// and no list carries bank, health or disability data. Every body ends with （演示数据）.
import type { CatalogItem, Disclosure, PublishLevel, Region, TableData, Unit } from '../core/model';
import type { County } from '../core/regions/county';
import { fnv1a, seededRandom, type Rng } from '../core/ids';
import { addDays, shanghaiAt, shanghaiDate } from '../core/time/shanghai';
import { makeIdNumber, maskIdNumber, maskPhone } from '../core/privacy/mask';
import { countyKind } from '../core/catalog/units';

export interface DemoDisclosureInput {
  county: County;
  items: CatalogItem[];
  units: Unit[];
  towns: Region[];
  villages: Region[];
  now: Date;
}

// ---------------------------------------------------------------- randomness

/** Seeded from the county code, so the demo is the same on every machine. */
function rngFrom(seedText: string): Rng {
  return seededRandom(fnv1a(seedText));
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => String(int(rng, 0, 9))).join('');

// ---------------------------------------------------------------- dates

const CN_NUM = ['一', '二', '三', '四'];

function cnDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An instant on a Shanghai calendar date, during office hours. */
function instantOn(date: string, rng: Rng): string {
  const hh = String(int(rng, 9, 17)).padStart(2, '0');
  const mm = String(int(rng, 0, 59)).padStart(2, '0');
  return shanghaiAt(date, `${hh}:${mm}`);
}

/** Last day of a publicity period. Working days skip weekends only: good enough for demo data. */
function periodEnd(start: string, days: number, dayKind: 'working' | 'calendar'): string {
  if (dayKind === 'calendar') return addDays(start, days - 1);
  let date = start;
  let counted = 0;
  for (;;) {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) counted += 1;
    if (counted >= days) return date;
    date = addDays(date, 1);
  }
}

function prevQuarterLabel(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const q = Math.floor((m - 1) / 3); // current quarter index 0..3
  return q === 0 ? `${y - 1}年第四季度` : `${y}年第${CN_NUM[q - 1]}季度`;
}

function prevMonthLabel(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 1 ? `${y - 1}年12月` : `${y}年${m - 1}月`;
}

// ---------------------------------------------------------------- invented people and things

const SURNAMES =
  '王李张刘陈杨黄赵周吴徐孙朱马胡郭何罗高林郑梁谢唐许冯宋韩邓彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万严赖文蒲敬';
const MALE_GIVEN = [
  '建华',
  '德明',
  '光荣',
  '国强',
  '志刚',
  '永福',
  '明富',
  '代军',
  '学文',
  '世平',
  '大贵',
  '正兴',
  '长友',
  '仕龙',
  '开全',
  '天明',
  '远志',
  '家林',
  '树清',
  '兴旺',
  '成刚',
  '有才',
];
const FEMALE_GIVEN = [
  '秀英',
  '玉兰',
  '桂芳',
  '淑华',
  '素珍',
  '德芬',
  '春梅',
  '小琼',
  '翠华',
  '明英',
  '永秀',
  '家琴',
  '光碧',
  '正芳',
  '学珍',
  '凤英',
];

interface Person {
  name: string;
  male: boolean;
  id: string; // masked
  phone: string; // masked
  birthYear: number;
}

function person(rng: Rng, countyCode: string, birthFrom = 1945, birthTo = 1980): Person {
  const male = rng() < 0.6;
  const name = pick(rng, SURNAMES.split('')) + pick(rng, male ? MALE_GIVEN : FEMALE_GIVEN);
  const birthYear = int(rng, birthFrom, birthTo);
  const birth = `${birthYear}${String(int(rng, 1, 12)).padStart(2, '0')}${String(int(rng, 1, 28)).padStart(2, '0')}`;
  // The 17th digit is odd for men, even for women (GB 11643).
  const seq = int(rng, 0, 49) * 20 + int(rng, 0, 4) * 2 + (male ? 1 : 0);
  const rawId = makeIdNumber(countyCode, birth, String(seq).padStart(3, '0'));
  const rawPhone = `1${pick(rng, ['3', '5', '7', '8', '9'])}${digits(rng, 9)}`;
  // Only masked forms ever leave this function: the raw values never reach a disclosure.
  return { name, male, id: maskIdNumber(rawId), phone: maskPhone(rawPhone), birthYear };
}

function officialName(rng: Rng): string {
  const male = rng() < 0.65;
  return pick(rng, SURNAMES.split('')) + pick(rng, male ? MALE_GIVEN : FEMALE_GIVEN);
}

function company(rng: Rng, kind: 'build' | 'service' | 'supply'): string {
  const a = pick(rng, ['蜀', '锦', '川', '天府', '西', '华', '众', '恒', '汇', '远']);
  const b = pick(rng, ['鑫', '达', '源', '诚', '泰', '宏', '拓', '晟', '信', '邦']);
  const suffix =
    kind === 'build'
      ? pick(rng, ['建设工程有限公司', '市政工程有限公司', '建筑工程有限公司'])
      : kind === 'service'
        ? pick(rng, ['环境服务有限公司', '物业服务有限公司', '工程咨询有限公司'])
        : pick(rng, ['商贸有限公司', '农业开发有限公司', '设备有限公司']);
  return `四川${a}${b}${suffix}`;
}

/** 安西镇 -> 安西, 花源街道 -> 花源, 董大桥村 -> 董大桥: for school and project names. */
function placeBase(name: string): string {
  return name.replace(/(街道|镇|乡|村|社区)$/, '') || name;
}

function wan(yuan: number): string {
  return (yuan / 10000).toFixed(2);
}

// ---------------------------------------------------------------- context and content

interface Ctx {
  county: County;
  kind: string;
  /** Short form used in document numbers: 新津, 西区, 合江. */
  abbr: string;
  region: Region;
  level: PublishLevel;
  item: CatalogItem;
  unit: Unit;
  date: string; // YYYY-MM-DD publication date, Shanghai
  year: number;
  month: number;
  rng: Rng;
  /** 1 for the newest disclosure of this item here, 2 for the one before, ... */
  age: number;
  /** The county's towns (sorted), for county tables. */
  towns: Region[];
  /** Villages of this town (when the region is a town), for town tables. */
  childVillages: Region[];
  /** The town a village lies in. */
  parentTown: Region | null;
  /** A named project shared by the county's land and expropriation notices. */
  landProject: string;
  houseProject: string;
}

interface Content {
  title: string;
  lines: string[];
  table?: TableData;
  /** Override the 公示期 (days, calendar) where the item has none by default; false for no period. */
  publicity?: number | false;
}

type Generator = (c: Ctx) => Content;

function townRows(c: Ctx, max = 6): Region[] {
  return c.towns.slice(0, max);
}

function villageRows(c: Ctx, max = 6): Region[] {
  return c.childVillages.slice(0, max);
}

/** The places a county or town table lists: towns for the county, villages for a town. */
function subPlaces(c: Ctx): string[] {
  const list = c.level === 'county' ? townRows(c).map((t) => t.name) : villageRows(c).map((v) => v.name);
  return list.length ? list : [c.region.name];
}

function regionTitle(c: Ctx): string {
  return c.region.name;
}

/** A policy listing: the item's own legal bases are real documents, listed as such. */
const policyList: Generator = (c) => {
  const updated = `${c.year}年${c.month}月`;
  return {
    title: `${c.county.name}${c.item.level2}目录（${updated}更新）`,
    lines: [
      `为方便群众查阅，现将${c.item.level2}整理公开如下：`,
      ...c.item.basis.map((b, i) => `${i + 1}. ${b}`),
      `${c.item.basis.length + 1}. 《${c.county.name}${domainShortName(c)}工作实施办法》（${c.abbr}府办发〔${c.year - 1}〕${int(c.rng, 8, 60)}号）`,
      `以上文件全文可在${c.county.name}人民政府门户网站“政府信息公开”专栏查阅，也可到${c.county.name}政务服务中心${c.unit.shortName}窗口免费索取。`,
    ],
  };
};

function domainShortName(c: Ctx): string {
  return c.county.domains.find((d) => d.id === c.item.domain)?.shortName ?? '';
}

/** Document-number stem of each unit (津住建罚〔2026〕12号 style). */
const DOC_STEM: Record<string, string> = {
  zjj: '住建',
  zhzf: '综执',
  zrzy: '自然资',
  xczx: '乡振',
  yjgl: '应急',
  ggzy: '交易',
  jyj: '教',
  zwgk: '府办',
};

/** 行政权力行使情况: the month's licences and penalties, all against companies (no natural persons). */
const powerList: Generator = (c) => {
  const label = prevMonthLabel(c.date);
  const rows: string[][] = [];
  const count = int(c.rng, 2, 4);
  for (let i = 0; i < count; i++) {
    const penalty = c.rng() < 0.4;
    const d = addDays(c.date, -int(c.rng, 3, 25));
    rows.push([
      String(i + 1),
      penalty ? '行政处罚' : pick(c.rng, ['行政许可', '行政确认']),
      penalty ? pick(c.rng, ['未按规定履行公开义务', '违规施工', '未取得许可擅自作业']) : pick(c.rng, ['资质核准', '施工许可', '备案确认']),
      company(c.rng, penalty ? 'service' : 'build'),
      `${c.abbr}${DOC_STEM[c.unit.id.split('-').pop() ?? ''] ?? ''}${penalty ? '罚' : '许'}〔${c.year}〕${int(c.rng, 10, 180)}号`,
      d,
      penalty ? `罚款${int(c.rng, 1, 9)}000元` : '准予',
    ]);
  }
  return {
    title: `${c.unit.name}${label}行政许可和行政处罚等信息公示`,
    lines: [
      `根据“双公示”工作要求，现将${c.unit.name}${label}作出的行政许可、行政处罚等决定公示如下。对公示内容有疑问的，可在工作日向本单位咨询。`,
    ],
    table: { columns: ['序号', '类别', '事项', '行政相对人', '决定文书号', '决定日期', '结果'], rows },
    publicity: false,
  };
};

/** Fallback for items without a dedicated generator (a county may add its own items). */
const genericNotice: Generator = (c) => ({
  title: `${regionTitle(c)}关于${c.item.level2}的公开`,
  lines: [
    `根据${c.item.basis[1] ?? c.item.basis[0]}等规定，现将${c.item.level2}公开如下：`,
    ...c.item.contents.map(
      (x, i) => `${CN_ORD[i] ?? `${i + 1}`}、${x}：已按要求整理，详细资料可到${c.unit.shortName}或${c.region.name}便民服务窗口查阅。`,
    ),
  ],
});

const CN_ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function objectionTo(c: Ctx): string {
  if (c.level === 'village') return `本村村民委员会或${c.parentTown?.name ?? '乡镇人民政府'}`;
  if (c.level === 'town') return `${c.region.name}党政办公室`;
  return c.unit.name;
}

// ---------------------------------------------------------------- generators by template id

const GENERATORS: Record<string, Generator> = {
  // ---------------- 征地补偿
  'land_acquisition-01': policyList,
  'land_acquisition-02': (c) => ({
    title: `关于${c.landProject}征地批复信息的公开`,
    lines: [`${c.landProject}已经四川省人民政府批准，现将征地批复信息公开如下：`],
    table: {
      columns: ['批复机关', '批复文号', '批准日期', '项目名称', '用地位置', '报征单位', '用地面积（公顷）'],
      rows: [
        [
          '四川省人民政府',
          `川府土〔${c.year}〕${int(c.rng, 100, 900)}号`,
          addDays(c.date, -int(c.rng, 10, 18)),
          c.landProject,
          `${c.towns[0]?.name ?? c.county.name}`,
          `${c.county.name}人民政府`,
          (int(c.rng, 300, 2500) / 100).toFixed(4),
        ],
      ],
    },
  }),
  'land_acquisition-03': (c) => ({
    title: `${c.county.name}人民政府关于${c.landProject}拟征收土地的预公告`,
    lines: [
      `因${c.landProject}建设需要，${c.county.name}人民政府拟征收${c.level === 'village' ? c.region.name : (c.towns[0]?.name ?? '')}部分集体土地，现将有关事项预公告如下：`,
      `一、征收范围：${c.level === 'village' ? c.region.name : (c.towns[0]?.name ?? c.county.name)}第${CN_ORD[int(c.rng, 0, 3)]}、${CN_ORD[int(c.rng, 4, 7)]}村民小组，具体以勘测定界图为准。`,
      '二、征收目的：用于城镇建设和公共基础设施建设，符合国土空间规划。',
      `三、土地现状调查：自本预公告发布之日起，${c.unit.name}会同乡镇、村组开展土地现状调查，请被征地农户予以配合并在调查表上签字确认。`,
      '四、自本预公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。',
    ],
  }),
  'land_acquisition-04': (c) => ({
    title: `${c.landProject}征地听证告知书`,
    lines: [
      `根据${c.item.basis[2]}等规定，现告知如下：被征地农村集体经济组织、农户和其他权利人对拟定的征地补偿安置方案有异议的，有权申请听证。`,
      `请于本告知书送达之日起5个工作日内，以书面形式向${c.unit.name}提出听证申请；逾期未提出的，视为放弃听证。`,
      `听证申请受理地点：${c.county.name}政务服务中心${c.unit.shortName}窗口。`,
    ],
  }),
  'land_acquisition-05': (c) => ({
    title: `${c.landProject}征地报批材料公开`,
    lines: [
      `${c.landProject}已按程序组卷上报，现将报批材料目录公开如下，全文可到${c.unit.shortName}查阅：`,
      `1. ${c.county.name}人民政府关于${c.landProject}的请示（${c.abbr}府〔${c.year}〕${int(c.rng, 20, 90)}号）`,
      '2. 建设用地项目呈报说明书',
      '3. 农用地转用方案',
      '4. 补充耕地方案',
      '5. 征收土地方案',
      '6. 供地方案',
    ],
  }),
  'land_acquisition-06': (c) => ({
    title: `${c.county.name}人民政府征收土地公告（${c.abbr}府征〔${c.year}〕${int(c.rng, 1, 30)}号）`,
    lines: [
      `经四川省人民政府批准，${c.landProject}征收集体土地。现将有关事项公告如下：`,
      `一、批准机关、文号和用途：四川省人民政府，川府土〔${c.year}〕${int(c.rng, 100, 900)}号，用于城镇建设。`,
      `二、被征收土地的所有权人、位置、地类和面积：${c.towns[0]?.name ?? ''}相关村集体，共计${(int(c.rng, 300, 2500) / 100).toFixed(2)}公顷，其中耕地${(int(c.rng, 100, 900) / 100).toFixed(2)}公顷。`,
      '三、征地补偿标准和农业人员安置途径：按已公告的征地补偿安置方案执行，被征地农民纳入养老保险。',
      `四、补偿登记：被征收土地的所有权人、使用权人请于公告之日起15日内，持不动产权属证明材料到${c.unit.shortName}办理征地补偿登记。`,
    ],
    publicity: false,
  }),
  'land_acquisition-07': (c) => {
    const price = int(c.rng, 50, 68) * 1000;
    return {
      title: `${c.landProject}征地补偿安置方案公告`,
      lines: [
        `根据${c.item.basis[1]}第四十七条等规定，现将${c.landProject}征地补偿安置方案公告如下：`,
        `一、征收范围：${c.level === 'village' ? c.region.name : (c.towns[0]?.name ?? c.county.name)}部分集体土地，具体以勘测定界图为准。`,
        '二、补偿方式和标准：见下表。地上附着物按实地调查结果和本县标准补偿，已公告后抢栽抢建的不予补偿。',
        '三、安置方式：以货币安置为主；符合条件的被征地农民纳入城乡居民基本养老保险并给予缴费补贴。',
        '四、多数被征地的农村集体经济组织成员认为本方案不符合法律、法规规定的，可在公告期内书面申请听证。',
      ],
      table: {
        columns: ['补偿项目', '标准', '计量单位'],
        rows: [
          ['区片综合地价（农用地）', String(price), '元/亩'],
          ['区片综合地价（建设用地、未利用地）', String(Math.round(price * 0.6)), '元/亩'],
          ['青苗补偿费（一般农作物）', String(int(c.rng, 12, 20) * 100), '元/亩'],
          ['被征地农民社会保障费用', '按省、市规定标准足额预存', '—'],
        ],
      },
    };
  },
  'land_acquisition-08': genericNotice,
  'land_acquisition-09': (c) => ({
    title: `关于${c.landProject}征收范围调整的说明`,
    lines: [
      `${c.landProject}在实施中因线路优化，征收范围较原批复减少${(int(c.rng, 5, 40) / 100).toFixed(2)}公顷，补偿标准和安置方式不变。`,
      '调整后的勘测定界图已在相关村（社区）公示栏张贴，涉及农户的补偿款按调整后面积据实结算。',
    ],
  }),
  'land_acquisition-10': (c) => ({
    title: `${c.region.name}关于征地补偿费分配使用方案的村民代表会议决议`,
    lines: [
      `${cnDate(addDays(c.date, -int(c.rng, 2, 6)))}，${c.region.name}召开村民代表会议，应到村民代表${int(c.rng, 28, 40)}人，实到${int(c.rng, 24, 27)}人，讨论${c.landProject}征地补偿费的分配使用方案。`,
      `会议表决通过：土地补偿费的${int(c.rng, 70, 85)}%按被征地农户的承包面积分配到户，其余部分留作村集体公益事业和发展资金，使用情况按季度公开。`,
      '会上村民提出的意见共3条，已全部记录并答复；未有人申请听证。',
    ],
  }),
  'land_acquisition-11': powerList,

  // ---------------- 房屋征收
  'housing_expropriation-01': policyList,
  'housing_expropriation-02': (c) => ({
    title: `关于${c.houseProject}房屋征收范围内房屋调查登记的公告`,
    lines: [
      `为做好${c.houseProject}前期工作，${c.unit.name}将于${cnDate(addDays(c.date, 7))}起对征收范围内房屋的权属、区位、用途、建筑面积等情况逐户调查登记。`,
      '请被征收人予以配合，调查结果将在征收范围内公布，对结果有疑问的可在公布之日起15日内提出复核。',
    ],
  }),
  'housing_expropriation-03': (c) => ({
    title: `${c.county.name}人民政府关于${c.houseProject}国有土地上房屋征收的决定`,
    lines: [
      `为实施${c.houseProject}，改善群众居住条件，根据${c.item.basis[1]}，经${c.county.name}人民政府常务会议研究，决定征收该项目范围内国有土地上的房屋。`,
      `一、征收范围：东至${pick(c.rng, ['滨河路', '兴业路', '文化路'])}，南至${pick(c.rng, ['南街', '团结路', '育才路'])}，西至${pick(c.rng, ['老街', '西环路', '建设巷'])}，北至${pick(c.rng, ['北大街', '人民路', '新华路'])}。`,
      `二、房屋征收部门：${c.unit.name}；征收实施单位：${c.county.name}房屋征收服务中心。`,
      '三、签约期限：自本决定公告之日起90日。',
      '四、被征收人对本决定不服的，可自公告之日起60日内申请行政复议，或者6个月内向人民法院提起行政诉讼。',
    ],
    publicity: false,
  }),
  'housing_expropriation-04': (c) => ({
    title: `关于公开征求《${c.houseProject}国有土地上房屋征收补偿方案（征求意见稿）》意见的公告`,
    lines: [
      `根据${c.item.basis[1]}第十条，现将补偿方案征求意见稿公布，征求公众意见。主要内容：`,
      `一、补偿方式：被征收人可以选择货币补偿，也可以选择房屋产权调换。`,
      `二、补助和奖励：搬迁费每次按${int(c.rng, 8, 15)}元/平方米计算；临时安置费按${int(c.rng, 10, 16)}元/平方米·月计算；在签约期限内签约并搬迁的，给予每户${int(c.rng, 2, 5)}万元奖励。`,
      '三、被征收房屋价值由依法选定的房地产价格评估机构评估确定。',
      `意见请以书面形式送${c.unit.name}，或拨打下方电话反映。`,
    ],
  }),
  'housing_expropriation-05': (c) => ({
    title: `${c.houseProject}房屋征收部门、实施单位及工作人员公示`,
    lines: [`为方便被征收人咨询办事，现将${c.houseProject}征收工作机构公示如下：`],
    table: {
      columns: ['职责', '单位', '工作人员', '办公地点'],
      rows: [
        ['房屋征收部门', c.unit.name, officialName(c.rng), `${c.county.name}政务服务中心`],
        [
          '征收实施单位',
          `${c.county.name}房屋征收服务中心`,
          officialName(c.rng),
          `${c.towns[0]?.name ?? ''}${c.houseProject.slice(0, 2)}现场办公室`,
        ],
      ],
    },
    publicity: false,
  }),
  'housing_expropriation-06': (c) => ({
    title: `${c.houseProject}房地产价格评估机构选定结果公告`,
    lines: [
      `经被征收人协商，${c.houseProject}房地产价格评估机构选定为${company(c.rng, 'service').replace('工程咨询', '房地产土地评估').replace('环境服务', '房地产评估').replace('物业服务', '房地产估价')}。`,
      `整体评估报告已完成，被征收房屋评估均价为${int(c.rng, 45, 72)}00元/平方米，报告全文可到现场办公室查阅。`,
    ],
  }),
  'housing_expropriation-07': genericNotice,
  'housing_expropriation-08': (c) => {
    const households = int(c.rng, 60, 180);
    const signed = households - int(c.rng, 0, 8);
    return {
      title: `${c.houseProject}房屋征收补偿情况公布`,
      lines: [
        `根据${c.item.basis[1]}第二十九条，现将${c.houseProject}补偿安置情况汇总公布如下，各户分户补偿情况已在征收范围内向被征收人公布：`,
      ],
      table: {
        columns: ['项目', '数量'],
        rows: [
          ['被征收户数（户）', String(households)],
          ['已签订补偿协议（户）', String(signed)],
          ['其中选择货币补偿（户）', String(Math.round(signed * 0.62))],
          ['其中选择产权调换（户）', String(signed - Math.round(signed * 0.62))],
          ['补偿总额（万元）', wan(signed * int(c.rng, 28, 46) * 10000)],
        ],
      },
    };
  },
  'housing_expropriation-09': (c) => ({
    title: `${c.houseProject}征收实施阶段办理时限和救济途径告知`,
    lines: [
      '一、签约期限：自房屋征收决定公告之日起90日；搬迁期限：签约后30日内。',
      '二、对分户评估结果有异议的，可自收到评估报告之日起10日内申请复核评估；对复核结果有异议的，可自收到复核结果之日起10日内申请鉴定。',
      '三、对房屋征收决定或补偿决定不服的，可依法申请行政复议或者提起行政诉讼。',
    ],
  }),
  'housing_expropriation-10': (c) => ({
    title: `关于${c.houseProject}征收范围内暂停办理相关手续的通知`,
    lines: [
      `${c.houseProject}房屋征收范围已确定。自本通知发布之日起，征收范围内暂停办理下列业务：房屋交易和抵押、租赁登记、新装水电气、新装电话和有线电视、改变房屋用途等。`,
      '暂停期限为一年，自本通知发布之日起计算。暂停期间擅自新建、扩建、改建房屋和改变房屋用途的，不予补偿。',
    ],
  }),
  'housing_expropriation-11': powerList,

  // ---------------- 保障性住房
  'affordable_housing-01': policyList,
  'affordable_housing-02': (c) => {
    const rows = [
      [
        `${placeBase(c.towns[0]?.name ?? c.county.name)}公租房二期`,
        `${c.towns[0]?.name ?? c.county.name}`,
        String(int(c.rng, 120, 300)),
        `${c.year}年${int(c.rng, 3, 6)}月`,
      ],
      [
        `${placeBase(c.towns[1]?.name ?? c.county.name)}老旧小区改造`,
        `${c.towns[1]?.name ?? c.county.name}`,
        String(int(c.rng, 200, 600)),
        `${c.year}年${int(c.rng, 4, 9)}月`,
      ],
    ];
    return {
      title: `${c.county.name}${c.year}年保障性安居工程建设计划`,
      lines: [`${c.county.name}${c.year}年计划实施保障性安居工程项目${rows.length}个，具体如下：`],
      table: { columns: ['项目名称', '建设地址', '建设规模（套/户）', '计划开工时间'], rows },
    };
  },
  'affordable_housing-03': (c) => {
    const y = c.year - 1;
    return {
      title: `${c.county.name}${y}年保障性安居工程建设完成情况`,
      lines: [`截至${y}年12月31日，${c.county.name}保障性安居工程年度任务全部完成，项目情况如下：`],
      table: {
        columns: ['项目名称', '建设地址', '建设单位', '建设规模（套）', '开工时间', '竣工时间'],
        rows: [
          [
            `${placeBase(c.towns[0]?.name ?? c.county.name)}公租房一期`,
            c.towns[0]?.name ?? c.county.name,
            `${c.county.name}城乡建设投资有限公司`,
            String(int(c.rng, 100, 260)),
            `${y - 1}-0${int(c.rng, 3, 9)}`,
            `${y}-1${int(c.rng, 0, 2)}`,
          ],
        ],
      },
    };
  },
  'affordable_housing-04': (c) => ({
    title: `${regionTitle(c)}公共租赁住房登记轮候情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，${c.level === 'county' ? `全${c.kind}` : regionTitle(c)}新受理公共租赁住房申请${int(c.rng, 20, 60)}户，经审核符合条件并登记轮候${int(c.rng, 15, 40)}户。按${c.kind === '区' ? '街道' : '乡镇'}汇总如下，轮候名册可到${c.unit.shortName}住房保障窗口查阅：`,
    ],
    table: {
      columns: [c.level === 'county' ? '乡镇（街道）' : '村（社区）', '登记轮候户数'],
      rows: subPlaces(c).map((p) => [p, String(int(c.rng, 0, 12))]),
    },
  }),
  'affordable_housing-05': (c) => ({
    title: `${c.county.name}公共租赁住房待分配房源公告（${prevQuarterLabel(c.date)}）`,
    lines: ['现有以下公共租赁住房房源待分配，租金按市场租金的70%确定：'],
    table: {
      columns: ['小区', '位置', '户型', '套数', '建筑面积（平方米）', '月租金（元/平方米）'],
      rows: [
        [
          `${placeBase(c.towns[0]?.name ?? c.county.name)}安居苑`,
          c.towns[0]?.name ?? c.county.name,
          '一室一厅',
          String(int(c.rng, 5, 30)),
          '45',
          (int(c.rng, 60, 110) / 10).toFixed(1),
        ],
        [
          `${placeBase(c.towns[0]?.name ?? c.county.name)}安居苑`,
          c.towns[0]?.name ?? c.county.name,
          '两室一厅',
          String(int(c.rng, 3, 20)),
          '58',
          (int(c.rng, 60, 110) / 10).toFixed(1),
        ],
      ],
    },
  }),
  'affordable_housing-06': (c) => ({
    title: `${c.county.name}${c.year}年第${CN_ORD[int(c.rng, 0, 2)]}批公共租赁住房分配方案`,
    lines: [
      '一、分配对象：已登记轮候的城镇中等偏下收入住房困难家庭、新就业无房职工和在城镇稳定就业的外来务工人员。',
      '二、分配程序：资格复核→公布房源→公开摇号确定选房顺序→按顺序选房→签订租赁合同。',
      `三、摇号时间地点：${cnDate(addDays(c.date, 15))}上午9时，${c.county.name}政务服务中心，全程公证并邀请群众代表监督。`,
    ],
  }),
  'affordable_housing-07': (c) => ({
    title: `${regionTitle(c)}公共租赁住房分配结果公告`,
    lines: [`本批公共租赁住房已通过公开摇号完成分配，结果汇总如下。各户选房结果已书面告知申请家庭。`],
    table: {
      columns: ['小区', '分配套数', '其中摇号选房', '其中优先保障（特困、优抚等）'],
      rows: [
        [
          `${placeBase(c.towns[0]?.name ?? c.county.name)}安居苑`,
          String(int(c.rng, 20, 50)),
          String(int(c.rng, 15, 19)),
          String(int(c.rng, 2, 5)),
        ],
      ],
    },
  }),
  'affordable_housing-08': (c) => ({
    title: `${c.county.name}${c.year - 1}年公共租赁住房退出情况`,
    lines: [
      `${c.year - 1}年全${c.kind}公共租赁住房退出${int(c.rng, 8, 30)}户，其中购买或获得其他住房${int(c.rng, 5, 10)}户、收入超标${int(c.rng, 1, 4)}户、自愿退出${int(c.rng, 1, 5)}户。腾退房源已全部纳入待分配房源。`,
    ],
  }),
  'affordable_housing-09': (c) => ({
    title: `${c.county.name}公共租赁住房小区管理和收费标准公示`,
    lines: [
      `一、管理机构：${company(c.rng, 'service').replace('环境服务', '物业服务').replace('工程咨询', '物业服务')}（受${c.unit.name}委托）。`,
      `二、收费标准：租金按合同约定；物业服务费${(int(c.rng, 5, 12) / 10).toFixed(1)}元/平方米·月；水电气按实际用量由承租人向供应单位缴纳。`,
      '三、服务内容：公共区域保洁、绿化养护、秩序维护、共用设施设备日常维修。',
    ],
  }),
  'affordable_housing-10': (c) => ({
    title: `${c.county.name}公共租赁住房维修情况公示（${prevQuarterLabel(c.date)}）`,
    lines: [
      `报修渠道：小区物业服务中心、下方联系电话。${prevQuarterLabel(c.date)}共受理报修${int(c.rng, 30, 90)}件，已修复${int(c.rng, 28, 30)}件，其余正在处理，平均修复用时${int(c.rng, 2, 5)}天。`,
    ],
  }),
  'affordable_housing-11': powerList,

  // ---------------- 农村危房改造
  'rural_housing_renovation-01': policyList,
  'rural_housing_renovation-02': (c) => {
    const places = subPlaces(c);
    const rows = places.map((p) => [p, String(int(c.rng, c.level === 'county' ? 8 : 1, c.level === 'county' ? 40 : 6))]);
    const total = rows.reduce((s, r) => s + Number(r[1]), 0);
    return {
      title: `${regionTitle(c)}${c.year}年农村危房改造计划`,
      lines: [`${c.year}年${regionTitle(c)}计划实施农村危房改造${total}户，任务安排如下：`],
      table: { columns: [c.level === 'county' ? '乡镇（街道）' : '村（社区）', '计划改造户数'], rows },
    };
  },
  'rural_housing_renovation-03': (c) => ({
    title: `${regionTitle(c)}农村危房改造办事指南`,
    lines: [
      '一、补助对象：农村低保户、农村分散供养特困人员、低保边缘家庭、因病因灾因意外事故等刚性支出较大导致基本生活出现严重困难家庭、脱贫不稳定户等农村低收入群体中住房不安全的农户。',
      '二、申请流程：农户向村民委员会提出申请→村民会议或村民代表会议民主评议并公示7天→乡镇人民政府审核→县级住房城乡建设部门审批→签订改造协议→施工→竣工验收→补助资金通过“一卡通”发放。',
      `三、补助标准：D级危房拆除重建每户补助3.5万元，C级危房修缮加固每户补助1.5万元。`,
      `四、办理地点：各村（社区）便民服务站、${c.parentTown?.name ?? c.region.name}便民服务中心。`,
    ],
  }),
  'rural_housing_renovation-04': (c) => {
    const places = subPlaces(c);
    const rows = places.map((p) => {
      const h = int(c.rng, 8, 40);
      return [p, String(h), wan(h * int(c.rng, 22, 30) * 1000)];
    });
    const households = rows.reduce((s, r) => s + Number(r[1]), 0);
    return {
      title: `${c.county.name}${c.year}年农村危房改造任务和补助资金分配结果`,
      lines: [
        `上级下达我${c.kind}${c.year}年农村危房改造任务${households}户、补助资金${rows.reduce((s, r) => s + Number(r[2]), 0).toFixed(2)}万元。`,
        '分配原则和依据：以农村低收入群体住房安全动态监测结果为基础，按各乡镇（街道）经鉴定的C、D级危房户数分配，优先保障D级危房。',
      ],
      table: { columns: ['乡镇（街道）', '任务户数', '补助资金（万元）'], rows },
    };
  },
  'rural_housing_renovation-05': (c) => {
    const rows: string[][] = [];
    const count = int(c.rng, 4, 7);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const p = person(c.rng, c.county.code);
      const d = c.rng() < 0.45;
      const amount = d ? 35000 : 15000;
      total += amount;
      rows.push([
        String(i + 1),
        p.name,
        p.id,
        p.phone,
        String(int(c.rng, 1, 5)),
        d ? 'D级' : 'C级',
        d ? '拆除重建' : '修缮加固',
        String(amount),
      ]);
    }
    return {
      title: `关于${c.region.name}${c.year}年农村危房改造补助对象的公示`,
      lines: [
        `根据农户申请，经${c.region.name}村民代表会议${cnDate(addDays(c.date, -2))}民主评议，拟将以下${count}户列为${c.year}年农村危房改造补助对象，房屋危险性等级已经专业人员鉴定。现予公示，补助金额合计${total}元。`,
        '对公示对象有异议的，请在公示期内实名反映，我们将在10日内调查核实并答复。',
      ],
      table: {
        columns: ['序号', '户主姓名', '身份证号', '联系电话', '家庭人口', '危房等级', '改造方式', '补助金额（元）'],
        rows,
        personal: true,
      },
    };
  },
  'rural_housing_renovation-06': (c) => {
    const places = subPlaces(c);
    const rows = places.map((p) => {
      const dCount = int(c.rng, 0, c.level === 'county' ? 12 : 3);
      const cCount = int(c.rng, 1, c.level === 'county' ? 20 : 4);
      return [p, String(dCount + cCount), String(dCount), String(cCount), String(dCount * 35000 + cCount * 15000)];
    });
    return {
      title: `${regionTitle(c)}${c.year}年农村危房改造补助对象审核审批结果公告`,
      lines: [
        `经村级评议公示、乡镇审核、${c.unit.name}审批，${regionTitle(c)}${c.year}年农村危房改造补助对象已确定，汇总如下（分户名单已在各村公示栏公示）：`,
      ],
      table: {
        columns: [c.level === 'county' ? '乡镇（街道）' : '村（社区）', '补助户数', '其中D级拆除重建', '其中C级修缮加固', '补助金额（元）'],
        rows,
      },
    };
  },
  'rural_housing_renovation-07': (c) => {
    const places = subPlaces(c);
    const rows = places.map((p) => {
      const done = int(c.rng, 1, c.level === 'county' ? 20 : 5);
      return [p, String(done), String(done), wan(done * 24000)];
    });
    return {
      title: `${regionTitle(c)}农村危房改造竣工验收和补助资金拨付情况（${prevQuarterLabel(c.date)}）`,
      lines: [
        `${prevQuarterLabel(c.date)}，${regionTitle(c)}农村危房改造竣工验收情况和补助资金拨付情况如下。补助资金已通过惠民惠农财政补贴资金“一卡通”直接拨付到户，改造前后照片存档备查。`,
      ],
      table: { columns: [c.level === 'county' ? '乡镇（街道）' : '村（社区）', '竣工验收户数', '已拨付户数', '已拨付资金（万元）'], rows },
    };
  },
  'rural_housing_renovation-08': (c) => {
    const y = c.year - 1;
    const households = int(c.rng, 80, 260);
    return {
      title: `${c.county.name}${y}年农村危房改造补贴结果`,
      lines: [
        `${y}年${c.county.name}共完成农村危房改造${households}户，其中拆除重建${Math.round(households * 0.35)}户、修缮加固${households - Math.round(households * 0.35)}户，发放补助资金${wan(households * 23500)}万元，全部通过“一卡通”发放到户。`,
      ],
    };
  },
  'rural_housing_renovation-09': (c) => {
    const pilot = ['510522', '510822', '511781'].includes(c.county.code);
    return {
      title: `${c.county.name}涉农资金统筹整合使用情况（${prevQuarterLabel(c.date)}）`,
      lines: [
        pilot
          ? `${c.county.name}是统筹整合使用财政涉农资金试点县。${prevQuarterLabel(c.date)}统筹整合涉农资金${int(c.rng, 3000, 9000)}万元，其中用于农村危房改造${int(c.rng, 300, 900)}万元。`
          : `${prevQuarterLabel(c.date)}${c.county.name}统筹使用涉农资金${int(c.rng, 200, 800)}万元用于农村危房改造及配套设施。`,
        '资金来源：中央和省级农村危房改造补助资金、衔接推进乡村振兴补助资金、县级财政配套资金。用途：农户改造补助、危房鉴定和技术服务。',
      ],
    };
  },
  'rural_housing_renovation-10': powerList,

  // ---------------- 救灾
  'disaster_relief-01': policyList,
  'disaster_relief-02': (c) => ({
    title: `${regionTitle(c)}受灾人员救助申请指南`,
    lines: [
      '一、申请条件：因自然灾害造成住房倒塌损坏、口粮短缺、衣被取暖困难等，基本生活受到影响的本地居民。',
      '二、救助程序：受灾人员本人申请或者村（居）民小组提名→村（居）民委员会民主评议，符合条件的在村（社区）范围内公示→乡镇人民政府（街道办事处）审核→县应急管理部门审批→资金通过“一卡通”发放或物资发放到户。',
      `三、申请地点：所在村（社区）便民服务站或${c.parentTown?.name ?? c.region.name}便民服务中心。`,
    ],
  }),
  'disaster_relief-03': (c) => {
    const rows = subPlaces(c).map((p) => [p, String(int(c.rng, 2, 30) * 1000)]);
    return {
      title: `${regionTitle(c)}救灾资金安排情况（${prevQuarterLabel(c.date)}）`,
      lines: [
        `${prevQuarterLabel(c.date)}，${regionTitle(c)}安排自然灾害救灾资金${rows.reduce((s, r) => s + Number(r[1]), 0)}元，用于受灾群众过渡期生活救助和冬春生活救助，分配如下：`,
      ],
      table: { columns: [c.level === 'county' ? '乡镇（街道）' : '村（社区）', '安排资金（元）'], rows },
    };
  },
  'disaster_relief-04': (c) => ({
    title: `${c.county.name}救灾物资和社会捐赠款物使用情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，调拨发放棉被${int(c.rng, 100, 800)}床、折叠床${int(c.rng, 20, 200)}张、大米${int(c.rng, 2, 20)}吨。`,
      `接收社会捐赠资金${int(c.rng, 5, 60)}万元，已按捐赠人意愿用于受灾群众生活救助和倒损住房修缮，捐赠物资已全部发放到户。`,
    ],
  }),
  'disaster_relief-05': (c) => {
    const rows: string[][] = [];
    const count = int(c.rng, 3, 6);
    for (let i = 0; i < count; i++) {
      const p = person(c.rng, c.county.code);
      const people = int(c.rng, 1, 5);
      rows.push([
        String(i + 1),
        p.name,
        p.id,
        String(people),
        pick(c.rng, ['住房受损', '农作物受灾', '住房受损、农作物受灾']),
        '冬春生活救助',
        String(people * int(c.rng, 2, 4) * 100),
      ]);
    }
    return {
      title: `${c.region.name}${c.year - (c.month < 6 ? 1 : 0)}—${c.year + (c.month < 6 ? 0 : 1)}年度受灾人员冬春生活救助对象公示`,
      lines: [
        `经本人申请、村民代表会议民主评议，拟确定以下${count}户为冬春生活救助对象，现予公示。对公示对象有异议的，请在公示期内实名反映。`,
      ],
      table: { columns: ['序号', '户主姓名', '身份证号', '家庭人口', '受灾情况', '救助类别', '救助金额（元）'], rows, personal: true },
      publicity: 7,
    };
  },
  'disaster_relief-06': (c) => ({
    title: `${c.county.name}${c.year - 1}年救灾工作情况`,
    lines: [
      `${c.year - 1}年，全${c.kind}累计救助受灾群众${int(c.rng, 1200, 6000)}人次，恢复重建倒塌住房${int(c.rng, 5, 40)}户、维修加固损坏住房${int(c.rng, 40, 300)}户，下拨救灾资金${int(c.rng, 200, 900)}万元，受灾群众基本生活得到有效保障。`,
    ],
  }),
  'disaster_relief-07': powerList,

  // ---------------- 扶贫
  'poverty_alleviation-01': policyList,
  'poverty_alleviation-02': (c) => {
    const rows = subPlaces(c)
      .slice(0, 4)
      .map((p) => [
        `${placeBase(p)}${pick(c.rng, ['产业路硬化', '特色种植基地', '农产品冷链仓储', '人饮工程提升', '高标准农田'])}项目`,
        p,
        String(int(c.rng, 30, 260)),
        pick(c.rng, ['已完工', '施工中', '已完工并验收', '前期准备']),
      ]);
    return {
      title: `${c.county.name}衔接推进乡村振兴（扶贫）项目实施情况（${prevQuarterLabel(c.date)}）`,
      lines: [
        `${prevQuarterLabel(c.date)}，${c.county.name}纳入年度项目库的扶贫项目实施进展如下，项目绩效目标和受益情况详见各乡镇、村公示：`,
      ],
      table: { columns: ['项目名称', '实施地点', '资金规模（万元）', '进展'], rows },
    };
  },
  'poverty_alleviation-03': (c) => {
    if (c.level === 'village') {
      return {
        title: `${c.region.name}“五个一”驻村帮扶力量和工作开展情况（${prevQuarterLabel(c.date)}）`,
        lines: [
          `${prevQuarterLabel(c.date)}，驻村工作队入户走访${int(c.rng, 60, 200)}户次，协调解决产业、就业、饮水等问题${int(c.rng, 4, 15)}件。帮扶力量如下：`,
        ],
        table: {
          columns: ['帮扶力量', '姓名或单位'],
          rows: [
            ['联系领导', `${officialName(c.rng)}（${c.county.name}${pick(c.rng, ['人民政府', '农业农村局', '发展和改革局'])}）`],
            ['帮扶单位', `${c.county.name}${pick(c.rng, ['财政局', '交通运输局', '卫生健康局', '人力资源和社会保障局'])}`],
            ['驻村第一书记', officialName(c.rng)],
            ['驻村工作组', `${officialName(c.rng)}、${officialName(c.rng)}`],
            ['驻村农技员', officialName(c.rng)],
          ],
        },
        publicity: false,
      };
    }
    return {
      title: `${c.county.name}“五个一”驻村帮扶工作情况（${prevQuarterLabel(c.date)}）`,
      lines: [
        `${prevQuarterLabel(c.date)}，全${c.kind}选派驻村第一书记${int(c.rng, 30, 90)}名、驻村工作队员${int(c.rng, 90, 260)}名，落实帮扶单位${int(c.rng, 40, 120)}个，各村帮扶力量名单已在村务公开栏公示。`,
      ],
    };
  },
  'poverty_alleviation-04': (c) => {
    const rows = subPlaces(c).map((p) => [p, String(int(c.rng, 3, 12)), wan(int(c.rng, 60, 600) * 10000)]);
    return {
      title: `${c.county.name}${c.year}年财政衔接推进乡村振兴补助资金分配结果公告`,
      lines: [
        `${c.year}年${c.county.name}共收到中央、省、市财政衔接推进乡村振兴（扶贫）补助资金和县级安排资金${rows.reduce((s, r) => s + Number(r[2]), 0).toFixed(2)}万元。`,
        '分配原则：重点支持联农带农富农产业发展和补齐必要的农村基础设施短板，向脱贫村和防止返贫监测对象较多的乡镇倾斜。分配结果如下：',
      ],
      table: { columns: ['乡镇（街道）', '项目个数', '分配资金（万元）'], rows },
    };
  },
  'poverty_alleviation-05': (c) => {
    const budget = int(c.rng, 400, 3000);
    const spent = Math.round(budget * (0.25 + c.rng() * 0.6));
    return {
      title: `${regionTitle(c)}财政衔接推进乡村振兴（扶贫）资金使用情况（${prevQuarterLabel(c.date)}）`,
      lines: [
        `截至${prevQuarterLabel(c.date)}末，${regionTitle(c)}${c.level === 'county' ? '' : '实施项目'}到位资金${c.level === 'county' ? budget : Math.round(budget / 10)}万元，已支出${c.level === 'county' ? spent : Math.round(spent / 10)}万元，支出进度${Math.round((spent / budget) * 100)}%。`,
        '资金主要用于产业发展、农村基础设施建设和就业帮扶，未发现截留、挤占、挪用问题。',
      ],
    };
  },
  'poverty_alleviation-06': (c) => ({
    title: `${c.county.name}统筹整合使用财政涉农资金情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，${c.county.name}统筹整合财政涉农资金${int(c.rng, 2000, 9000)}万元。`,
      '资金来源：衔接推进乡村振兴补助资金、农田建设补助资金、农村综合改革转移支付等。',
      `用途：农业产业发展${int(c.rng, 40, 55)}%，农村基础设施${int(c.rng, 30, 40)}%，其他${int(c.rng, 5, 15)}%。已建成项目${int(c.rng, 10, 40)}个。`,
    ],
  }),
  'poverty_alleviation-07': (c) => {
    if (c.level === 'town') {
      const rows = subPlaces(c).map((p) => [p, String(int(c.rng, 0, 4)), String(int(c.rng, 0, 5))]);
      return {
        title: `${c.region.name}${c.year}年度防止返贫监测对象识别和风险消除审核结果公告`,
        lines: [`经各村民主评议公示、${c.region.name}审核，本年度各村监测对象动态调整情况汇总如下（分户名单已在各村公示期满后撤下）：`],
        table: { columns: ['村（社区）', '新识别监测户数', '风险消除户数'], rows },
        publicity: false,
      };
    }
    const rows: string[][] = [];
    const count = int(c.rng, 3, 6);
    for (let i = 0; i < count; i++) {
      const p = person(c.rng, c.county.code);
      rows.push([
        String(i + 1),
        p.name,
        p.id,
        String(int(c.rng, 1, 6)),
        pick(c.rng, ['新识别防止返贫监测对象', '风险消除', '脱贫户（稳定脱贫）']),
        '评议通过',
      ]);
    }
    return {
      title: `${c.region.name}${c.year}年度脱贫人口和防止返贫监测对象动态调整名单公示`,
      lines: [
        `经农户申请、入户核查和村民代表会议民主评议，现将本村本年度脱贫人口和防止返贫监测对象动态调整名单予以公示。对名单有异议的，请在公示期内实名反映。`,
      ],
      table: { columns: ['序号', '户主姓名', '身份证号', '家庭人口', '调整类别', '评议结果'], rows, personal: true },
    };
  },
  'poverty_alleviation-08': (c) => {
    const base = placeBase(c.region.name);
    const amount = int(c.rng, 20, 150);
    const what = pick(c.rng, ['产业路硬化', '灌溉渠道整治', '特色水果种植基地', '农产品烘干房', '人饮管网延伸']);
    return {
      title: `${c.region.name}${c.year}年${what}项目公示`,
      lines: [
        `根据${c.item.basis[2]}要求，现将${c.region.name}${c.year}年衔接推进乡村振兴（扶贫）项目有关情况公示如下：`,
        `受益对象：${c.level === 'village' ? `本村群众${int(c.rng, 120, 600)}户，其中脱贫户和监测户${int(c.rng, 10, 60)}户` : `辖区${int(c.rng, 2, 6)}个村群众`}。绩效目标：项目建成后带动受益群众户均年增收${int(c.rng, 3, 12)}00元以上。`,
      ],
      table: {
        columns: ['项目名称', '建设地点', '建设内容', '资金规模（万元）', '资金来源', '实施期限', '实施单位'],
        rows: [
          [
            `${base}${what}项目`,
            c.region.name,
            what.includes('路')
              ? `硬化道路${(int(c.rng, 10, 45) / 10).toFixed(1)}公里，宽4.5米`
              : what.includes('渠')
                ? `整治渠道${int(c.rng, 800, 3000)}米`
                : `建设规模按实施方案执行`,
            String(amount),
            '财政衔接推进乡村振兴补助资金',
            `${c.year}年${c.month}月—${c.year}年${Math.min(12, c.month + int(c.rng, 3, 6))}月`,
            c.level === 'village' ? `${c.region.name}村民委员会` : `${c.region.name}人民政府`,
          ],
        ],
      },
    };
  },
  'poverty_alleviation-09': powerList,

  // ---------------- 市政服务
  'municipal_services-01': policyList,
  'municipal_services-02': (c) => ({
    title: `${c.county.name}${c.year - 1}年城区园林绿化情况`,
    lines: [
      `截至${c.year - 1}年底，${c.county.name}城区人均公园绿地面积${(int(c.rng, 110, 160) / 10).toFixed(1)}平方米，建成区绿化覆盖率${(int(c.rng, 380, 450) / 10).toFixed(1)}%。`,
      `《${c.county.name}城市绿地系统规划》已经批准实施，${c.year}年计划新建口袋公园${int(c.rng, 2, 8)}个、绿道${int(c.rng, 3, 15)}公里。`,
    ],
  }),
  'municipal_services-03': (c) => ({
    title: `${c.county.name}城区路灯设施运行情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，城区路灯亮灯率${(int(c.rng, 970, 995) / 10).toFixed(1)}%，设施完好率${(int(c.rng, 960, 990) / 10).toFixed(1)}%，接报故障${int(c.rng, 20, 90)}起，24小时内处置率${(int(c.rng, 950, 1000) / 10).toFixed(1)}%。`,
      `建筑立面改造：${pick(c.rng, ['人民路', '滨河路', '老街'])}沿街立面改造规划已公示，计划${c.year}年内完工。`,
    ],
  }),
  'municipal_services-04': (c) => ({
    title: `${regionTitle(c)}环境卫生清扫保洁作业情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，${regionTitle(c)}清扫保洁作业覆盖率${(int(c.rng, 960, 1000) / 10).toFixed(1)}%，发现问题${int(c.rng, 10, 60)}个，整改率${(int(c.rng, 920, 1000) / 10).toFixed(1)}%。作业单位情况如下：`,
    ],
    table: {
      columns: ['作业单位', '作业范围', '合同期', '行政主管部门责任人'],
      rows: [
        [
          company(c.rng, 'service'),
          c.level === 'county' ? '城区主次干道及背街小巷' : `${c.region.name}场镇及主要道路`,
          `${c.year - 1}年1月—${c.year + 1}年12月`,
          `${officialName(c.rng)}（${c.unit.shortName}）`,
        ],
      ],
    },
  }),
  'municipal_services-05': (c) => ({
    title: `${c.county.name}生活垃圾收运处置设施运行情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，${c.county.name}生活垃圾转运和处置情况如下。《${c.county.name}环境卫生设施专项规划》全文可在政府网站查阅。`,
    ],
    table: {
      columns: ['指标', '数值'],
      rows: [
        ['生活垃圾清运量（吨）', String(int(c.rng, 9000, 30000))],
        ['跨界清运量（吨）', String(int(c.rng, 0, 3000))],
        ['焚烧厂处置量（吨）', String(int(c.rng, 8000, 28000))],
        ['无害化处理率', '100%'],
        ['建成区机械化清扫率', `${int(c.rng, 70, 90)}%`],
        ['密闭运输率', '100%'],
      ],
    },
  }),
  'municipal_services-06': (c) => ({
    title: `${c.county.name}${c.year}年城市道路桥梁维护计划和安全检测情况`,
    lines: [
      `${c.year - 1}年城市道路完好率${(int(c.rng, 920, 980) / 10).toFixed(1)}%，桥梁完好率${(int(c.rng, 950, 1000) / 10).toFixed(1)}%，对城区${int(c.rng, 8, 30)}座桥梁完成定期检测，未发现危桥。`,
      `${c.year}年计划大中修道路${int(c.rng, 3, 10)}条、${(int(c.rng, 30, 120) / 10).toFixed(1)}公里。${c.year - 1}年共核发挖掘占用城市道路许可${int(c.rng, 20, 80)}件。`,
    ],
  }),
  'municipal_services-07': (c) => ({
    title: `${regionTitle(c)}市容市貌管理情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，${regionTitle(c)}纠正查处占道流动商贩${int(c.rng, 50, 400)}起、越门占道经营${int(c.rng, 30, 300)}起，拆除违法广告和招牌${int(c.rng, 10, 90)}块，整治招牌和卖场立面${int(c.rng, 5, 40)}处。`,
    ],
  }),
  'municipal_services-08': (c) => ({
    title: `${regionTitle(c)}网格化管理责任人公示`,
    lines: [
      `${regionTitle(c)}共划分城市管理网格${subPlaces(c).length}个，各网格责任人如下。发现环境卫生、占道经营、设施损坏等问题，可直接联系网格责任人或拨打下方电话。`,
    ],
    table: {
      columns: ['网格', '网格责任人', '所属单位'],
      rows: subPlaces(c).map((p) => [`${p}网格`, officialName(c.rng), c.level === 'county' ? `${p}` : `${c.region.name}`]),
    },
    publicity: false,
  }),
  'municipal_services-09': (c) => ({
    title: `${c.county.name}${c.year}年市政设施建设项目情况`,
    lines: [`${c.year}年实施市政设施建设项目如下，项目建设规划全文可在政府网站查阅：`],
    table: {
      columns: ['项目名称', '开工时间', '计划竣工时间', '责任单位', '责任人'],
      rows: [
        [
          `${pick(c.rng, ['滨河路', '兴业大道', '南环路'])}雨污分流改造工程`,
          `${c.year}-0${int(c.rng, 1, 4)}`,
          `${c.year}-1${int(c.rng, 0, 2)}`,
          c.unit.name,
          officialName(c.rng),
        ],
        [
          `城区${pick(c.rng, ['人行道', '背街小巷', '排水管网'])}提升工程`,
          `${c.year}-0${int(c.rng, 3, 6)}`,
          `${c.year + 1}-0${int(c.rng, 3, 6)}`,
          c.unit.name,
          officialName(c.rng),
        ],
      ],
    },
  }),
  'municipal_services-10': (c) => ({
    title: `${c.county.name}燃气经营企业、供应网点名单和管道燃气价格公示`,
    lines: [
      `居民用管道天然气价格：第一阶梯${(int(c.rng, 250, 290) / 100).toFixed(2)}元/立方米。请到持证企业和网点购买、使用燃气，以下为取得燃气经营许可的企业和网点：`,
    ],
    table: {
      columns: ['类别', '名称', '地址'],
      rows: [
        ['管道燃气企业', `${c.county.name}${pick(c.rng, ['华润', '中燃', '川港'])}燃气有限公司`, `${c.towns[0]?.name ?? c.county.name}`],
        ['管道燃气营业网点', `${placeBase(c.towns[0]?.name ?? c.county.name)}营业厅`, `${c.towns[0]?.name ?? c.county.name}`],
        ['瓶装燃气供应站', `${placeBase(c.towns[1]?.name ?? c.county.name)}液化气供应站`, `${c.towns[1]?.name ?? c.county.name}`],
        ['CNG加气站', `${placeBase(c.towns[0]?.name ?? c.county.name)}CNG加气站`, `${c.towns[0]?.name ?? c.county.name}`],
      ],
    },
    publicity: false,
  }),
  'municipal_services-11': (c) => ({
    title: `${c.county.name}供水水质和排水防涝安全责任人公示（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，城区供水厂出水水质检测${int(c.rng, 40, 90)}项次，浑浊度、余氯、菌落总数等指标均符合《生活饮用水卫生标准》，合格率100%。`,
      `排水防涝安全责任人：${c.county.name}人民政府分管副${c.kind === '市' ? '市' : c.kind}长${officialName(c.rng)}；${c.unit.name}局长${officialName(c.rng)}。`,
    ],
  }),
  'municipal_services-12': powerList,

  // ---------------- 公共资源交易
  'public_resource_trading-01': policyList,
  'public_resource_trading-02': (c) => ({
    title: `${c.county.name}公共资源交易目录（${c.year}年版）`,
    lines: [
      '下列项目应当进入公共资源交易平台公开交易：',
      '1. 依法必须招标的工程建设项目；',
      '2. 政府采购项目；',
      '3. 国有土地使用权和矿业权出让；',
      '4. 国有产权交易；',
      `5. 农村集体产权交易和村级工程项目（达到${c.county.name}规定限额以上的）。`,
    ],
  }),
  'public_resource_trading-03': (c) => ({
    title: `${c.unit.name}服务指南`,
    lines: [
      '服务内容：工程建设招标投标、政府采购、土地和产权交易的场所和信息服务，见证交易过程，归档交易资料。',
      '服务流程：项目登记→发布公告→文件获取→开标评标（电子化）→结果公示→合同公示。',
      `办公时间：工作日9:00—12:00、13:30—17:30。办公地点：${c.county.name}政务服务中心。`,
    ],
  }),
  'public_resource_trading-04': (c) => ({
    title: `${c.unit.name}收费事项公示`,
    lines: [`${c.unit.name}提供的交易场所、信息发布和交易见证服务不收取费用。如有单位或个人以交易中心名义收费，请拨打下方电话举报。`],
  }),
  'public_resource_trading-05': (c) => ({
    title: `${c.county.name}公共资源交易监督投诉电话`,
    lines: [
      '对公共资源交易活动中的违法违规行为，可向下列部门投诉举报：',
      `工程建设项目：${c.county.name}住房和城乡建设局等行业主管部门；政府采购：${c.county.name}财政局；纪检监察举报电话：12388；政务服务便民热线：12345。`,
    ],
  }),
  'public_resource_trading-06': (c) => {
    const place = c.level === 'town' ? c.region.name : (c.towns[0]?.name ?? c.county.name);
    const amount = int(c.rng, 30, c.level === 'town' ? 180 : 2000);
    return {
      title: `${placeBase(place)}${pick(c.rng, ['农村人居环境整治', '场镇道路改造', '学校运动场改造', '灌区渠系配套'])}项目${c.level === 'town' ? '竞争性比选' : '招标'}公告`,
      lines: [
        `项目概况：${place}，最高限价${amount}万元，工期${int(c.rng, 60, 240)}日历天。`,
        `资格条件：具备${pick(c.rng, ['市政公用工程', '建筑工程', '水利水电工程'])}施工总承包三级及以上资质，具有有效的安全生产许可证。`,
        `获取文件时间：${cnDate(c.date)}至${cnDate(addDays(c.date, 7))}，通过${c.level === 'town' ? `${c.region.name}便民服务中心` : '四川省公共资源交易信息网'}获取。`,
        `递交文件截止时间：${cnDate(addDays(c.date, 20))}10时00分。`,
      ],
      publicity: false,
    };
  },
  'public_resource_trading-07': (c) => ({
    title: `${placeBase(c.towns[0]?.name ?? c.county.name)}场镇道路改造项目开标记录及资格审查结果`,
    lines: [
      `本项目于${cnDate(addDays(c.date, -1))}开标，共有${int(c.rng, 5, 12)}家投标人递交投标文件，经评标委员会资格审查，${int(c.rng, 3, 4)}家未通过（原因：资质或业绩不满足招标文件要求），其余进入详细评审。`,
    ],
  }),
  'public_resource_trading-08': (c) => {
    const place = c.level === 'town' ? c.region.name : (c.towns[0]?.name ?? c.county.name);
    const base = int(c.rng, 60, c.level === 'town' ? 170 : 1800) * 10000;
    const rows = [1, 2, 3].map((rank) => [
      String(rank),
      company(c.rng, 'build'),
      String(Math.round(base * (0.9 + rank * 0.015 + c.rng() * 0.01))),
      String(int(c.rng, 90 - rank * 3, 95 - rank * 3)),
    ]);
    return {
      title: `${placeBase(place)}${pick(c.rng, ['场镇道路改造', '农村供水提升', '学校食堂改造'])}项目中标候选人公示`,
      lines: ['评标委员会已完成评审，现将中标候选人公示如下。投标人或其他利害关系人对评标结果有异议的，应当在公示期内向招标人提出。'],
      table: { columns: ['排序', '中标候选人', '投标报价（元）', '综合得分'], rows },
    };
  },
  'public_resource_trading-09': (c) => ({
    title: `${c.county.name}${pick(c.rng, ['教育局教学设备', '人民医院医用耗材', '城区环卫车辆', '办公家具'])}采购项目合同公告`,
    lines: [
      `合同签订日期：${cnDate(addDays(c.date, -1))}。采购人：${c.county.name}${pick(c.rng, ['教育局', '卫生健康局', '综合行政执法局', '机关事务服务中心'])}；供应商：${company(c.rng, 'supply')}；合同金额：${int(c.rng, 20, 400)}万元；履行期限：合同签订后${int(c.rng, 15, 60)}日内交付。`,
    ],
    publicity: false,
  }),
  'public_resource_trading-10': (c) => ({
    title: `${c.county.name}公共资源交易市场主体不良行为记录公告`,
    lines: [
      `${company(c.rng, 'build')}在${placeBase(c.towns[0]?.name ?? c.county.name)}道路工程投标中提供虚假业绩，依法记录不良行为一次，记录期${int(c.rng, 6, 12)}个月。交易当事人的权利义务和行为规范见《${c.county.name}公共资源交易市场主体行为规范》。`,
    ],
  }),
  'public_resource_trading-11': powerList,

  // ---------------- 义务教育
  'compulsory_education-01': (c) => {
    const school = (place: string, what: '小学' | '中学'): string =>
      place.endsWith('街道')
        ? `${placeBase(place)}${what === '小学' ? '小学校' : '初级中学'}`
        : `${place}${what === '小学' ? '中心小学校' : '初级中学'}`;
    const rows =
      c.level === 'county'
        ? townRows(c, 5).map((t) => [
            school(t.name, '小学'),
            t.name,
            String(int(c.rng, 6, 36)),
            String(int(c.rng, 200, 1600)),
            officialName(c.rng),
          ])
        : [
            [school(c.region.name, '小学'), c.region.name, String(int(c.rng, 6, 24)), String(int(c.rng, 200, 1100)), officialName(c.rng)],
            [school(c.region.name, '中学'), c.region.name, String(int(c.rng, 6, 18)), String(int(c.rng, 200, 900)), officialName(c.rng)],
          ];
    if (c.level === 'county')
      rows.push([
        `${c.county.name}${pick(c.rng, ['第一', '第二'])}初级中学`,
        c.towns[0]?.name ?? c.county.name,
        String(int(c.rng, 24, 48)),
        String(int(c.rng, 1000, 2400)),
        officialName(c.rng),
      ]);
    return {
      title: `${regionTitle(c)}义务教育学校基本情况（${c.year}年）`,
      lines: [`${regionTitle(c)}义务教育学校基本情况和校长名单如下，各校领导班子分工见学校公示栏：`],
      table: { columns: ['学校', '所在地', '班级数', '在校学生数', '校长'], rows },
      publicity: false,
    };
  },
  'compulsory_education-02': (c) => ({
    title: `${c.county.name}${c.year - 1}年义务教育教师队伍和校园建设情况`,
    lines: [
      `全${c.kind}义务教育阶段专任教师${int(c.rng, 1200, 3800)}人，本科及以上学历占${int(c.rng, 75, 92)}%，中级及以上职称占${int(c.rng, 40, 60)}%。`,
      `${c.year - 1}年新建、改扩建校舍${(int(c.rng, 10, 60) / 10).toFixed(1)}万平方米，改造运动场${int(c.rng, 2, 10)}个、食堂${int(c.rng, 1, 8)}个。`,
    ],
  }),
  'compulsory_education-03': (c) => ({
    title: `${regionTitle(c)}${c.month >= 9 ? c.year + 1 : c.year}年义务教育阶段学校招生入学公告`,
    lines: [
      `一、划片范围：${c.level === 'town' ? `${c.region.name}户籍及在${c.region.name}实际居住的适龄儿童少年，就近入读${c.region.name}中心小学校和初级中学` : '城区按街道和社区划片，乡镇学校招收本乡镇适龄儿童少年，具体划片范围附后'}。`,
      `二、入学条件：年满6周岁（${(c.month >= 9 ? c.year + 1 : c.year) - 6}年8月31日前出生）的儿童入小学一年级；小学毕业生按划片升入初中。`,
      `三、报名程序：${c.month >= 9 ? c.year + 1 : c.year}年${pick(c.rng, ['7月', '8月'])}上旬网上报名或到划片学校现场报名，携带户口簿、居住证明等材料；随迁子女另见专门政策。`,
      '四、义务教育学校不得以任何形式的考试、测试选拔学生。',
    ],
    publicity: false,
  }),
  'compulsory_education-04': (c) => ({
    title: `${c.county.name}${c.year}年进城务工人员随迁子女义务教育入学办法`,
    lines: [
      '申请条件：父母一方持有本地有效居住证，或有稳定住所和就业的进城务工人员的适龄子女。',
      '申请材料：户口簿、居住证（或居住登记凭证）、务工或经营证明。',
      `办理流程：向居住地所在片区学校报名，学校学位不足的由${c.unit.name}统筹安排到就近学校就读。`,
    ],
  }),
  'compulsory_education-05': (c) => ({
    title: `${regionTitle(c)}${c.year - (c.month < 9 ? 1 : 0)}年秋季义务教育招生录取情况`,
    lines: [
      `${regionTitle(c)}义务教育学校招生工作已按划片就近原则完成。各校录取人数汇总如下，学生个人录取结果已由学校通知家长，也可凭孩子身份信息到学校查询。`,
    ],
    table: {
      columns: ['片区', '小学一年级录取人数', '初中一年级录取人数'],
      rows: subPlaces(c)
        .slice(0, 5)
        .map((p) => [p, String(int(c.rng, 40, 400)), String(int(c.rng, 30, 380))]),
    },
    publicity: false,
  }),
  'compulsory_education-06': (c) => ({
    title: `${c.county.name}中小学生转学、休学、延缓入学和复学办理指南`,
    lines: [
      '转学：由家长向转入学校提出申请，转入、转出学校和教育部门通过全国中小学生学籍信息管理系统办理，一般在学期结束前或新学期开学后一个月内办理。',
      '休学、复学：因病或特殊原因需休学的，由家长提出申请，经学校同意后报教育行政部门备案；休学期满复学的，由学校安排就读年级。',
      `延缓入学：适龄儿童因身体状况需要延缓入学的，由家长提出申请，报${c.unit.name}批准。`,
    ],
  }),
  'compulsory_education-07': (c) => ({
    title: `${regionTitle(c)}${c.year - 1}年义务教育学生资助情况`,
    lines: [
      '资助政策：义务教育阶段免除学杂费、免费提供教科书；对家庭经济困难寄宿生补助生活费（小学每生每年1000元、初中每生每年1250元）。',
      `${c.year - 1}年${regionTitle(c)}共资助家庭经济困难学生${int(c.rng, c.level === 'county' ? 2000 : 80, c.level === 'county' ? 9000 : 600)}人次，发放资金${int(c.rng, c.level === 'county' ? 200 : 8, c.level === 'county' ? 900 : 60)}万元。受助学生名单不对外公开，家长可向学校查询本人资助情况。`,
    ],
  }),
  'compulsory_education-08': (c) => {
    const rows: string[][] = [];
    const count = int(c.rng, 4, 7);
    for (let i = 0; i < count; i++) {
      const p = person(c.rng, c.county.code, 1996, 2003);
      const written = int(c.rng, 650, 820) / 10;
      const interview = int(c.rng, 780, 900) / 10;
      rows.push([
        String(i + 1),
        p.name,
        p.male ? '男' : '女',
        `${pick(c.rng, ['小学语文', '小学数学', '初中英语', '初中物理', '小学体育'])}教师`,
        written.toFixed(1),
        interview.toFixed(1),
        ((written + interview) / 2).toFixed(2),
      ]);
    }
    return {
      title: `${c.county.name}${c.year}年公开招聘中小学教师拟聘用人员公示`,
      lines: [
        `根据${c.item.basis[2]}，经笔试、面试、体检和考察，拟聘用以下${count}名人员为义务教育学校教师，现予公示。对拟聘人员有异议的，可在公示期内实名反映。`,
      ],
      table: { columns: ['序号', '姓名', '性别', '招聘岗位', '笔试成绩', '面试成绩', '总成绩'], rows, personal: true },
    };
  },
  'compulsory_education-09': (c) => ({
    title: `${c.county.name}${c.year}年中小学教师资格认定公告`,
    lines: [
      `${c.year}年中小学教师资格认定分春、秋两次进行，申请人通过“中国教师资格网”网上申报，现场确认地点为${c.county.name}政务服务中心${c.unit.shortName}窗口。`,
      `${c.year - 1}年度中小学教师专业技术职务评审工作已结束，${int(c.rng, 20, 80)}人取得一级教师资格、${int(c.rng, 5, 20)}人取得高级教师资格，评审结果已在各校公示。`,
    ],
  }),
  'compulsory_education-10': (c) => ({
    title: `${regionTitle(c)}农村义务教育学生营养改善计划实施情况（${prevQuarterLabel(c.date)}）`,
    lines: [
      `${prevQuarterLabel(c.date)}，${regionTitle(c)}${c.level === 'county' ? `${int(c.rng, 30, 90)}所` : `${int(c.rng, 1, 4)}所`}农村义务教育学校实施营养改善计划，受益学生${int(c.rng, c.level === 'county' ? 5000 : 200, c.level === 'county' ? 20000 : 1500)}人，膳食补助标准每生每天5元，全部用于学生伙食，学校食堂实行陪餐制度和食材公示。`,
    ],
  }),
  'compulsory_education-11': (c) => ({
    title: `${c.county.name}县域义务教育优质均衡发展工作进展（${c.year - 1}年）`,
    lines: [
      `${c.year - 1}年，${c.county.name}推进县域义务教育优质均衡发展，城乡学校生均教学仪器设备值差异系数、师生比等指标持续改善，新增城乡学校共同体${int(c.rng, 3, 12)}个，交流轮岗教师${int(c.rng, 60, 260)}人次。`,
    ],
  }),
  'compulsory_education-12': powerList,
};

// ---------------------------------------------------------------- schedule

interface Plan {
  /** Days before today of each disclosure, newest first. */
  daysAgo: number[];
}

/** Publication days for a (region, item): fresh or deliberately stale against its update cycle. */
function planFor(item: CatalogItem, rng: Rng, stale: boolean): Plan {
  switch (item.updateCycle.unit) {
    case 'day':
    case 'month': {
      const first = stale ? int(rng, 45, 90) : int(rng, 3, 25);
      return { daysAgo: [first, first + 30, first + 61] };
    }
    case 'quarter': {
      const first = stale ? int(rng, 100, 200) : int(rng, 8, 80);
      return { daysAgo: [first, first + 91] };
    }
    case 'year': {
      const first = stale ? int(rng, 380, 520) : int(rng, 20, 330);
      return { daysAgo: [first, first + 365] };
    }
    default: {
      // Event-driven: one notice; policy lists are sometimes re-issued after a revision.
      const first = int(rng, 10, 360);
      const isPolicy = item.updateCycle.text.includes('政策');
      return { daysAgo: isPolicy && rng() < 0.4 ? [first, first + int(rng, 120, 400)] : [first] };
    }
  }
}

/**
 * Village items with a fixed story: the 危房改造 公示 runs at `now` (started 3 days ago, 7
 * days), the 动态调整名单 公示 ended weeks ago (its list stays in the data, hidden publicly).
 */
const VILLAGE_FIXED: Record<string, (rng: Rng) => number[]> = {
  'rural_housing_renovation-05': () => [3],
  'poverty_alleviation-07': (rng) => [int(rng, 35, 60)],
};

/**
 * Village items published only in some demo villages. Land is being taken around the first
 * village only, and its story is consistent: 预公告 long over, 补偿安置方案公告 (30 days) running,
 * 听证告知 just out; 征收土地公告 and the later steps have not happened yet (so: 暂无).
 */
const VILLAGE_ONLY_IN: Record<string, number[]> = {
  'land_acquisition-03': [0],
  'land_acquisition-04': [0],
  'land_acquisition-06': [],
  'land_acquisition-07': [0],
  'land_acquisition-09': [],
  'land_acquisition-10': [],
  'disaster_relief-05': [1, 2],
};

const VILLAGE_FIXED_BY_INDEX: Record<string, Record<number, number[]>> = {
  'land_acquisition-03': { 0: [75] },
  'land_acquisition-07': { 0: [12] },
  'land_acquisition-04': { 0: [10] },
  // Winter-spring relief lists are posted around the new year; long ended by now in most months.
  'disaster_relief-05': { 1: [70], 2: [95] },
};

/**
 * Land and expropriation notices follow each other in the order the law sets; at county and
 * town level they are published this many days ago (plus a few days' jitter), once each.
 */
const STORY_START = 420;
const STORY_DAYS: Record<string, number> = {
  'land_acquisition-03': 420, // 预公告
  'land_acquisition-07': 380, // 补偿安置方案公告 (30 days)
  'land_acquisition-04': 375, // 听证告知
  'land_acquisition-05': 330, // 报批
  'land_acquisition-02': 250, // 批复
  'land_acquisition-06': 240, // 征收土地公告
  'land_acquisition-09': 120, // 实施中的变化
  'housing_expropriation-02': 330, // 调查登记
  'housing_expropriation-10': 325, // 暂停办理
  'housing_expropriation-04': 280, // 补偿方案征求意见 (30 days)
  'housing_expropriation-03': 220, // 征收决定
  'housing_expropriation-05': 218,
  'housing_expropriation-09': 218,
  'housing_expropriation-06': 190, // 评估机构
  'housing_expropriation-08': 45, // 补偿结果
};

/** Town items published only in the first demo town (expropriation and land are local events). */
const TOWN_ONLY_FIRST = new Set([
  'land_acquisition-03',
  'land_acquisition-06',
  'land_acquisition-07',
  'housing_expropriation-02',
  'housing_expropriation-03',
  'housing_expropriation-04',
  'housing_expropriation-05',
  'housing_expropriation-06',
  'housing_expropriation-07',
  'housing_expropriation-08',
  'housing_expropriation-09',
  'housing_expropriation-10',
  'affordable_housing-04',
  'affordable_housing-07',
]);

/** Never published anywhere in the demo: items about single households that we'd rather not fake (shown as 暂无). */
const NEVER = new Set(['land_acquisition-08', 'housing_expropriation-07']);

// ---------------------------------------------------------------- assembly

function signer(c: Ctx): string {
  if (c.level === 'county') return c.unit.name;
  const name = c.region.name;
  if (c.level === 'town') return name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`;
  if (name.endsWith('村')) return `${name}民委员会`;
  if (name.endsWith('社区')) return `${name}居民委员会`;
  return name;
}

function countyAbbr(name: string): string {
  // 新津区 -> 新津, 合江县 -> 合江; two-character names keep both: 西区.
  return name.length > 2 ? name.slice(0, -1) : name;
}

function buildOne(c: Ctx, id: string, pubRng: Rng): Disclosure {
  const gen = GENERATORS[c.item.templateId] ?? genericNotice;
  const content = gen(c);
  const lines = [...content.lines];
  let publicity: { start: string; end: string } | undefined;
  const def = c.item.publicityDays;
  if (content.publicity !== false && (typeof content.publicity === 'number' || def)) {
    const days = typeof content.publicity === 'number' ? content.publicity : def!.days;
    const kind = typeof content.publicity === 'number' ? 'calendar' : def!.dayKind;
    const start = c.date;
    const end = periodEnd(start, days, kind);
    publicity = { start, end };
    lines.push(
      `公示期：${cnDate(start)}至${cnDate(end)}（${days}${kind === 'working' ? '个工作日' : '天'}）。公示期间如有异议，请向${objectionTo(c)}实名反映，或拨打下方电话。`,
    );
  }
  lines.push(
    '',
    `联系电话：${c.unit.hotline.number}（${c.unit.shortName}）`,
    `监督举报电话：${c.item.reportPhone.number}`,
    '',
    signer(c),
    cnDate(c.date),
    '',
    '（演示数据）',
  );
  return {
    id,
    itemId: c.item.id,
    countyCode: c.county.code,
    regionCode: c.region.code,
    regionName: c.region.name,
    level: c.level,
    domain: c.item.domain,
    title: content.title,
    body: lines.join('\n'),
    ...(content.table ? { table: content.table } : {}),
    attachments: [],
    ...(publicity ? { publicity } : {}),
    status: 'published',
    publishedAt: instantOn(c.date, pubRng),
    unitName: c.item.unitName,
    demo: true,
  };
}

const LEVEL_OF: Partial<Record<Region['level'], PublishLevel>> = { county: 'county', town: 'town', village: 'village' };

/** 2 towns and 3 villages: first by code, villages spread over different towns where possible. */
export function pickDemoPlaces(countyCode: string, towns: Region[], villages: Region[]): { towns: Region[]; villages: Region[] } {
  const ownTowns = towns.filter((t) => t.code.startsWith(countyCode)).sort((a, b) => a.code.localeCompare(b.code));
  const ownVillages = villages.filter((v) => v.code.startsWith(countyCode)).sort((a, b) => a.code.localeCompare(b.code));
  const byTown = new Map<string, Region[]>();
  for (const v of ownVillages) {
    const key = v.code.slice(0, 9);
    if (!byTown.has(key)) byTown.set(key, []);
    byTown.get(key)!.push(v);
  }
  // Round-robin over the demo towns, so the villages sit under towns that also publish and
  // are not all in one town; other towns only when the demo towns run out of villages.
  const demoTowns = ownTowns.slice(0, 2);
  const picked: Region[] = [];
  const roundRobin = (keys: string[]) => {
    for (let round = 0; picked.length < 3; round++) {
      let any = false;
      for (const key of keys) {
        const v = byTown.get(key)?.[round];
        if (!v) continue;
        any = true;
        if (picked.length < 3) picked.push(v);
      }
      if (!any) break;
    }
  };
  roundRobin(demoTowns.map((t) => t.code));
  roundRobin([...byTown.keys()].filter((k) => !demoTowns.some((t) => t.code === k)));
  return { towns: demoTowns, villages: picked.sort((a, b) => a.code.localeCompare(b.code)) };
}

export function demoDisclosures(input: DemoDisclosureInput): Disclosure[] {
  const { county, items, units, now } = input;
  const today = shanghaiDate(now);
  const kind = countyKind(county.name);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const allTowns = input.towns.filter((t) => t.code.startsWith(county.code)).sort((a, b) => a.code.localeCompare(b.code));
  const allVillages = input.villages.filter((v) => v.code.startsWith(county.code)).sort((a, b) => a.code.localeCompare(b.code));
  const places = pickDemoPlaces(county.code, allTowns, allVillages);
  const countyRng = rngFrom(`demo:${county.code}`);
  const seatTown = allTowns[0]?.name ?? county.name;
  // Two land batches: the county's (a story about a year old, told at county and town level)
  // and a newer one around the first demo village (its 公告 running now).
  const landBatch = int(countyRng, 0, 4);
  const yearOf = (daysAgo: number) => addDays(today, -daysAgo).slice(0, 4);
  const countyLandProject = `${county.name}${yearOf(STORY_START)}年度第${CN_ORD[landBatch]}批次城镇建设用地`;
  const villageLandProject = `${county.name}${yearOf(75)}年度第${CN_ORD[landBatch + 1]}批次城镇建设用地`;
  const houseProject = `${placeBase(seatTown)}${pick(countyRng, ['老城片区', '北街片区', '滨河片区', '南门片区'])}城市更新项目`;

  const countyRegion: Region = {
    code: county.code,
    name: county.name,
    level: 'county',
    parentCode: county.code.slice(0, 4),
    path: [],
    countyCode: county.code,
  };

  const out: Disclosure[] = [];
  const sortedItems = [...items].sort((a, b) => a.id.localeCompare(b.id, 'en'));

  const emit = (region: Region, item: CatalogItem, daysAgoList: number[]) => {
    const level = LEVEL_OF[region.level];
    const unit = unitById.get(item.unitId);
    if (!level || !unit) return;
    const rng = rngFrom(`content:${county.code}:${region.code}:${item.templateId}`);
    const childVillages = region.level === 'town' ? allVillages.filter((v) => v.code.startsWith(region.code)) : [];
    const parentTown = region.level === 'village' ? (allTowns.find((t) => region.code.startsWith(t.code)) ?? null) : null;
    // Oldest first, so ids count up with time: …-1 is the first ever published here.
    const dates = [...daysAgoList].sort((a, b) => b - a).map((d) => addDays(today, -d));
    dates.forEach((date, i) => {
      const [y, m] = date.split('-').map(Number);
      const c: Ctx = {
        county,
        kind,
        abbr: countyAbbr(county.name),
        region,
        level,
        item,
        unit,
        date,
        year: y,
        month: m,
        rng,
        age: dates.length - i,
        towns: allTowns,
        childVillages,
        parentTown,
        landProject: region.level === 'village' ? villageLandProject : countyLandProject,
        houseProject,
      };
      out.push(buildOne(c, `${region.code}-${item.templateId}-${i + 1}`, rng));
    });
  };

  // County level: every county item in every domain, except a few left unpublished or stale.
  const countyItems = sortedItems.filter((i) => i.levels.includes('county'));
  const decisions = countyItems.map((item) => {
    const rng = rngFrom(`plan:${county.code}:${county.code}:${item.templateId}`);
    const roll = rng();
    const first = item.order === 1; // each domain's policy item is always there, so no domain is empty
    const absent = !first && (NEVER.has(item.templateId) || roll < 0.08);
    const periodic = item.updateCycle.unit !== 'event';
    const stale = !first && periodic && !absent && roll > 0.78;
    return { item, rng, absent, stale };
  });
  // Guarantee the story: at least one 逾期未更新 and one 暂无 item per county.
  if (!decisions.some((d) => d.stale)) {
    const d = decisions.find((x) => !x.absent && x.item.order !== 1 && x.item.updateCycle.unit !== 'event');
    if (d) d.stale = true;
  }
  if (!decisions.some((d) => d.absent)) {
    const d = decisions.find((x) => !x.stale && x.item.order !== 1);
    if (d) d.absent = true;
  }
  for (const d of decisions) {
    if (d.absent) continue;
    const story = STORY_DAYS[d.item.templateId];
    emit(countyRegion, d.item, story ? [story + int(d.rng, 0, 4)] : planFor(d.item, d.rng, d.stale).daysAgo);
  }

  // Towns: their town-level items in every domain.
  places.towns.forEach((town, townIndex) => {
    for (const item of sortedItems) {
      if (!item.levels.includes('town') || NEVER.has(item.templateId)) continue;
      if (townIndex > 0 && TOWN_ONLY_FIRST.has(item.templateId)) continue;
      const rng = rngFrom(`plan:${county.code}:${town.code}:${item.templateId}`);
      const roll = rng();
      if (roll < 0.1) continue; // some town items simply never published
      const stale = item.updateCycle.unit !== 'event' && roll > 0.8;
      const story = STORY_DAYS[item.templateId];
      emit(town, item, story ? [story + int(rng, 0, 4)] : planFor(item, rng, stale).daysAgo);
    }
  });

  // Villages: the fixed stories above, plus their other village-level items.
  places.villages.forEach((village, villageIndex) => {
    for (const item of sortedItems) {
      if (!item.levels.includes('village') || NEVER.has(item.templateId)) continue;
      const only = VILLAGE_ONLY_IN[item.templateId];
      if (only && !only.includes(villageIndex)) continue;
      const rng = rngFrom(`plan:${county.code}:${village.code}:${item.templateId}`);
      const byIndex = VILLAGE_FIXED_BY_INDEX[item.templateId]?.[villageIndex];
      const fixed = VILLAGE_FIXED[item.templateId];
      if (byIndex) {
        emit(village, item, byIndex);
        continue;
      }
      if (fixed) {
        emit(village, item, fixed(rng));
        continue;
      }
      const roll = rng();
      if (roll < 0.12) continue;
      const stale = item.updateCycle.unit !== 'event' && roll > 0.8;
      emit(village, item, planFor(item, rng, stale).daysAgo);
    }
  });

  return out;
}
