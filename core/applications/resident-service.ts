// The applicant's side of 依申请公开: choose the body, apply, follow it, supply what the 补正
// asks for, rate the answer. Someone else's application is NOT_FOUND, never its content.
import { AppError } from '../api/errors';
import type { ApplicationBody, ApplicationDetail, ApplicationSubmitAnswer, ApplicationSummary } from '../api/application-views';
import type { ApplyRequest } from '../api/contracts/applications';
import type { Caller } from '../accounts/account';
import type { Unit } from '../model';
import { countyOf, normalizeCode } from '../regions/codes';
import { shanghaiDate, startOfShanghaiDay } from '../time/shanghai';
import { DailyLimitError } from '../store';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { loadCalendar } from '../calendar/loader';
import type { ComplaintDeps } from '../complaints/deps';
import { answerDeadline, dueAtOf } from './lifecycle';
import { APPLICATION_DAILY_LIMIT, type Application } from './model';
import { applicationDetail, applicationSummary } from './views';
import { changeApplication, saveApplication } from './apply';
import { recordApplicationStats } from './stats';

function requireOpenid(caller: Caller): string {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录（在微信中打开）');
  return caller.openid;
}

async function ownApplication(deps: ComplaintDeps, caller: Caller, id: string): Promise<Application> {
  const openid = requireOpenid(caller);
  const a = await deps.store.getApplication(id);
  if (!a || a.ownerOpenid !== openid) throw new AppError('NOT_FOUND', '没有找到这件申请');
  return a;
}

const isTownGov = (u: Unit) => u.id.endsWith('-gov');

/** The county's units (the 政务公开办 first) and then its town governments (the place's own town first). */
export async function listBodies(deps: ComplaintDeps, caller: Caller, regionCode: string): Promise<{ bodies: ApplicationBody[] }> {
  requireOpenid(caller);
  const code = normalizeCode(regionCode);
  const countyCode = code ? countyOf(code) : null;
  const county = countyCode ? await deps.store.getCounty(countyCode) : null;
  if (!county || !code) throw new AppError('NOT_FOUND', '没有找到这个地区');
  const units = await deps.store.listUnits(county.code);
  const town = code.length >= 9 ? `${code.slice(0, 9)}-gov` : '';
  const rank = (u: Unit) => (u.isOpenGovOffice ? 0 : !isTownGov(u) ? 1 : u.id === town ? 2 : 3);
  const sorted = [...units].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  return { bodies: sorted.map((u) => ({ id: u.id, name: u.name, kind: isTownGov(u) ? 'town' : 'unit' })) };
}

function submitAnswer(a: Application, unit: Unit | null): ApplicationSubmitAnswer {
  return {
    id: a.id,
    status: a.status,
    unitName: a.unitName,
    unitHotline: unit?.hotline ?? null,
    receivedOn: a.receivedOn,
    answerDue: a.deadline.due,
    ...(a.deadline.provisional ? { provisional: true } : {}),
  };
}

