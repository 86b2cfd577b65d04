// A complaint's deadlines (签收期限, 答复期限) with their dates in words and lateness.
import { Text, View } from '@tarojs/components';
import type { ComplaintDetail, DeadlineView } from '@core/api/complaint-views';
import { formatDateCn } from '../utils/format';
import { dayKindText, deadlineActive, deadlineNote, provisionalNote } from '../utils/complaint-words';
import { OverdueBadge } from './ComplaintBadges';

/**
 * A deadline with its date in words and, while it is the one running (`active`) and late,
 * 已超期 / 严重超期. (A deadline's level compares it with now, also after its stage is done.)
 */
export function DeadlineField({ label, d, note, active }: { label: string; d: DeadlineView; note?: string; active: boolean }) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="field__value">
        <Text>
          {d.provisional
            ? `预计 ${formatDateCn(d.due)}前${provisionalNote(d)}（${dayKindText(d)}）`
            : `${formatDateCn(d.due)}前（${dayKindText(d)}）`}
        </Text>
        {note && <Text className="muted"> {note}</Text>}
        {active && d.level !== 'on_time' && (
          <View>
            <OverdueBadge level={d.level} />
          </View>
        )}
      </View>
    </View>
  );
}

/** The two deadlines, each with its note and, while it runs and is late, 已超期 / 严重超期. */
export function Deadlines({ c }: { c: ComplaintDetail }) {
  return (
    <>
      <DeadlineField label="签收期限" d={c.acceptDeadline} note={deadlineNote(c, 'accept')} active={deadlineActive(c.status, 'accept')} />
      <DeadlineField label="答复期限" d={c.answerDeadline} note={deadlineNote(c, 'answer')} active={deadlineActive(c.status, 'answer')} />
    </>
  );
}
