// Contrast axe-core does not check: the edges of controls (text boxes, options, switches,
// picker buttons) need 3:1 against what is around them (WCAG 1.4.11), and text of disabled
// controls and of the open H5 picker 4.5:1 like any text. Colours are read from computed
// styles in the page; the ratios are worked out here (tests/helpers/contrast.ts).
import type { Locator } from 'playwright-core';
import { contrastRatio, over, parseColor, type Rgba } from '../helpers/contrast';

/** Controls whose edge shows where to tap or type. */
const CONTROLS = [
  '.cm-inputbox',
  '.cm-textbox',
  '.search-bar__input',
  '.cm-choice',
  '.cm-switch',
  '.cm-star',
  '.cm-photos__add',
  '.cm-filter',
  '.btn--plain',
  '.care-switch',
  '.crumb',
].join(', ');

interface Sample {
  what: string;
  /** The colour drawn (a border, a fill or text). */
  color: string;
  /** Backgrounds from the element outwards, up to the first opaque one. */
  behind: string[];
  /** Product of opacities on the way up. */
  opacity: number;
  /** A white veil over the colour (the picker's fading mask), 0..1. */
  veil: number;
  need: number;
}

/** Every visible control edge, disabled text and open picker text below `root` that is under its ratio. */
export async function lowContrast(root: Locator): Promise<string[]> {
  const samples = await root.evaluate((top, controls) => {
    const out: Array<{ what: string; color: string; behind: string[]; opacity: number; veil: number; need: number }> = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && st.display !== 'none';
    };
    const opaque = (c: string) => !/rgba\(.*,\s*0(\.\d+)?\)$/.test(c) && c !== 'transparent';
    const behind = (el: Element | null) => {
      const list: string[] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        list.push(c);
        if (opaque(c)) break;
      }
      list.push('rgb(255, 255, 255)'); // the canvas
      return list;
    };
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity || '1');
      return o;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} “${(el.textContent ?? '').trim().slice(0, 16)}”`;
    for (const el of Array.from(top.querySelectorAll(controls))) {
      if (!shown(el)) continue;
      const st = getComputedStyle(el);
      if (parseFloat(st.borderTopWidth) > 0 && st.borderTopStyle !== 'none') {
        out.push({
          what: `边框 ${name(el)}`,
          color: st.borderTopColor,
          behind: behind(el.parentElement),
          opacity: opacity(el),
          veil: 0,
          need: 3,
        });
      }
    }
    for (const el of Array.from(top.querySelectorAll('.cm-switch__track'))) {
      if (!shown(el)) continue;
      const fill = getComputedStyle(el).backgroundColor;
      out.push({
        what: `开关 ${name(el.closest('.cm-switch') ?? el)}`,
        color: fill,
        behind: behind(el.parentElement),
        opacity: opacity(el),
        veil: 0,
        need: 3,
      });
    }
    for (const el of Array.from(top.querySelectorAll('[aria-disabled="true"]'))) {
      if (!shown(el) || !(el.textContent ?? '').trim()) continue;
      out.push({
        what: `不可用 ${name(el)}`,
        color: getComputedStyle(el).color,
        behind: behind(el),
        opacity: opacity(el),
        veil: 0,
        need: 4.5,
      });
    }
    const mask = top.querySelector('.weui-picker__mask');
    const veil = mask
      ? Math.max(0, ...Array.from(getComputedStyle(mask).backgroundImage.matchAll(/rgba\([^)]*,\s*([\d.]+)\)/g)).map((m) => Number(m[1])))
      : 0;
    for (const el of Array.from(top.querySelectorAll('.weui-picker__action, .weui-picker__item'))) {
      if (!shown(el) || !(el.textContent ?? '').trim()) continue;
      const item = el.classList.contains('weui-picker__item');
      out.push({
        what: `选择器 ${name(el)}`,
        color: getComputedStyle(el).color,
        behind: behind(el),
        opacity: opacity(el),
        veil: item ? veil : 0,
        need: 4.5,
      });
    }
    return out;
  }, CONTROLS);
  return samples.flatMap((s: Sample) => {
    const back = s.behind.reduceRight<Rgba>((below, c) => over(parseColor(c), below), parseColor('#ffffff'));
    let fg = over(parseColor(s.color), back, s.opacity);
    if (s.veil > 0) fg = over({ r: 255, g: 255, b: 255, a: s.veil }, fg);
    const ratio = contrastRatio(fg, back);
    return ratio + 1e-9 < s.need ? [`${s.what}：${ratio.toFixed(2)}:1，应至少 ${s.need}:1`] : [];
  });
}
