// Sharing a page to a chat (and 朋友圈 where the platform allows): a title a villager
// recognises in the group chat, and the page's path with the params it needs. H5 has no
// share menu: a 分享 button uses navigator.share when the browser has it, else copies the link.
import Taro from '@tarojs/taro';
import type { PublishLevel } from '@core/model';

export interface ShareTarget {
  title: string;
  /** The page's path with its query, e.g. /pages/disclosure/index?id=... */
  path: string;
}

const MAX_TITLE = 60;

function clip(title: string): string {
  const chars = Array.from(title);
  return chars.length <= MAX_TITLE ? title : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

const LEVEL_WORD: Record<PublishLevel, string> = { village: '村务公开', town: '政务公开', county: '政务公开' };

/** 董大桥村·村务公开：2026年农村危房改造补助对象公示 */
export function disclosureShareTitle(placeName: string, level: PublishLevel, title: string): string {
  return clip(`${placeName}·${LEVEL_WORD[level]}：${title}`);
}

/** 董大桥村·公开信息 */
export function placeShareTitle(placeName: string): string {
  return clip(`${placeName}·公开信息：该公开的都在这里`);
}

/** 董大桥村·农村危房改造：该公开什么、公开了什么 */
export function domainShareTitle(placeName: string, domainName: string): string {
  return clip(`${placeName}·${domainName}：该公开什么、公开了什么`);
}

/** 董大桥村·公开事项：农村危房改造补助对象 */
export function itemShareTitle(placeName: string | null, itemTitle: string): string {
  return clip(placeName ? `${placeName}·公开事项：${itemTitle}` : `公开事项：${itemTitle}`);
}

/** The query part of a path, for 朋友圈 (useShareTimeline takes a query, not a path). */
export function queryOf(path: string): string {
  const i = path.indexOf('?');
  return i < 0 ? '' : path.slice(i + 1);
}

/** H5: the address of a page in this app (hash routing). */
export function h5Link(path: string, origin: string): string {
  return `${origin}/#${path.startsWith('/') ? path : `/${path}`}`;
}

/** H5's 分享: the system share sheet when there is one, else the link copied. */
export async function shareOnH5(t: ShareTarget): Promise<'shared' | 'copied' | 'failed'> {
  const url = h5Link(t.path, typeof window !== 'undefined' ? window.location.origin : '');
  const nav = typeof navigator !== 'undefined' ? (navigator as Navigator & { share?: (d: ShareData) => Promise<void> }) : undefined;
  if (nav?.share) {
    try {
      await nav.share({ title: t.title, url });
      return 'shared';
    } catch {
      // Cancelled, or refused: fall back to copying, which always leaves something to paste.
    }
  }
  try {
    await Taro.setClipboardData({ data: `${t.title} ${url}` });
    void Taro.showToast({ title: '链接已复制，可以粘贴到微信群', icon: 'none' });
    return 'copied';
  } catch {
    void Taro.showToast({ title: '复制没有成功，请用浏览器的分享', icon: 'none' });
    return 'failed';
  }
}
