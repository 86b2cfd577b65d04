// The way of a draft: who did what, when (saves in a row shown once).
import { Text, View } from '@tarojs/components';
import type { DraftView } from '@core/api/publicity-views';
import { formatDateTime } from '../../../utils/format';
import '../../../components/complaint.css';

const ACTION_NAMES: Record<string, string> = {
  save: '保存草稿',
  submit: '提交审核',
  approve: '审核通过，发布',
  reject: '退回修改',
  withdraw: '撤回',
};

/** The way of a draft: who did what, when. */
export function DraftHistory({ items }: { items: DraftView['history'] }) {
  // Many saves in a row say little: keep the last of each run.
  const shown = items.filter((h, i) => !(h.action === 'save' && items[i + 1]?.action === 'save'));
  return (
    <View className="cm-timeline">
      {shown.map((h, i) => (
        <View key={i} className="cm-timeline__item">
          <View className="cm-timeline__head">
            <Text className="cm-timeline__action">{ACTION_NAMES[h.action] ?? h.action}</Text>
            <Text className="cm-timeline__by">{h.by}</Text>
          </View>
          <Text className="cm-timeline__at">{formatDateTime(h.at)}</Text>
          {h.note && <Text className="cm-timeline__note">{h.note}</Text>}
        </View>
      ))}
    </View>
  );
}
