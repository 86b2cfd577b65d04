// Complaints in words: what each kind and category means, and a complaint's deadlines and
// state as the lists and detail pages say them.
import type { ComplaintSummary, DeadlineView, OverdueLevel } from '@core/api/complaint-views';
import type { ComplaintKind, ComplaintStatus } from '@core/complaints/model';
import { formatDate, formatDateCn } from './format';

/** One plain line per kind, for the picker. */
export const KIND_HELP: Record<ComplaintKind, string> = {
  咨询: '想问清楚一件事，比如政策怎么规定、补助标准是多少。',
  '求助·意见建议': '遇到困难需要帮忙，或者对公开工作有想法、建议。',
  投诉举报: '该公开的没公开、公开得不对或太晚，或者有人违规。',
  公示异议: '对正在公示的名单或内容有不同意见（公示期内提出）。',
  目录意见: '觉得公开目录里缺了该公开的事项，或者写得看不懂。',
};

export const CATEGORY_HELP: Record<string, string> = {
  未按规定公开: '该公开的没有公开',
  公开不及时: '公开得太晚，或很久没更新',
  内容不准确: '公开的内容和实际不一样',
  泄露个人信息: '公开了身份证号、电话等不该公开的',
  对公示对象有异议: '名单里的人不符合条件，或漏了人',
  其他: '以上都不是',
};

export const LEVEL_TEXT: Record<OverdueLevel, string> = { on_time: '', overdue: '已超期', very_overdue: '严重超期' };

export function isActive(status: ComplaintStatus): boolean {
  return status === 'submitted' || status === 'accepted' || status === 'in_progress';
}

/**
 * 预计: the server counted this deadline into a year whose 节假日安排 is not entered yet
 * (weekends and the fixed statutory days only); it is recomputed once the year is entered.
 * The date is always the server's: the mini-program never counts working days itself.
 */
export function provisionalNote(d: Pick<DeadlineView, 'due' | 'provisional'>): string {
  if (!d.provisional) return '';
  return `（${formatDate(d.due).slice(0, 4)}年节假日安排未公布）`;
}

/** The one line a list shows about time: what is due by when, or where the complaint is. */
export function dueLine(c: Pick<ComplaintSummary, 'status' | 'deadline'>): string {
  const date = c.deadline.provisional ? `预计 ${formatDateCn(c.deadline.due)}` : formatDateCn(c.deadline.due);
  const note = provisionalNote(c.deadline);
  switch (c.status) {
    case 'held':
      return '内容正在人工审核，通过后转交承办单位';
    case 'submitted':
      return `应在${date}前签收${note}`;
    case 'accepted':
    case 'in_progress':
      return `应在${date}前答复${note}`;
    case 'returned':
      return '承办单位已退单，由政务公开办重新分派';
    case 'answered':
      return '已答复，请查看并评价';
    case 'closed':
      return '已办结';
  }
}

/** A word after a deadline: not started yet (held), passed stage, or extended. */
export function deadlineNote(c: { status: ComplaintStatus; extended: boolean }, which: 'accept' | 'answer'): string {
  if (c.status === 'held') return '（审核通过转交后重新计算）';
  if (which === 'accept') return c.status === 'submitted' ? '' : '（已过签收环节）';
  return c.extended ? '（已延期）' : '';
}

/** Whether this deadline is the one running now. */
export function deadlineActive(status: ComplaintStatus, which: 'accept' | 'answer'): boolean {
  return which === 'accept' ? status === 'submitted' : status === 'accepted' || status === 'in_progress';
}

export function dayKindText(d: DeadlineView): string {
  return `${d.days}个${d.dayKind === 'working' ? '工作日' : '自然日'}`;
}

export function complaintTitle(c: Pick<ComplaintSummary, 'disclosureTitle' | 'itemTitle' | 'kind' | 'regionName'>): string {
  return c.disclosureTitle ?? c.itemTitle ?? `${c.regionName}的${c.kind}`;
}
