// Copying a ticket number (or any short text) with a toast that says so.
import Taro from '@tarojs/taro';

export function copyText(text: string, what = '编号'): void {
  void Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: `${what}已复制`, icon: 'none' }))
    .catch(() => Taro.showToast({ title: `请长按${what}复制`, icon: 'none' }));
}
