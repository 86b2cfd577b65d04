// The handling body's side of 依申请公开 (a county unit or a town government, through its
// staff), and the county 政务公开办's oversight (read only: the county sees every application
// of the county, masked; only the body that holds the information answers it).
import { AppError } from '../api/errors';
import type { ApplicationDetail } from '../api/application-views';
import type { AnswerApplicationRequest } from '../api/contracts/applications';
import type { Caller } from '../accounts/account';
import type { Unit } from '../model';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { loadCalendar } from '../calendar/loader';
import type { ComplaintDeps } from '../complaints/deps';
import { addWorkingDays, extendDeadline, type WorkCalendar } from '../complaints/workdays';
import { shanghaiDate } from '../time/shanghai';
import { changeApplication, saveApplication, type ApplicationActor } from './apply';
import { APPLICATION_TRANSITIONS, nextStatus } from './lifecycle';
import { SUPPLEMENT_WITHIN_WORKING_DAYS, type Application, type ApplicationStatus, type ApplicationStep } from './model';
import { applicationDetail, applicationSummary } from './views';

type Scope = { kind: 'unit'; unit: Unit } | { kind: 'county'; countyCode: string };

async function scopeOf(deps: ComplaintDeps, caller: Caller): Promise<Scope> {
  const a = caller.account;
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  if (a?.role === 'unit_staff' && a.unitId) {
    const unit = await deps.store.getUnit(a.unitId);
    if (!unit) throw new AppError('FORBIDDEN', '您绑定的单位不存在，请联系政务公开办');
    return { kind: 'unit', unit };
  }
  if (a?.role === 'county_admin' && a.regionCodes[0]?.length === 6) return { kind: 'county', countyCode: a.regionCodes[0] };
  throw new AppError('FORBIDDEN', '只有承办机关和政务公开办的工作人员可以查看信息公开申请');
}

/** An application the scope may see, or NOT_FOUND: never reveal that another body's exists. */
async function visible(deps: ComplaintDeps, scope: Scope, id: string): Promise<Application> {
  const a = await deps.store.getApplication(id);
  const ok = a && (scope.kind === 'county' ? a.countyCode === scope.countyCode : a.unitId === scope.unit.id);
  if (!ok) throw new AppError('NOT_FOUND', '没有找到这件申请');
  return a;
}

type StaffAction = Exclude<ApplicationStep, 'supply' | 'rate'>;
const CAN_NAME: Record<StaffAction, ApplicationDetail['can'][number]> = {
  register: 'register',
  ask_supplement: 'askSupplement',
  extend: 'extend',
  answer: 'answer',
};

function can(a: Application, scope: Scope, now: Date, cal: WorkCalendar): ApplicationDetail['can'] {
  if (scope.kind !== 'unit') return [];
  return (Object.keys(CAN_NAME) as StaffAction[])
    .filter((action) => {
      if (!APPLICATION_TRANSITIONS[action].from.includes(a.status)) return false;
      if (action === 'extend') return !a.extension;
      if (action === 'ask_supplement') {
        return !a.supplement && shanghaiDate(now) <= addWorkingDays(cal, a.receivedOn, SUPPLEMENT_WITHIN_WORKING_DAYS);
      }
      return true;
    })
    .map((action) => CAN_NAME[action]);
}

async function detail(deps: ComplaintDeps, scope: Scope, a: Application): Promise<ApplicationDetail> {
  const unit = scope.kind === 'unit' && scope.unit.id === a.unitId ? scope.unit : await deps.store.getUnit(a.unitId);
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  return applicationDetail(a, now, scope.kind === 'unit' ? 'unit' : 'county', unit?.hotline ?? null, can(a, scope, now, cal), cal);
}

