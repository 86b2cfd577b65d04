// The complainant's side: file from an item or a disclosure, follow it, rate the answer,
// reopen once when unsatisfied. Someone else's complaint is NOT_FOUND, never its content.
import { AppError } from '../api/errors';
import type { ComplaintDetail, ComplaintSummary, SubmitAnswer, UnreadAnswer } from '../api/complaint-views';
import type { SubmitRequest } from '../api/contracts/resident';
import type { Caller } from '../accounts/account';
import type { Disclosure, Region } from '../model';
import { countyOf, normalizeCode } from '../regions/codes';
import { shanghaiDate, startOfShanghaiDay } from '../time/shanghai';
import { decodeCursor, encodeCursor, PAGE_SIZE as PAGE } from '../api/cursor';
import { STATUS_NAMES, type Complaint, type ComplaintSource, type ProxyFiling } from './model';
import type { Role } from '../accounts/account';
import { proxyBy } from './proxy-words';
import { initialStatus } from './lifecycle';
import { deadlineFrom } from './workdays';
import { routeFor } from './route-for';
import { limitsFor } from './limits';
import { scheduled } from './schedule';
import { complaintDetail, complaintSummary } from './views';
import { change, countyLimits, notify, save, staffOf, type Actor } from './apply';
import { completeEffects, effectsOf } from './effects';
import { hotlineApplies } from '../hotline/model';
import { DailyLimitError } from '../store';
import type { ComplaintDeps } from './deps';
import { publishRatedQa } from '../responses/service';
import { loadCalendar } from '../calendar/loader';
import { recordComplaintStats } from '../stats/record';

export const DAILY_LIMIT = 10;

function requireOpenid(caller: Caller): string {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录（在微信中打开）');
  return caller.openid;
}

async function ownComplaint(deps: ComplaintDeps, caller: Caller, id: string): Promise<Complaint> {
  const openid = requireOpenid(caller);
  const c = await deps.store.getComplaint(id);
  if (!c || c.ownerOpenid !== openid) throw new AppError('NOT_FOUND', '没有找到这件诉求');
  return c;
}

/** 代办: the filer follows the complaint, but rating or reopening is the villager's say, not theirs. */
function notForProxy(c: Complaint): Complaint {
  if (c.proxy) throw new AppError('FORBIDDEN', '代办的诉求由群众本人评价；群众不满意可拨打承办单位热线');
  return c;
}

function submitAnswer(c: Complaint, hotline: SubmitAnswer['unitHotline']): SubmitAnswer {
  return {
    ticket: c.id,
    status: c.status,
    unitName: c.unitName,
    unitHotline: hotline,
    acceptDue: c.acceptDeadline.due,
    answerDue: c.answerDeadline.due,
    held: c.status === 'held',
    ...(c.acceptDeadline.provisional || c.answerDeadline.provisional ? { provisional: true } : {}),
  };
}

/** Who files a complaint: its owner, and for 代办 the villager it is filed for. */
export interface Filing {
  /** The complaint's owner: the resident, or the cadre or staff member filing for a villager. */
  openid: string;
  role: Role;
  /** How many complaints the owner may file in a day. */
  dailyLimit: number;
  proxy?: ProxyFiling;
  /** Filed by a partner system through Open311. */
  source?: ComplaintSource;
}

/** Who files when it is not a resident in the app: a partner system through Open311. */
export interface Filer {
  /** Its day's limit instead of DAILY_LIMIT. */
  dailyLimit: number;
  source: ComplaintSource;
}

export async function submitComplaint(deps: ComplaintDeps, caller: Caller, req: SubmitRequest, filer?: Filer): Promise<SubmitAnswer> {
  const filing: Filing = { openid: requireOpenid(caller), role: 'resident', dailyLimit: filer?.dailyLimit ?? DAILY_LIMIT };
  return fileComplaint(deps, filer ? { ...filing, source: filer.source } : filing, req);
}

/**
 * Files a complaint: content check, routing, deadlines, the day's limit and idempotency on
 * (owner, requestId), whoever files it. A retry of the same request returns the first ticket.
 */
