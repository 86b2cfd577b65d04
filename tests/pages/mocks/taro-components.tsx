// @tarojs/components for the pages project: plain HTML elements, so Testing Library's roles,
// text and labels work. Only DOM-safe props pass through (className, role, aria-*, data-*, id,
// style, onClick, and onKeyDown/tabIndex for the keyboard); Taro-only props (hoverClass, selectable, scrollX, mode…) are dropped.
import { createElement, type ReactNode } from 'react';

type Props = Record<string, any> & { children?: ReactNode };

const PASS = /^(className|role|id|style|onClick|onKeyDown|tabIndex|aria-.+|data-.+)$/;

function dom(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (PASS.test(k)) out[k] = v;
  return out;
}

const detail = (value: unknown) => ({ detail: { value } });

export const View = (p: Props) => createElement('div', dom(p), p.children);
export const Text = (p: Props) => createElement('span', dom(p), p.children);
export const Label = (p: Props) => createElement('label', dom(p), p.children);
export const ScrollView = (p: Props) => createElement('div', dom(p), p.children);
export const Swiper = View;
export const SwiperItem = View;
export const Block = (p: Props) => createElement('div', dom(p), p.children);
export const RichText = (p: Props) => createElement('div', dom(p), typeof p.nodes === 'string' ? p.nodes : null);
export const Icon = (p: Props) => createElement('span', dom(p));
export const Navigator = (p: Props) => createElement('a', { ...dom(p), href: p.url }, p.children);

export const Button = (p: Props) =>
  createElement('button', { ...dom(p), type: 'button', disabled: Boolean(p.disabled) || Boolean(p.loading) }, p.children);

export const Image = (p: Props) => createElement('img', { ...dom(p), src: p.src, alt: p.alt ?? '' });

const INPUT_TYPE: Record<string, string> = { number: 'number', digit: 'number', text: 'text', idcard: 'text', safePassword: 'password' };

// Taro's H5 Input and Textarea put `nativeProps` on the real element (that is where a label must go).
const native = (p: Props) => (p.nativeProps ? dom(p.nativeProps as Props) : {});

export const Input = (p: Props) =>
  createElement('input', {
    ...dom(p),
    ...native(p),
    type: p.password ? 'password' : (INPUT_TYPE[p.type as string] ?? 'text'),
    value: p.value ?? '',
    placeholder: p.placeholder,
    maxLength: p.maxlength,
    disabled: p.disabled,
    onChange: (e: { target: { value: string } }) => p.onInput?.(detail(e.target.value)),
    onBlur: (e: { target: { value: string } }) => p.onBlur?.(detail(e.target.value)),
  });

export const Textarea = (p: Props) =>
  createElement('textarea', {
    ...dom(p),
    ...native(p),
    value: p.value ?? '',
    placeholder: p.placeholder,
    maxLength: p.maxlength,
    disabled: p.disabled,
    onChange: (e: { target: { value: string } }) => p.onInput?.(detail(e.target.value)),
    onBlur: (e: { target: { value: string } }) => p.onBlur?.(detail(e.target.value)),
  });

/** Picker (selector mode): its children, then a <select> whose change reports the index as Taro does; date mode: an <input type="date"> reporting YYYY-MM-DD. */
export const Picker = (p: Props) => {
  if (p.mode === 'date')
    return createElement(
      'div',
      dom(p),
      p.children,
      createElement('input', {
        type: 'date',
        value: String(p.value ?? ''),
        min: p.start,
        max: p.end,
        onChange: (e: { target: { value: string } }) => p.onChange?.(detail(e.target.value)),
      }),
    );
  const range: unknown[] = Array.isArray(p.range) ? p.range : [];
  const label = (x: unknown) => String(p.rangeKey && x && typeof x === 'object' ? (x as Record<string, unknown>)[p.rangeKey] : x);
  return createElement(
    'div',
    dom(p),
    p.children,
    createElement(
      'select',
      {
        value: String(p.value ?? 0),
        disabled: p.disabled,
        onChange: (e: { target: { value: string } }) => p.onChange?.(detail(p.mode === 'date' ? e.target.value : Number(e.target.value))),
      },
      range.map((x, i) => createElement('option', { key: i, value: String(i) }, label(x))),
    ),
  );
};

export const Switch = (p: Props) =>
  createElement('input', {
    ...dom(p),
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(p.checked),
    onChange: (e: { target: { checked: boolean } }) => p.onChange?.(detail(e.target.checked)),
  });
