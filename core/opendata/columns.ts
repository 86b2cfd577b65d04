// The data dictionary of the open data: every column of catalog.csv and disclosures.csv, in
// their stable order, with what it means. The JSON files carry the same fields under the same
// names; the README's table is printed from these lists (tests check they agree).

export interface Column {
  /** The CSV header and the JSON field name. */
  name: string;
  /** What it holds, in Chinese, for the data dictionary. */
  meaning: string;
}

export const CATALOG_COLUMNS: readonly Column[] = [
  { name: 'county_code', meaning: '县（区）统计用区划代码（6位）' },
  { name: 'county_name', meaning: '县（区）名称' },
  { name: 'item_id', meaning: '公开事项编号（本县内稳定不变）' },
  { name: 'item_version', meaning: '事项版本号（动态调整后加1）' },
  { name: 'domain_id', meaning: '领域编号（如 rural_housing_renovation）' },
  { name: 'domain_name', meaning: '领域名称（如 农村危房改造）' },
  { name: 'level1', meaning: '一级事项' },
  { name: 'level2', meaning: '二级事项' },
  { name: 'summary', meaning: '一句话说明（公开什么、与群众有何关系）' },
  { name: 'contents', meaning: '公开内容（要素），多项以“；”分隔' },
  { name: 'basis', meaning: '公开依据，多项以“；”分隔' },
  { name: 'time_limit', meaning: '公开时限（原文）' },
  { name: 'time_limit_days', meaning: '公开时限天数' },
  { name: 'time_limit_day_kind', meaning: '天数口径：working 工作日 / calendar 自然日' },
  { name: 'publisher', meaning: '公开主体' },
  { name: 'unit_id', meaning: '责任单位编号' },
  { name: 'unit_name', meaning: '责任单位' },
  { name: 'responsible_person', meaning: '责任人（姓名及职务，县里指定时；与 App 中公开的一致）' },
  { name: 'update_cycle', meaning: '信息更新周期' },
  { name: 'channels', meaning: '公开渠道，多项以“；”分隔' },
  { name: 'audience', meaning: '公开对象：全社会 / 特定群体' },
  { name: 'audience_note', meaning: '公开对象说明（特定群体时）' },
  { name: 'mode', meaning: '公开方式：主动 / 依申请' },
  { name: 'levels', meaning: '公开层级：county 县 / town 乡镇 / village 村，多项以“；”分隔' },
  { name: 'consult_phone', meaning: '咨询电话' },
  { name: 'report_phone', meaning: '监督举报电话' },
  { name: 'phones_demo', meaning: '电话是否为演示号码（true 时请勿拨打）' },
  { name: 'publicity_days', meaning: '默认公示期（原文，仅公示类事项）' },
];

export const DISCLOSURE_COLUMNS: readonly Column[] = [
  { name: 'id', meaning: '公开信息编号（稳定不变）' },
  { name: 'url', meaning: '在线查看地址（H5 页面）' },
  { name: 'county_code', meaning: '县（区）代码' },
  { name: 'region_code', meaning: '发布地区代码：县6位、乡镇9位、村（社区）12位' },
  { name: 'region_name', meaning: '发布地区名称' },
  { name: 'level', meaning: '发布层级：county / town / village' },
  { name: 'domain_id', meaning: '领域编号' },
  { name: 'item_id', meaning: '所属公开事项编号（见 catalog）' },
  { name: 'item_title', meaning: '所属公开事项（二级事项）' },
  { name: 'item_version', meaning: '发布时所依据的事项版本' },
  { name: 'title', meaning: '标题' },
  { name: 'publisher', meaning: '发布单位（公开主体）' },
  { name: 'formed_date', meaning: '信息形成日期（以链接发布的文件日期；未填时为空）' },
  { name: 'published_at', meaning: '发布时间（ISO 8601，北京时间 +08:00）' },
  { name: 'publicity_start', meaning: '公示开始日期（仅公示）' },
  { name: 'publicity_end', meaning: '公示截止日期（仅公示，含当日）' },
  { name: 'publicity_state', meaning: '公示状态：未开始 / 公示中 / 公示期满（导出时）' },
  { name: 'body', meaning: '正文（纯文本）' },
  { name: 'link_title', meaning: '原文件标题（以链接发布时）' },
  { name: 'link_url', meaning: '原文件地址（以链接发布时）' },
  { name: 'attachments', meaning: '附件名称，多项以“；”分隔（名单核查中时为空）' },
  { name: 'interpretation', meaning: '政策解读（问答），每组“问：…答：…”，以“；”分隔' },
  { name: 'table_columns', meaning: '名单表头（JSON 数组；仅公示期内、已去标识化；否则为空）' },
  { name: 'table_rows', meaning: '名单内容（JSON 二维数组；同上）' },
  { name: 'table_note', meaning: '名单未提供的原因（公示期满撤下 / 名单核查中 / 未在公示期内）' },
  { name: 'objection_outcome', meaning: '异议处理结果（异议成立 / 异议不成立 及说明）' },
  { name: 'demo', meaning: '是否为演示数据' },
];

export const CATALOG_HEADER = CATALOG_COLUMNS.map((c) => c.name);
export const DISCLOSURE_HEADER = DISCLOSURE_COLUMNS.map((c) => c.name);
