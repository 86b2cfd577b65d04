// The one state machine of a supervision complaint. Every change of status goes through
// `transition`; the services add who may act on WHICH complaint (the unit it is routed to,
// the resident who filed it, the admin of its county) and write the timeline event.
//
//   (submit) -> held --release--> submitted          held: the content check said `review`
//   (submit) -> submitted --accept--> accepted --start--> in_progress --answer--> answered
//   submitted | accepted --return--> returned --transfer--> submitted
//   accepted --answer--> answered                    (answered without a separate start)
//   answered --rate | auto_close--> closed
//   answered --reopen (once)--> in_progress
//   extend (once), escalate, remind: the status stays.
//   deadline_recomputed (system, any open status): a year's 节假日安排 was entered; the status stays.
//   hotline_sent, hotline_update (system): 12345 took it / called back; the status stays.
//   submitted | accepted | returned | in_progress --hotline_answer--> answered   (12345's 办结)
import type { Role } from '../accounts/account';
import { STATUS_NAMES, type ComplaintAction, type ComplaintStatus } from './model';

export interface TransitionRule {
  /** Statuses the action may start from; empty for submit, which creates the complaint. */
  from: ComplaintStatus[];
  /** The status after; 'same' when the action leaves the status as it is. */
  to: ComplaintStatus | 'same';
  roles: Array<Role | 'system'>;
}

export type Actor = Role | 'system';

/** Anyone signed in may file a complaint; the role does not change what a complaint is. */
const EVERY_PERSON: Role[] = ['resident', 'cadre', 'reviewer', 'unit_staff', 'county_admin'];

export const TRANSITIONS: Record<ComplaintAction, TransitionRule> = {
  submit: { from: [], to: 'submitted', roles: EVERY_PERSON }, // real initial status: initialStatus()
  release: { from: ['held'], to: 'submitted', roles: ['county_admin'] },
  accept: { from: ['submitted'], to: 'accepted', roles: ['unit_staff'] },
  return: { from: ['submitted', 'accepted'], to: 'returned', roles: ['unit_staff'] },
  start: { from: ['accepted'], to: 'in_progress', roles: ['unit_staff'] },
  extend: { from: ['accepted', 'in_progress'], to: 'same', roles: ['unit_staff'] },
  answer: { from: ['accepted', 'in_progress'], to: 'answered', roles: ['unit_staff'] },
  rate: { from: ['answered'], to: 'closed', roles: ['resident'] },
  reopen: { from: ['answered'], to: 'in_progress', roles: ['resident'] },
  transfer: { from: ['submitted', 'accepted', 'returned', 'in_progress'], to: 'submitted', roles: ['county_admin'] },
  escalate: { from: ['submitted', 'accepted', 'in_progress'], to: 'same', roles: ['county_admin', 'system'] },
  auto_close: { from: ['answered'], to: 'closed', roles: ['system'] },
  remind: { from: ['submitted', 'accepted', 'in_progress'], to: 'same', roles: ['system'] },
  deadline_recomputed: { from: ['held', 'submitted', 'accepted', 'returned', 'in_progress', 'answered'], to: 'same', roles: ['system'] },
  // From 12345 (core/hotline): what it did is recorded whatever the status; its 办结 answers an open complaint.
  hotline_sent: { from: ['submitted', 'accepted', 'returned', 'in_progress', 'answered', 'closed'], to: 'same', roles: ['system'] },
  hotline_update: { from: ['submitted', 'accepted', 'returned', 'in_progress', 'answered', 'closed'], to: 'same', roles: ['system'] },
  hotline_answer: { from: ['submitted', 'accepted', 'returned', 'in_progress'], to: 'answered', roles: ['system'] },
};

export const ACTION_NAMES: Record<ComplaintAction, string> = {
  submit: '提交',
  release: '审核通过',
  accept: '签收',
  return: '退单',
  start: '开始办理',
  extend: '延期',
  answer: '答复',
  rate: '评价',
  reopen: '重新办理',
  transfer: '改派',
  escalate: '督办',
  auto_close: '自动办结',
  remind: '催办提醒',
  deadline_recomputed: '期限重算',
  hotline_sent: '转12345热线',
  hotline_update: '12345热线办理',
  hotline_answer: '12345热线办结',
};

export type TransitionResult = { ok: true; to: ComplaintStatus } | { ok: false; code: 'CONFLICT' | 'FORBIDDEN'; message: string };

export interface TransitionGuard {
  /** The complaint has been reopened before (a second reopen is refused). */
  reopenedBefore?: boolean;
  /** The complaint has been extended before (a second extension is refused). */
  extendedBefore?: boolean;
}

/** Where a new complaint starts: held for a person when the content check said `review`. */
export function initialStatus(suggest: 'pass' | 'review'): ComplaintStatus {
  return suggest === 'review' ? 'held' : 'submitted';
}

/**
 * Checks, in this order: the role may do the action at all (else FORBIDDEN), the status
 * allows it (else CONFLICT), the once-only rules of reopen and extend (else CONFLICT).
 */
export function transition(status: ComplaintStatus, action: ComplaintAction, role: Actor, guard: TransitionGuard = {}): TransitionResult {
  const rule = TRANSITIONS[action];
  const name = ACTION_NAMES[action];
  if (!rule.roles.includes(role)) {
    return { ok: false, code: 'FORBIDDEN', message: `您没有权限${name}该诉求` };
  }
  if (action === 'submit') {
    return { ok: false, code: 'CONFLICT', message: '该诉求已经提交，不能重复提交' };
  }
  if (!rule.from.includes(status)) {
    return { ok: false, code: 'CONFLICT', message: `该诉求当前状态为“${STATUS_NAMES[status]}”，不能${name}` };
  }
  if (action === 'reopen' && guard.reopenedBefore) {
    return { ok: false, code: 'CONFLICT', message: '每件诉求只能重新办理一次' };
  }
  if (action === 'extend' && guard.extendedBefore) {
    return { ok: false, code: 'CONFLICT', message: '每件诉求只能延期一次' };
  }
  return { ok: true, to: rule.to === 'same' ? status : rule.to };
}
