// 我要监督 (src/packages/complaint/pages/new): what a resident sees when the form is incomplete, and that a
// double tap on 提交 stores one complaint.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { SubmitAnswer } from '@core/api/complaint-views';
import NewComplaint from '../../src/packages/complaint/pages/new/index';
import { callPublic, callResident } from '../../src/services/api';
import { answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const VILLAGE = {
  code: '510118001001',
  name: '花桥村',
  level: 'village',
  parentCode: '510118001',
  path: ['四川省', '成都市', '新津区', '五津街道'],
  countyCode: '510118',
};

const SUBMITTED: SubmitAnswer = {
  ticket: 'TS20250101ABCD',
  status: 'submitted',
  unitName: '新津区政务公开办',
  unitHotline: null,
  acceptDue: '2025-01-03T15:59:59.999Z',
  answerDue: '2025-01-20T15:59:59.999Z',
  held: false,
};

/** Opens the form for the village and waits until it shows the place. */
async function open() {
  setRouterParams({ code: VILLAGE.code });
  answer(callPublic, { 'regions.get': { region: VILLAGE, county: null } });
  render(<NewComplaint />);
  await screen.findByText('新津区·五津街道·花桥村');
}

const submitButton = () => screen.getByRole('button', { name: '提交' });
const alerts = () => screen.queryAllByRole('alert').map((a) => a.textContent);

function choose(group: string, option: string) {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: new RegExp(option) }));
}

function write(text: string) {
  fireEvent.change(screen.getByPlaceholderText(/公示名单里有一户/), { target: { value: text } });
}

describe('complaint form', () => {
  test('shows where the complaint is about, read from the public API', async () => {
    await open();
    expect(callPublic).toHaveBeenCalledWith('regions.get', { code: VILLAGE.code });
  });

  test('a link without a place says where to start from', () => {
    render(<NewComplaint />);
    expect(screen.getByText(/链接里缺少地区/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument();
  });

  test('nothing chosen: 请选择诉求类型, and nothing is sent', async () => {
    await open();
    fireEvent.click(submitButton());
    expect(alerts()).toEqual(['！请选择诉求类型']);
    expect(callResident).not.toHaveBeenCalled();
  });

  test('no category: 请选择问题类别', async () => {
    await open();
    choose('诉求类型', '咨询');
    fireEvent.click(submitButton());
    expect(alerts()).toEqual(['！请选择问题类别']);
    expect(callResident).not.toHaveBeenCalled();
  });

  test('text too short: 诉求内容至少5个字, and the counter says how many are missing', async () => {
    await open();
    choose('诉求类型', '咨询');
    choose('问题类别', '公开不及时');
    write('太慢');
    expect(screen.getByText(/已写2字.*还差3字/)).toBeInTheDocument();
    fireEvent.click(submitButton());
    expect(alerts()).toEqual(['！诉求内容至少5个字']);
    expect(callResident).not.toHaveBeenCalled();
  });

  test('a wrong phone number: 联系电话格式不正确', async () => {
    await open();
    choose('诉求类型', '咨询');
    choose('问题类别', '公开不及时');
    write('低保名单三个月没有更新了');
    fireEvent.change(screen.getByPlaceholderText(/13800001234/), { target: { value: '12345' } });
    fireEvent.click(submitButton());
    expect(alerts()).toEqual(['！联系电话格式不正确']);
    expect(callResident).not.toHaveBeenCalled();
  });

  test('choosing fixes the message under that field', async () => {
    await open();
    fireEvent.click(submitButton());
    expect(alerts()).toEqual(['！请选择诉求类型']);
    choose('诉求类型', '投诉举报');
    expect(alerts()).toEqual([]);
    expect(screen.getByRole('radio', { name: /投诉举报/ })).toHaveAttribute('aria-checked', 'true');
  });

  test('a double tap on 提交 sends one request, then shows the ticket', async () => {
    await open();
    choose('诉求类型', '投诉举报');
    choose('问题类别', '未按规定公开');
    write('村里的低保名单三个月没有更新了');
    let resolve: (a: SubmitAnswer) => void = () => undefined;
    answer(callResident, { 'complaints.submit': () => new Promise<SubmitAnswer>((r) => (resolve = r)) });

    const button = submitButton();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: '正在提交…' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: '正在提交…' }));

    expect(callResident).toHaveBeenCalledTimes(1);
    const [action, data] = jest.mocked(callResident).mock.calls[0] as [string, Record<string, unknown>];
    expect(action).toBe('complaints.submit');
    expect(data).toMatchObject({ kind: '投诉举报', category: '未按规定公开', regionCode: VILLAGE.code, anonymous: false });

    await act(async () => resolve(SUBMITTED));
    expect(screen.getByText('✓ 提交成功')).toBeInTheDocument();
    expect(screen.getByText('TS20250101ABCD')).toBeInTheDocument();
    expect(callResident).toHaveBeenCalledTimes(1);
  });

  test('a retry after a network error reuses the same request id', async () => {
    await open();
    choose('诉求类型', '咨询');
    choose('问题类别', '其他');
    write('公示栏上的电话打不通');
    const { ApiError } = jest.requireActual<typeof import('../../src/services/api')>('../../src/services/api');
    let calls = 0;
    answer(callResident, {
      'complaints.submit': () => {
        calls += 1;
        if (calls === 1) throw new ApiError('NETWORK', '网络连接不上，请检查网络后点“重试”');
        return SUBMITTED;
      },
    });
    await act(async () => void fireEvent.click(submitButton()));
    expect(await screen.findByRole('button', { name: '重新提交' })).toBeInTheDocument();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '重新提交' })));
    expect(await screen.findByText('✓ 提交成功')).toBeInTheDocument();
    const ids = jest.mocked(callResident).mock.calls.map((c) => (c[1] as { requestId: string }).requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });
});
