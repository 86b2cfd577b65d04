// A draft's status as a badge: words and a sign; colour only repeats them.
import { Text } from '@tarojs/components';
import type { DraftStatus } from '@core/publicity/model';

const STATUS_SIGN: Record<DraftStatus, string> = { draft: '✎', pending_review: '…', published: '✓', withdrawn: '×' };
const STATUS_CLASS: Record<DraftStatus, string> = { draft: 'plain', pending_review: 'running', published: 'ok', withdrawn: 'none' };

export function DraftBadge({ status, name }: { status: DraftStatus; name: string }) {
  return (
    <Text className={`badge badge--${STATUS_CLASS[status]}`}>
      {STATUS_SIGN[status]} {name}
    </Text>
  );
}
