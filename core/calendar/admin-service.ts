// The deployment's administrator (a county 政务公开办 account) keeps the working-day
// calendar: lists the years, enters a year's arrangement from the State Council's notice.
// An entered or changed year is audited, and the open complaints whose deadlines run into
// that year are recomputed, each with a timeline event; closed ones stay as they were.
import { recountByDue } from './recount-by-due';
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { Clock, Store } from '../store';
import type { Data, Res } from '../api/contracts';
import type { CalendarList } from '../api/contracts/admin';
import { decodeCursor, encodeCursor } from '../api/cursor';
import type { AuditEntry } from '../audit';
import { addDays, shanghaiDate, startOfShanghaiDay } from '../time/shanghai';
import { isClosed, type Complaint, type Deadline } from '../complaints/model';
import { countyLimits, change, type Actor } from '../complaints/apply';
import type { TimeLimits } from '../complaints/limits';
import { deadlineFrom, extendDeadline } from '../complaints/workdays';
import { yearOf, type CalendarYear, type WorkCalendar } from './calendar';
import { forgetCalendar, loadCalendar } from './loader';
import { recomputeApplications } from '../applications/recompute';

export interface AdminDeps {
  store: Store;
  clock: Clock;
}

/** From this day of a year on, the county admin is warned while next year is not entered. */
export const WARN_FROM = '11-15';

function requireAdmin(caller: Caller): { openid: string; countyCode: string } {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED');
  const a = caller.account;
  if (a?.role !== 'county_admin' || a.regionCodes[0]?.length !== 6) {
    throw new AppError('FORBIDDEN', '只有县政务公开办的管理员可以维护节假日安排');
  }
  return { openid: caller.openid, countyCode: a.regionCodes[0] };
}

/** 2027-01-21 -> 2027年1月21日 */
export function cnDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The missing-year warning as of `today` (YYYY-MM-DD), or null. */
export function calendarWarning(known: ReadonlySet<number>, today: string): string | null {
  const y = yearOf(today);
  if (!known.has(y))
    return `${y}年节假日安排未录入：今年的办理期限按周末和元旦、劳动节、国庆节的法定假日预计，请尽快录入国务院办公厅的通知`;
  if (today.slice(5) >= WARN_FROM && !known.has(y + 1)) {
    return `${y + 1}年节假日安排未录入：跨入${y + 1}年的办理期限暂按预计计算，国务院办公厅的通知发布后请及时录入`;
  }
  return null;
}

export async function listCalendar(deps: AdminDeps, caller: Caller): Promise<CalendarList> {
  requireAdmin(caller);
  const years = await deps.store.listCalendarYears();
  const today = shanghaiDate(deps.clock.now());
  const thisYear = yearOf(today);
  const known = new Set(years.map((y) => y.year));
  return {
    years: years.map((y) => ({
      year: y.year,
      source: y.source,
      notice: y.notice,
      enteredAt: y.enteredAt,
      offDays: y.offDays.length,
      workDays: y.workDays.length,
    })),
    thisYear,
    nextYear: thisYear + 1,
    thisYearMissing: !known.has(thisYear),
    nextYearMissing: !known.has(thisYear + 1),
    warning: calendarWarning(known, today),
  };
}

export async function getCalendarYear(deps: AdminDeps, caller: Caller, year: number) {
  requireAdmin(caller);
  return { year, record: await deps.store.getCalendarYear(year) };
}

type PutReq = Data<'admin', 'calendar.put'>;

export async function putCalendarYear(deps: AdminDeps, caller: Caller, req: PutReq): Promise<Res<'admin', 'calendar.put'>> {
  const admin = requireAdmin(caller);
  const now = deps.clock.now();
  const at = now.toISOString();
  const before = await deps.store.getCalendarYear(req.year);
  const record: CalendarYear = {
    year: req.year,
    offDays: [...req.offDays].sort(),
    workDays: [...req.workDays].sort(),
    notice: { number: req.notice.number, date: req.notice.date },
    enteredBy: admin.openid,
    enteredAt: at,
    source: 'entered',
  };
  await deps.store.putCalendarYear(record);
  const entry: AuditEntry = {
    // Unique, and in the order written even when two changes share an instant.
    id: `${at}-${String(await deps.store.nextSequence('audit')).padStart(9, '0')}`,
    at,
    actor: admin.openid,
    role: 'county_admin',
    action: 'calendar.put',
    target: `calendar:${req.year}`,
    before,
    after: record,
    countyCode: admin.countyCode,
  };
  await deps.store.appendAudit(entry);
  forgetCalendar(deps.store);
  const verb = before ? '已更新' : '已录入';
  const why = `${req.year}年节假日安排${verb}`;
  const recomputed = await recomputeYear(deps, req.year, why);
  const recomputedApplications = await recomputeApplications(deps, req.year, why);
  return { record, recomputed, recomputedApplications };
}

