// Pull to refresh (page config: enablePullDownRefresh) and infinite scroll for a page.
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useRef } from 'react';

/** Runs every `reload` on pull-down and stops the spinner when all are done. */
export function usePullRefresh(...reloads: Array<() => Promise<void>>): void {
  const ref = useRef(reloads);
  ref.current = reloads;
  usePullDownRefresh(() => {
    void Promise.allSettled(ref.current.map((r) => r())).then(() => Taro.stopPullDownRefresh());
  });
}

/** Calls `loadMore` when the page is scrolled to the bottom. */
export function useInfiniteScroll(loadMore: () => Promise<void> | void): void {
  const ref = useRef(loadMore);
  ref.current = loadMore;
  useReachBottom(() => {
    void ref.current();
  });
}
