// Villages a person looked at, newest first, kept on the phone (Taro storage).
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { RECENT_LIMIT } from '../constants/config';

export interface RecentPlace {
  code: string;
  name: string;
  /** e.g. 新津区·花源街道·白果村 */
  title: string;
}

const KEY = 'gongkai.recents';

export function readRecents(): RecentPlace[] {
  try {
    const v: unknown = Taro.getStorageSync(KEY);
    return Array.isArray(v) ? (v as RecentPlace[]).filter((p) => p && typeof p.code === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberPlace(place: RecentPlace): void {
  const list = [place, ...readRecents().filter((p) => p.code !== place.code)].slice(0, RECENT_LIMIT);
  try {
    Taro.setStorageSync(KEY, list);
  } catch {
    // storage full or unavailable: recents are a convenience only
  }
}

export function useRecents(): { recents: RecentPlace[]; refresh: () => void; clear: () => void } {
  const [recents, setRecents] = useState<RecentPlace[]>(() => readRecents());
  const refresh = useCallback(() => setRecents(readRecents()), []);
  const clear = useCallback(() => {
    try {
      Taro.removeStorageSync(KEY);
    } catch {
      // ignore
    }
    setRecents([]);
  }, []);
  return { recents, refresh, clear };
}
