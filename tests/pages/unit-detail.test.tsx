// One complaint as the unit handles it (src/packages/unit/pages/detail): exactly the actions the
// function allows for its status — a submitted complaint offers 签收 and 退单, never 答复 — and
// overdue in words.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ComplaintDetail } from '@core/api/complaint-views';
import { TRANSITIONS } from '@core/complaints/lifecycle';
import { STATUS_NAMES, type ComplaintAction, type ComplaintStatus } from '@core/complaints/model';
import UnitComplaintPage from '../../src/packages/unit/pages/detail/index';
import { callUnit } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const ALL_BUTTONS = ['审核通过', '签收', '开始办理', '答复', '申请延期', '退单', '改派', '督办'];
const STAFF_ACTIONS: ComplaintDetail['can'] = ['accept', 'return', 'start', 'extend', 'answer', 'transfer', 'escalate', 'release'];

/** What the unit function lets unit staff do in a status (its `can`, without the deadline rules). */
const staffCan = (status: ComplaintStatus): ComplaintDetail['can'] =>
  STAFF_ACTIONS.filter((a) => {
    const rule = TRANSITIONS[a as ComplaintAction];
    return rule.roles.includes('unit_staff') && rule.from.includes(status);
  });

const deadline = (due: string, level: 'on_time' | 'overdue' | 'very_overdue' = 'on_time') => ({
  due,
  days: 2,
  dayKind: 'working' as const,
  level,
});

function complaint(status: ComplaintStatus, extra: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    id: 'TS0001',
    kind: '投诉举报',
    category: '公开不及时',
    status,
    statusName: STATUS_NAMES[status],
    regionName: '花桥村',
    itemTitle: '保障性住房分配结果',
    textPreview: '分配结果没有贴出来',
    text: '分配结果没有贴出来，问村里说还没定。',
    photos: [],
    anonymous: false,
    regionCode: '510118001001',
    unitId: '510118-zjj',
    unitName: '新津区住房和城乡建设局',
    unitHotline: null,
    createdAt: '2025-01-02T02:00:00.000Z',
    deadline: deadline('2099-01-03T15:59:59.999Z'),
    acceptDeadline: deadline('2099-01-03T15:59:59.999Z'),
    answerDeadline: deadline('2099-01-31T15:59:59.999Z'),
    escalated: false,
    extended: false,
    reopened: false,
    timeline: [{ at: '2025-01-02T02:00:00.000Z', action: 'submit', actionName: '提交', by: '投诉人' }],
    can: staffCan(status),
    ...extra,
  };
}

async function open(c: ComplaintDetail) {
  setRouterParams({ id: c.id });
  answer(callUnit, { 'complaints.get': c });
  render(<UnitComplaintPage />);
  await screen.findByText(c.text);
}

/** The names of the action buttons under 办理, in order. */
function actionButtons(): string[] {
  const heading = screen.queryByText('办理', { selector: '.h2' });
  if (!heading) return [];
  return within(heading.parentElement as HTMLElement)
    .getAllByRole('button')
    .map((b) => b.textContent ?? '')
    .filter((t) => ALL_BUTTONS.includes(t));
}

describe('unit complaint detail', () => {
  test('a submitted complaint offers 签收 and 退单, not 答复', async () => {
    await open(complaint('submitted'));
    expect(screen.getByText('● 待签收')).toBeInTheDocument();
    expect(actionButtons()).toEqual(['签收', '退单']);
    expect(screen.queryByRole('button', { name: '答复' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '开始办理' })).not.toBeInTheDocument();
  });

  test('an accepted complaint offers 开始办理, 答复, 申请延期 and 退单, no longer 签收', async () => {
    await open(complaint('accepted'));
    expect(actionButtons()).toEqual(['开始办理', '答复', '申请延期', '退单']);
    expect(screen.queryByRole('button', { name: '签收' })).not.toBeInTheDocument();
  });

  test('an extended complaint in progress no longer offers 申请延期', async () => {
    const c = complaint('in_progress', { extended: true });
    await open({ ...c, can: c.can.filter((a) => a !== 'extend') });
    expect(actionButtons()).toEqual(['答复']);
    expect(screen.getByText('已延期')).toBeInTheDocument();
  });

  test('an answered or closed complaint offers no action at all', async () => {
    await open(
      complaint('answered', {
        answer: { text: '已张贴分配结果。', attachments: [], at: '2025-01-10T02:00:00.000Z', unitName: '新津区住房和城乡建设局' },
      }),
    );
    expect(screen.queryByText('办理', { selector: '.h2' })).not.toBeInTheDocument();
    expect(screen.getByText('已张贴分配结果。')).toBeInTheDocument();
  });

  test('an overdue complaint says 已超期 / 严重超期 in words', async () => {
    await open(complaint('submitted', { deadline: deadline('2025-01-03T15:59:59.999Z', 'very_overdue'), escalated: true }));
    expect(screen.getByText('‼ 严重超期')).toBeInTheDocument();
    expect(screen.getByText('督办', { selector: '.badge' })).toBeInTheDocument();
  });

  test('签收 sends complaints.accept once and shows the new state', async () => {
    const before = complaint('submitted');
    const after = complaint('accepted');
    let current = before;
    answer(callUnit, {
      'complaints.get': () => current,
      'complaints.accept': () => {
        current = after;
        return after;
      },
    });
    setRouterParams({ id: before.id });
    render(<UnitComplaintPage />);
    const button = await screen.findByRole('button', { name: '签收' });
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(actionsOf(callUnit).filter((a) => a === 'complaints.accept')).toHaveLength(1);
    expect(await screen.findByRole('button', { name: '答复' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '签收' })).not.toBeInTheDocument();
  });

  test('退单 opens a panel that asks for a reason before sending', async () => {
    await open(complaint('submitted'));
    fireEvent.click(screen.getByRole('button', { name: '退单' }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: '确认退单' })));
    expect(screen.getByRole('alert')).toHaveTextContent(/退单理由/);
    expect(actionsOf(callUnit)).not.toContain('complaints.return');
  });
});
