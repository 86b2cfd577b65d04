// The root of every page. Design tokens live on `.screen` (app.css); care mode (适老化)
// is one class away: `.screen--care` overrides the tokens, no page changes.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

const CARE_KEY = 'gongkai.care';

export function isCareMode(): boolean {
  try {
    return Taro.getStorageSync(CARE_KEY) === true;
  } catch {
    return false;
  }
}

export function setCareMode(on: boolean): void {
  try {
    Taro.setStorageSync(CARE_KEY, on);
  } catch {
    // ignore
  }
}

export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  const care = isCareMode();
  return <View className={['screen', care ? 'screen--care' : '', className ?? ''].join(' ').trim()}>{children}</View>;
}
