// The printed 公示栏 notice as A4 pages of drawing steps (text, lines, the code image), laid out
// with the renderer's own text measure: the weapp draws them on a canvas and saves each page to
// the album (src/packages/cadre/print-image.ts). Pure, so the layout is tested without a canvas.
// A name, a number or an amount never wraps: those columns get the width of their longest cell
// (the type shrinks when a wide table would not fit), and only long text columns wrap.

export type Measure = (text: string, px: number) => number;

/** Drawing steps, shared by the A4 notice and the 公示 share card (core/publicity/share-card.ts). */
export type DrawOp =
  | { kind: 'text'; x: number; y: number; text: string; px: number; bold?: boolean; color?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'code'; x: number; y: number; size: number };

export interface NoticeContent {
  title: string;
  meta: string;
  body: string;
  table?: { columns: string[]; rows: string[][] };
  tableNote?: string;
  /** Lines beside the code: who is responsible, phones, how to object. */
  foot: string[];
}

/** A4 at 150 dpi. */
export const A4 = { width: 1240, height: 1754, margin: 90 };

const TITLE_PX = 44;
const BODY_PX = 28;
const FOOT_PX = 24;
const CODE_SIZE = 240;
const CELL_PAD = 10;
/** Columns whose cells are never broken across lines: names, numbers, grades, amounts. */
export const KEEP_WHOLE = /序号|编号|姓名|户主|名字|申请人|性别|年龄|等级|类别|金额|补助|人数|面积|户数|日期|电话|身份证/;

/** Splits `text` into lines no wider than `width` (by character: Chinese has no spaces). */
export function wrap(text: string, width: number, px: number, measure: Measure): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const ch of Array.from(para)) {
      if (line && measure(line + ch, px) > width) {
        out.push(line);
        line = ch;
      } else line += ch;
    }
    out.push(line);
  }
  return out;
}

export interface TableLayout {
  px: number;
  widths: number[];
}

/** Column widths (and type size) for a table `width` wide: kept-whole columns never wrap. */
export function tableLayout(columns: string[], rows: string[][], width: number, measure: Measure): TableLayout {
  for (let px = 24; px >= 14; px -= 2) {
    const natural = columns.map((c, i) => Math.max(measure(c, px), ...rows.map((r) => measure(r[i] ?? '', px))) + 2 * CELL_PAD);
    const total = natural.reduce((a, b) => a + b, 0);
    if (total <= width) return { px, widths: natural.map((n) => (n * width) / total) };
    const whole = columns.map((c, i) => KEEP_WHOLE.test(c) || rows.every((r) => Array.from(r[i] ?? '').length <= 6));
    const fixed = natural.reduce((a, n, i) => a + (whole[i] ? n : 0), 0);
    const flexNatural = natural.reduce((a, n, i) => a + (whole[i] ? 0 : n), 0);
    const rest = width - fixed;
    const minFlex = measure('四个汉字', px) + 2 * CELL_PAD;
    const widths = natural.map((n, i) => (whole[i] ? n : (n * rest) / flexNatural));
    if (rest > 0 && widths.every((w, i) => whole[i] || w >= minFlex)) return { px, widths };
  }
  // Even at the smallest type the names do not fit side by side: share the width evenly.
  return { px: 14, widths: columns.map(() => width / columns.length) };
}

/** The notice as pages of drawing steps; the code and the foot close the last page. */
export function layoutNotice(n: NoticeContent, measure: Measure): DrawOp[][] {
  const { width: W, height: H, margin: M } = A4;
  const inner = W - 2 * M;
  const pages: DrawOp[][] = [[]];
  let ops = pages[0];
  let y = M;
  const newPage = () => {
    ops = [];
    pages.push(ops);
    y = M;
  };
  const footHeight = CODE_SIZE + 40;
  const text = (t: string, px: number, opts: { bold?: boolean; center?: boolean } = {}) => {
    for (const line of wrap(t, inner, px, measure)) {
      if (y + px * 1.5 > H - M) newPage();
      const x = opts.center ? M + (inner - measure(line, px)) / 2 : M;
      if (line) ops.push({ kind: 'text', x, y, text: line, px, bold: opts.bold });
      y += px * 1.5;
    }
  };
  text(n.title, TITLE_PX, { bold: true, center: true });
  y += 10;
  text(n.meta, FOOT_PX, { center: true });
  y += 20;
  text(n.body, BODY_PX);
  y += 20;

  if (n.table && n.table.columns.length) {
    const { columns, rows } = n.table;
    const { px, widths } = tableLayout(columns, rows, inner, measure);
    const lineH = px * 1.4;
    const drawRow = (cells: string[], bold: boolean) => {
      const lines = cells.map((c, i) => wrap(c ?? '', widths[i] - 2 * CELL_PAD, px, measure));
      const h = Math.max(...lines.map((l) => l.length)) * lineH + 2 * CELL_PAD;
      if (y + h > H - M) {
        newPage();
        if (!bold) drawRow(columns, true);
      }
      let x = M;
      ops.push({ kind: 'line', x1: M, y1: y, x2: M + inner, y2: y });
      lines.forEach((ls, i) => {
        ls.forEach((l, k) => l && ops.push({ kind: 'text', x: x + CELL_PAD, y: y + CELL_PAD + k * lineH, text: l, px, bold }));
        ops.push({ kind: 'line', x1: x, y1: y, x2: x, y2: y + h });
        x += widths[i];
      });
      ops.push({ kind: 'line', x1: M + inner, y1: y, x2: M + inner, y2: y + h });
      ops.push({ kind: 'line', x1: M, y1: y + h, x2: M + inner, y2: y + h });
      y += h;
    };
    drawRow(columns, true);
    for (const r of rows) drawRow(r, false);
    y += 20;
  }
  if (n.tableNote) text(n.tableNote, FOOT_PX);

  if (y + footHeight > H - M) newPage();
  const top = H - M - CODE_SIZE;
  ops.push({ kind: 'line', x1: M, y1: top - 20, x2: M + inner, y2: top - 20 });
  ops.push({ kind: 'code', x: M, y: top, size: CODE_SIZE });
  let fy = top;
  const footX = M + CODE_SIZE + 30;
  for (const l of n.foot.flatMap((f) => wrap(f, inner - CODE_SIZE - 30, FOOT_PX, measure))) {
    ops.push({ kind: 'text', x: footX, y: fy, text: l, px: FOOT_PX });
    fy += FOOT_PX * 1.5;
  }
  return pages;
}
