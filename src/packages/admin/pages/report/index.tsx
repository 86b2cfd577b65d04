// 打印月报: the county's monthly report (定期报告) on one A4 page set — for the county, each
// town and unit: 公开率, 逾期未更新, 公开及时率, 收到诉求, 及时签收率, 按期办结率, 满意率, 重办率,
// 平均办理工作日, 当前超期; 样本不足 under 5 events; the period and when it was made. H5 prints
// it (print CSS, @page A4); weapp shows the same page and copies its CSV to share.
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import { formatDateTime } from '../../../../utils/format';
import type { ReportRow } from '@core/stats/report';
import { periodName, REPORT_COLUMNS, reportCsv } from '../../report-columns';
import './report.css';

/** Print rules for H5 only (weapp's style sheets have no @page): A4, nothing but the report. */
const PRINT_CSS = `@page { size: A4; margin: 12mm; }
@media print {
  .no-print, .taro-tabbar__tabbar, .h5-nav { display: none !important; }
  .screen { padding: 0 !important; background: #fff !important; }
  .report { font-size: 9pt; }
  .report__scroll { overflow: visible !important; }
  .report__table { width: 100%; }
  .report__tr { break-inside: avoid; }
}`;

function usePrintCss() {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || document.getElementById('gk-report-print')) return;
    const style = document.createElement('style');
    style.id = 'gk-report-print';
    style.textContent = PRINT_CSS;
    document.head.appendChild(style);
  }, []);
}

function thisMonth(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
}

function Table({ title, rows, first }: { title: string; rows: ReportRow[]; first: string }) {
  if (!rows.length) return null;
  return (
    <View className="report__section">
      <View className="h2">{title}</View>
      <View className="report__scroll" {...{ tabIndex: 0, role: 'region', 'aria-label': `${title}（表格较宽，可左右滑动）` }}>
        <View className="report__table" role="table" aria-label={title}>
          <View className="report__tr" role="row">
            <View className="report__th report__name" role="columnheader">
              {first}
            </View>
            {REPORT_COLUMNS.map((c) => (
              <View key={c.title} className="report__th" role="columnheader">
                {c.title}
              </View>
            ))}
          </View>
          {rows.map((r) => (
            <View key={r.scopeId} className="report__tr" role="row">
              <View className="report__td report__name" role="rowheader">
                {r.name}
              </View>
              {REPORT_COLUMNS.map((c) => {
                const v = c.value(r);
                return (
                  <View key={c.title} className={v.startsWith('样本不足') ? 'report__td report__td--gap' : 'report__td'} role="cell">
                    {v}
                  </View>
                );
              })}
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}

export default function Report() {
  usePrintCss();
  const params = useRouter().params;
  const period = params.period || thisMonth();
  const domain = params.domain || '';
  const report = useLoad(`report:${period}:${domain}`, () => callAdmin('stats.report', { period, ...(domain ? { domain } : {}) }));
  const [message, setMessage] = useState('');
  const r = report.data;

  function share() {
    if (!r) return;
    const csv = reportCsv(r);
    const filename = `月报-${r.countyCode}-${r.period}${r.domain ? `-${r.domain}` : ''}.csv`;
    if (process.env.TARO_ENV === 'h5') {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      a.download = filename;
      a.click();
      setMessage(`已下载 ${filename}`);
      return;
    }
    void Taro.setClipboardData({ data: csv.replace(/^\uFEFF/, '') })
      .then(() => setMessage('月报数据（CSV）已复制，可粘贴到微信对话或电子表格。'))
      .catch(() => setMessage('复制失败，请稍后再试'));
  }

  return (
    <Screen>
      <View className="report">
        {report.error && <ErrorBox error={report.error} onRetry={() => void report.reload()} />}
        {!report.error && !r && <Loading />}
        {r && (
          <>
            <View className="h1">{r.countyName}政务公开和监督工作月报</View>
            <View>统计期：{periodName(r.period)}</View>
            {r.domainName && <View>领域：{r.domainName}</View>}
            <View>生成时间：{formatDateTime(r.generatedAt)}</View>
            <View className="row no-print">
              {process.env.TARO_ENV === 'h5' && (
                <ActionButton kind="primary" onTap={() => window.print()}>
                  打印（A4）
                </ActionButton>
              )}
              <ActionButton kind="plain" onTap={share}>
                {process.env.TARO_ENV === 'h5' ? '下载 CSV' : '复制月报数据'}
              </ActionButton>
            </View>
            {message && <View className="muted no-print">{message}</View>}
            <Table title="全县" rows={[r.county]} first="范围" />
            <Table title="乡镇（街道）" rows={r.towns} first="乡镇（街道）" />
            <Table title="责任单位" rows={r.units} first="单位" />
            <View className="report__notes muted">
              <View>
                说明：收到诉求、签收、办结、评价、重办和发布按{periodName(r.period)}
                内发生的计数；公开率、逾期未更新和当前超期是生成时的状况。
              </View>
              <View>比率的分母少于5件时记为“样本不足”，不写成0%或100%。</View>
              <View>
                公开率：有更新周期的主动公开事项中，在周期内已公开的比例（县和单位按县级事项，乡镇按乡级事项，全县合计两者）。逾期未更新：公开过但已超出更新周期的事项数。
              </View>
              <View>及时签收率、按期办结率：按诉求的工作日时限；满意率：评价4星及以上的比例；重办率：重办数/答复数。</View>
              {r.overdueCapped && <View>当前超期的诉求超过1000件，表中为已统计到的下限。</View>}
            </View>
          </>
        )}
      </View>
    </Screen>
  );
}
