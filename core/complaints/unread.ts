// 您的监督有新答复: which timeline events are news for the person who filed the complaint.
// Their own steps (提交, 评价, 重新办理) and the staff's internal reminders are not; anything a
// unit, the county or the system did to the complaint is, until the owner opens it.
import type { ComplaintAction, TimelineEvent } from './model';

const NOT_NEWS: ReadonlySet<ComplaintAction> = new Set(['submit', 'rate', 'reopen', 'remind']);

export function isNewsForOwner(e: Pick<TimelineEvent, 'action' | 'role'>): boolean {
  return e.role !== 'resident' && !NOT_NEWS.has(e.action);
}
