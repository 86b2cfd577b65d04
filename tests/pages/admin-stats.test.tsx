// The county's statistics page (src/packages/admin/pages/stats): units ranked as the function
// sends them, each rate in words (样本不足 under 5), the monthly trend's table (a month under 5
// events reads 样本不足), and the way to the printable report.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { trendOf } from '@core/stats/trend';
import Stats from '../../src/packages/admin/pages/stats/index';
import { rowOf } from '@core/stats/service';
import { callAccount, callAdmin, callPublic } from '../../src/services/api';
import { answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

describe('admin stats page', () => {
  test('ranks units with their rates, 样本不足 for tiny samples', async () => {
    const good = rowOf('unit', '510118-zjj', '区住建局', { received: 7, answered: 7, answeredOnTime: 5, accepted: 7, acceptedOnTime: 6 });
    const tiny = rowOf('unit', '510118-jyj', '区教育局', { received: 2, answered: 2, answeredOnTime: 2 });
    answer(callAdmin, {
      'stats.dashboard': {
        countyCode: '510118',
        period: '2026-11',
        county: rowOf('county', '510118', '全县', { received: 9 }),
        units: [good, tiny],
        towns: [],
        villages: [],
      },
      'stats.trend': {
        countyCode: '510118',
        period: '2026-11',
        months: trendOf(
          ['2026-10', '2026-11'],
          new Map([
            ['2026-10', { received: 3, answered: 3, answeredOnTime: 3 }],
            ['2026-11', { received: 9, answered: 6, answeredOnTime: 5 }],
          ]),
        ),
      },
    });
    render(<Stats />);
    expect(await screen.findByText('1. 区住建局')).toBeInTheDocument();
    expect(screen.getByText('2. 区教育局')).toBeInTheDocument();
    expect(screen.getByText(/按期办结率 71.4%/)).toBeInTheDocument();
    expect(screen.getByText(/收到2件 · 按期办结率 样本不足/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '各月数据' });
    const [, oct, nov] = within(table).getAllByRole('row');
    expect(
      within(oct)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026年10月', '3', '样本不足', '样本不足', '样本不足']);
    expect(
      within(nov)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026年11月', '9', '83.3%', '样本不足', '样本不足']);
    expect(screen.getByText(/共收到诉求12件，最多的是2026-11（9件），最近有足够样本的按期办结率为83.3%（2026-11）/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('打印月报'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: expect.stringMatching(/pages\/report\/index\?period=20\d\d-\d\d$/) });
  });

  test('the 领域 picker reloads the figures, the chart and the export, and takes the report along', async () => {
    const countyRow = (received: number) => rowOf('county', '510118', '全县', { received });
    const asked: Array<[string, unknown]> = [];
    const byDomain = (d: { domain?: string }) => (d.domain === 'land' ? 2 : 9);
    answer(callAccount, { me: { account: { role: 'county_admin', regionCodes: ['510118'] } } });
    answer(callPublic, {
      'regions.get': {
        region: { code: '510118', name: '新津区' },
        county: {
          code: '510118',
          name: '新津区',
          domains: [
            { id: 'land', name: '征收集体土地征地补偿', shortName: '征地补偿', order: 1, summary: '' },
            { id: 'rural_housing_renovation', name: '农村危房改造', shortName: '危房改造', order: 2, summary: '' },
          ],
        },
      },
    });
    answer(callAdmin, {
      'stats.dashboard': (d: { period: string; domain?: string }) => {
        asked.push(['stats.dashboard', d]);
        return { countyCode: '510118', period: d.period, county: countyRow(byDomain(d)), units: [], towns: [], villages: [] };
      },
      'stats.trend': (d: { period: string; domain?: string }) => {
        asked.push(['stats.trend', d]);
        return { countyCode: '510118', period: d.period, months: trendOf([d.period], new Map([[d.period, { received: byDomain(d) }]])) };
      },
      'stats.export': (d: { period: string; domain?: string }) => {
        asked.push(['stats.export', d]);
        return { filename: `统计-510118-${d.period}-${d.domain}.csv`, csv: '', rows: 1 };
      },
    });
    render(<Stats />);
    expect(await screen.findByText('收到9件 · 按期办结率 样本不足 · 及时签收率 样本不足 · 满意率 样本不足')).toBeInTheDocument();
    const picker = await screen.findByRole('radiogroup', { name: '领域' });
    expect(within(picker).getByText(/全部领域/)).toBeInTheDocument();
    fireEvent.click(within(picker).getByText('征地补偿'));
    expect(await screen.findByText('全县（征收集体土地征地补偿）')).toBeInTheDocument();
    expect(await screen.findByText('收到2件 · 按期办结率 样本不足 · 及时签收率 样本不足 · 满意率 样本不足')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '各月数据' });
    expect(within(within(table).getAllByRole('row')[1]).getAllByRole('cell')[1].textContent).toBe('2');
    expect(asked.filter(([a]) => a !== 'stats.export').slice(-2)).toEqual([
      ['stats.dashboard', { period: expect.any(String), domain: 'land' }],
      ['stats.trend', { period: expect.any(String), domain: 'land' }],
    ]);
    fireEvent.click(screen.getByText('导出 CSV'));
    expect(await screen.findByText(/已导出1行（统计-510118-.*-land\.csv）/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('打印月报'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: expect.stringMatching(/report\/index\?period=20\d\d-\d\d&domain=land$/) });
    // Back to 全部领域: the figures of all domains again, asked without a domain.
    fireEvent.click(within(picker).getByText(/全部领域/));
    expect(await screen.findByText('收到9件 · 按期办结率 样本不足 · 及时签收率 样本不足 · 满意率 样本不足')).toBeInTheDocument();
    expect(screen.queryByText(/全县（/)).not.toBeInTheDocument();
  });
});
