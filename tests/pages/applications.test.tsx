// 依申请公开 pages: the application form (packages/apply/pages/new) checks with the function's
// own schema before sending, and the handling unit's page (packages/unit/pages/application)
// asks for a legal reason when it withholds and shows only the actions the answer allows.
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ApplicationDetail, ApplicationSubmitAnswer } from '@core/api/application-views';
import NewApplication from '../../src/packages/apply/pages/new/index';
import UnitApplicationPage from '../../src/packages/unit/pages/application/index';
import { callResident, callUnit } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const BODIES = {
  bodies: [
    { id: '510118-zwgk', name: '新津区人民政府办公室（政务公开办）', kind: 'unit' },
    { id: '510118-zjj', name: '新津区住房和城乡建设局', kind: 'unit' },
    { id: '510118001-gov', name: '五津街道办事处', kind: 'town' },
  ],
};
const SUBMITTED: ApplicationSubmitAnswer = {
  id: '510118-YSQ20250930-0001',
  status: 'submitted',
  unitName: '新津区住房和城乡建设局',
  unitHotline: null,
  receivedOn: '2025-09-30',
  answerDue: '2025-11-04T15:59:59.999Z',
};
const GOOD_ID = '510118198003151230';

const alerts = () => screen.queryAllByRole('alert').map((a) => a.textContent);
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function openForm() {
  setRouterParams({ code: '510118001001', unitId: '510118-zjj' });
  answer(callResident, { 'applications.bodies': BODIES, 'applications.submit': SUBMITTED });
  render(<NewApplication />);
  await screen.findByText('✓ 新津区住房和城乡建设局');
}

function fillAll() {
  type('所需信息', '2024年本村危房改造补助资金拨付文件');
  type('申请人姓名', '张秀兰');
  type('身份证号码', GOOD_ID);
  type('联系电话', '13800001234');
}

describe('application form', () => {
  test('opened from a catalog item, the item’s unit is chosen; a wrong ID number is caught before sending', async () => {
    await openForm();
    fillAll();
    type('身份证号码', '510118198003151231');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(alerts()).toEqual(['！身份证号码有误，请核对18位号码']);
    expect(actionsOf(callResident)).toEqual(['applications.bodies']);
  });

  test('邮寄 asks for an address', async () => {
    await openForm();
    fillAll();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '获取方式' })).getByRole('radio', { name: /邮寄/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(alerts()).toEqual(['！选择邮寄时请填写邮寄地址（至少5个字）']);
    type('邮寄地址', '新津区五津街道花桥村3组12号');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await screen.findByText('✓ 申请已提交');
    expect((callResident as jest.Mock).mock.calls[1][1]).toMatchObject({
      unitId: '510118-zjj',
      delivery: '邮寄',
      postalAddress: '新津区五津街道花桥村3组12号',
      idNumber: GOOD_ID,
    });
  });

  test('after sending: the application number, the receipt day and the 20-working-day deadline', async () => {
    await openForm();
    fillAll();
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await screen.findByText('✓ 申请已提交');
    const page = document.body.textContent ?? '';
    expect(page).toContain(SUBMITTED.id);
    expect(page).toContain('收到申请之日2025年9月30日');
    expect(page).toContain('2025年11月4日前（20个工作日）');
  });
});

const REGISTERED: ApplicationDetail = {
  id: '510118-YSQ20250930-0001',
  status: 'registered',
  statusName: '办理中',
  unitName: '新津区住房和城乡建设局',
  descriptionPreview: '2024年本村危房改造补助资金拨付文件',
  description: '2024年本村危房改造补助资金拨付文件',
  createdAt: '2025-09-30T02:00:00.000Z',
  receivedOn: '2025-09-30',
  clockFrom: '2025-09-30',
  deadline: { due: '2025-11-04T15:59:59.999Z', days: 20, dayKind: 'working', level: 'on_time' },
  paused: false,
  extended: false,
  delivery: '在线',
  applicant: { name: '张秀兰', idNumber: GOOD_ID, phone: '13800001234' },
  unitId: '510118-zjj',
  unitHotline: null,
  timeline: [{ at: '2025-09-30T02:00:00.000Z', action: 'submit', actionName: '提交申请', by: '申请人' }],
  can: ['askSupplement', 'extend', 'answer'],
};

describe('the unit’s application page', () => {
  test('shows the applicant’s ID number in full and only the allowed actions', async () => {
    setRouterParams({ id: REGISTERED.id });
    answer(callUnit, { 'applications.get': REGISTERED });
    render(<UnitApplicationPage />);
    await screen.findByText(GOOD_ID);
    expect(screen.getByRole('button', { name: '答复' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '要求补正' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '登记' })).not.toBeInTheDocument();
    expect(screen.getByText(/2025年11月4日前/)).toBeInTheDocument();
  });

  test('不予公开 needs a legal reason from the list before it is sent', async () => {
    setRouterParams({ id: REGISTERED.id });
    answer(callUnit, { 'applications.get': REGISTERED, 'applications.answer': { ...REGISTERED, status: 'closed', can: [] } });
    render(<UnitApplicationPage />);
    fireEvent.click(await screen.findByRole('button', { name: '答复' }));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '答复结果' })).getByRole('radio', { name: /不予公开/ }));
    type('答复内容', '您申请的是内部讨论记录，依法不予公开。');
    fireEvent.click(screen.getByRole('button', { name: '提交答复' }));
    expect(alerts()).toEqual(['！部分公开或不予公开时，请选择法定理由']);
    expect(actionsOf(callUnit)).toEqual(['applications.get']);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '法定理由' })).getByRole('radio', { name: /过程性信息/ }));
    fireEvent.click(screen.getByRole('button', { name: '提交答复' }));
    await screen.findByText('答复');
    expect((callUnit as jest.Mock).mock.calls[1]).toEqual([
      'applications.answer',
      { id: REGISTERED.id, outcome: '不予公开', reason: '过程性信息', text: '您申请的是内部讨论记录，依法不予公开。' },
    ]);
  });
});
