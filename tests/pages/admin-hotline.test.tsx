// 12345热线对接 (src/packages/admin/pages/hotline): the secret is write-only — the page says
// whether one is set and never shows it; an empty secret field keeps the one set; ticked kinds
// are what is saved.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Hotline from '../../src/packages/admin/pages/hotline/index';
import { callAdmin } from '../../src/services/api';
import { answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const saved = {
  countyCode: '510118',
  enabled: true,
  endpoint: 'https://12345.sc.gov.cn/api/orders',
  kinds: ['投诉举报'],
  categories: [],
  updatedAt: '2026-11-26T02:00:00.000Z',
  secretSet: true,
};

describe('12345热线对接', () => {
  test('shows the secret as set, keeps it when left empty, saves the ticked kinds', async () => {
    const puts: unknown[] = [];
    answer(callAdmin, {
      'hotline.get': saved,
      'hotline.put': (d: unknown) => {
        puts.push(d);
        return saved;
      },
    });
    render(<Hotline />);
    expect(await screen.findByText('签名密钥（已设置）')).toBeTruthy();
    expect((screen.getByLabelText('12345平台接口地址') as HTMLInputElement).value).toBe(saved.endpoint);
    expect((screen.getByLabelText('签名密钥') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('checkbox', { name: /投诉举报/ }).getAttribute('aria-checked')).toBe('true');

    fireEvent.click(screen.getByRole('checkbox', { name: /^○\s*咨询$/ }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({ enabled: true, endpoint: saved.endpoint, kinds: ['投诉举报', '咨询'], categories: [] });
    expect(await screen.findByText('已保存')).toBeTruthy();
  });

  test('a refused save shows the reason', async () => {
    answer(callAdmin, {
      'hotline.get': { ...saved, enabled: false, endpoint: '', secretSet: false },
      'hotline.put': () => {
        throw new (jest.requireActual<typeof import('../../src/services/api')>('../../src/services/api').ApiError)(
          'INVALID_INPUT',
          '启用对接前请填写12345系统的接口地址',
        );
      },
    });
    render(<Hotline />);
    expect(await screen.findByText('签名密钥（未设置）')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /未启用对接/ }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toContain('启用对接前请填写12345系统的接口地址');
  });
});
