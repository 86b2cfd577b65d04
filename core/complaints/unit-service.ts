// The responsible unit's hotline queue and the county 政务公开办's oversight. Staff of a unit
// see only their unit's complaints; the county sees every complaint in the county.
import { AppError } from '../api/errors';
import type { ComplaintDetail, QueueUnit } from '../api/complaint-views';
import type { Data } from '../api/contracts';
import type { Caller } from '../accounts/account';
import type { Unit } from '../model';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import type { Complaint, ComplaintAction } from './model';
import { TRANSITIONS, transition } from './lifecycle';
import { deadlineFrom, extendDeadline, overdueLevel } from './workdays';
import { complaintDetail, complaintSummary } from './views';
import { change, countyLimits, notify, save, staffOf, type Actor } from './apply';
import { completeEffects } from './effects';
import type { ComplaintDeps } from './deps';
import { activeDeadline } from './schedule';
import { loadCalendar } from '../calendar/loader';
import type { WorkCalendar } from './workdays';

type Scope = { kind: 'unit'; unit: Unit; countyCode: string } | { kind: 'county'; countyCode: string };

async function scopeOf(deps: ComplaintDeps, caller: Caller): Promise<Scope> {
  const a = caller.account;
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  if (a?.role === 'unit_staff' && a.unitId) {
    const unit = await deps.store.getUnit(a.unitId);
    if (!unit) throw new AppError('FORBIDDEN', '您绑定的单位不存在，请联系政务公开办');
    return { kind: 'unit', unit, countyCode: unit.countyCode };
  }
  if (a?.role === 'county_admin' && a.regionCodes[0]?.length === 6) return { kind: 'county', countyCode: a.regionCodes[0] };
  throw new AppError('FORBIDDEN', '只有责任单位和政务公开办的工作人员可以处理诉求');
}

function actorOf(caller: Caller, scope: Scope): Actor {
  return scope.kind === 'unit'
    ? { openid: caller.openid!, role: 'unit_staff', unitId: scope.unit.id, unitName: scope.unit.name }
    : { openid: caller.openid!, role: 'county_admin' };
}

/** A complaint the scope may see, or NOT_FOUND: never reveal that another unit's exists. */
async function visible(deps: ComplaintDeps, scope: Scope, id: string): Promise<Complaint> {
  const c = await deps.store.getComplaint(id);
  const ok = c && (scope.kind === 'county' ? c.countyCode === scope.countyCode : c.unitId === scope.unit.id && c.status !== 'held');
  if (!ok) throw new AppError('NOT_FOUND', '没有找到这件诉求');
  return c;
}

const STAFF_ACTIONS: ComplaintDetail['can'] = ['accept', 'return', 'start', 'extend', 'answer', 'transfer', 'escalate', 'release'];

function can(c: Complaint, scope: Scope, now: Date, cal: WorkCalendar): ComplaintDetail['can'] {
  const role = scope.kind === 'unit' ? 'unit_staff' : 'county_admin';
  return STAFF_ACTIONS.filter((a) => {
    const rule = TRANSITIONS[a as ComplaintAction];
    if (!rule.roles.includes(role) || !rule.from.includes(c.status)) return false;
    if (a === 'extend' && c.extended) return false;
    const d = activeDeadline(c);
    if (a === 'escalate') return Boolean(d && overdueLevel(cal, d, now) !== 'on_time');
    return true;
  });
}

async function detail(deps: ComplaintDeps, scope: Scope, c: Complaint): Promise<ComplaintDetail> {
  const unit = scope.kind === 'unit' && scope.unit.id === c.unitId ? scope.unit : await deps.store.getUnit(c.unitId);
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  return complaintDetail(c, now, scope.kind === 'unit' ? 'unit' : 'county', unit?.hotline ?? null, can(c, scope, now, cal), cal);
}

const queueUnit = (u: Unit): QueueUnit => ({ id: u.id, name: u.name, hotline: u.hotline });

