// 查询办理进度: anyone with a ticket and the last 4 digits of the phone given with it (a villager
// a cadre filed for, or anyone who left a phone) follows the complaint without WeChat. A wrong
// pair is NOT_FOUND without saying which half was wrong; failures are counted per ticket and
// hour in the store, and past LOOKUP_FAILURES every try of that ticket is refused until the
// hour ends, so the 10,000 possible endings cannot be walked through.
import { AppError } from '../api/errors';
import type { LookupView } from '../api/complaint-views';
import type { Clock, Store } from '../store';
import { loadCalendar } from '../calendar/loader';
import { maskPublic } from '../responses/service';
import { complaintDetail } from './views';
import { maskName, PROXY_ROLE_NAMES } from './proxy-words';
import type { Complaint } from './model';

export const LOOKUP_FAILURES = 5;
const HOUR_MS = 3600_000;

export interface LookupDeps {
  store: Store;
  clock: Clock;
}

const notFound = () => new AppError('NOT_FOUND', '没有查到：请核对诉求编号和手机号后四位');

function phoneMatches(c: Complaint | null, last4: string): c is Complaint {
  const digits = (c?.contactPhone ?? '').replace(/\D/g, '');
  return digits.length >= 7 && digits.slice(-4) === last4;
}

export async function lookupComplaint(deps: LookupDeps, req: { ticket: string; phoneLast4: string }): Promise<LookupView> {
  const { store, clock } = deps;
  const now = clock.now();
  // Shanghai is a whole number of hours from UTC, so UTC hours are its hours too.
  const key = `lookup:${req.ticket}:${Math.floor(now.getTime() / HOUR_MS)}`;
  // Counted before the check, so concurrent guesses cannot all slip under the limit; a right
  // pair gives its count back, so only failures add up.
  const tries = await store.addToCounter(key, 1);
  if (tries > LOOKUP_FAILURES) {
    await store.addToCounter(key, -1);
    throw new AppError('RATE_LIMITED', '这个编号查询失败次数太多，请一小时后再试，或拨打承办单位热线询问');
  }
  const c = await store.getComplaint(req.ticket);
  if (!phoneMatches(c, req.phoneLast4)) throw notFound();
  await store.addToCounter(key, -1);

  const [unit, cal] = await Promise.all([store.getUnit(c.unitId), loadCalendar(store, now.getTime())]);
  const d = complaintDetail(c, now, 'owner', unit?.hotline ?? null, [], cal);
  const known = { names: c.proxy ? [c.proxy.name] : [], phones: c.contactPhone ? [c.contactPhone] : [] };
  const mask = (text: string) => maskPublic(text, known);
  return {
    ticket: c.id,
    title: c.disclosureTitle ?? c.itemTitle ?? c.kind,
    kind: c.kind,
    category: c.category,
    status: c.status,
    statusName: d.statusName,
    regionName: c.regionName,
    unitName: c.unitName,
    unitHotline: d.unitHotline,
    createdAt: c.createdAt,
    acceptDeadline: d.acceptDeadline,
    answerDeadline: d.answerDeadline,
    ...(c.answer ? { answer: { text: mask(c.answer.text), at: c.answer.at, unitName: c.answer.unitName } } : {}),
    timeline: d.timeline.map((e) => ({
      at: e.at,
      actionName: e.actionName,
      by: e.by === '您' ? '群众' : e.by,
      ...(e.note ? { note: mask(e.note) } : {}),
    })),
    ...(c.proxy ? { proxy: { name: maskName(c.proxy.name), by: PROXY_ROLE_NAMES[c.proxy.byRole] } } : {}),
  };
}
