// 开通本县 (src/packages/admin/pages/setup): one tap opens the county, the page says what was
// built and where each part is kept from now on; a refusal is said in words and nothing else shows.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import Setup from '../../src/packages/admin/pages/setup/index';
import { ApiError, callAdmin } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

describe('开通本县', () => {
  test('opens the county on a tap and points to the next steps', async () => {
    answer(callAdmin, {
      'county.setup': { countyCode: '510822', countyName: '青川县', towns: 36, villages: 262, units: 60, items: 94, calendarYears: 23 },
    });
    render(<Setup />);
    fireEvent.click(screen.getByRole('button', { name: '开通本县' }));
    expect(await screen.findByText(/青川县已开通：36 个乡镇（街道）、262 个村（社区）、94 个公开事项/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '单位与电话' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '开通本县' })).toBeNull();
    expect(actionsOf(callAdmin)).toEqual(['county.setup']);
  });

  test('says why not when the county is already open', async () => {
    (callAdmin as jest.Mock).mockImplementation(() =>
      Promise.reject(new ApiError('CONFLICT', '本县已经开通：目录、单位和分派规则请在各自的页面修改')),
    );
    render(<Setup />);
    fireEvent.click(screen.getByRole('button', { name: '开通本县' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '本县已经开通：目录、单位和分派规则请在各自的页面修改');
    expect(screen.queryByText('下一步')).toBeNull();
  });
});
