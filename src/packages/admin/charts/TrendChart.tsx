// The monthly trend on the 统计 page: a canvas chart (weapp <Canvas type="2d">, H5 <canvas>)
// drawn by draw-trend.ts, its legend in text, a one-sentence summary (also the canvas's
// accessible name) and a table of the same figures — the chart's text alternative.
import { Canvas, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { TrendMonth } from '@core/stats/trend';
import { drawTrend, type Ctx2D } from './draw-trend';
import { BAR_COLOR, RATE_SERIES, trendGeometry, trendSummary } from './trend-geometry';
import './trend.css';

const HEIGHT = 220;
const MARK = { circle: '●', square: '■', triangle: '▲' } as const;

function H5Canvas({ months, label }: { months: TrendMonth[]; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const width = Math.max(240, c.parentElement?.clientWidth ?? 340);
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round(HEIGHT * dpr);
    c.style.width = `${width}px`;
    c.style.height = `${HEIGHT}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawTrend(ctx, trendGeometry(months, width, HEIGHT));
  }, [months]);
  return <canvas ref={ref} className="trend__canvas" role="img" aria-label={label} />;
}

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): Ctx2D & { scale(x: number, y: number): void };
}

/** weapp: the summary and the table below carry the figures for screen readers. */
function WeappCanvas({ months }: { months: TrendMonth[] }) {
  useEffect(() => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select('#gk-trend-canvas')
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: CanvasNode; width: number; height: number } | null>) => {
          const f = res?.[0];
          if (!f?.node) return;
          const dpr = Taro.getSystemInfoSync().pixelRatio || 2;
          f.node.width = Math.round(f.width * dpr);
          f.node.height = Math.round(f.height * dpr);
          const ctx = f.node.getContext('2d');
          ctx.scale(dpr, dpr);
          drawTrend(ctx, trendGeometry(months, f.width, f.height));
        });
    });
  }, [months]);
  return <Canvas type="2d" id="gk-trend-canvas" className="trend__canvas" />;
}

/** The figures month by month: what the chart shows, readable by anyone and any screen reader. */
export function TrendTable({ months }: { months: TrendMonth[] }) {
  return (
    <View className="trend__table" role="table" aria-label="各月数据" {...{ tabIndex: 0 }}>
      <View className="trend__tr" role="row">
        {['月份', '收到诉求', ...RATE_SERIES.map((s) => s.name)].map((h) => (
          <View key={h} className="trend__th" role="columnheader">
            {h}
          </View>
        ))}
      </View>
      {months.map((m) => (
        <View className="trend__tr" role="row" key={m.month}>
          <View className="trend__td" role="cell">
            {`${Number(m.month.slice(0, 4))}年${Number(m.month.slice(5))}月`}
          </View>
          <View className="trend__td" role="cell">
            {m.received}
          </View>
          {RATE_SERIES.map((s) => (
            <View key={s.key} className="trend__td" role="cell">
              {m[s.key].text}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

export function TrendChart({ months }: { months: TrendMonth[] }) {
  const summary = trendSummary(months);
  return (
    <View className="trend">
      <View className="trend__box">
        {process.env.TARO_ENV === 'h5' && <H5Canvas months={months} label={summary} />}
        {process.env.TARO_ENV === 'weapp' && <WeappCanvas months={months} />}
      </View>
      <View className="trend__legend">
        <Text className="trend__key">
          <Text className="trend__swatch" style={{ background: BAR_COLOR }} />
          收到诉求（柱，左轴：件）
        </Text>
        {RATE_SERIES.map((s) => (
          <Text key={s.key} className="trend__key" style={{ color: s.color }}>
            {MARK[s.marker]} {s.name}（{s.dash.length ? '虚线' : '实线'}，右轴）
          </Text>
        ))}
      </View>
      <View className="muted">{summary}少于5件的月份比率记为“样本不足”，线在那里断开。</View>
      <TrendTable months={months} />
    </View>
  );
}
