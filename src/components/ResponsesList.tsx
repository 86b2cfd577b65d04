// 群众关切与回应: what units answered in public for a place or an item (masked Q&A the
// complainants agreed to show, and units' responses). Nothing shows when there is none.
import { Text, View } from '@tarojs/components';
import type { ResponseView } from '@core/responses/model';
import { useApi } from '../hooks/useApi';
import { formatDateCn } from '../utils/format';

export function ResponseItem({ r }: { r: ResponseView }) {
  return (
    <View className="card">
      <View className="row__meta">{r.kind === 'qa' ? '群众提问' : '回应'}</View>
      <View className="row__title">{r.question}</View>
      <View>{r.answer}</View>
      <View className="muted">
        <Text>
          {r.unitName} · {formatDateCn(r.at)}
        </Text>
      </View>
    </View>
  );
}

export function ResponsesList({ regionCode, itemId }: { regionCode?: string; itemId?: string }) {
  const state = useApi(
    'responses.list',
    regionCode || itemId ? { ...(regionCode ? { regionCode } : {}), ...(itemId ? { itemId } : {}) } : null,
  );
  const items = state.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <View className="section">
      <View className="h2">群众关切与回应</View>
      {items.map((r) => (
        <ResponseItem key={r.id} r={r} />
      ))}
    </View>
  );
}
