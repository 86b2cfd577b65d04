// The unit's answer to a complaint.
import { View } from '@tarojs/components';
import type { ComplaintDetail } from '@core/api/complaint-views';
import { formatDateTime } from '../utils/format';
import { PhotoGrid } from './PhotoGrid';
import './complaint.css';

/** The unit's answer: its words, who and when (`atSuffix` after the time), and its attachments. */
export function AnswerBlock({ answer, atSuffix = '' }: { answer: NonNullable<ComplaintDetail['answer']>; atSuffix?: string }) {
  return (
    <>
      <View className="h2">答复</View>
      <View className="cm-quote">{answer.text}</View>
      <View className="muted">
        {answer.unitName} · {formatDateTime(answer.at)}
        {atSuffix}
      </View>
      <PhotoGrid ids={answer.attachments} label="附件" />
    </>
  );
}
