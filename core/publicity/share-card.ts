// The 公示 share card: one picture (750×1000) a villager saves or forwards to a group chat, with
// the mini-program code to open the full notice and object. Only what the public page shows at
// a glance and nothing about a person: the place, the title, the 公示期 and days left, how many
// entries the list has, the publisher. Never the body or a cell of the table (names, IDs and
// phones live there). Pure drawing steps, as the A4 notice (a4-layout.ts), tested without a canvas.
import type { DisclosureView } from '../api/public-views';
import { wrap, type DrawOp, type Measure } from './a4-layout';

export const CARD = { width: 750, height: 1000, margin: 48, codeSize: 240 };

export interface ShareCardContent {
  place: string;
  /** e.g. 公示中，还剩3天 */
  state: string;
  title: string;
  /** 公示期：2026年11月26日 至 2026年12月2日 */
  period: string;
  /** 公示名单共12户, or how to read the rest when there is no list. */
  summary: string;
  publisher: string;
  demo: boolean;
}

export const CODE_HINT = '长按识别，查看完整公示和提出异议';

const dateCn = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

/** A list of households says 户, any other list 条. */
const HOUSEHOLD_COLUMN = /户主|户数|农户|家庭/;

/** The card's words for a running 公示; null when the disclosure is not in its 公示期. */
export function shareCardContent(d: DisclosureView): ShareCardContent | null {
  const p = d.publicity;
  if (!p || p.state !== '公示中') return null;
  const rows = d.table?.rows.length ?? 0;
  const unit = d.table?.columns.some((c) => HOUSEHOLD_COLUMN.test(c)) ? '户' : '条';
  return {
    place: d.regionName,
    state: `公示中，还剩${p.daysLeft}天`,
    title: d.title,
    period: `公示期：${dateCn(p.start)} 至 ${dateCn(p.end)}`,
    summary: rows > 0 ? `公示名单共${rows}${unit}，名单和依据请扫码查看` : '公示全文请扫码查看',
    publisher: `发布单位：${d.unitName}`,
    demo: d.demo,
  };
}

/**
 * `text` in at most `max` lines of `width`; what does not fit ends the last line with “…”.
 * By character, as wrap(): a line holds as many characters as fit, never one per line.
 */
export function clampLines(text: string, width: number, px: number, measure: Measure, max: number): string[] {
  const lines = wrap(text.replace(/\s*\n\s*/g, ' '), width, px, measure);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = Array.from(kept[max - 1]);
  while (last.length && measure(`${last.join('')}…`, px) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.join('')}…`;
  return kept;
}

const RED = '#b3261e';
const INK = '#1f1f1f';
const GREY = '#5f6368';

/** The card as drawing steps: a red band with the place and days left, the words, the code. */
export function layoutShareCard(c: ShareCardContent, measure: Measure): DrawOp[] {
  const { width: W, height: H, margin: M, codeSize: S } = CARD;
  const inner = W - 2 * M;
  const ops: DrawOp[] = [{ kind: 'rect', x: 0, y: 0, w: W, h: H, color: '#ffffff' }];
  const lines = (
    text: string,
    y: number,
    px: number,
    max: number,
    opts: { bold?: boolean; color?: string; x?: number; width?: number } = {},
  ) => {
    for (const line of clampLines(text, opts.width ?? inner, px, measure, max)) {
      ops.push({ kind: 'text', x: opts.x ?? M, y, text: line, px, bold: opts.bold, color: opts.color ?? INK });
      y += Math.round(px * 1.45);
    }
    return y;
  };

  ops.push({ kind: 'rect', x: 0, y: 0, w: W, h: 170, color: RED });
  lines(c.place, 36, 40, 1, { bold: true, color: '#ffffff' });
  lines(c.demo ? `${c.state}（演示数据）` : c.state, 102, 30, 1, { color: '#ffffff' });

  let y = lines(c.title, 214, 44, 2, { bold: true });
  y = lines(c.period, y + 24, 28, 2, { color: GREY });
  y = lines(c.summary, y + 20, 30, 2);
  lines(c.publisher, y + 20, 28, 2, { color: GREY });

  const top = H - M - S;
  ops.push({ kind: 'line', x1: M, y1: top - 32, x2: W - M, y2: top - 32 });
  ops.push({ kind: 'code', x: M, y: top, size: S });
  const hintX = M + S + 32;
  const hintY = lines(CODE_HINT, top + 40, 32, 3, { bold: true, x: hintX, width: W - M - hintX, color: RED });
  lines('公示期内有异议，可在小程序里提出，也可拨打公示上的监督电话', hintY + 16, 24, 4, { x: hintX, width: W - M - hintX, color: GREY });
  return ops;
}
