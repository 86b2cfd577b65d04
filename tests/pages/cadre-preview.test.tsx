// 预览公示 (src/packages/cadre/pages/preview): the masked table as the public will see it, each
// changed cell marked with ＊ and the highlight (and a spoken note), and every dropped column
// named under 已删除列. The preview is made by the real masker from a raw table.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { DraftView, Preview } from '@core/api/publicity-views';
import { DRAFT_STATUS_NAMES, type DraftStatus } from '@core/publicity/model';
import { maskingSummary, maskTable } from '@core/privacy/masker';
import PreviewPage from '../../src/packages/cadre/pages/preview/index';
import { callCadre } from '../../src/services/api';
import { actionsOf, answer } from './mocks/api';
import { setRouterParams } from './mocks/taro';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const RAW = {
  columns: ['姓名', '身份证号', '银行卡号', '补助金额'],
  rows: [
    ['张三', '510132199001011234', '6222021234567890123', '5000'],
    ['李四', '510132198502023456', '6222021234567890456', '3000'],
  ],
};
const masked = maskTable(RAW);

const PREVIEW: Preview = {
  title: '花桥村2025年农村危房改造拟补助对象公示',
  body: '经村民代表评议，拟补助对象如下。\n公示期内如有异议，请向村委会反映。',
  table: masked.table,
  findings: masked.findings,
  dropped: masked.dropped,
  attachments: [],
  masking: maskingSummary(masked.findings, masked.dropped),
  publicity: { days: 7, dayKind: 'calendar', text: '公示7天' },
  blocks: [{ kind: 'paragraph', text: '经村民代表评议，拟补助对象如下。\n公示期内如有异议，请向村委会反映。' }],
  interpretation: [],
  reminders: [],
};

function draft(status: DraftStatus): DraftView {
  return {
    id: 'dr-1',
    status,
    statusName: DRAFT_STATUS_NAMES[status],
    version: 3,
    level: 'village',
    regionCode: '510118001001',
    regionName: '花桥村',
    publisherName: '花桥村村民委员会',
    itemId: '510118-rural-5',
    itemTitle: '拟补助对象村级评议公示',
    domain: 'rural_housing_renovation',
    title: PREVIEW.title,
    body: PREVIEW.body,
    rawTable: RAW,
    attachments: [],
    updatedAt: '2025-03-01T02:00:00.000Z',
    history: [{ at: '2025-03-01T02:00:00.000Z', action: 'save', by: '驻村干部' }],
  };
}

async function open(status: DraftStatus = 'draft') {
  setRouterParams({ id: 'dr-1' });
  answer(callCadre, { 'drafts.get': draft(status), 'drafts.preview': PREVIEW });
  render(<PreviewPage />);
  await screen.findByText(PREVIEW.title);
}

/** The table cell that shows `text`. */
const cellOf = (text: string) => screen.getByText(text).closest('.table__cell') as HTMLElement;

describe('cadre preview', () => {
  test('masked cells carry ＊ and the highlight, with a spoken note; other cells do not', async () => {
    await open();
    for (const id of ['510132********1234', '510132********3456']) {
      const cell = cellOf(id);
      expect(cell).toHaveClass('cd-cell--masked');
      expect(cell).toHaveTextContent('＊');
      expect(cell).toHaveTextContent('（已隐去部分内容）');
    }
    for (const plain of ['张三', '5000']) {
      const cell = cellOf(plain);
      expect(cell).not.toHaveClass('cd-cell--masked');
      expect(cell).not.toHaveTextContent('＊');
    }
    expect(screen.getByText('带“＊”并加底色的格子，部分内容已隐去（共2格）。')).toBeInTheDocument();
  });

  test('the dropped column is named under 已删除列, with why, and is not in the table', async () => {
    await open();
    expect(screen.getByText('已删除列：银行卡号')).toBeInTheDocument();
    expect(screen.getByText('银行账户信息不得公开')).toBeInTheDocument();
    expect(screen.queryByText('6222021234567890123')).not.toBeInTheDocument();
    expect(document.querySelector('.table__row--head')).toHaveTextContent('姓名身份证号补助金额');
  });

  test('what was hidden is summed up by column', async () => {
    await open();
    expect(screen.getByText('“身份证号”列：身份证号已隐去中间8位（2处）')).toBeInTheDocument();
  });

  test('the raw numbers never show', async () => {
    await open();
    expect(screen.queryByText(/510132199001011234|510132198502023456/)).not.toBeInTheDocument();
  });

  test('a draft offers 提交审核 once per tap, with the version read', async () => {
    await open('draft');
    let resolve: (d: DraftView) => void = () => undefined;
    answer(callCadre, {
      'drafts.get': draft('draft'),
      'drafts.preview': PREVIEW,
      'drafts.submit': () => new Promise<DraftView>((r) => (resolve = r)),
    });
    const button = screen.getByRole('button', { name: '提交审核' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(actionsOf(callCadre).filter((a) => a === 'drafts.submit')).toHaveLength(1);
    expect(jest.mocked(callCadre)).toHaveBeenCalledWith('drafts.submit', { id: 'dr-1', version: 3 });
    await act(async () => resolve(draft('pending_review')));
    expect(screen.getByText('✓ 已提交，等待审核')).toBeInTheDocument();
  });

  test('a draft waiting for review shows the preview without 提交审核', async () => {
    await open('pending_review');
    expect(screen.getByRole('status')).toHaveTextContent('已提交，等待审核');
    expect(screen.queryByRole('button', { name: '提交审核' })).not.toBeInTheDocument();
    expect(cellOf('510132********1234')).toHaveClass('cd-cell--masked');
  });
});
