// Paints a TrendGeometry with the canvas 2D API — the same calls on a weapp <Canvas type="2d">
// node and an H5 <canvas> — so the chart costs a few KB instead of a charting library.
import { BAR_COLOR, type LineGeometry, type Marker, type Point, type TrendGeometry } from './trend-geometry';

/** The part of CanvasRenderingContext2D used here (weapp's 2D context has all of it). */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  | 'clearRect'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'stroke'
  | 'fill'
  | 'fillText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

const AXIS = '#4e5969';
const GRID = '#e5e8ed';

function marker(ctx: Ctx2D, p: Point, kind: Marker, color: string) {
  ctx.fillStyle = color;
  ctx.beginPath();
  if (kind === 'circle') ctx.arc(p.x, p.y, 3.5, 0, Math.PI * 2);
  else if (kind === 'square') {
    ctx.moveTo(p.x - 3.5, p.y - 3.5);
    ctx.lineTo(p.x + 3.5, p.y - 3.5);
    ctx.lineTo(p.x + 3.5, p.y + 3.5);
    ctx.lineTo(p.x - 3.5, p.y + 3.5);
    ctx.closePath();
  } else {
    ctx.moveTo(p.x, p.y - 4.5);
    ctx.lineTo(p.x + 4.5, p.y + 3.5);
    ctx.lineTo(p.x - 4.5, p.y + 3.5);
    ctx.closePath();
  }
  ctx.fill();
}

function line(ctx: Ctx2D, l: LineGeometry) {
  ctx.strokeStyle = l.color;
  ctx.lineWidth = 2;
  ctx.setLineDash(l.dash);
  for (const run of l.runs) {
    if (run.length < 2) continue;
    ctx.beginPath();
    ctx.moveTo(run[0].x, run[0].y);
    for (const p of run.slice(1)) ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const p of l.points) marker(ctx, p, l.marker, l.color);
}

export function drawTrend(ctx: Ctx2D, g: TrendGeometry): void {
  const { plot } = g;
  ctx.clearRect(0, 0, g.width, g.height);
  ctx.font = '11px sans-serif';
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  // Grid at the rate ticks, axis labels on both sides.
  ctx.strokeStyle = GRID;
  for (const t of g.rates) {
    ctx.beginPath();
    ctx.moveTo(plot.left, t.at);
    ctx.lineTo(plot.right, t.at);
    ctx.stroke();
  }
  ctx.fillStyle = AXIS;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  for (const t of g.counts) ctx.fillText(t.text, plot.left - 4, t.at);
  ctx.textAlign = 'left';
  for (const t of g.rates) ctx.fillText(t.text, plot.right + 4, t.at);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of g.months) ctx.fillText(t.text, t.at, plot.bottom + 6);

  ctx.fillStyle = BAR_COLOR;
  for (const b of g.bars) if (b.h > 0) ctx.fillRect(b.x, b.y, b.w, b.h);
  ctx.strokeStyle = AXIS;
  ctx.beginPath();
  ctx.moveTo(plot.left, plot.bottom);
  ctx.lineTo(plot.right, plot.bottom);
  ctx.stroke();
  for (const l of g.lines) line(ctx, l);
}
