// Everyday words a villager types, and the official words the catalog uses for the same
// thing. 拆迁 is what people say; the catalog says 房屋征收. A search that finds nothing by the
// typed words alone also looks for the official words, and each such hit says why it matched
// (“拆迁”即“房屋征收”), so a person is never left with an empty page for the right question.
// One table for every county; a county's own words can be added here as they come up.

export interface Synonym {
  /** What people say. */
  everyday: string[];
  /** The catalog's words for it: the search runs on the first that the catalog has. */
  official: string[];
  /** The domain it belongs to, for the reason shown. */
  domainName: string;
}

export const SYNONYMS: Synonym[] = [
  { everyday: ['拆迁', '拆房', '动迁', '拆迁款', '拆迁补偿'], official: ['房屋征收'], domainName: '国有土地上房屋征收补偿安置' },
  { everyday: ['征地', '占地', '土地补偿', '征地款', '收地'], official: ['征收土地', '征地'], domainName: '征收集体土地征地补偿' },
  { everyday: ['修房子', '修房', '危房', '旧房', '房子漏', '房子裂', '改造房子'], official: ['危房改造'], domainName: '农村危房改造' },
  {
    everyday: ['上学', '读书', '孩子上学', '学区', '划片', '入学', '报名上学', '转学', '小学', '初中'],
    official: ['入学', '招生'],
    domainName: '义务教育',
  },
  { everyday: ['贫困户', '建档立卡', '脱贫', '低保', '兜底', '穷'], official: ['贫困', '扶贫'], domainName: '扶贫' },
  { everyday: ['救助', '受灾', '灾害', '洪水', '地震', '泥石流', '救济'], official: ['救助', '救灾'], domainName: '救灾' },
  { everyday: ['廉租房', '公租房', '经适房', '保障房', '住房补贴'], official: ['保障性住房', '租赁补贴'], domainName: '保障性住房' },
  { everyday: ['招标', '投标', '中标', '工程招标', '采购'], official: ['招标', '交易'], domainName: '公共资源交易' },
  { everyday: ['路灯', '自来水', '停水', '垃圾', '修路', '下水道'], official: ['市政', '供水'], domainName: '市政服务' },
];

export interface Expansion {
  /** An official word to search with. */
  term: string;
  /** Why its hits match, in words: “低保”属于“扶贫”. */
  why: string;
}

/** The official words to try for what was typed (at most `max`, the first rules that apply). */
export function expandQuery(q: string, max = 2): Expansion[] {
  const text = q.normalize('NFKC').trim();
  const out: Expansion[] = [];
  for (const s of SYNONYMS) {
    const word = s.everyday.find((w) => text.includes(w));
    if (!word) continue;
    for (const term of s.official) {
      if (text.includes(term)) continue;
      out.push({ term, why: `“${word}”属于“${s.domainName}”，按“${term}”找到` });
    }
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}
