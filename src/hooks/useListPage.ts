// A paginated list page: reload when shown again, pull to refresh, load more at the bottom.
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { Paged } from './useApi';
import { useInfiniteScroll, usePullRefresh } from './usePageRefresh';

/** Loads again when the page shows again (back from a detail page), not on its first show. */
export function useReloadOnShow(reload: () => Promise<void>): void {
  const first = useRef(true);
  const ref = useRef(reload);
  ref.current = reload;
  useDidShow(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void ref.current();
  });
}

/** A page's paginated list: pull-down reloads it, the bottom loads more, coming back reloads it. */
export function useListPage(list: Paged<unknown>): void {
  usePullRefresh(list.reload);
  useInfiniteScroll(list.loadMore);
  useReloadOnShow(list.reload);
}
