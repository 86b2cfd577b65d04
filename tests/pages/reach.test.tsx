// Answers reach people, in the pages: home's 您的监督有新答复 card and the 新 mark on 我的监督
// (asked only of someone who has complaints), the subscribe ask after filing (weapp only, with
// configured templates, recorded yes or no), and the share titles of the lookup pages.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { DisclosureView } from '@core/api/public-views';
import type { UnreadAnswer } from '@core/api/complaint-views';
import Home from '../../src/pages/index/index';
import DisclosurePage from '../../src/pages/disclosure/index';
import { SubscribePrompt } from '../../src/components/SubscribePrompt';
import { callAccount, callPublic, callResident } from '../../src/services/api';
import { setSubscribePort } from '../../src/services/subscribe';
import { rememberHasApplications, rememberHasComplaints } from '../../src/hooks/useUnread';
import { disclosureShareTitle } from '../../src/services/share';
import { actionsOf, answer } from './mocks/api';
import { currentShare, setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const ME = { openid: 'o-res', account: null, roleName: '居民', bindingName: null, entries: [] };
const UNREAD: UnreadAnswer = {
  count: 2,
  more: false,
  items: [
    { id: '510118-20261126-0001', title: '董大桥村危房改造补助对象公示', statusName: '已答复', at: '2026-11-27T02:00:00.000Z' },
    { id: '510118-20261126-0002', title: '咨询', statusName: '已签收', at: '2026-11-26T06:00:00.000Z' },
  ],
};

describe('home: 您的监督有新答复', () => {
  test('shows the card with each complaint that changed and the 新 mark on 我的监督', async () => {
    rememberHasComplaints();
    answer(callAccount, { me: ME });
    answer(callResident, { 'complaints.unread': UNREAD });
    render(<Home />);
    expect(await screen.findByText('您的监督有新答复')).toBeInTheDocument();
    expect(screen.getByText('董大桥村危房改造补助对象公示')).toBeInTheDocument();
    expect(screen.getByText('现在：已答复')).toBeInTheDocument();
    expect(screen.getByLabelText('有2件新进展')).toHaveTextContent('新');
    expect(actionsOf(callResident)).toEqual(['complaints.unread']);
  });

  test('shows nothing when nothing changed', async () => {
    rememberHasComplaints();
    answer(callAccount, { me: ME });
    answer(callResident, { 'complaints.unread': { count: 0, more: false, items: [] } });
    render(<Home />);
    await act(async () => undefined);
    expect(actionsOf(callResident)).toEqual(['complaints.unread']);
    expect(screen.queryByText('您的监督有新答复')).toBeNull();
    expect(screen.queryByText('新')).toBeNull();
  });

  test('a first-time visitor (no complaints here) is not asked at all', async () => {
    answer(callAccount, { me: ME });
    render(<Home />);
    await act(async () => undefined);
    expect(actionsOf(callResident)).toEqual([]);
    expect(screen.getByText('凭编号查询办理进度')).toBeInTheDocument();
    expect(screen.queryByText(/我的信息公开申请/)).toBeNull();
  });
});

describe('home: 我的信息公开申请', () => {
  test('someone who applied here finds 我的信息公开申请 with 新 when a unit acted', async () => {
    rememberHasApplications();
    answer(callAccount, { me: ME });
    answer(callResident, { 'applications.unread': { count: 1, more: false } });
    render(<Home />);
    expect(await screen.findByLabelText('有1件新进展')).toHaveTextContent('新');
    expect(screen.getByText(/我的信息公开申请/)).toBeInTheDocument();
  });
});

describe('home: 我的编号 and 开通本县', () => {
  test('shows the WeChat id on a tap, to give to the deployment', async () => {
    answer(callAccount, { me: ME });
    render(<Home />);
    fireEvent.click(await screen.findByText('我的编号（开通管理员时用）'));
    expect(screen.getByText('o-res')).toBeInTheDocument();
    expect(screen.getByText('复制')).toBeInTheDocument();
  });

  test('a first admin of a county not yet open is offered 开通本县 and no other work', async () => {
    answer(callAccount, {
      me: {
        ...ME,
        roleName: '县政务公开办',
        entries: [{ key: 'setup', title: '开通本县', path: '/packages/admin/pages/setup/index' }],
      },
    });
    render(<Home />);
    expect(await screen.findByText('开通本县')).toBeInTheDocument();
    expect(screen.queryByText('诉求办理')).toBeNull();
    expect(screen.queryByText('节假日安排')).toBeNull();
  });
});

describe('subscribe ask after filing', () => {
  test('on a platform with subscribe messages, asks in the tap for the configured templates and records every answer', async () => {
    const ask = jest.fn(async (ids: string[]) => ({ [ids[0]]: 'accept' as const, [ids[1]]: 'reject' as const }));
    setSubscribePort({ supported: true, ask });
    try {
      answer(callAccount, {
        'subscribe.offer': { owner: ['TPL-a', 'TPL-b'], staff: ['TPL-n'] },
        'subscribe.record': { accepted: ['accepted'], declined: ['answered'] },
      });
      render(<SubscribePrompt audience="owner" />);
      fireEvent.click(await screen.findByText('接收通知'));
      expect(ask).toHaveBeenCalledWith(['TPL-a', 'TPL-b']);
      expect(await screen.findByText(/已开启通知/)).toBeInTheDocument();
      expect((callAccount as jest.Mock).mock.calls.at(-1)).toEqual([
        'subscribe.record',
        { answers: { 'TPL-a': 'accept', 'TPL-b': 'reject' } },
      ]);
    } finally {
      setSubscribePort({ supported: false, ask: async () => null });
    }
  });

  test('shows nothing when no template is configured, and nothing on H5', async () => {
    setSubscribePort({ supported: true, ask: async () => null });
    try {
      answer(callAccount, { 'subscribe.offer': { owner: [], staff: [] } });
      const { container } = render(<SubscribePrompt audience="owner" />);
      await act(async () => undefined);
      expect(container.textContent).toBe('');
    } finally {
      setSubscribePort({ supported: false, ask: async () => null });
    }
    const { container } = render(<SubscribePrompt audience="staff" />);
    await act(async () => undefined);
    expect(container.textContent).toBe('');
    expect(actionsOf(callAccount)).toEqual(['subscribe.offer']);
  });
});

describe('sharing', () => {
  const D = {
    id: 'pub-510118001001-x',
    itemId: '510118-rural_housing_renovation-03',
    domain: 'rural_housing_renovation',
    title: '2026年农村危房改造补助对象公示',
    regionCode: '510118001001',
    regionName: '董大桥村',
    level: 'village',
    publishedAt: '2026-11-26T02:00:00.000Z',
    hasTable: false,
    unitName: '董大桥村民委员会',
    demo: false,
    body: '经评议，拟补助对象如下。',
    blocks: [],
    interpretation: [],
    attachments: [],
    objections: 0,
    itemVersion: 1,
    item: null,
  } as unknown as DisclosureView;

  test('a disclosure shares to a chat and 朋友圈 with its place, kind of disclosure and title, and opens itself', async () => {
    setRouterParams({ id: D.id });
    answer(callPublic, { 'disclosures.get': D });
    render(<DisclosurePage />);
    expect(await screen.findByText('分享')).toBeInTheDocument();
    expect(currentShare()).toEqual({
      chat: { title: '董大桥村·村务公开：2026年农村危房改造补助对象公示', path: `/pages/disclosure/index?id=${D.id}` },
      timeline: { title: '董大桥村·村务公开：2026年农村危房改造补助对象公示', query: `id=${D.id}` },
    });
  });

  test('titles name the level and stay short enough for a chat card', () => {
    expect(disclosureShareTitle('新津区', 'county', '农村危房改造补助标准')).toBe('新津区·政务公开：农村危房改造补助标准');
    const long = disclosureShareTitle('董大桥村', 'village', '关于'.repeat(40));
    expect(Array.from(long).length).toBe(60);
    expect(long.endsWith('…')).toBe(true);
  });
});
