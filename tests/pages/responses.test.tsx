// 群众关切与回应 on a place or an item: the list shows each question with the unit's answer;
// nothing shows when there is none.
import { describe, expect, jest, test } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import type { ResponseView } from '@core/responses/model';
import { ResponsesList } from '../../src/components/ResponsesList';
import { callPublic } from '../../src/services/api';
import { answer } from './mocks/api';

jest.mock('../../src/services/api', () => require('./mocks/api').mockApiModule());

const R: ResponseView = {
  id: 'qa-1',
  kind: 'qa',
  countyCode: '510118',
  regionCode: '510118001001',
  question: '危房改造补助什么时候发放？',
  answer: '补助已于本月下拨到户。',
  unitName: '新津区住房和城乡建设局',
  at: '2026-11-26T02:00:00.000Z',
};

describe('群众关切与回应', () => {
  test('lists the questions with their answers', async () => {
    answer(callPublic, { 'responses.list': { items: [R], next: null } });
    render(<ResponsesList regionCode="510118001001" />);
    expect(await screen.findByText('群众关切与回应')).toBeInTheDocument();
    expect(screen.getByText('危房改造补助什么时候发放？')).toBeInTheDocument();
    expect(screen.getByText('补助已于本月下拨到户。')).toBeInTheDocument();
  });

  test('shows nothing when there is none', async () => {
    answer(callPublic, { 'responses.list': { items: [], next: null } });
    const { container } = render(<ResponsesList itemId="i-1" />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(callPublic).toHaveBeenCalledWith('responses.list', { itemId: 'i-1' });
    expect(container.textContent).toBe('');
  });
});
