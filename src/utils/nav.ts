// Page addresses in one place, and navigation that respects the weapp page-stack limit of 10.
import Taro from '@tarojs/taro';

function qs(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`);
  return parts.length ? '?' + parts.join('&') : '';
}

export const routes = {
  home: () => '/pages/index/index',
  village: (code: string) => '/pages/village/index' + qs({ code }),
  domain: (code: string, domain: string) => '/pages/domain/index' + qs({ code, domain }),
  item: (id: string, code?: string) => '/pages/item/index' + qs({ id, code }),
  disclosure: (id: string) => '/pages/disclosure/index' + qs({ id }),
  search: (code?: string, q?: string) => '/pages/search/index' + qs({ code, q }),
};

export function go(url: string): void {
  const depth = Taro.getCurrentPages().length;
  if (depth >= 9) void Taro.redirectTo({ url });
  else void Taro.navigateTo({ url });
}

/** Router params are URL-encoded on some platforms. */
export function param(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
