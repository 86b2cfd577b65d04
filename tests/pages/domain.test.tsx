// One domain's page (src/pages/domain): every catalog item says its state in words — 已公开,
// 逾期未更新, 暂无 — with the sign, not only a colour.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { CatalogEntry, DisclosureSummary, ItemState } from '@core/api/public-views';
import { buildCountyCatalog } from '@core/catalog/build-county';
import DomainPage from '../../src/pages/domain/index';
import { callPublic } from '../../src/services/api';
import { answer } from './mocks/api';
import taro, { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const COUNTY = { code: '510118', name: '新津区' };
const DOMAIN = 'rural_housing_renovation';
const catalog = buildCountyCatalog(COUNTY);
const items = catalog.items.filter((i) => i.domain === DOMAIN).slice(0, 3);

const latest: DisclosureSummary = {
  id: 'd-plan-2025',
  itemId: items[0].id,
  domain: DOMAIN,
  title: '2025年农村危房改造年度计划',
  regionCode: COUNTY.code,
  regionName: COUNTY.name,
  level: 'county',
  publishedAt: '2025-03-01T02:00:00.000Z',
  hasTable: false,
  unitName: '新津区住房和城乡建设局',
  demo: false,
};

const STATES: ItemState[] = ['已公开', '逾期未更新', '暂无'];
const entries: CatalogEntry[] = items.map((item, i) => ({
  item,
  state: STATES[i],
  latest: i === 0 ? latest : null,
  nextDue: i === 1 ? '2025-02-01' : null,
}));

async function open() {
  setRouterParams({ code: COUNTY.code, domain: DOMAIN });
  answer(callPublic, {
    'catalog.list': { county: catalog.county, region: { code: COUNTY.code }, entries },
    'disclosures.list': { items: [latest], next: null },
  });
  render(<DomainPage />);
  await screen.findByText('要公开的事项（3项）');
}

/** The link of one catalog item, found by its title. */
const entryOf = (title: string) => screen.getAllByRole('link').find((l) => within(l).queryByText(title)) as HTMLElement;

describe('domain page', () => {
  test('each item shows its state as words: 已公开 / 逾期未更新 / 暂无', async () => {
    await open();
    expect(screen.getByText('农村危房改造', { selector: '.h1' })).toBeInTheDocument();
    expect(within(entryOf(items[0].level2)).getByText('✓ 已公开')).toBeInTheDocument();
    expect(within(entryOf(items[1].level2)).getByText('! 逾期未更新')).toBeInTheDocument();
    expect(within(entryOf(items[2].level2)).getByText('– 暂无')).toBeInTheDocument();
    // One state per item, none borrowed from a neighbour.
    expect(within(entryOf(items[0].level2)).queryByText(/逾期未更新|暂无/)).not.toBeInTheDocument();
    expect(within(entryOf(items[2].level2)).queryByText(/已公开/)).not.toBeInTheDocument();
  });

  test('an overdue item says by when it should have been updated; a published one links its latest', async () => {
    await open();
    expect(within(entryOf(items[1].level2)).getByText(/下次应在2025年2月1日前更新/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /最近公开.*2025年农村危房改造年度计划/ })).toBeInTheDocument();
  });

  test('the published disclosures are listed under 已公开的信息, and tapping one opens it', async () => {
    await open();
    const row = await screen.findByRole('link', { name: /2025年农村危房改造年度计划.*新津区（县级）/ });
    fireEvent.click(row);
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/disclosure/index?id=d-plan-2025' });
  });

  test('a link without the domain says so instead of loading', () => {
    setRouterParams({ code: COUNTY.code });
    render(<DomainPage />);
    expect(screen.getByText('链接不完整，请回首页重新选择。')).toBeInTheDocument();
    expect(callPublic).not.toHaveBeenCalled();
  });
});