export async function listQueue(deps: ComplaintDeps, caller: Caller, req: Data<'unit', 'queue.list'>) {
  const scope = await scopeOf(deps, caller);
  const after = req.cursor ? decodeCursor(req.cursor, ['dueAt', 'id']) : undefined;
  const statuses = req.status ? [req.status] : undefined;
  if (scope.kind === 'unit' && req.status === 'held') {
    return { scope: 'unit' as const, countyCode: scope.countyCode, unit: queueUnit(scope.unit), items: [], next: null };
  }
  let unitFilter: string | undefined;
  if (scope.kind === 'county' && req.unitId) {
    const u = await deps.store.getUnit(req.unitId);
    if (!u || u.countyCode !== scope.countyCode) throw new AppError('NOT_FOUND', '没有找到这个单位');
    unitFilter = u.id;
  }
  const rows = await deps.store.listComplaints({
    ...(scope.kind === 'unit' ? { unitId: scope.unit.id } : unitFilter ? { unitId: unitFilter } : { countyCode: scope.countyCode }),
    statuses,
    domain: req.domain,
    after,
    limit: PAGE + 1,
  });
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  return {
    scope: scope.kind,
    countyCode: scope.countyCode,
    unit: scope.kind === 'unit' ? queueUnit(scope.unit) : null,
    // Held complaints wait for the county's check and are not the unit's yet. Filtering here,
    // not in the query, keeps the query on its (unit, due) index; a page may run a little short.
    items: page.filter((c) => scope.kind === 'county' || c.status !== 'held').map((c) => complaintSummary(c, now, cal)),
    next: rows.length > PAGE && last ? encodeCursor({ dueAt: last.dueAt, id: last.id }) : null,
  };
}

export async function getForStaff(deps: ComplaintDeps, caller: Caller, id: string) {
  const scope = await scopeOf(deps, caller);
  return detail(deps, scope, await visible(deps, scope, id));
}

export async function listCountyUnits(deps: ComplaintDeps, caller: Caller) {
  const scope = await scopeOf(deps, caller);
  const units = await deps.store.listUnits(scope.countyCode);
  return { units: units.map(queueUnit) };
}

type StaffChange = (c: Complaint, now: Date, scope: Scope, cal: WorkCalendar) => Promise<{ patch?: Partial<Complaint>; note?: string }>;

async function act(
  deps: ComplaintDeps,
  caller: Caller,
  id: string,
  action: ComplaintAction,
  make: StaffChange,
  after?: (next: Complaint, now: Date) => Promise<void>,
): Promise<ComplaintDetail> {
  const scope = await scopeOf(deps, caller);
  const c = await visible(deps, scope, id);
  const now = deps.clock.now();
  const actor = actorOf(caller, scope);
  // Who may and whether the state allows it come before any check of the payload.
  const allowed = transition(c.status, action, actor.role, { reopenedBefore: c.reopened, extendedBefore: c.extended });
  if (!allowed.ok) throw new AppError(allowed.code, allowed.message);
  const limits = await countyLimits(deps.store, c.countyCode);
  const cal = await loadCalendar(deps.store, now.getTime());
  const { patch, note } = await make(c, now, scope, cal);
  const next = change(c, action, actor, now, limits.ratingWindowDays, cal, patch, note);
  await save(deps.store, next, c);
  if (after) await after(next, now);
  // The county may have moved it out of its own sight (transfer); show what it now is.
  return scope.kind === 'unit' && next.unitId !== scope.unit.id
    ? detail(deps, { kind: 'county', countyCode: c.countyCode }, next)
    : detail(deps, scope, next);
}

