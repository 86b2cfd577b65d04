// 打印月报 (src/packages/admin/pages/report): the county, towns and units with every figure of
// the 定期报告; a rate whose denominator is under 5 reads 样本不足 — never 0% or 100% — in the
// table and in the CSV made from the same columns.
import { describe, expect, jest, test } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import Report from '../../src/packages/admin/pages/report/index';
import { rowOf } from '@core/stats/service';
import { emptyPublicity, type ReportRow, type StatsReport } from '@core/stats/report';
import { rate } from '@core/stats/service';
import { reportCsv } from '../../src/packages/admin/report-columns';
import { callAdmin } from '../../src/services/api';
import { setRouterParams } from './mocks/taro';
import { answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const row = (r: ReturnType<typeof rowOf>, extra: Partial<ReportRow> = {}): ReportRow => ({
  ...r,
  publicity: emptyPublicity(),
  reopened: rate(r.counts.reopened, r.counts.answered),
  overdueNow: 0,
  ...extra,
});

const report: StatsReport = {
  countyCode: '510118',
  countyName: '新津区',
  period: '2026-11',
  generatedAt: '2026-12-01T02:00:00.000Z',
  county: row(rowOf('county', '510118', '全县', { received: 12, answered: 10, answeredOnTime: 9, reopened: 1, rated: 6, satisfied: 6 }), {
    publicity: { due: 8, current: 6, overdue: 1, never: 1, rate: rate(6, 8) },
    overdueNow: 2,
  }),
  towns: [
    row(rowOf('town', '510118101', '花源街道', { received: 2, answered: 2, answeredOnTime: 2 }), {
      publicity: { due: 3, current: 3, overdue: 0, never: 0, rate: rate(3, 3) },
    }),
  ],
  units: [
    row(rowOf('unit', '510118-zjj', '新津区住房和城乡建设局', { received: 10, answered: 8, answeredOnTime: 7, rated: 6, satisfied: 6 }), {
      publicity: { due: 5, current: 3, overdue: 2, never: 0, rate: rate(3, 5) },
      overdueNow: 2,
    }),
    row(rowOf('unit', '510118-jyj', '新津区教育局', { received: 1, answered: 1, answeredOnTime: 0 })),
  ],
  overdueCapped: false,
};

const cellsOf = (table: HTMLElement, name: string) =>
  within(within(table).getByRole('rowheader', { name }).parentElement!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('monthly report page', () => {
  test('every figure per scope; 样本不足 under 5 events, never 0% or 100%', async () => {
    setRouterParams({ period: '2026-11' });
    answer(callAdmin, { 'stats.report': (d: { period: string }) => ({ ...report, period: d.period }) });
    render(<Report />);
    expect(await screen.findByText('新津区政务公开和监督工作月报')).toBeInTheDocument();
    expect(screen.getByText('统计期：2026年11月')).toBeInTheDocument();
    expect(screen.getByText('生成时间：2026-12-01 10:00')).toBeInTheDocument();

    const units = screen.getByRole('table', { name: '责任单位' });
    // 公开率 逾期未更新 公开及时率 收到 及时签收率 按期办结率 满意率 重办率 平均工作日 当前超期
    expect(cellsOf(units, '新津区住房和城乡建设局')).toEqual([
      '60.0%（3/5）',
      '2',
      '样本不足',
      '10',
      '样本不足',
      '87.5%',
      '100.0%',
      '0.0%',
      '0',
      '2',
    ]);
    // One complaint answered late: 0 of 1 is 样本不足, not 0%; no periodic item: no 公开率.
    expect(cellsOf(units, '新津区教育局')).toEqual([
      '无定期事项',
      '0',
      '样本不足',
      '1',
      '样本不足',
      '样本不足',
      '样本不足',
      '样本不足',
      '样本不足',
      '0',
    ]);
    // 3 of 3 items kept up and 2 of 2 answered on time: still 样本不足, not 100%.
    const towns = screen.getByRole('table', { name: '乡镇（街道）' });
    expect(cellsOf(towns, '花源街道').slice(0, 6)).toEqual(['样本不足（3/3）', '0', '样本不足', '2', '样本不足', '样本不足']);
    expect(cellsOf(screen.getByRole('table', { name: '全县' }), '全县')[0]).toBe('75.0%（6/8）');
    expect(callAdmin).toHaveBeenCalledWith('stats.report', { period: '2026-11' });
  });

  test('the CSV has the same columns, with a BOM, and the same 样本不足', () => {
    const csv = reportCsv(report);
    expect(
      csv.startsWith(
        '\uFEFF统计期,领域,范围,名称,公开率,逾期未更新,公开及时率,收到诉求,及时签收率,按期办结率,满意率,重办率,平均办理工作日,当前超期\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('2026-11,全部领域,单位,新津区教育局,无定期事项,0,样本不足,1,样本不足,样本不足,样本不足,样本不足,样本不足,0\r\n');
    expect(csv.trim().split('\r\n')).toHaveLength(5);
  });

  test('opened for one 领域: asks for it and names it', async () => {
    setRouterParams({ period: '2026-11', domain: 'land' });
    const asked: unknown[] = [];
    answer(callAdmin, {
      'stats.report': (d: { period: string; domain?: string }) => {
        asked.push(d);
        return { ...report, domain: 'land', domainName: '征收集体土地征地补偿' };
      },
    });
    render(<Report />);
    expect(await screen.findByText('领域：征收集体土地征地补偿')).toBeInTheDocument();
    expect(asked).toEqual([{ period: '2026-11', domain: 'land' }]);
    expect(reportCsv({ ...report, domain: 'land', domainName: '征收集体土地征地补偿' }).split('\r\n')[1]).toMatch(
      /^2026-11,征收集体土地征地补偿,全县,全县,/,
    );
  });
});
