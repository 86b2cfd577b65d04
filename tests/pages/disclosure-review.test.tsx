// The disclosure page under a leak report shows 名单核查中 and no list; a published 异议处理结果
// shows in its own block.
import { describe, expect, jest, test } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import type { DisclosureView } from '@core/api/public-views';
import DisclosurePage from '../../src/pages/disclosure/index';
import { callPublic } from '../../src/services/api';
import { PRIVACY_REVIEW_NOTE } from '@core/disclosures/public-view';
import { answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const D: DisclosureView = {
  id: 'v-1',
  itemId: 'i-1',
  itemVersion: 1,
  domain: 'rural_housing_renovation',
  title: '桃花村危房改造对象公示',
  regionCode: '510118001001',
  regionName: '桃花村',
  level: 'village',
  publishedAt: '2026-11-26T02:00:00.000Z',
  publicity: { start: '2026-11-26', end: '2026-12-02', daysLeft: 7, state: '公示中' },
  hasTable: false,
  unitName: '桃花村村民委员会',
  demo: false,
  body: '详见附表。',
  blocks: [],
  interpretation: [],
  attachments: [],
  objections: 1,
  item: null,
};

describe('disclosure page after publication', () => {
  test('under a leak report: the 名单核查中 note, no list', async () => {
    setRouterParams({ id: D.id });
    answer(callPublic, { 'disclosures.get': { ...D, underReview: true, tableNote: PRIVACY_REVIEW_NOTE } });
    render(<DisclosurePage />);
    expect(await screen.findByText(PRIVACY_REVIEW_NOTE)).toBeInTheDocument();
    expect(screen.queryByText(/名单\/明细/)).toBeNull();
  });

  test('the 异议处理结果 block', async () => {
    setRouterParams({ id: D.id });
    const objectionOutcome = {
      label: '异议成立' as const,
      upheld: true,
      text: '经入户核实，已将该户移出名单。',
      at: '2026-11-30T02:00:00.000Z',
      unitName: '花源街道办事处',
    };
    answer(callPublic, { 'disclosures.get': { ...D, objectionOutcome } });
    render(<DisclosurePage />);
    expect(await screen.findByText('异议处理结果')).toBeInTheDocument();
    expect(screen.getByText('异议成立')).toBeInTheDocument();
    expect(screen.getByText('经入户核实，已将该户移出名单。')).toBeInTheDocument();
  });
});