export async function fileComplaint(deps: ComplaintDeps, filing: Filing, req: SubmitRequest): Promise<SubmitAnswer> {
  const { store, clock } = deps;
  const { openid } = filing;

  // A retry of the same request returns the first ticket, whatever happened since, after
  // finishing what the first attempt may have left undone.
  const existing = await store.findComplaintByRequest(openid, req.requestId);
  if (existing) {
    await completeEffects(deps, existing);
    return submitAnswer(existing, (await store.getUnit(existing.unitId))?.hotline ?? null);
  }

  const now = clock.now();
  const today = shanghaiDate(now);
  const dayStart = startOfShanghaiDay(today);
  const max = filing.dailyLimit;
  const limited = () =>
    new AppError('RATE_LIMITED', filing.source ? `今日提交已达上限（${max}件），请明天再试` : `每人每天最多提交${max}件诉求，请明天再试`);
  // An early answer; the insert below is what enforces the limit, atomically.
  if ((await store.countComplaintsByOwnerSince(openid, dayStart)) >= max) throw limited();

  const code = normalizeCode(req.regionCode);
  const countyCode = code ? countyOf(code) : null;
  const [region, county] = await Promise.all([
    code ? store.getRegion(code) : Promise.resolve(null),
    countyCode ? store.getCounty(countyCode) : Promise.resolve(null),
  ]);
  if (!region || !county || !code) throw new AppError('NOT_FOUND', '没有找到这个地区');

  let disclosure: Disclosure | null = null;
  if (req.disclosureId) {
    disclosure = await store.getDisclosure(req.disclosureId);
    if (!disclosure || disclosure.status !== 'published' || disclosure.countyCode !== county.code) {
      throw new AppError('NOT_FOUND', '没有找到这条公开信息');
    }
  }
  const itemId = req.itemId ?? disclosure?.itemId;
  const item = itemId ? await store.getCatalogItem(itemId) : null;
  if (itemId && (!item || item.countyCode !== county.code)) throw new AppError('NOT_FOUND', '没有找到这个公开事项');
  const domain = disclosure?.domain ?? item?.domain ?? req.domain;
  if (domain && !county.domains.some((d) => d.id === domain)) throw new AppError('INVALID_INPUT', '领域有误');

  for (const fileId of req.photos ?? []) {
    if (!(await deps.files.ownedBy(fileId, openid))) throw new AppError('INVALID_INPUT', '图片无效或不是您上传的，请重新上传');
  }

  const suggest = await deps.check.checkText(req.text, openid);
  if (suggest === 'risky') throw new AppError('CONTENT_REJECTED', '诉求内容含有不适宜的信息，未能提交，请修改后再试');

  const townCode = code.length >= 9 ? code.slice(0, 9) : undefined;
  const reviewerUnitId = req.kind === '公示异议' && disclosure?.publicity ? (disclosure.reviewUnitId ?? undefined) : undefined;
  const { route, unit } = await routeFor(store, county, {
    domain,
    townCode,
    category: req.category,
    kind: req.kind,
    reviewerUnitId,
    itemUnitId: item?.unitId,
  });
  if (!unit) throw new AppError('INTERNAL', '本县尚未设置受理单位');

  const limits = limitsFor(county.limits);
  const answerLimit = limits.answer[req.kind];
  const cal = await loadCalendar(store, now.getTime());
  const seq = await store.nextSequence(`ticket:${county.code}:${today}`);
  const at = now.toISOString();
  const status = initialStatus(suggest);
  const draft: Complaint = {
    id: `${county.code}-${today.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`,
    requestId: req.requestId,
    ownerOpenid: openid,
    countyCode: county.code,
    regionCode: code,
    regionName: [...(region as Region).path.slice(2), region.name].join(''),
    ...(townCode ? { townCode } : {}),
    ...(domain ? { domain } : {}),
    ...(item ? { itemId: item.id, itemTitle: item.level2 } : {}),
    ...(disclosure ? { disclosureId: disclosure.id, disclosureTitle: disclosure.title } : {}),
    kind: req.kind,
    category: req.category,
    text: req.text,
    photos: req.photos ?? [],
    ...(req.contactPhone ? { contactPhone: req.contactPhone } : {}),
    anonymous: filing.proxy ? false : (req.anonymous ?? false),
    ...(filing.proxy ? { proxy: filing.proxy } : {}),
    ...(filing.source ? { source: filing.source } : {}),
    unitId: unit.id,
    unitName: unit.name,
    routeReason: route.reason,
    status,
    version: 1,
    acceptDeadline: deadlineFrom(cal, now, limits.acceptWorkingDays, 'working'),
    answerDeadline: deadlineFrom(cal, now, answerLimit.days, answerLimit.dayKind, limits),
    extended: false,
    reopened: false,
    escalations: 0,
    createdAt: at,
    updatedAt: at,
    dueAt: at,
    sweepAt: null,
    swept: [],
    timeline: [
      {
        at,
        action: 'submit',
        actor: openid,
        role: filing.role,
        toStatus: status,
        note:
          (filing.source ? `经合作系统“${filing.source.partnerName}”提交；` : '') +
          (filing.proxy ? `${proxyBy(filing.proxy)}代群众提交（代办）；` : '') +
          (status === 'held' ? '内容待人工审核后转交承办单位' : `已转交${unit.name}（${route.reason}）`),
        unitId: unit.id,
        unitName: unit.name,
      },
    ],
  };
  const effects = effectsOf(draft) ?? {};
  // Recorded with the insert, so the 工单 is queued exactly once even if this call dies here.
  if (hotlineApplies(await store.getHotlineConfig(county.code), draft)) effects.hotline = 'pending';
  if (Object.keys(effects).length) draft.effects = effects;
  let complaint: Complaint;
  try {
    let created: boolean;
    ({ complaint, created } = await store.insertComplaint(scheduled(draft, limits.ratingWindowDays, cal), {
      since: dayStart,
      max,
    }));
    // Counted once: by the insert that made it, not by a retry that found it.
    if (created) await recordComplaintStats(store, null, complaint);
  } catch (e) {
    if (e instanceof DailyLimitError) throw limited();
    throw e;
  }
  // Ours or a concurrent twin's: either way, finish its effects.
  await completeEffects(deps, complaint);
  return submitAnswer(complaint, unit.hotline);
}

