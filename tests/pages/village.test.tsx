// The village page (src/pages/village) shows the village's own 公开率 from disclosures.summary:
// the figure with how many items it counts, or 样本不足 with why — never a 0% from a handful.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import taro from '@tarojs/taro';
import { buildCountyCatalog } from '@core/catalog/build-county';
import { rate } from '@core/stats/service';
import VillagePage from '../../src/pages/village/index';
import { callPublic } from '../../src/services/api';
import { answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const catalog = buildCountyCatalog({ code: '510118', name: '新津区' });
const VILLAGE = {
  code: '510118101201',
  name: '桃花村',
  level: 'village' as const,
  parentCode: '510118101',
  path: ['四川省', '成都市', '新津区', '花源街道'],
  countyCode: '510118',
};

async function open(publication: { current: number; due: number } | null) {
  setRouterParams({ code: VILLAGE.code });
  answer(callPublic, {
    'regions.get': { region: VILLAGE, county: { code: '510118', name: '新津区', domains: catalog.county.domains } },
    'disclosures.summary': {
      counts: {},
      running: [],
      publication: publication && { ...rate(publication.current, publication.due), ...publication },
    },
    'responses.list': { items: [], next: null },
  });
  render(<VillagePage />);
  await screen.findByText('桃花村', { selector: '.h1' });
}

describe('village page: its own 公开率', () => {
  test('the figure and what it counts', async () => {
    await open({ current: 9, due: 12 });
    expect(await screen.findByText('本村公开率')).toBeInTheDocument();
    expect(screen.getByText('75.0%')).toBeInTheDocument();
    expect(screen.getByText(/应按期更新的12项中，9项在更新周期内已公开/)).toBeInTheDocument();
    expect(screen.getByLabelText('本村公开率：75.0%')).toBeInTheDocument();
  });

  test('under 5 items due: 样本不足, not 0%', async () => {
    await open({ current: 0, due: 3 });
    expect(await screen.findByText('样本不足')).toBeInTheDocument();
    expect(screen.queryByText(/0\.0%|^0%$/)).not.toBeInTheDocument();
    expect(screen.getByText(/只有3项，不足5项，暂不计算公开率/)).toBeInTheDocument();
  });

  test('nothing shown where the answer has no figure', async () => {
    await open(null);
    expect(screen.queryByText('本村公开率')).not.toBeInTheDocument();
  });
});

describe('village page: 申请信息公开', () => {
  test('leads to the application form for this village', async () => {
    await open(null);
    fireEvent.click(screen.getByText('申请信息公开'));
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/apply/pages/new/index?code=${VILLAGE.code}` });
  });
});
