// What each viewer may see of a complaint. The complainant sees their own; a unit sees its
// complaints without the complainant's identity (and without any contact when anonymous);
// the county sees a masked phone when anonymous. No view carries an openid.
import type { Phone } from '../model';
import type { ComplaintDetail, ComplaintSummary, DeadlineView, TimelineView } from '../api/complaint-views';
import type { Complaint, Deadline, TimelineEvent } from './model';
import { STATUS_NAMES } from './model';
import { activeDeadline } from './schedule';
import { overdueLevel, type WorkCalendar } from './workdays';
import { ACTION_NAMES } from './lifecycle';
import { maskPhone } from '../privacy/mask';
import { proxyWho } from './proxy-words';
import { HOTLINE_ACTOR, HOTLINE_NAME } from '../hotline/model';

export type Viewer = 'owner' | 'unit' | 'county';

function deadlineView(cal: WorkCalendar, d: Deadline, now: Date): DeadlineView {
  return { ...d, level: overdueLevel(cal, d, now) };
}

function byLabel(e: TimelineEvent, viewer: Viewer): string {
  if (e.actor === HOTLINE_ACTOR) return HOTLINE_NAME;
  if (e.role === 'system') return '系统';
  if (e.role === 'resident') return viewer === 'owner' ? '您' : '投诉人';
  if (e.role === 'county_admin') return '政务公开办';
  if (e.role === 'unit_staff') return e.unitName ?? '承办单位';
  return '工作人员';
}

function timelineView(c: Complaint, viewer: Viewer): TimelineView[] {
  return c.timeline.map((e) => ({
    at: e.at,
    action: e.action,
    actionName: ACTION_NAMES[e.action],
    by: byLabel(e, viewer),
    ...(e.note ? { note: e.note } : {}),
    ...(e.toStatus ? { toStatus: e.toStatus } : {}),
  }));
}

export function complaintSummary(c: Complaint, now: Date, cal: WorkCalendar): ComplaintSummary {
  const d = activeDeadline(c) ?? c.answerDeadline;
  return {
    id: c.id,
    kind: c.kind,
    category: c.category,
    status: c.status,
    statusName: STATUS_NAMES[c.status],
    regionName: c.regionName,
    ...(c.itemTitle ? { itemTitle: c.itemTitle } : {}),
    ...(c.disclosureTitle ? { disclosureTitle: c.disclosureTitle } : {}),
    textPreview: c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text,
    unitName: c.unitName,
    createdAt: c.createdAt,
    deadline: activeDeadline(c) ? deadlineView(cal, d, now) : { ...d, level: 'on_time' },
    escalated: c.escalations > 0,
    ...(c.proxy ? { proxy: true as const } : {}),
  };
}

export function complaintDetail(
  c: Complaint,
  now: Date,
  viewer: Viewer,
  hotline: Phone | null,
  can: ComplaintDetail['can'],
  cal: WorkCalendar,
): ComplaintDetail {
  let contactPhone: string | undefined;
  if (c.contactPhone) {
    if (viewer === 'unit') contactPhone = c.anonymous ? undefined : c.contactPhone;
    else if (viewer === 'county') contactPhone = c.anonymous ? maskPhone(c.contactPhone) : c.contactPhone;
    else contactPhone = c.contactPhone;
  }
  return {
    ...complaintSummary(c, now, cal),
    text: c.text,
    photos: c.photos,
    anonymous: c.anonymous,
    ...(c.domain ? { domain: c.domain } : {}),
    ...(c.itemId ? { itemId: c.itemId } : {}),
    ...(c.disclosureId ? { disclosureId: c.disclosureId } : {}),
    regionCode: c.regionCode,
    unitId: c.unitId,
    unitHotline: hotline,
    // A stage that is over is judged no more: only the running deadline can be overdue.
    acceptDeadline:
      activeDeadline(c) === c.acceptDeadline ? deadlineView(cal, c.acceptDeadline, now) : { ...c.acceptDeadline, level: 'on_time' },
    answerDeadline:
      activeDeadline(c) === c.answerDeadline ? deadlineView(cal, c.answerDeadline, now) : { ...c.answerDeadline, level: 'on_time' },
    extended: c.extended,
    reopened: c.reopened,
    ...(c.answer
      ? { answer: { text: c.answer.text, attachments: c.answer.attachments, at: c.answer.at, unitName: c.answer.unitName } }
      : {}),
    ...(c.rating ? { rating: { ...c.rating } } : {}),
    timeline: timelineView(c, viewer),
    ...(contactPhone ? { contactPhone } : {}),
    ...(c.proxy ? { proxyFiling: { name: c.proxy.name, by: proxyWho(c.proxy) } } : {}),
    can,
  };
}