function ownerCan(c: Complaint): ComplaintDetail['can'] {
  // 代办: satisfaction is the villager's to give, not the filer's (who may be the unit's own staff).
  if (c.status !== 'answered' || c.proxy) return [];
  return c.reopened ? ['rate'] : ['rate', 'reopen'];
}

export async function getMine(deps: ComplaintDeps, caller: Caller, id: string): Promise<ComplaintDetail> {
  const c = await ownComplaint(deps, caller, id);
  // Opening it is looking at it: the unread mark goes, unless news came after this read.
  if (c.ownerUnread) await deps.store.markComplaintSeen(c.id, c.version);
  const unit = await deps.store.getUnit(c.unitId);
  const now = deps.clock.now();
  return complaintDetail(c, now, 'owner', unit?.hotline ?? null, ownerCan(c), await loadCalendar(deps.store, now.getTime()));
}

export async function listMine(deps: ComplaintDeps, caller: Caller, cursor?: string) {
  const openid = requireOpenid(caller);
  const after = cursor ? decodeCursor(cursor, ['createdAt', 'id']) : undefined;
  const rows = await deps.store.listComplaintsByOwner(openid, PAGE + 1, after);
  const page = rows.slice(0, PAGE);
  const last = page[page.length - 1];
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  return {
    items: page.map((c): ComplaintSummary => ({ ...complaintSummary(c, now, cal), ...(c.ownerUnread ? { unread: true } : {}) })),
    next: rows.length > PAGE && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}

export async function rateMine(
  deps: ComplaintDeps,
  caller: Caller,
  req: { id: string; score: number; comment?: string; publicConsent?: boolean },
): Promise<ComplaintDetail> {
  const c = notForProxy(await ownComplaint(deps, caller, req.id));
  const now = deps.clock.now();
  const limits = await countyLimits(deps.store, c.countyCode);
  const actor: Actor = { openid: c.ownerOpenid, role: 'resident' };
  const score = req.score as 1 | 2 | 3 | 4 | 5;
  const cal = await loadCalendar(deps.store, now.getTime());
  const next = change(
    c,
    'rate',
    actor,
    now,
    limits.ratingWindowDays,
    cal,
    {
      rating: {
        score,
        ...(req.comment ? { comment: req.comment } : {}),
        ...(req.publicConsent ? { publicConsent: true } : {}),
        at: now.toISOString(),
      },
    },
    `评价${score}星${req.comment ? `：${req.comment}` : ''}`,
  );
  await save(deps.store, next, c);
  // 回应关切: only with consent does the masked Q&A show; without it, an earlier one goes.
  await publishRatedQa(deps, next, req.publicConsent === true);
  return getMine(deps, caller, c.id);
}

export async function reopenMine(deps: ComplaintDeps, caller: Caller, req: { id: string; reason: string }): Promise<ComplaintDetail> {
  const c = notForProxy(await ownComplaint(deps, caller, req.id));
  const now = deps.clock.now();
  const limits = await countyLimits(deps.store, c.countyCode);
  const answerLimit = limits.answer[c.kind];
  const cal = await loadCalendar(deps.store, now.getTime());
  const next = change(
    c,
    'reopen',
    { openid: c.ownerOpenid, role: 'resident' },
    now,
    limits.ratingWindowDays,
    cal,
    {
      reopened: true,
      answerDeadline: deadlineFrom(cal, now, answerLimit.days, answerLimit.dayKind, limits),
    },
    `不满意：${req.reason}`,
  );
  await save(deps.store, next, c);
  await notify(
    deps.notifier,
    await staffOf(deps.store, c.unitId),
    next,
    'new_complaint',
    '诉求人不满意，需重新办理',
    {
      ticket: c.id,
      kind: c.kind,
      due: next.answerDeadline.due,
    },
    now,
  );
  return getMine(deps, caller, c.id);
}

/** At most this many unread complaints are read for the home page's card. */
export const UNREAD_READ = 20;

/** 您的监督有新答复: the caller's complaints with news since they last opened them. */
export async function unreadMine(deps: ComplaintDeps, caller: Caller): Promise<UnreadAnswer> {
  const openid = requireOpenid(caller);
  const rows = await deps.store.listUnreadByOwner(openid, UNREAD_READ + 1);
  const page = rows.slice(0, UNREAD_READ);
  return {
    count: page.length,
    more: rows.length > UNREAD_READ,
    items: page.slice(0, 3).map((c) => ({
      id: c.id,
      title: c.disclosureTitle ?? c.itemTitle ?? c.kind,
      statusName: STATUS_NAMES[c.status],
      at: c.updatedAt,
    })),
  };
}
