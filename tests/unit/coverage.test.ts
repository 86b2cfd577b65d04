// A place's 公开率 (core/stats/coverage.ts): which items are due where, what counts as current,
// and 样本不足 under 5 items due.
import { describe, expect, test } from '@jest/globals';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { isDueAt, publicationFigure } from '../../core/stats/coverage';
import type { CatalogItem } from '../../core/model';

const { items } = buildCountyCatalog({ code: '510118', name: '新津区' });
const NOW = new Date('2026-11-26T02:00:00Z');
const VILLAGE = '510118101201';
const monthly = (id: string, levels: CatalogItem['levels'], extra: Partial<CatalogItem> = {}): CatalogItem => ({
  ...items[0],
  id,
  levels,
  mode: '主动',
  updateCycle: { unit: 'month', every: 1, text: '每月' },
  ...extra,
});

describe('publicationFigure', () => {
  test('due: 主动, on a clock, not retired, at a level covering the place', () => {
    const event = monthly('e', ['village'], { updateCycle: { unit: 'event', every: 1, text: '实时' } });
    const onRequest = monthly('r', ['village'], { mode: '依申请' });
    const retired = monthly('x', ['village'], { retired: { at: '2026-01-01T00:00:00Z', by: 'o' } });
    expect([event, onRequest, retired].some((i) => isDueAt(i, VILLAGE))).toBe(false);
    expect(isDueAt(monthly('v', ['village']), VILLAGE)).toBe(true);
    expect(isDueAt(monthly('v', ['village']), '510118101')).toBe(false); // a town page: not a village item
    expect(isDueAt(monthly('t', ['town']), '510118')).toBe(false);
    expect(isDueAt(monthly('c', ['county']), VILLAGE)).toBe(true);
  });

  test('current within the cycle; 样本不足 under 5 items due, a rate from 5', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => monthly(id, ['county']));
    const latest = { a: '2026-11-20T02:00:00Z', b: '2026-09-01T02:00:00Z' }; // b's month ran out on 2026-10-01
    expect(publicationFigure(VILLAGE, four, latest, NOW)).toMatchObject({ current: 1, due: 4, rate: null, text: '样本不足' });
    const five = [...four, monthly('e', ['village'])];
    expect(publicationFigure(VILLAGE, five, { ...latest, e: '2026-11-01T02:00:00Z' }, NOW)).toMatchObject({
      current: 2,
      due: 5,
      text: '40.0%',
    });
  });
});
