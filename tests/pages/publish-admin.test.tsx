// The pages of issue 10's publishing work: the unit's 回应关切 (reword a consenting
// complainant's public question, publish a response to a concern at a place), the 政务公开办's
// 名单核查 (leak-flagged first; clear needs a note; withdraw), 审核设置 (only what changed is
// sent) and the county's due list (overdue first in words, paged by places).
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import UnitResponses from '../../src/packages/unit/pages/responses/index';
import PrivacyCheck from '../../src/packages/admin/pages/privacy/index';
import ReviewerSettings from '../../src/packages/admin/pages/reviewers/index';
import CountyDue from '../../src/packages/admin/pages/due/index';
import { buildCountyCatalog } from '@core/catalog/build-county';
import { callAdmin, callPublic, callPublish, callReview, callUnit } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const county = { code: '510118', name: '新津区', level: 'county', parentCode: '5101', path: [], countyCode: '510118' };
const town = { code: '510118001', name: '花源街道', level: 'town', parentCode: '510118', path: [], countyCode: '510118' };

describe('回应关切 (unit)', () => {
  const qa = {
    id: 'qa-TS1',
    kind: 'qa' as const,
    countyCode: '510118',
    regionCode: '510118001001',
    question: '我家危房改造补助什么时候发？',
    answer: '已于11月20日拨付到户。',
    unitName: '新津区住房和城乡建设局',
    at: '2026-11-20T02:00:00Z',
    complaintId: 'TS1',
  };

  function arrange() {
    answer(callUnit, {
      'responses.mine': { unitName: '新津区住房和城乡建设局', items: [qa], next: null },
      'complaints.publicWording': (d: any) => ({ ...qa, question: d.question }),
      'responses.publish': (d: any) => ({ ...qa, id: 'r-1', kind: 'response', question: d.title, answer: d.text }),
    });
    answer(callPublish, {
      'targets.mine': {
        publisher: { kind: 'unit', name: '新津区住房和城乡建设局', level: 'county' },
        targets: [
          {
            region: { code: '510118', name: '新津区', level: 'county' },
            items: [{ id: 'i-3', level2: '补助标准', domain: 'd', policy: true }],
          },
        ],
      },
    });
    answer(callPublic, { 'regions.children': { region: county, items: [town], next: null } });
  }

  test('rewords the public question of a consented Q&A; the row shows the new wording', async () => {
    arrange();
    render(<UnitResponses />);
    expect(await screen.findByText('问：我家危房改造补助什么时候发？')).toBeInTheDocument();
    fireEvent.click(screen.getByText('改写公开的问题'));
    fireEvent.change(screen.getByLabelText('公开的问题'), { target: { value: '危房改造补助什么时候发放？' } });
    fireEvent.click(screen.getByText('保存公开的问题'));
    expect(await screen.findByText('问：危房改造补助什么时候发放？')).toBeInTheDocument();
    expect(screen.getByText('问题已改写')).toBeInTheDocument();
    expect((callUnit as jest.Mock).mock.calls.find((c) => c[0] === 'complaints.publicWording')![1]).toEqual({
      id: 'TS1',
      question: '危房改造补助什么时候发放？',
    });
  });

  test('publishes a response at the chosen place and item', async () => {
    arrange();
    render(<UnitResponses />);
    await screen.findByText('在哪里显示：');
    const [placeSelect, itemSelect] = screen.getAllByRole('combobox');
    await waitFor(() => expect(within(placeSelect).getAllByRole('option')).toHaveLength(2));
    fireEvent.change(placeSelect, { target: { value: '1' } });
    fireEvent.change(itemSelect, { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('回应标题'), { target: { value: '关于补助发放时间的回应' } });
    fireEvent.change(screen.getByLabelText('回应内容'), { target: { value: '补助已全部拨付，请留意银行到账。' } });
    fireEvent.click(screen.getByRole('button', { name: '发布回应' }));
    expect(await screen.findByText('已发布：关于补助发放时间的回应')).toBeInTheDocument();
    expect((callUnit as jest.Mock).mock.calls.find((c) => c[0] === 'responses.publish')![1]).toEqual({
      regionCode: '510118001',
      itemId: 'i-3',
      title: '关于补助发放时间的回应',
      text: '补助已全部拨付，请留意银行到账。',
    });
  });
});

describe('名单核查 (政务公开办)', () => {
  const flagged = {
    disclosure: {
      id: 'd-1',
      title: '危房改造补助对象公示',
      regionName: '白鹤村',
      unitName: '白鹤村村民委员会',
      publishedAt: '2026-11-20T02:00:00Z',
      table: { columns: ['户主', '身份证号'], rows: [['李某', '5101**********123X']] },
      attachments: [],
    },
    privacyReview: { requestedAt: '2026-11-25T02:00:00Z', complaintId: 'TS9' },
  };

  test('lists what is under review; clearing needs a note; withdrawing sends the reason', async () => {
    answer(callReview, {
      'privacy.list': { items: [flagged] },
      'privacy.clear': {},
      'privacy.withdraw': { id: 'd-1', withdrawal: { at: 'x', reason: 'y' } },
    });
    render(<PrivacyCheck />);
    expect(await screen.findByText('危房改造补助对象公示')).toBeInTheDocument();
    expect(screen.getByText('名单核查中')).toBeInTheDocument();
    expect(screen.getByText('名单共1行，列：户主、身份证号')).toBeInTheDocument();
    fireEvent.click(screen.getByText('核查无误，恢复公开'));
    expect(await screen.findByText('请填写核查意见')).toBeInTheDocument();
    expect(actionsOf(callReview)).not.toContain('privacy.clear');
    fireEvent.change(screen.getByLabelText('核查意见或撤回理由'), { target: { value: '身份证号未遮蔽' } });
    fireEvent.click(screen.getByText('有泄露，撤回'));
    expect(await screen.findByText('“危房改造补助对象公示”已撤回，群众不再能看到。')).toBeInTheDocument();
    expect((callReview as jest.Mock).mock.calls.find((c) => c[0] === 'privacy.withdraw')![1]).toEqual({
      id: 'd-1',
      reason: '身份证号未遮蔽',
    });
  });
});

describe('审核设置', () => {
  test('shows who reviews each level and sends only the level changed', async () => {
    const choices = {
      county: [
        { kind: 'opengov', name: '县政务公开办' },
        { kind: 'county_reviewer', name: '县级审核人' },
      ],
      town: [
        { kind: 'town_reviewer', name: '乡镇（街道）审核人' },
        { kind: 'county_reviewer', name: '县级审核人' },
        { kind: 'opengov', name: '县政务公开办' },
      ],
    };
    const setting = {
      countyCode: '510118',
      reviewers: { county: 'opengov', town: 'town_reviewer', village: 'town_reviewer' },
      choices: { ...choices, village: choices.town },
    };
    answer(callAdmin, {
      'reviewers.get': setting,
      'reviewers.put': { ...setting, reviewers: { ...setting.reviewers, village: 'opengov' } },
    });
    render(<ReviewerSettings />);
    expect(await screen.findByText('村级公示')).toBeInTheDocument();
    expect(screen.getByText('没有改动')).toBeInTheDocument();
    const village = screen.getByRole('radiogroup', { name: '村级公示的审核人' });
    fireEvent.click(within(village).getByText('县政务公开办'));
    fireEvent.click(screen.getByText('保存（改动1项）'));
    expect(await screen.findByText('审核设置已保存，已记入操作记录。')).toBeInTheDocument();
    expect((callAdmin as jest.Mock).mock.calls.find((c) => c[0] === 'reviewers.put')![1]).toEqual({ village: 'opengov' });
  });
});

describe('到期未公开 (county)', () => {
  test('says per place and item what is overdue or never published, and pages on', async () => {
    const { items } = buildCountyCatalog({ code: '510118', name: '新津区' });
    const quarterly = items.find((i) => i.updateCycle.unit === 'quarter')!;
    const event = items.find((i) => i.updateCycle.unit === 'event')!;
    const page1 = {
      items: [
        {
          regionCode: '510118',
          regionName: '新津区',
          level: 'county',
          entry: { item: quarterly, state: '逾期未更新', nextDue: '2026-09-10', latest: null },
        },
        { regionCode: '510118', regionName: '新津区', level: 'county', entry: { item: event, state: '暂无', nextDue: null, latest: null } },
      ],
      places: 12,
      next: 'c2',
    };
    const page2 = { items: [], places: 3, next: null };
    answer(callAdmin, {
      'units.list': { units: [] },
      'due.list': (d: any) => (d.cursor ? page2 : page1),
    });
    render(<CountyDue />);
    expect(await screen.findByText(`新津区 · ${quarterly.level2}`)).toBeInTheDocument();
    expect(screen.getByText(`逾期未更新：应于2026年9月10日前更新（${quarterly.updateCycle.text}）`)).toBeInTheDocument();
    expect(screen.getByText(`暂无：还没有发布过（公开时限：${event.timeLimit.text}）`)).toBeInTheDocument();
    fireEvent.click(screen.getByText('下一页'));
    expect(await screen.findByText('这些地方没有到期未公开的事项。')).toBeInTheDocument();
    expect((callAdmin as jest.Mock).mock.calls.filter((c) => c[0] === 'due.list').map((c) => c[1])).toEqual([{}, { cursor: 'c2' }]);
  });
});
