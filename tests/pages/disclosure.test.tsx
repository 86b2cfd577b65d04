// The disclosure page: its 解读 (这份文件说了什么) comes before the document; the body's headings
// and lists are laid out as text (never HTML); the link to the original and the publisher show.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import type { DisclosureView } from '@core/api/public-views';
import { parseBody } from '@core/publicity/markup';
import DisclosurePage from '../../src/pages/disclosure/index';
import { callPublic } from '../../src/services/api';
import { answer } from './mocks/api';
import taro, { setRouterParams } from './mocks/taro';
import ShareCardPage from '../../src/packages/share/pages/card/index';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const BODY = '## 补助标准\n- D级危房每户3.5万元\n- C级危房每户1.5万元\n\n<b>加粗</b>';
const D: DisclosureView = {
  id: 'pub-510118-x',
  itemId: '510118-rural_housing_renovation-03',
  domain: 'rural_housing_renovation',
  title: '新津区农村危房改造补助标准',
  regionCode: '510118',
  regionName: '新津区',
  level: 'county',
  publishedAt: '2026-11-26T02:00:00.000Z',
  hasTable: false,
  unitName: '新津区住房和城乡建设局',
  demo: false,
  body: BODY,
  blocks: parseBody(BODY),
  interpretation: [{ q: '这份文件说了什么？', a: '危房户可以申请修房补助。' }],
  link: { title: '新津区农村危房改造实施办法', url: 'https://www.xinjin.gov.cn/a.html', date: '2026-03-01' },
  attachments: [],
  objections: 0,
  itemVersion: 1,
  item: null,
};

describe('disclosure page', () => {
  test('shows the 解读 first, then the document with headings and lists, the link and the publisher', async () => {
    setRouterParams({ id: D.id });
    answer(callPublic, { 'disclosures.get': D });
    const { container } = render(<DisclosurePage />);
    await screen.findByText('这份文件说了什么');
    const text = container.textContent ?? '';
    expect(text.indexOf('危房户可以申请修房补助。')).toBeLessThan(text.indexOf('D级危房每户3.5万元'));
    expect(screen.getByText('补助标准')).toBeInTheDocument();
    expect(screen.getByText('C级危房每户1.5万元')).toBeInTheDocument();
    expect(screen.getByText('<b>加粗</b>')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('新津区农村危房改造实施办法')).toBeInTheDocument();
    expect(screen.getAllByText(/新津区住房和城乡建设局/).length).toBeGreaterThan(0);
  });

  test('a running 公示 offers 生成分享图片, which opens the card page; a closed one does not', async () => {
    const running: DisclosureView = { ...D, publicity: { start: '2026-11-26', end: '2026-12-02', daysLeft: 3, state: '公示中' } };
    setRouterParams({ id: D.id });
    answer(callPublic, { 'disclosures.get': running });
    const { unmount } = render(<DisclosurePage />);
    fireEvent.click(await screen.findByRole('button', { name: '生成分享图片' }));
    expect(taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/share/pages/card/index?id=${encodeURIComponent(D.id)}` });
    unmount();

    answer(callPublic, { 'disclosures.get': { ...running, publicity: { ...running.publicity!, state: '公示期满', daysLeft: 0 } } });
    render(<DisclosurePage />);
    await screen.findByText('这份文件说了什么');
    expect(screen.queryByRole('button', { name: '生成分享图片' })).not.toBeInTheDocument();
  });

  test('the card page of a 公示 past its period says why there is no picture', async () => {
    setRouterParams({ id: D.id });
    answer(callPublic, {
      'disclosures.get': { ...D, publicity: { start: '2026-11-01', end: '2026-11-07', daysLeft: 0, state: '公示期满' } },
    });
    render(<ShareCardPage />);
    expect(await screen.findByText('这条信息现在不在公示期，不能生成公示分享图片。')).toBeInTheDocument();
    expect(callPublic).not.toHaveBeenCalledWith('disclosures.code', expect.anything());
  });
});

describe('disclosure page: timeliness', () => {
  test('shows the 信息形成 date, and says plainly when it was published late', async () => {
    setRouterParams({ id: D.id });
    answer(callPublic, { 'disclosures.get': { ...D, formedOn: '2026-10-09', late: true, dueOn: '2026-11-06' } });
    render(<DisclosurePage />);
    expect(await screen.findByText('信息形成日期：2026年10月9日')).toBeInTheDocument();
    expect(screen.getByText('公开不及时（应于 2026年11月6日 前公开）')).toBeInTheDocument();
  });

  test('on time: the date, and no note', async () => {
    setRouterParams({ id: D.id });
    answer(callPublic, { 'disclosures.get': { ...D, formedOn: '2026-11-20' } });
    render(<DisclosurePage />);
    expect(await screen.findByText('信息形成日期：2026年11月20日')).toBeInTheDocument();
    expect(screen.queryByText(/公开不及时/)).not.toBeInTheDocument();
  });
});
