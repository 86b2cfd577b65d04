// Pickers instead of typed codes (admin subpackage): the routes page names its rules in words
// and builds a rule and a preview from taps (领域, 类别, 乡镇, 村, 事项, 单位); the people page
// re-binds a cadre's villages town by town and a unit's staff to another unit. No code typed.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildCountyCatalog } from '@core/catalog/build-county';
import Routes from '../../src/packages/admin/pages/routes/index';
import People from '../../src/packages/admin/pages/people/index';
import { callAccount, callAdmin, callPublic } from '../../src/services/api';
import { answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const { county, units, items } = buildCountyCatalog({ code: '510118', name: '新津区' });
const zjj = units.find((u) => u.id === '510118-zjj')!;
const region = (code: string, name: string, level: 'town' | 'village') => ({
  code,
  name,
  level,
  parentCode: code.slice(0, level === 'town' ? 6 : 9),
  path: [],
  countyCode: '510118',
});
const TOWNS = [region('510118101', '花源街道', 'town'), region('510118102', '五津街道', 'town')];
const VILLAGES: Record<string, ReturnType<typeof region>[]> = {
  '510118101': [region('510118101201', '白鹤村', 'village'), region('510118101202', '桃花村', 'village')],
  '510118102': [region('510118102201', '清泉村', 'village')],
};
const municipal = items.filter((i) => i.domain === 'municipal_services');

function mockWorld() {
  answer(callAccount, {
    me: { openid: 'o-admin', account: { openid: 'o-admin', name: '张主任', role: 'county_admin', regionCodes: ['510118'], demo: true } },
  });
  answer(callPublic, {
    'regions.get': { region: region('510118', '新津区', 'town'), county: { code: '510118', name: '新津区', domains: county.domains } },
    'regions.children': (d: any) => ({ region: {}, items: d.code === '510118' ? TOWNS : VILLAGES[d.code], next: null }),
    'catalog.list': { county: {}, region: {}, entries: municipal.map((item) => ({ item, state: '暂无', latest: null, nextDue: null })) },
  });
}
const callsOf = (action: string) => (callAdmin as jest.Mock).mock.calls.filter(([a]) => a === action).map(([, d]) => d);
const group = (name: string) => screen.getAllByLabelText(name).find((el) => el.classList.contains('chips')) as HTMLElement;
const tap = (groupName: string, chip: string) =>
  fireEvent.click(within(group(groupName)).getByRole('button', { name: new RegExp(`^${chip}`) }));

describe('routes page', () => {
  test('rules in words; a rule and a preview made of taps', async () => {
    mockWorld();
    answer(callAdmin, {
      'routes.list': {
        routes: [{ id: 'r1', countyCode: '510118', domain: 'municipal_services', townCode: '510118102', unitId: zjj.id }],
        stored: true,
      },
      'units.list': { units },
      'routes.put': { id: 'r2', countyCode: '510118', unitId: zjj.id },
      'routes.preview': { unitId: zjj.id, unitName: zjj.name, reason: '按公开事项的责任单位匹配' },
    });
    render(<Routes />);
    expect(await screen.findByText(/市政服务 · 五津街道 → /)).toBeInTheDocument();
    expect(screen.queryByText(/510118102|municipal_services/)).not.toBeInTheDocument();

    tap('领域', '市政服务');
    tap('乡镇（街道）', '花源街道');
    tap('交给哪个单位', zjj.shortName);
    fireEvent.click(screen.getByRole('button', { name: '保存规则' }));
    expect(await screen.findByText('已保存规则')).toBeInTheDocument();
    expect(callsOf('routes.put')).toEqual([{ unitId: zjj.id, domain: 'municipal_services', townCode: '510118101' }]);

    // The preview: a town, then its village; a domain, then one of its items.
    const towns = screen.getAllByLabelText('乡镇（街道）').filter((el) => el.classList.contains('chips'));
    fireEvent.click(within(towns[towns.length - 1]).getByRole('button', { name: /^花源街道/ }));
    fireEvent.click(within(await screen.findByLabelText('村（社区）')).getByRole('button', { name: /^桃花村/ }));
    tap('诉求的领域', '市政服务');
    fireEvent.click(within(await screen.findByLabelText('公开事项')).getByRole('button', { name: new RegExp(`^${municipal[0].level2}`) }));
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    expect(await screen.findByText(`交给 ${zjj.name}：按公开事项的责任单位匹配`)).toBeInTheDocument();
    expect(callsOf('routes.preview')).toEqual([
      { regionCode: '510118101202', itemId: municipal[0].id, category: '未按规定公开', kind: '投诉举报' },
    ]);
  });
});

describe('people page', () => {
  const cadre = {
    openid: 'o-cadre-1',
    name: '李驻村',
    role: 'cadre',
    roleName: '驻村干部',
    regionCodes: ['510118101201'],
    bindingName: '白鹤村',
    active: true,
    demo: false,
  };
  const staff = {
    ...cadre,
    openid: 'o-staff-1',
    name: '王科员',
    role: 'unit_staff',
    roleName: '单位工作人员',
    regionCodes: ['510118'],
    unitId: zjj.id,
  };

  test('a cadre re-bound to villages of two towns, tapped; a unit’s staff to another unit', async () => {
    mockWorld();
    answer(callAdmin, {
      'people.list': { items: [cadre, staff], next: null },
      'people.update': cadre,
      'units.list': { units },
    });
    render(<People />);
    const row = (await screen.findByText(/李驻村/)).closest('.row') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '调整村' }));
    await screen.findByRole('button', { name: /^花源街道/ });
    tap('乡镇（街道）', '花源街道');
    fireEvent.click(within(await screen.findByLabelText('村（社区）')).getByRole('button', { name: /^桃花村/ }));
    tap('乡镇（街道）', '五津街道');
    fireEvent.click(within(await screen.findByLabelText('村（社区）')).getByRole('button', { name: /^清泉村/ }));
    expect(screen.getByText(/共选了3个村/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已调整')).toBeInTheDocument();
    expect(callsOf('people.update')).toEqual([{ openid: cadre.openid, regionCodes: ['510118101201', '510118101202', '510118102201'] }]);

    const staffRow = screen.getByText(/王科员/).closest('.row') as HTMLElement;
    fireEvent.click(within(staffRow).getByRole('button', { name: '调整单位' }));
    const other = units.find((u) => u.id !== zjj.id)!;
    fireEvent.click(within(await screen.findByLabelText('单位')).getByRole('button', { name: new RegExp(`^${other.shortName}`) }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findAllByText('已调整');
    expect(callsOf('people.update')[1]).toEqual({ openid: staff.openid, unitId: other.id });
  });
});
