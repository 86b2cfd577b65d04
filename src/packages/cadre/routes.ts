// The cadre package's pages, and going back to one of them.
import Taro from '@tarojs/taro';

function qs(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, x]) => x !== undefined && x !== '')
    .map(([k, x]) => `${k}=${encodeURIComponent(x as string)}`);
  return parts.length ? '?' + parts.join('&') : '';
}

export const cadreRoutes = {
  home: () => '/packages/cadre/pages/home/index',
  edit: (p: { id?: string; code?: string; itemId?: string } = {}) => '/packages/cadre/pages/edit/index' + qs(p),
  preview: (id: string) => '/packages/cadre/pages/preview/index' + qs({ id }),
  review: () => '/packages/cadre/pages/review/index',
  reviewDetail: (id: string) => '/packages/cadre/pages/review-detail/index' + qs({ id }),
};

function pathOf(page: unknown): string {
  const p = page as { route?: string; __route__?: string; $taroPath?: string; path?: string } | undefined;
  return String(p?.route ?? p?.__route__ ?? p?.$taroPath ?? p?.path ?? '').replace(/^\//, '');
}

/** Goes back to `route` when it is further down the page stack, else opens `fallback` in place. */
export function backTo(route: string, fallback: string): void {
  const want = route.replace(/^\//, '').split('?')[0];
  let pages: unknown[] = [];
  try {
    pages = Taro.getCurrentPages();
  } catch {
    pages = [];
  }
  for (let i = pages.length - 2; i >= 0; i--) {
    if (pathOf(pages[i]).startsWith(want)) {
      void Taro.navigateBack({ delta: pages.length - 1 - i });
      return;
    }
  }
  void Taro.redirectTo({ url: fallback });
}
