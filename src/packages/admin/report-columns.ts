// The monthly report's columns, once: the printed table and its CSV both come from this list,
// so a figure is never on paper and missing from the file (or the other way round).
import type { ReportRow, StatsReport } from '@core/stats/report';

export interface ReportColumn {
  title: string;
  value: (r: ReportRow) => string;
}

export const REPORT_COLUMNS: ReportColumn[] = [
  {
    title: '公开率',
    value: (r) => (r.publicity.due ? `${r.publicity.rate.text}（${r.publicity.current}/${r.publicity.due}）` : '无定期事项'),
  },
  { title: '逾期未更新', value: (r) => String(r.publicity.overdue) },
  { title: '公开及时率', value: (r) => r.publishedOnTime.text },
  { title: '收到诉求', value: (r) => String(r.counts.received) },
  { title: '及时签收率', value: (r) => r.acceptedOnTime.text },
  { title: '按期办结率', value: (r) => r.answeredOnTime.text },
  { title: '满意率', value: (r) => r.satisfied.text },
  { title: '重办率', value: (r) => r.reopened.text },
  { title: '平均办理工作日', value: (r) => (r.averageWorkdays === null ? '样本不足' : String(r.averageWorkdays)) },
  { title: '当前超期', value: (r) => String(r.overdueNow) },
];

export function periodName(period: string): string {
  return period.length === 4 ? `${period}年` : `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

function cell(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV (UTF-8 with BOM so Excel and WPS read the Chinese): one line per county, town and unit, each naming its 领域. */
export function reportCsv(r: StatsReport): string {
  // 领域 second, as in the statistics export: 全部领域 unless the report is one domain's.
  const domain = r.domainName ?? '全部领域';
  const lines = [['统计期', '领域', '范围', '名称', ...REPORT_COLUMNS.map((c) => c.title)].map(cell).join(',')];
  const add = (kind: string, rows: ReportRow[]) => {
    for (const row of rows) lines.push([r.period, domain, kind, row.name, ...REPORT_COLUMNS.map((c) => c.value(row))].map(cell).join(','));
  };
  add('全县', [r.county]);
  add('乡镇', r.towns);
  add('单位', r.units);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