export const unitActions = {
  accept: (deps: ComplaintDeps, caller: Caller, req: { id: string }) =>
    act(
      deps,
      caller,
      req.id,
      'accept',
      async () => ({ note: '已签收' }),
      (next, now) =>
        notify(
          deps.notifier,
          [next.ownerOpenid],
          next,
          'accepted',
          '您的诉求已签收',
          { ticket: next.id, unit: next.unitName, due: next.answerDeadline.due },
          now,
        ),
    ),

  return: (deps: ComplaintDeps, caller: Caller, req: { id: string; reason: string }) =>
    act(deps, caller, req.id, 'return', async () => ({ note: `退单：${req.reason}` })),

  start: (deps: ComplaintDeps, caller: Caller, req: { id: string }) =>
    act(deps, caller, req.id, 'start', async () => ({ note: '开始办理' })),

  extend: (deps: ComplaintDeps, caller: Caller, req: { id: string; days: number; reason: string }) =>
    act(deps, caller, req.id, 'extend', async (c, _now, _scope, cal) => {
      const limits = await countyLimits(deps.store, c.countyCode);
      const original = c.answerDeadline.days;
      const max = Math.floor(original * limits.maxExtensionFactor);
      if (req.days > max)
        throw new AppError(
          'INVALID_INPUT',
          `延期不能超过原办理时限（${original}${c.answerDeadline.dayKind === 'working' ? '个工作日' : '天'}）`,
        );
      return {
        patch: { extended: true, answerDeadline: extendDeadline(cal, c.answerDeadline, req.days, limits) },
        note: `延期${req.days}${c.answerDeadline.dayKind === 'working' ? '个工作日' : '天'}：${req.reason}`,
      };
    }),

  answer: (deps: ComplaintDeps, caller: Caller, req: { id: string; text: string; attachments?: string[] }) =>
    act(
      deps,
      caller,
      req.id,
      'answer',
      async (c, now, scope) => {
        for (const f of req.attachments ?? []) {
          if (!(await deps.files.ownedBy(f, caller.openid!))) throw new AppError('INVALID_INPUT', '附件无效或不是您上传的');
        }
        const unitName = scope.kind === 'unit' ? scope.unit.name : c.unitName;
        return {
          patch: { answer: { text: req.text, attachments: req.attachments ?? [], at: now.toISOString(), by: caller.openid!, unitName } },
          note: '已答复',
        };
      },
      (next, now) =>
        notify(deps.notifier, [next.ownerOpenid], next, 'answered', '您的诉求已答复', { ticket: next.id, unit: next.unitName }, now),
    ),

  transfer: (deps: ComplaintDeps, caller: Caller, req: { id: string; unitId: string; note?: string }) =>
    act(
      deps,
      caller,
      req.id,
      'transfer',
      async (c, now, _scope, cal) => {
        const unit = await deps.store.getUnit(req.unitId);
        if (!unit || unit.countyCode !== c.countyCode) throw new AppError('NOT_FOUND', '没有找到要改派的单位');
        if (unit.id === c.unitId && c.status !== 'returned') throw new AppError('INVALID_INPUT', '已经由该单位办理');
        const limits = await countyLimits(deps.store, c.countyCode);
        const answer = limits.answer[c.kind];
        // The new unit gets the full time from the moment it receives the complaint.
        return {
          patch: {
            unitId: unit.id,
            unitName: unit.name,
            acceptDeadline: deadlineFrom(cal, now, limits.acceptWorkingDays, 'working'),
            answerDeadline: deadlineFrom(cal, now, answer.days, answer.dayKind, limits),
            extended: false,
          },
          note: `改派至${unit.name}${req.note ? `：${req.note}` : ''}`,
        };
      },
      async (next, now) =>
        notify(
          deps.notifier,
          await staffOf(deps.store, next.unitId),
          next,
          'new_complaint',
          '新的监督诉求（改派）',
          { ticket: next.id, kind: next.kind, due: next.acceptDeadline.due },
          now,
        ),
    ),

  escalate: (deps: ComplaintDeps, caller: Caller, req: { id: string; note?: string }) =>
    act(
      deps,
      caller,
      req.id,
      'escalate',
      async (c, now, _scope, cal) => {
        const d = activeDeadline(c);
        if (!d || overdueLevel(cal, d, now) === 'on_time') throw new AppError('CONFLICT', '这件诉求尚未超期，暂不能督办');
        return { patch: { escalations: c.escalations + 1 }, note: `督办${req.note ? `：${req.note}` : ''}` };
      },
      async (next, now) =>
        notify(
          deps.notifier,
          [next.ownerOpenid, ...(await staffOf(deps.store, next.unitId))],
          next,
          'escalated',
          '诉求已被督办',
          { ticket: next.id, unit: next.unitName },
          now,
        ),
    ),

  release: (deps: ComplaintDeps, caller: Caller, req: { id: string }) =>
    act(
      deps,
      caller,
      req.id,
      'release',
      async (c, now, _scope, cal) => {
        const limits = await countyLimits(deps.store, c.countyCode);
        const answer = limits.answer[c.kind];
        return {
          patch: {
            acceptDeadline: deadlineFrom(cal, now, limits.acceptWorkingDays, 'working'),
            answerDeadline: deadlineFrom(cal, now, answer.days, answer.dayKind, limits),
          },
          note: `人工审核通过，已转交${c.unitName}`,
        };
      },
      async (next, now) => {
        await notify(
          deps.notifier,
          await staffOf(deps.store, next.unitId),
          next,
          'new_complaint',
          '新的监督诉求',
          { ticket: next.id, kind: next.kind, due: next.acceptDeadline.due },
          now,
        );
        // What waited for the release: the 12345 工单.
        await completeEffects(deps, next);
      },
    ),
};