export async function listAudit(deps: AdminDeps, caller: Caller, cursor?: string) {
  // Only the caller's county: another county's people and changes are none of its business.
  const admin = requireAdmin(caller);
  const after = cursor ? decodeCursor(cursor, ['at', 'id']) : undefined;
  const rows = await deps.store.listAudit(21, after, admin.countyCode);
  const page = rows.slice(0, 20);
  const last = page[page.length - 1];
  return { items: page, next: rows.length > 20 && last ? encodeCursor({ at: last.at, id: last.id }) : null };
}

// ---- recomputing open complaints ----

const SYSTEM: Actor = { openid: 'system', role: 'system' };
/** The longest a running deadline can reach back before its year: a 15-day limit doubled by an extension, and more. */
const LOOKBACK_DAYS = 150;

/** When the running count of a deadline started: the last event that set it. */
function startOf(c: Complaint, which: 'accept' | 'answer'): { at: string; index: number } | null {
  const setters = which === 'accept' ? ['submit', 'release', 'transfer'] : ['submit', 'release', 'transfer', 'reopen'];
  for (let i = c.timeline.length - 1; i >= 0; i--) {
    if (setters.includes(c.timeline[i].action)) return { at: c.timeline[i].at, index: i };
  }
  return null;
}

/** Does counting from `startAt` to the deadline's last day touch `year`? */
function touches(startAt: string, d: Deadline, year: number): boolean {
  const from = addDays(shanghaiDate(new Date(startAt)), 1);
  const to = shanghaiDate(new Date(d.due));
  return yearOf(from) <= year && year <= yearOf(to);
}

function recount(c: Complaint, which: 'accept' | 'answer', cal: WorkCalendar, limits: TimeLimits, year: number): Deadline | null {
  const d = which === 'accept' ? c.acceptDeadline : c.answerDeadline;
  const start = startOf(c, which);
  if (!start || !touches(start.at, d, year)) return null;
  if (which === 'accept') return deadlineFrom(cal, new Date(start.at), d.days, d.dayKind, limits);
  // An extension granted after the count started is kept: the same extra days from the new due date.
  const extendedSince = c.timeline.slice(start.index + 1).some((e) => e.action === 'extend');
  const base = limits.answer[c.kind].days;
  const extra = extendedSince && d.days > base ? d.days - base : 0;
  const first = deadlineFrom(cal, new Date(start.at), d.days - extra, d.dayKind, limits);
  return extra ? extendDeadline(cal, first, extra, limits) : first;
}

const same = (a: Deadline, b: Deadline) => a.due === b.due && Boolean(a.provisional) === Boolean(b.provisional);

/** The complaint with its deadlines recounted by `cal`, or null when nothing moves. */
export function recomputed(c: Complaint, cal: WorkCalendar, limits: TimeLimits, year: number, now: Date, why: string): Complaint | null {
  if (isClosed(c.status)) return null;
  const accept = recount(c, 'accept', cal, limits, year);
  const answer = recount(c, 'answer', cal, limits, year);
  const patch: Partial<Complaint> = {};
  const said: string[] = [];
  if (answer && !same(answer, c.answerDeadline)) {
    patch.answerDeadline = answer;
    said.push(`办理期限重新计算为${cnDate(shanghaiDate(new Date(answer.due)))}${answer.provisional ? '（预计）' : ''}`);
  }
  if (accept && !same(accept, c.acceptDeadline)) {
    patch.acceptDeadline = accept;
    if (c.status === 'submitted' || c.status === 'held' || c.status === 'returned') {
      said.push(`签收期限为${cnDate(shanghaiDate(new Date(accept.due)))}${accept.provisional ? '（预计）' : ''}`);
    }
  }
  if (!patch.acceptDeadline && !patch.answerDeadline) return null;
  if (said.length === 0) said.push('期限已重新计算');
  return change(c, 'deadline_recomputed', SYSTEM, now, limits.ratingWindowDays, cal, patch, `${why}，${said.join('，')}`);
}

/** Recounts every open complaint whose deadlines run into `year`; returns how many changed. */
export async function recomputeYear(deps: AdminDeps, year: number, why: string): Promise<number> {
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.store, now.getTime());
  const limitsByCounty = new Map<string, TimeLimits>();
  const from = startOfShanghaiDay(addDays(`${year}-01-01`, -LOOKBACK_DAYS));
  const io = {
    listByDue: deps.store.listComplaintsByDue.bind(deps.store),
    get: deps.store.getComplaint.bind(deps.store),
    update: deps.store.updateComplaint.bind(deps.store),
  };
  return recountByDue(io, from, async (c) => {
    let limits = limitsByCounty.get(c.countyCode);
    if (!limits) limitsByCounty.set(c.countyCode, (limits = await countyLimits(deps.store, c.countyCode)));
    return recomputed(c, cal, limits, year, now, why);
  });
}
