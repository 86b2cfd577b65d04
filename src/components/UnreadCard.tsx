// 您的监督有新答复: at the top of home when any of the person's complaints changed (签收, 答复,
// 督办, 退回…) since they last opened it; a tap opens that complaint, which reads it.
import { Text, View } from '@tarojs/components';
import type { UnreadAnswer } from '@core/api/complaint-views';
import { LinkRow } from './LinkRow';
import { go } from '../utils/nav';
import './reach.css';

/** The routes are passed in, so the card does not tie itself to where the complaint pages live. */
export function UnreadCard({
  unread,
  detailPath,
  minePath,
}: {
  unread: UnreadAnswer | null;
  detailPath: (id: string) => string;
  minePath: string;
}) {
  if (!unread || unread.count === 0) return null;
  const n = unread.more ? `${unread.count}件以上` : `${unread.count}件`;
  return (
    <View className="card unread-card" role="status">
      <View className="unread-card__title">您的监督有新答复</View>
      <View className="muted">有{n}诉求有了新进展，点开看看单位怎么说。</View>
      <View className="list">
        {unread.items.map((c) => (
          <LinkRow key={c.id} title={c.title} meta={`现在：${c.statusName}`} onTap={() => go(detailPath(c.id))} />
        ))}
      </View>
      {unread.count > unread.items.length && <LinkRow title={<Text>查看全部（{n}）</Text>} onTap={() => go(minePath)} />}
    </View>
  );
}

/** The 新 mark beside 我的监督: a word, not only a colour. */
export function UnreadDot({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Text className="unread-dot" aria-label={`有${count}件新进展`}>
      新
    </Text>
  );
}
