// 打印公示: the printable A4 notice of a publicity and how to open it.
import Taro from '@tarojs/taro';

/**
 * Where the printable notice is served. H5: the same site (the local cloud answers /print/<id>).
 * weapp: the web site that serves the H5 pages; a placeholder until it has an address.
 */
export const PRINT_SITE = 'https://gongkai-placeholder.example';

export function printUrl(id: string): string {
  const path = `/print/${encodeURIComponent(id)}`;
  return process.env.TARO_ENV === 'h5' ? path : PRINT_SITE + path;
}

/** 打印公示: H5 opens the A4 notice; weapp copies its link (printing happens on a computer). */
export function openPrint(id: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(printUrl(id), '_blank', 'noopener');
    return;
  }
  void Taro.setClipboardData({ data: printUrl(id) })
    .then(() =>
      Taro.showModal({
        title: '打印链接已复制',
        content: '请在电脑的浏览器里粘贴打开这个链接，再用 A4 纸打印，张贴到村公示栏。',
        showCancel: false,
        confirmText: '知道了',
      }),
    )
    .catch(() => Taro.showToast({ title: '复制失败，请稍后再试', icon: 'none' }));
}
