// 统计: the county's units ranked by 按期办结率 for a month or a year (及时签收率, 满意率,
// 公开及时率, 平均办理工作日; 样本不足 under 5 events), the towns below, a CSV export, the
// monthly trend chart (with its table) and the way to the printable monthly report (打印月报);
// all of them for every 领域 (全部领域) or for the one picked.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import type { StatsRow } from '@core/stats/service';
import { TrendChart } from '../../charts/TrendChart';
import { Chips, domainChoices, useMyCounty } from '../../components/Pickers';

function shanghaiMonth(offset: number): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return d.toISOString().slice(0, 7);
}

function Rows({ rows }: { rows: StatsRow[] }) {
  if (!rows.length) return <View className="muted">本期暂无数据</View>;
  return (
    <View className="card">
      {rows.map((r, i) => (
        <View className="row" key={r.scopeId}>
          <View>
            <Text>
              {i + 1}. {r.name}
            </Text>
            <View className="muted">
              收到{r.counts.received}件 · 按期办结率 {r.answeredOnTime.text} · 及时签收率 {r.acceptedOnTime.text} · 满意率{' '}
              {r.satisfied.text}
            </View>
            <View className="muted">
              发布{r.counts.published}条 · 公开及时率 {r.publishedOnTime.text} · 平均办理{' '}
              {r.averageWorkdays === null ? '样本不足' : `${r.averageWorkdays}个工作日`} · 重办{r.counts.reopened}件
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}

export default function Stats() {
  const periods = [shanghaiMonth(0), shanghaiMonth(-1), shanghaiMonth(0).slice(0, 4)];
  const [period, setPeriod] = useState(periods[0]);
  const [domain, setDomain] = useState('');
  // The picker lists the county's own 领域; until they are known the figures are of all of them.
  const { county } = useMyCounty();
  const req = { period, ...(domain ? { domain } : {}) };
  const dash = useLoad(`stats:${period}:${domain}`, () => callAdmin('stats.dashboard', req));
  const trend = useLoad(`trend:${period}:${domain}`, () => callAdmin('stats.trend', req));
  const [message, setMessage] = useState('');
  const domainName = county?.domains.find((d) => d.id === domain)?.name;

  async function exportCsv() {
    try {
      const { csv, filename, rows } = await callAdmin('stats.export', req);
      if (process.env.TARO_ENV === 'h5') {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
        a.download = filename;
        a.click();
      }
      setMessage(`已导出${rows}行（${filename}）`);
    } catch (e) {
      setMessage(toApiError(e).message);
    }
  }

  return (
    <Screen>
      <View className="h1">统计</View>
      <View className="muted">比率在少于5件时显示“样本不足”。</View>
      <View className="row">
        {periods.map((p) => (
          <ActionButton key={p} kind={p === period ? 'primary' : 'plain'} onTap={() => setPeriod(p)}>
            {p.length === 4 ? `${p}年` : `${p.slice(0, 4)}年${Number(p.slice(5))}月`}
          </ActionButton>
        ))}
      </View>
      {county && <Chips name="领域" anyLabel="全部领域" choices={domainChoices(county.domains)} value={domain} onChange={setDomain} />}
      <View className="row">
        <ActionButton kind="plain" onTap={() => void exportCsv()}>
          导出 CSV
        </ActionButton>
        <ActionButton
          kind="plain"
          onTap={() =>
            void Taro.navigateTo({ url: `/packages/admin/pages/report/index?period=${period}${domain ? `&domain=${domain}` : ''}` })
          }
        >
          打印月报
        </ActionButton>
      </View>
      {message && <View className="muted">{message}</View>}
      {dash.error && <ErrorBox error={dash.error} onRetry={() => void dash.reload()} />}
      {!dash.error && !dash.data && <Loading />}
      <View className="h2">每月趋势（{period.length === 4 ? `${period}年各月` : `截至${period}的12个月`}）</View>
      {trend.error && <ErrorBox error={trend.error} onRetry={() => void trend.reload()} />}
      {trend.data && <TrendChart months={trend.data.months} />}
      {dash.data && (
        <>
          <View className="h2">全县{domainName ? `（${domainName}）` : ''}</View>
          <Rows rows={[dash.data.county]} />
          <View className="h2">单位排名（按期办结率）</View>
          <Rows rows={dash.data.units} />
          <View className="h2">乡镇（街道）</View>
          <Rows rows={dash.data.towns} />
        </>
      )}
    </Screen>
  );
}
