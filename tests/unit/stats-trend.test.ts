// The trend chart's data and geometry, and the report's 公开率: months of a period, a rate
// under 5 events is a gap in its line (no point, the line breaks), never a point at 0% or 100%;
// 公开率 counts only items kept up by cycle, 逾期未更新 apart from never published.
import { describe, expect, it } from '@jest/globals';
import { buildCountyCatalog } from '../../core/catalog/build-county';
import { publicityOf } from '../../core/stats/report';
import { trendMonths, trendOf } from '../../core/stats/trend';
import type { Disclosure } from '../../core/model';
import { monthLabel, niceMax, trendGeometry, trendSummary } from '../../src/packages/admin/charts/trend-geometry';

describe('trend months', () => {
  it('a year gives its months up to this month; a month gives the 12 ending with it, across years', () => {
    expect(trendMonths('2026', '2026-03')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(trendMonths('2025', '2026-03')).toHaveLength(12);
    const m = trendMonths('2026-02', '2026-11');
    expect([m[0], m[1], m[10], m[11], m.length]).toEqual(['2025-03', '2025-04', '2026-01', '2026-02', 12]);
    expect(() => trendMonths('2026-13', '2026-11')).toThrow();
  });

  it('a month without a counter is zero received and no rates; rates need 5 events', () => {
    const t = trendOf(
      ['2026-09', '2026-10', '2026-11'],
      new Map([
        ['2026-10', { received: 4, answered: 4, answeredOnTime: 4, rated: 4, satisfied: 0 }],
        ['2026-11', { received: 6, answered: 5, answeredOnTime: 0, rated: 5, satisfied: 5 }],
      ]),
    );
    expect(t.map((m) => [m.month, m.received, m.answeredOnTime.rate, m.satisfied.rate])).toEqual([
      ['2026-09', 0, null, null],
      ['2026-10', 4, null, null],
      ['2026-11', 6, 0, 1],
    ]);
  });
});

describe('trend geometry', () => {
  const months = trendOf(
    ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
    new Map([
      ['2026-01', { received: 12, answered: 10, answeredOnTime: 10 }],
      ['2026-02', { received: 7, answered: 5, answeredOnTime: 0 }],
      ['2026-03', { received: 2, answered: 2, answeredOnTime: 2 }],
      ['2026-04', { received: 5, answered: 5, answeredOnTime: 4 }],
      ['2026-05', { received: 3, answered: 3, answeredOnTime: 3 }],
    ]),
  );
  const g = trendGeometry(months, 340, 220);
  const onTime = g.lines.find((l) => l.key === 'answeredOnTime')!;

  it('breaks a line at 样本不足: no point there, and a lone month is a point without a line', () => {
    expect(onTime.points).toHaveLength(3);
    expect(onTime.runs.map((r) => r.length)).toEqual([2, 1]);
    // 100% at the top of the plot, 0% at the bottom: the real figures, not the gaps.
    expect(onTime.runs[0][0].y).toBeCloseTo(g.plot.top);
    expect(onTime.runs[0][1].y).toBeCloseTo(g.plot.bottom);
    expect(onTime.runs[1][0].y).toBeCloseTo(g.plot.bottom - 0.8 * (g.plot.bottom - g.plot.top));
    // The points sit over their months' bars (March, the gap, has a bar but no point).
    const centre = (i: number) => g.bars[i].x + g.bars[i].w / 2;
    expect(onTime.points.map((p) => p.x)).toEqual([centre(0), centre(1), centre(3)]);
  });

  it('a line with no month of 5 events draws nothing', () => {
    const sat = g.lines.find((l) => l.key === 'satisfied')!;
    expect([sat.points, sat.runs]).toEqual([[], []]);
  });

  it('bars on a round count axis, all inside the plot', () => {
    expect(niceMax(0)).toBe(5);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(51)).toBe(100);
    expect(g.counts.map((t) => t.text)).toEqual(['0', '10', '20']);
    for (const b of g.bars) {
      expect(b.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(b.y + b.h).toBeCloseTo(g.plot.bottom);
      expect(b.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(b.x + b.w).toBeLessThanOrEqual(g.plot.right);
    }
    expect(g.bars[0].h / g.bars[1].h).toBeCloseTo(12 / 7);
  });

  it('labels months so a trend across years reads right, and says it in words', () => {
    expect([monthLabel('2026-01', false), monthLabel('2025-12', true), monthLabel('2026-03', false)]).toEqual([
      '26年1月',
      '25年12月',
      '3月',
    ]);
    expect(trendGeometry(trendOf(trendMonths('2026-11', '2026-11'), new Map()), 300, 200).months).toHaveLength(6); // narrow: every other month
    expect(trendSummary(months)).toBe(
      '2026-01至2026-05共收到诉求29件，最多的是2026-01（12件），最近有足够样本的按期办结率为80.0%（2026-04）。',
    );
    expect(trendSummary(trendOf(['2026-01'], new Map()))).toBe('2026-01至2026-01共收到诉求0件，按期办结率各月样本不足。');
  });
});

describe('公开率 of a place', () => {
  const { items } = buildCountyCatalog({ code: '519901', name: '清溪县' });
  const county = items.filter((i) => i.levels.includes('county'));
  const periodic = county.filter((i) => i.mode === '主动' && i.updateCycle.unit !== 'event');
  const now = new Date('2026-11-26T02:00:00Z');
  const published = (itemId: string, at: string) => ({ id: `d-${itemId}`, itemId, publishedAt: at }) as Disclosure;

  it('counts periodic items only: kept up, 逾期未更新, never published', () => {
    const yearly = periodic.filter((i) => i.updateCycle.unit === 'year');
    const event = county.find((i) => i.updateCycle.unit === 'event')!;
    const latest = new Map([
      [yearly[0].id, published(yearly[0].id, '2026-10-01T02:00:00Z')],
      [yearly[1].id, published(yearly[1].id, '2024-10-01T02:00:00Z')],
      [event.id, published(event.id, '2026-10-01T02:00:00Z')],
    ]);
    const f = publicityOf(county, latest, now);
    expect([f.due, f.current, f.overdue, f.never]).toEqual([periodic.length, 1, 1, periodic.length - 2]);
    expect(f.rate.rate).toBeCloseTo(1 / periodic.length);
  });
});