export async function listApplicationQueue(deps: ComplaintDeps, caller: Caller, req: { status?: ApplicationStatus; cursor?: string }) {
  const scope = await scopeOf(deps, caller);
  const after = req.cursor ? decodeCursor(req.cursor, ['dueAt', 'id']) : undefined;
  const rows = await deps.store.listApplications({
    ...(scope.kind === 'unit' ? { unitId: scope.unit.id } : { countyCode: scope.countyCode }),
    ...(req.status ? { statuses: [req.status] } : {}),
    after,
    limit: PAGE + 1,
  });
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  return {
    scope: scope.kind,
    unit: scope.kind === 'unit' ? { id: scope.unit.id, name: scope.unit.name, hotline: scope.unit.hotline } : null,
    items: page.map((a) => applicationSummary(a, now, cal)),
    next: rows.length > PAGE && last ? encodeCursor({ dueAt: last.dueAt, id: last.id }) : null,
  };
}

export async function getApplicationForStaff(deps: ComplaintDeps, caller: Caller, id: string) {
  const scope = await scopeOf(deps, caller);
  return detail(deps, scope, await visible(deps, scope, id));
}

type Make = (a: Application, now: Date, cal: WorkCalendar, unit: Unit) => Promise<{ patch?: Partial<Application>; note: string }>;

async function act(deps: ComplaintDeps, caller: Caller, id: string, action: StaffAction, make: Make): Promise<ApplicationDetail> {
  const scope = await scopeOf(deps, caller);
  const a = await visible(deps, scope, id);
  if (scope.kind !== 'unit') throw new AppError('FORBIDDEN', '信息公开申请由掌握信息的机关办理，政务公开办只能查看');
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  // Whether the state allows it comes before any check of the payload.
  nextStatus(a, action, now, cal);
  const actor: ApplicationActor = { openid: caller.openid!, role: 'unit_staff', unitId: scope.unit.id, unitName: scope.unit.name };
  const { patch, note } = await make(a, now, cal, scope.unit);
  const next = changeApplication(a, action, actor, now, cal, patch, note);
  await saveApplication(deps, next, a);
  return detail(deps, scope, next);
}

export const applicationActions = {
  register: (deps: ComplaintDeps, caller: Caller, req: { id: string; note?: string }) =>
    act(deps, caller, req.id, 'register', async (a, now) => ({
      patch: { registeredAt: now.toISOString() },
      note: `已登记，收到申请之日为${a.receivedOn}${req.note ? `：${req.note}` : ''}`,
    })),

  askSupplement: (deps: ComplaintDeps, caller: Caller, req: { id: string; missing: string }) =>
    act(deps, caller, req.id, 'ask_supplement', async (_a, now) => ({
      patch: { supplement: { missing: req.missing, askedAt: now.toISOString() } },
      note: `请补正：${req.missing}（补正前答复期限暂停计算，收到补正之日起重新计算）`,
    })),

  extend: (deps: ComplaintDeps, caller: Caller, req: { id: string; days: number; reason: string }) =>
    act(deps, caller, req.id, 'extend', async (a, now, cal) => ({
      patch: {
        extension: { days: req.days, reason: req.reason, at: now.toISOString() },
        deadline: extendDeadline(cal, a.deadline, req.days),
      },
      note: `答复期限延长${req.days}个工作日：${req.reason}`,
    })),

  answer: (deps: ComplaintDeps, caller: Caller, req: AnswerApplicationRequest) =>
    act(deps, caller, req.id, 'answer', async (_a, now, _cal, unit) => {
      for (const f of req.attachments ?? []) {
        if (!(await deps.files.ownedBy(f, caller.openid!))) throw new AppError('INVALID_INPUT', '附件无效或不是您上传的');
      }
      const withholds = req.outcome === '部分公开' || req.outcome === '不予公开';
      return {
        patch: {
          answer: {
            outcome: req.outcome,
            ...(withholds && req.reason ? { reason: req.reason } : {}),
            ...(req.outcome === '非本机关掌握' && req.referTo ? { referTo: req.referTo } : {}),
            text: req.text,
            attachments: req.attachments ?? [],
            at: now.toISOString(),
            by: caller.openid!,
            unitName: unit.name,
          },
        },
        note: `答复：${req.outcome}${withholds && req.reason ? `（${req.reason}）` : ''}`,
      };
    }),
};