export async function submitApplication(deps: ComplaintDeps, caller: Caller, req: ApplyRequest): Promise<ApplicationSubmitAnswer> {
  const { store, clock } = deps;
  const openid = requireOpenid(caller);
  // A retry of the same request answers the first application, whatever happened since.
  const existing = await store.findApplicationByRequest(openid, req.requestId);
  if (existing) return submitAnswer(existing, await store.getUnit(existing.unitId));

  const now = clock.now();
  const today = shanghaiDate(now);
  const limit = { since: startOfShanghaiDay(today), max: APPLICATION_DAILY_LIMIT };
  const limited = () => new AppError('RATE_LIMITED', `每人每天最多提交${limit.max}件信息公开申请，请明天再试`);
  // An early answer, before the content check and the number; the insert below enforces it atomically.
  const latest = await store.listApplicationsByOwner(openid, limit.max);
  if (latest.filter((a) => a.createdAt >= limit.since).length >= limit.max) throw limited();

  const unit = await store.getUnit(req.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个机关，请重新选择');
  const suggest = await deps.check.checkText([req.description, req.purpose ?? ''].join('\n'), openid);
  if (suggest === 'risky') throw new AppError('CONTENT_REJECTED', '申请内容含有不适宜的信息，未能提交，请修改后再试');

  const cal = await loadCalendar(store, now.getTime());
  const seq = await store.nextSequence(`application:${unit.countyCode}:${today}`);
  const at = now.toISOString();
  const deadline = answerDeadline(cal, now);
  const draft: Application = {
    id: `${unit.countyCode}-YSQ${today.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`,
    requestId: req.requestId,
    ownerOpenid: openid,
    countyCode: unit.countyCode,
    unitId: unit.id,
    unitName: unit.name,
    description: req.description,
    ...(req.purpose ? { purpose: req.purpose } : {}),
    delivery: req.delivery,
    ...(req.delivery === '邮寄' && req.postalAddress ? { postalAddress: req.postalAddress } : {}),
    applicant: { name: req.name, idNumber: req.idNumber, phone: req.phone },
    status: 'submitted',
    version: 1,
    receivedOn: today,
    clockFrom: today,
    deadline,
    createdAt: at,
    updatedAt: at,
    dueAt: deadline.due,
    timeline: [
      {
        at,
        action: 'submit',
        actor: openid,
        role: 'resident',
        toStatus: 'submitted',
        note: `已送达${unit.name}，收到申请之日为${today}`,
        unitId: unit.id,
        unitName: unit.name,
      },
    ],
  };
  draft.dueAt = dueAtOf(draft);
  let inserted: Awaited<ReturnType<typeof store.insertApplication>>;
  try {
    inserted = await store.insertApplication(draft, limit);
  } catch (e) {
    if (e instanceof DailyLimitError) throw limited();
    throw e;
  }
  const { application, created } = inserted;
  // Counted once: by the insert that made it, not by a retry that found it.
  if (created) await recordApplicationStats(store, null, application);
  return submitAnswer(application, unit);
}

function ownerCan(a: Application): ApplicationDetail['can'] {
  if (a.status === 'supplementing') return ['supply'];
  if (a.status === 'closed' && !a.rating) return ['rate'];
  return [];
}

export async function getMyApplication(deps: ComplaintDeps, caller: Caller, id: string): Promise<ApplicationDetail> {
  const a = await ownApplication(deps, caller, id);
  // Opening it is looking at it: the mark goes, on the version seen (news written after this read stays unread).
  if (a.ownerUnread) {
    const { ownerUnread: _seen, ...seen } = a;
    await deps.store.updateApplication(seen, a.version);
  }
  const unit = await deps.store.getUnit(a.unitId);
  const now = deps.clock.now();
  return applicationDetail(a, now, 'owner', unit?.hotline ?? null, ownerCan(a), await loadCalendar(deps.store, now.getTime()));
}

export async function listMyApplications(deps: ComplaintDeps, caller: Caller, cursor?: string) {
  const openid = requireOpenid(caller);
  const after = cursor ? decodeCursor(cursor, ['createdAt', 'id']) : undefined;
  const rows = await deps.store.listApplicationsByOwner(openid, PAGE + 1, after);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  return {
    items: page.map((a): ApplicationSummary => ({ ...applicationSummary(a, now, cal), ...(a.ownerUnread ? { unread: true } : {}) })),
    next: rows.length > PAGE && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}

/** How many of the person's latest applications changed since they last opened them (home's 新). */
export async function unreadApplications(deps: ComplaintDeps, caller: Caller): Promise<{ count: number; more: boolean }> {
  const openid = requireOpenid(caller);
  // The newest page is enough for a mark: an application older than that is long settled.
  const rows = await deps.store.listApplicationsByOwner(openid, PAGE);
  const count = rows.filter((a) => a.ownerUnread).length;
  return { count, more: rows.length === PAGE && count > 0 };
}

/** 补正 supplied: the clock starts again, 20 working days from today (Art. 30), plus any extension granted. */
export async function supplyApplication(
  deps: ComplaintDeps,
  caller: Caller,
  req: { id: string; text: string },
): Promise<ApplicationDetail> {
  const a = await ownApplication(deps, caller, req.id);
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  const today = shanghaiDate(now);
  const next = changeApplication(
    a,
    'supply',
    { openid: a.ownerOpenid, role: 'resident' },
    now,
    cal,
    {
      ...(a.supplement ? { supplement: { ...a.supplement, text: req.text, suppliedAt: now.toISOString() } } : {}),
      clockFrom: today,
      deadline: answerDeadline(cal, now, a.extension?.days ?? 0),
    },
    `已补正，答复期限自${today}起重新计算`,
  );
  await saveApplication(deps, next, a);
  return getMyApplication(deps, caller, a.id);
}

export async function rateMyApplication(
  deps: ComplaintDeps,
  caller: Caller,
  req: { id: string; score: number; comment?: string },
): Promise<ApplicationDetail> {
  const a = await ownApplication(deps, caller, req.id);
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  const score = req.score as 1 | 2 | 3 | 4 | 5;
  const next = changeApplication(
    a,
    'rate',
    { openid: a.ownerOpenid, role: 'resident' },
    now,
    cal,
    { rating: { score, ...(req.comment ? { comment: req.comment } : {}), at: now.toISOString() } },
    `评价${score}星${req.comment ? `：${req.comment}` : ''}`,
  );
  await saveApplication(deps, next, a);
  return getMyApplication(deps, caller, a.id);
}
