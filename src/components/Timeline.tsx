// A complaint's 办理经过: who did what, when.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { TimelineView } from '@core/api/complaint-views';
import { formatDateTime } from '../utils/format';
import './complaint.css';

/** Any timeline as people see it (a complaint's, an application's): who did what, when. */
export function Timeline({ items }: { items: Array<Pick<TimelineView, 'at' | 'actionName' | 'by' | 'note'>> }) {
  return (
    <View className="cm-timeline">
      {items.map((e, i) => (
        <View key={i} className="cm-timeline__item">
          <View className="cm-timeline__head">
            <Text className="cm-timeline__action">{e.actionName}</Text>
            <Text className="cm-timeline__by">{e.by}</Text>
          </View>
          <Text className="cm-timeline__at">{formatDateTime(e.at)}</Text>
          {e.note && <Text className="cm-timeline__note">{e.note}</Text>}
        </View>
      ))}
    </View>
  );
}

/** 办理经过 and the timeline in a card. */
export function TimelineSection({ children }: { children: ReactNode }) {
  return (
    <>
      <View className="h2">办理经过</View>
      <View className="card">{children}</View>
    </>
  );
}
