// What each viewer may see of an application. The applicant sees their own, with the ID
// number masked; the handling unit's staff see it whole (they must check who asks); the
// county's oversight sees it masked, with a masked phone and no address. No view carries an openid.
import type { Phone } from '../model';
import type { ApplicationDetail, ApplicationSummary, ApplicationTimelineView } from '../api/application-views';
import type { DeadlineView } from '../api/complaint-views';
import { overdueLevel, type WorkCalendar } from '../complaints/workdays';
import { maskIdNumber, maskPhone } from '../privacy/mask';
import { clockRuns } from './lifecycle';
import {
  APPLICATION_ACTION_NAMES,
  APPLICATION_STATUS_NAMES,
  OUTCOME_HELP,
  WITHHOLD_BASIS,
  type Application,
  type ApplicationEvent,
} from './model';

export type ApplicationViewer = 'owner' | 'unit' | 'county';

function deadlineView(cal: WorkCalendar, a: Application, now: Date): DeadlineView {
  return { ...a.deadline, level: clockRuns(a.status) ? overdueLevel(cal, a.deadline, now) : 'on_time' };
}

function byLabel(e: ApplicationEvent, viewer: ApplicationViewer): string {
  if (e.role === 'unit_staff') return e.unitName ?? '承办机关';
  if (e.role === 'county_admin') return '政务公开办';
  if (e.role === 'system') return '系统';
  return viewer === 'owner' ? '您' : '申请人';
}

function timelineView(a: Application, viewer: ApplicationViewer): ApplicationTimelineView[] {
  return a.timeline.map((e) => ({
    at: e.at,
    action: e.action,
    actionName: APPLICATION_ACTION_NAMES[e.action],
    by: byLabel(e, viewer),
    ...(e.note ? { note: e.note } : {}),
    ...(e.toStatus ? { toStatus: e.toStatus } : {}),
  }));
}

/** Keeps the surname: 张秀兰 -> 张**. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

export function applicationSummary(a: Application, now: Date, cal: WorkCalendar): ApplicationSummary {
  return {
    id: a.id,
    status: a.status,
    statusName: APPLICATION_STATUS_NAMES[a.status],
    unitName: a.unitName,
    descriptionPreview: a.description.length > 60 ? `${a.description.slice(0, 60)}…` : a.description,
    createdAt: a.createdAt,
    receivedOn: a.receivedOn,
    deadline: deadlineView(cal, a, now),
    paused: a.status === 'supplementing',
    extended: Boolean(a.extension),
    ...(a.answer ? { outcome: a.answer.outcome } : {}),
  };
}

export function applicationDetail(
  a: Application,
  now: Date,
  viewer: ApplicationViewer,
  hotline: Phone | null,
  can: ApplicationDetail['can'],
  cal: WorkCalendar,
): ApplicationDetail {
  const p = a.applicant;
  const applicant =
    viewer === 'unit'
      ? { name: p.name, idNumber: p.idNumber, phone: p.phone }
      : viewer === 'owner'
        ? { name: p.name, idNumber: maskIdNumber(p.idNumber), phone: p.phone }
        : { name: maskName(p.name), idNumber: maskIdNumber(p.idNumber), phone: maskPhone(p.phone) };
  const ans = a.answer;
  return {
    ...applicationSummary(a, now, cal),
    description: a.description,
    ...(a.purpose ? { purpose: a.purpose } : {}),
    delivery: a.delivery,
    ...(a.postalAddress && viewer !== 'county' ? { postalAddress: a.postalAddress } : {}),
    applicant,
    unitId: a.unitId,
    unitHotline: hotline,
    clockFrom: a.clockFrom,
    ...(a.supplement ? { supplement: { ...a.supplement } } : {}),
    ...(a.extension ? { extension: { ...a.extension } } : {}),
    ...(ans
      ? {
          answer: {
            outcome: ans.outcome,
            outcomeHelp: OUTCOME_HELP[ans.outcome],
            ...(ans.reason ? { reason: ans.reason, basis: WITHHOLD_BASIS[ans.reason] } : {}),
            ...(ans.referTo ? { referTo: ans.referTo } : {}),
            text: ans.text,
            attachments: ans.attachments,
            at: ans.at,
            unitName: ans.unitName,
            onTime: ans.at <= a.deadline.due,
          },
        }
      : {}),
    ...(a.rating ? { rating: { ...a.rating } } : {}),
    timeline: timelineView(a, viewer),
    can,
  };
}
