// The root of every page. Design tokens live on `.screen` (app.css); care mode (关怀模式,
// 适老化) is one class away: `.screen--care` overrides the tokens, no page changes.
// On when the person switched it on (大字, on the home page), or — until they choose — by
// itself when WeChat's font setting (weapp) or the browser's default font (H5) is larger
// than usual.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { NavBar } from './NavBar';

const CARE_KEY = 'gongkai.care';
/** WeChat's default font setting is 16–17 px; the browser's default font size is 16 px. */
const LARGE_FONT_PX = 18;

/** The person's own choice, or null when they have not chosen. */
function chosen(): boolean | null {
  try {
    const v: unknown = Taro.getStorageSync(CARE_KEY);
    return v === true || v === 'on' ? true : v === false || v === 'off' ? false : null;
  } catch {
    return null;
  }
}

/** Does the phone or browser already ask for large type? */
export function systemWantsLargeText(): boolean {
  try {
    if (process.env.TARO_ENV === 'h5') {
      // The root font size Taro sets scales with the page; the user's default is on a fresh element.
      const probe = document.createElement('div');
      probe.style.cssText = 'font-size: medium; position: absolute; visibility: hidden';
      document.body.appendChild(probe);
      const px = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return px >= LARGE_FONT_PX;
    }
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number };
    return (info.fontSizeSetting ?? 0) >= LARGE_FONT_PX;
  } catch {
    return false;
  }
}

export function isCareMode(): boolean {
  return chosen() ?? systemWantsLargeText();
}

export function setCareMode(on: boolean): void {
  try {
    Taro.setStorageSync(CARE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage full or unavailable: the switch still works until the page is left.
  }
}

/** Care mode as state, for the switch: [on, set]. */
export function useCareMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(isCareMode);
  return [
    on,
    (next: boolean) => {
      setCareMode(next);
      setOn(next);
    },
  ];
}

export function Screen({ children, className, care }: { children: ReactNode; className?: string; care?: boolean }) {
  const large = care ?? isCareMode();
  return (
    <View className={['screen', large ? 'screen--care' : '', className ?? ''].join(' ').trim()}>
      <NavBar />
      {children}
    </View>
  );
}
