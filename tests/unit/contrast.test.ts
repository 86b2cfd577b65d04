// The contrast arithmetic the accessibility e2e uses (tests/helpers/contrast.ts), against the
// figures WCAG's own examples give, and the app's design tokens in both modes.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, over, parseColor } from '../helpers/contrast';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself, either order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4fa3', '#1d4fa3')).toBeCloseTo(1, 5);
  });

  it('puts the 4.5:1 line between #777777 and #767676 on white', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('reads computed-style colours (rgb, rgba, space syntax with a percentage)', () => {
    expect(parseColor('rgb(29, 79, 163)')).toEqual({ r: 29, g: 79, b: 163, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('transparent').a).toBe(0);
    expect(() => parseColor('blue')).toThrow('不认识的颜色');
  });

  it('lays a translucent colour or an opacity over what is behind it', () => {
    const grey = over(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('#fff'));
    expect(grey.r).toBeCloseTo(127.5, 5);
    // Primary text faded to 60% (the old disabled look) falls under 4.5:1.
    const faded = over(parseColor('#1d4fa3'), parseColor('#fff'), 0.6);
    expect(contrastRatio(faded, '#fff')).toBeLessThan(4.5);
  });
});

describe('the design tokens (src/app.css)', () => {
  const css = readFileSync(join(__dirname, '..', '..', 'src', 'app.css'), 'utf8');
  const block = (selector: string) => {
    const m = new RegExp(`^\\${selector} \\{([^}]*)\\}`, 'm').exec(css);
    if (!m) throw new Error(`${selector} not found`);
    return Object.fromEntries(Array.from(m[1].matchAll(/--gk-([\w-]+):\s*(#[0-9a-f]{3,6})/gi)).map((x) => [x[1], x[2]]));
  };
  const normal = block('.screen');
  const care = { ...normal, ...block('.screen--care') };

  it.each([
    ['normal', normal],
    ['care', care],
  ])('%s: text 4.5:1 on cards, the page and tinted boxes; control edges 3:1', (_mode, t) => {
    for (const text of ['color-text', 'color-text-2', 'color-primary', 'color-ok', 'color-late', 'color-running', 'color-demo']) {
      for (const bg of ['color-card', 'color-bg', 'color-pressed', 'color-none-bg']) {
        expect([text, bg, contrastRatio(t[text], t[bg]) >= 4.5]).toEqual([text, bg, true]);
      }
    }
    for (const [fg, bg] of [
      ['color-ok', 'color-ok-bg'],
      ['color-late', 'color-late-bg'],
      ['color-running', 'color-running-bg'],
      ['color-demo', 'color-demo-bg'],
      ['color-primary-text', 'color-primary'],
    ]) {
      expect([fg, bg, contrastRatio(t[fg], t[bg]) >= 4.5]).toEqual([fg, bg, true]);
    }
    for (const bg of ['color-card', 'color-bg', 'color-pressed']) {
      expect(['color-control', bg, contrastRatio(t['color-control'], t[bg]) >= 3]).toEqual(['color-control', bg, true]);
    }
  });
});
