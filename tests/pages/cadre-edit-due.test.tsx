// The publish editor's 公开时限 (src/packages/cadre/pages/edit): for an event-driven item the
// 信息形成 date starts empty (never a silent today that would hide lateness) and must be chosen
// before the preview; as it is chosen the page shows 应于 X 前公开 from the function's
// working-day calendar (publish due.preview), and warns when that day has already passed.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildCountyCatalog } from '@core/catalog/build-county';
import EditDraft from '../../src/packages/cadre/pages/edit/index';
import { callPublic, callPublish } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const { county, items } = buildCountyCatalog({ code: '510118', name: '新津区' });
const POLICY = items.find((i) => i.templateId === 'rural_housing_renovation-03')!;

// The editor is a large page: on a loaded machine its first answers take longer than the default second.
const WAIT = { timeout: 5000 };

describe('publish editor: 公开时限', () => {
  test('no date until chosen; then the last day, live, and a warning once it has passed', async () => {
    setRouterParams({ code: '510118', itemId: POLICY.id });
    const asked: Array<string | undefined> = [];
    answer(callPublish, {
      'targets.mine': {
        publisher: { kind: 'unit', name: '区住建局', level: 'county' },
        targets: [
          {
            region: { code: '510118', name: '新津区', level: 'county' },
            items: [{ id: POLICY.id, level2: POLICY.level2, domain: POLICY.domain, policy: true }],
          },
        ],
        today: '2026-10-30',
      },
      'due.preview': (d: { formedOn?: string }) => {
        asked.push(d.formedOn);
        return d.formedOn === '2026-09-24' ? { dueOn: '2026-10-29', late: true } : { dueOn: '2026-11-27', late: false };
      },
    });
    answer(callPublic, {
      'catalog.list': {
        county: { code: county.code, name: county.name, domains: county.domains },
        region: { code: '510118' },
        entries: [{ item: POLICY, state: '暂无', latest: null, nextDue: null }],
      },
    });
    render(<EditDraft />);
    const picker = await screen.findByRole('button', { name: '信息形成（变更）日期：未选，点按选择' }, WAIT);
    expect(screen.getByText('选好信息形成（变更）日期后，这里会显示最迟公开日期。')).toBeInTheDocument();

    // 预览 (the way to submitting) asks for the date by its field and saves nothing.
    fireEvent.click(screen.getByText('预览'));
    expect(await screen.findByText(/请选择信息形成（变更）日期（公开时限：/, {}, WAIT)).toBeInTheDocument();
    expect(actionsOf(callPublish)).not.toContain('drafts.save');
    expect(asked).toEqual([]);

    const input = picker.parentElement!.querySelector('input[type="date"]')!;
    fireEvent.change(input, { target: { value: '2026-10-20' } });
    expect(await screen.findByText('应于 2026年11月27日 前公开（含当天）。', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByText(/已超过公开时限/)).not.toBeInTheDocument();

    fireEvent.change(input, { target: { value: '2026-09-24' } });
    expect(await screen.findByText('应于 2026年10月29日 前公开（含当天）。', {}, WAIT)).toBeInTheDocument();
    const warning = screen.getAllByRole('alert').find((a) => a.textContent?.startsWith('已超过公开时限'));
    expect(warning).toHaveTextContent('已超过公开时限：应于 2026年10月29日 前公开，现在发布将计为公开不及时。请尽快提交审核。');
    expect(asked).toEqual(['2026-10-20', '2026-09-24']);
    expect(screen.getByRole('button', { name: '信息形成（变更）日期：2026年9月24日，点按更改' })).toBeInTheDocument();
  });
});
