// Badges always carry their meaning in words (and a sign); colour only repeats it.
import { Text } from '@tarojs/components';
import type { ItemState, PublicityView } from '@core/api/public-views';

const STATE_SIGN: Record<ItemState, string> = { 已公开: '✓', 逾期未更新: '!', 暂无: '–' };
const STATE_CLASS: Record<ItemState, string> = { 已公开: 'ok', 逾期未更新: 'late', 暂无: 'none' };

export function StateBadge({ state }: { state: ItemState }) {
  return (
    <Text className={`badge badge--${STATE_CLASS[state]}`}>
      {STATE_SIGN[state]} {state}
    </Text>
  );
}

export function DemoBadge({ text = '演示数据' }: { text?: string }) {
  return <Text className="badge badge--demo">（{text}）</Text>;
}

export function publicityText(p: PublicityView): string {
  if (p.state === '公示中') return `公示中，还剩${p.daysLeft}天`;
  if (p.state === '未开始') return '公示未开始';
  return '公示期满';
}

export function PublicityBadge({ publicity }: { publicity: PublicityView }) {
  const cls = publicity.state === '公示中' ? 'running' : publicity.state === '未开始' ? 'none' : 'done';
  return <Text className={`badge badge--${cls}`}>{publicityText(publicity)}</Text>;
}
