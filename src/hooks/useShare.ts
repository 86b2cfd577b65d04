// Makes a page shareable: to a chat (useShareAppMessage) and to 朋友圈 (useShareTimeline), with
// the page's own title and path. The page config sets enableShareAppMessage and
// enableShareTimeline; on H5 these hooks do nothing and <ShareButton> offers 分享 instead.
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { useRef } from 'react';
import { queryOf, type ShareTarget } from '../services/share';

export function useShare(target: ShareTarget | null): void {
  const ref = useRef(target);
  ref.current = target;
  useShareAppMessage(() => (ref.current ? { title: ref.current.title, path: ref.current.path } : {}));
  useShareTimeline(() => (ref.current ? { title: ref.current.title, query: queryOf(ref.current.path) } : {}));
}
