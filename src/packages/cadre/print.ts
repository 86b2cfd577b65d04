// 打印公示: the printable A4 notice of a publicity and how to get it on paper.
// H5: the local cloud's /print/<id> page, printed from the browser. weapp: A4 pictures saved to
// the album (print-image.ts), or the link to that page when the public H5 address is configured.
import Taro from '@tarojs/taro';
import { PUBLIC_BASE_URL } from '../../constants/config';
import { saveNoticeImages } from './print-image';

/** The printable page: same site on H5; on weapp the public H5 site, or null when none is configured. */
export function printUrl(id: string): string | null {
  const path = `/print/${encodeURIComponent(id)}`;
  if (process.env.TARO_ENV === 'h5') return path;
  return PUBLIC_BASE_URL ? PUBLIC_BASE_URL + path : null;
}

async function saveImages(id: string): Promise<void> {
  void Taro.showLoading({ title: '正在生成A4图片', mask: true });
  try {
    const pages = await saveNoticeImages(id);
    void Taro.hideLoading();
    await Taro.showModal({
      title: '已保存到相册',
      content: `公示已存成${pages}张A4图片。可在相册里选“打印”，或发给打印店，打印后张贴到村公示栏。图上的小程序码，群众微信一扫就能查看、提出异议。`,
      showCancel: false,
      confirmText: '知道了',
    });
  } catch {
    void Taro.hideLoading();
    void Taro.showToast({ title: '没有保存成功，请稍后再试', icon: 'none' });
  }
}

function copyLink(url: string): void {
  void Taro.setClipboardData({ data: url })
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

/** 打印公示: H5 opens the A4 notice; weapp saves it to the album as pictures, or copies the link. */
export function openPrint(id: string): void {
  const url = printUrl(id);
  if (process.env.TARO_ENV === 'h5') {
    window.open(url!, '_blank', 'noopener');
    return;
  }
  if (!url) {
    void saveImages(id);
    return;
  }
  void Taro.showActionSheet({ itemList: ['保存A4图片到相册（手机打印）', '复制打印链接（电脑打印）'] })
    .then((r) => (r.tapIndex === 0 ? saveImages(id) : copyLink(url)))
    .catch(() => undefined);
}
