// The county's statistics page (src/packages/admin/pages/stats): units ranked as the function
// sends them, each rate in words (样本不足 under 5), and the note that charts are unfinished.
import { describe, expect, jest, test } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import Stats from '../../src/packages/admin/pages/stats/index';
import { rowOf } from '@core/stats/service';
import { callAdmin } from '../../src/services/api';
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
    });
    render(<Stats />);
    expect(await screen.findByText('1. 区住建局')).toBeInTheDocument();
    expect(screen.getByText('2. 区教育局')).toBeInTheDocument();
    expect(screen.getByText(/按期办结率 71.4%/)).toBeInTheDocument();
    expect(screen.getByText(/收到2件 · 按期办结率 样本不足/)).toBeInTheDocument();
    expect(screen.getByText(/图表尚未完成/)).toBeInTheDocument();
  });
});
