// The catalog item page of the admin subpackage: an edit sends only what changed and shows the
// new version; a field's problem (from the shared schema) shows under that field and sends
// nothing; the 责任单位 is tapped from the county's units; the history says who changed what.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildCountyCatalog } from '@core/catalog/build-county';
import CatalogItemPage from '../../src/packages/admin/pages/catalog-item/index';
import { callAdmin } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const { items, units } = buildCountyCatalog({ code: '510118', name: '新津区' });
const item = { ...items.find((i) => i.domain === 'rural_housing_renovation')!, responsiblePerson: { name: '王明', post: '股长' } };
const other = units.find((u) => u.id !== item.unitId && !u.isOpenGovOffice)!;
const history = [
  {
    id: `${item.id}@2`,
    itemId: item.id,
    countyCode: '510118',
    version: 2,
    action: 'catalog.update' as const,
    at: '2026-11-20T02:00:00.000Z',
    actor: 'o-admin',
    actorName: '张主任',
    changes: [
      { field: 'responsiblePerson', label: '责任人', before: { name: '李四', post: '科长' }, after: { name: '王明', post: '股长' } },
    ],
  },
];

const fieldOf = (label: string) => screen.getByText(label, { selector: '.cm-form-field__label' }).closest('.cm-form-field') as HTMLElement;
const inputOf = (label: string, n = 0) => within(fieldOf(label)).getAllByRole('textbox')[n] as HTMLInputElement;

function mockAdmin(updated = { ...item, version: 3 }) {
  answer(callAdmin, {
    'catalog.history': { item: { ...item, version: 2 }, history },
    'units.list': { units },
    'catalog.update': updated,
    'catalog.add': { ...item, id: '510118-new' },
  });
}

describe('admin catalog item page', () => {
  test('an edit sends only the changed elements and says the new version; the history names who and what', async () => {
    setRouterParams({ id: item.id });
    mockAdmin();
    render(<CatalogItemPage />);
    expect(await screen.findByText('第2版')).toBeInTheDocument();
    expect(screen.getByText(/第2版 · .* · 张主任/)).toBeInTheDocument();
    expect(screen.getByText('责任人：李四（科长） → 王明（股长）')).toBeInTheDocument();

    fireEvent.change(inputOf('责任人', 0), { target: { value: '赵红梅' } });
    fireEvent.click(within(fieldOf('责任单位')).getByRole('button', { name: other.shortName }));
    fireEvent.click(screen.getByRole('button', { name: '保存为新版本' }));
    expect(await screen.findByText('已保存为第3版')).toBeInTheDocument();
    const sent = (callAdmin as jest.Mock).mock.calls.find(([a]) => a === 'catalog.update')![1];
    expect(sent).toEqual({ itemId: item.id, unitId: other.id, responsiblePerson: { name: '赵红梅', post: '股长' } });
  });

  test('a bad field shows its problem under it and nothing is sent', async () => {
    setRouterParams({ id: item.id });
    mockAdmin();
    render(<CatalogItemPage />);
    await screen.findByText('第2版');
    fireEvent.change(within(fieldOf('公开时限')).getByRole('spinbutton'), { target: { value: '0' } });
    fireEvent.change(inputOf('咨询电话'), { target: { value: '打我电话' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为新版本' }));
    expect(within(fieldOf('公开时限')).getByRole('alert')).toHaveTextContent('公开时限至少1天');
    expect(within(fieldOf('咨询电话')).getByRole('alert')).toHaveTextContent('电话号码格式有误');
    expect(actionsOf(callAdmin)).not.toContain('catalog.update');
  });

  test('a new item: every missing element is named under its own field', async () => {
    setRouterParams({ domain: 'rural_housing_renovation' });
    mockAdmin();
    render(<CatalogItemPage />);
    expect(await screen.findByText('新增本县公开事项')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '新增事项' }));
    expect(within(fieldOf('一级事项')).getByRole('alert')).toHaveTextContent('请填写一级事项');
    expect(within(fieldOf('公开渠道')).getByRole('alert')).toHaveTextContent('请填写公开渠道');
    expect(within(fieldOf('公开层级')).getByRole('alert')).toHaveTextContent('请选择公开层级');
    expect(actionsOf(callAdmin)).not.toContain('catalog.add');
  });
});
