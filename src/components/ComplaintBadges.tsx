// A complaint's status and lateness as badges: words and a sign; colour only repeats them.
import { Text } from '@tarojs/components';
import type { OverdueLevel } from '@core/api/complaint-views';
import type { ComplaintStatus } from '@core/complaints/model';

const STATUS_SIGN: Record<ComplaintStatus, string> = {
  held: '…',
  submitted: '●',
  accepted: '●',
  returned: '↩',
  in_progress: '●',
  answered: '✓',
  closed: '✓',
};

const STATUS_CLASS: Record<ComplaintStatus, string> = {
  held: 'none',
  submitted: 'running',
  accepted: 'running',
  returned: 'none',
  in_progress: 'running',
  answered: 'ok',
  closed: 'done',
};

export function StatusBadge({ status, name }: { status: ComplaintStatus; name: string }) {
  return (
    <Text className={`badge badge--${STATUS_CLASS[status]}`}>
      {STATUS_SIGN[status]} {name}
    </Text>
  );
}

/** Nothing when on time; otherwise the words 已超期 / 严重超期 with a sign (colour repeats them). */
export function OverdueBadge({ level }: { level: OverdueLevel }) {
  if (level === 'on_time') return null;
  return <Text className="badge badge--late">{level === 'very_overdue' ? '‼ 严重超期' : '! 已超期'}</Text>;
}
