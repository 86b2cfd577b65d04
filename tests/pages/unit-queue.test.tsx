// The unit's hotline queue (src/packages/unit/pages/queue): the function sends the soonest
// deadline first, so overdue complaints come first; the page keeps that order and marks each
// late one in words (已超期 / 严重超期), also in its spoken name.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ComplaintSummary, QueueUnit } from '@core/api/complaint-views';
import type { ComplaintStatus } from '@core/complaints/model';
import { STATUS_NAMES } from '@core/complaints/model';
import UnitQueue from '../../src/packages/unit/pages/queue/index';
import { callPublic, callUnit } from '../../src/services/api';
import { answer } from './mocks/api';
import taro from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const UNIT: QueueUnit = { id: '510118-zjj', name: '新津区住房和城乡建设局', hotline: { number: '028-82512345', demo: true } };

function summary(
  id: string,
  status: ComplaintStatus,
  due: string,
  level: ComplaintSummary['deadline']['level'],
  text: string,
): ComplaintSummary {
  return {
    id,
    kind: '投诉举报',
    category: '公开不及时',
    status,
    statusName: STATUS_NAMES[status],
    regionName: '花桥村',
    itemTitle: '保障性住房分配结果',
    textPreview: text,
    unitName: UNIT.name,
    createdAt: '2025-01-02T02:00:00.000Z',
    deadline: { due, days: 2, dayKind: 'working', level },
    escalated: level === 'very_overdue',
  };
}

// In the function's order: soonest due first.
const QUEUE = [
  summary('TS0001', 'submitted', '2025-01-03T15:59:59.999Z', 'very_overdue', '名单里有人已经去世'),
  summary('TS0002', 'in_progress', '2025-01-20T15:59:59.999Z', 'overdue', '分配结果没有贴出来'),
  summary('TS0003', 'accepted', '2099-02-01T15:59:59.999Z', 'on_time', '想问一下申请条件'),
];

async function open(items: ComplaintSummary[] = QUEUE) {
  answer(callUnit, { 'queue.list': { scope: 'unit', countyCode: '510118', unit: UNIT, items, next: null } });
  answer(callPublic, { 'regions.get': { region: { code: '510118', name: '新津区' }, county: null } });
  render(<UnitQueue />);
  await screen.findByText(items[0].textPreview);
}

const rows = () => screen.getAllByRole('link').filter((l) => /编号 TS/.test(l.textContent ?? ''));

describe('unit queue', () => {
  test('overdue complaints come first and say so in words', async () => {
    await open();
    expect(screen.getByText('新津区住房和城乡建设局')).toBeInTheDocument();
    const [first, second, third] = rows();
    expect(first).toHaveTextContent('编号 TS0001');
    expect(within(first).getByText('‼ 严重超期')).toBeInTheDocument();
    expect(within(first).getByText('督办')).toBeInTheDocument();
    expect(within(first).getByText('应在2025年1月3日前签收')).toBeInTheDocument();
    expect(second).toHaveTextContent('编号 TS0002');
    expect(within(second).getByText('! 已超期')).toBeInTheDocument();
    expect(within(second).getByText('应在2025年1月20日前答复')).toBeInTheDocument();
    expect(third).toHaveTextContent('编号 TS0003');
    expect(within(third).queryByText(/超期/)).not.toBeInTheDocument();
  });

  test('a late row says its lateness in its spoken name', async () => {
    await open();
    expect(screen.getByRole('link', { name: 'TS0001，严重超期' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'TS0002，已超期' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /TS0003，/ })).not.toBeInTheDocument();
  });

  test('the status shows as a word on each row', async () => {
    await open();
    const [first, second, third] = rows();
    expect(within(first).getByText(/待签收/)).toBeInTheDocument();
    expect(within(second).getByText(/办理中/)).toBeInTheDocument();
    expect(within(third).getByText(/已签收/)).toBeInTheDocument();
  });

  test('an answered complaint past its date is not marked late: nothing is running', async () => {
    await open([summary('TS0009', 'answered', '2025-01-03T15:59:59.999Z', 'overdue', '已经答复过的')]);
    const [row] = rows();
    expect(within(row).getByText('✓ 已答复')).toBeInTheDocument();
    expect(within(row).queryByText(/已超期|严重超期/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /编号 TS0009/ })).toBeInTheDocument();
  });

  test('tapping a row opens its detail', async () => {
    await open();
    fireEvent.click(rows()[0]);
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: expect.stringContaining('id=TS0001') });
  });

  test('an empty queue says so', async () => {
    answer(callUnit, { 'queue.list': { scope: 'unit', countyCode: '510118', unit: UNIT, items: [], next: null } });
    answer(callPublic, { 'regions.get': { region: { code: '510118', name: '新津区' }, county: null } });
    render(<UnitQueue />);
    expect(await screen.findByText('目前没有诉求。')).toBeInTheDocument();
  });
});
