// Where the trend chart's marks go, from the months alone (no canvas here, so it is tested as
// plain data): bars of 收到诉求 on a count axis at the left, lines of the rates on 0–100% at the
// right. A month whose rate is null (样本不足, under 5 events) breaks its line: a gap, never a
// point at 0% or 100%. Each rate has its own dash and marker, so colour is never the only cue.
import type { TrendMonth } from '@core/stats/trend';

export type RateKey = 'answeredOnTime' | 'satisfied' | 'publishedOnTime';
export type Marker = 'circle' | 'square' | 'triangle';

export interface RateSeries {
  key: RateKey;
  name: string;
  color: string;
  dash: number[];
  marker: Marker;
}

/** The rates drawn, in legend order. */
export const RATE_SERIES: RateSeries[] = [
  { key: 'answeredOnTime', name: '按期办结率', color: '#136c2e', dash: [], marker: 'circle' },
  { key: 'satisfied', name: '满意率', color: '#1d4fa3', dash: [6, 4], marker: 'square' },
  { key: 'publishedOnTime', name: '公开及时率', color: '#8a4b00', dash: [2, 3], marker: 'triangle' },
];
export const BAR_COLOR = '#c9d3e3';

export interface Point {
  x: number;
  y: number;
}
export interface Bar extends Point {
  w: number;
  h: number;
  value: number;
}
export interface Tick {
  /** x for month labels, y for axis ticks. */
  at: number;
  text: string;
}
export interface LineGeometry extends RateSeries {
  /** Runs of consecutive months with a rate; a gap (null) ends a run. */
  runs: Point[][];
  /** Every month with a rate (a run of one is still shown, as its marker). */
  points: Point[];
}
export interface TrendGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: Bar[];
  lines: LineGeometry[];
  months: Tick[];
  counts: Tick[];
  rates: Tick[];
}

const PAD = { left: 34, right: 40, top: 12, bottom: 26 };

/** The smallest of 5, 10, 20, 50, 100, 200, 500 … at or above n: a count axis in round steps of a fifth. */
export function niceMax(n: number): number {
  if (n <= 5) return 5;
  for (let base = 1; ; base *= 10) for (const m of [1, 2, 5]) if (m * base >= n) return m * base;
}

/** "2026-03" → "3月"; January shows its year ("26年1月") so a trend across years reads right. */
export function monthLabel(month: string, first: boolean): string {
  const m = Number(month.slice(5, 7));
  return m === 1 || first ? `${month.slice(2, 4)}年${m}月` : `${m}月`;
}

export function trendGeometry(months: TrendMonth[], width: number, height: number): TrendGeometry {
  const plot = { left: PAD.left, top: PAD.top, right: width - PAD.right, bottom: height - PAD.bottom };
  const plotW = Math.max(1, plot.right - plot.left);
  const plotH = Math.max(1, plot.bottom - plot.top);
  const n = Math.max(1, months.length);
  const slot = plotW / n;
  const centre = (i: number) => plot.left + slot * (i + 0.5);
  const max = niceMax(Math.max(0, ...months.map((m) => m.received)));
  const yCount = (v: number) => plot.bottom - (v / max) * plotH;
  const yRate = (r: number) => plot.bottom - r * plotH;

  const barW = Math.max(2, Math.min(24, slot * 0.5));
  const bars = months.map((m, i) => ({
    x: centre(i) - barW / 2,
    y: yCount(m.received),
    w: barW,
    h: plot.bottom - yCount(m.received),
    value: m.received,
  }));

  const lines = RATE_SERIES.map((s): LineGeometry => {
    const runs: Point[][] = [];
    const points: Point[] = [];
    let run: Point[] = [];
    months.forEach((m, i) => {
      const r = m[s.key].rate;
      if (r === null) {
        if (run.length) runs.push(run);
        run = [];
        return;
      }
      const p = { x: centre(i), y: yRate(r) };
      run.push(p);
      points.push(p);
    });
    if (run.length) runs.push(run);
    return { ...s, runs, points };
  });

  // Every month labelled when there is room (≥ 28 px a month), else every other one.
  const every = slot >= 28 ? 1 : 2;
  const monthTicks = months.flatMap((m, i) => (i % every === 0 ? [{ at: centre(i), text: monthLabel(m.month, i === 0) }] : []));
  const counts = [0, 0.5, 1].map((f) => ({ at: yCount(max * f), text: String(max * f) }));
  const rates = [0, 0.5, 1].map((f) => ({ at: yRate(f), text: `${f * 100}%` }));
  return { width, height, plot, bars, lines, months: monthTicks, counts, rates };
}

/** The chart in words, for screen readers and the 文字版 below it. */
export function trendSummary(months: TrendMonth[]): string {
  if (!months.length) return '所选期间没有数据。';
  const first = months[0].month;
  const last = months[months.length - 1].month;
  const total = months.reduce((n, m) => n + m.received, 0);
  const peak = months.reduce((a, b) => (b.received > a.received ? b : a));
  const parts = [`${first}至${last}共收到诉求${total}件`];
  if (peak.received > 0) parts.push(`最多的是${peak.month}（${peak.received}件）`);
  const latest = [...months].reverse().find((m) => m.answeredOnTime.rate !== null);
  parts.push(latest ? `最近有足够样本的按期办结率为${latest.answeredOnTime.text}（${latest.month}）` : '按期办结率各月样本不足');
  return `${parts.join('，')}。`;
}
