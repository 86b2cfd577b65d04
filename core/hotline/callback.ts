// Status callbacks from 12345: POST { 工单号 | ticket, status: 签收|答复|办结, text, time },
// signed as what we send (signature.ts). Each adds one event from 12345热线 to the complaint's
// timeline; the same callback again (same status and time) adds nothing. 办结 answers an open
// complaint with its text (the complainant then rates it, or it closes by itself after the
// rating window; the answer is public only as any answer is: masked, with the rater's consent).
// A callback that is unsigned, forged or stale is refused before anything is read or written;
// one for a ticket we never sent is refused the same way, so a forger learns nothing.
import * as v from 'valibot';
import type { ErrorCode } from '../api/errors';
import { ERROR_MESSAGES } from '../api/errors';
import type { Complaint } from '../complaints/model';
import { TRANSITIONS } from '../complaints/lifecycle';
import { change, countyLimits, notify, save } from '../complaints/apply';
import { loadCalendar } from '../calendar/loader';
import type { Notifier } from '../complaints/ports';
import type { HotlineDeps } from './outbox';
import { HOTLINE_SYSTEM } from './outbox';
import { HOTLINE_ACTOR, HOTLINE_NAME, HOTLINE_STATUSES, type HotlineDelivery } from './model';
import { checkSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature';

export interface CallbackRequest {
  /** Header names in lower case, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The raw body, exactly as received: the signature covers these bytes. */
  body: string;
}

export type CallbackAnswer =
  | { status: 200; body: { ok: true; data: { ticket: string; applied: boolean } } }
  | { status: number; body: { ok: false; code: ErrorCode; message: string } };

const refuse = (status: number, code: ErrorCode, message: string = ERROR_MESSAGES[code]): CallbackAnswer => ({
  status,
  body: { ok: false, code, message },
});

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const CALLBACK = v.object({
  工单号: v.optional(text(64)),
  ticket: v.optional(text(64)),
  status: v.picklist(HOTLINE_STATUSES),
  text: v.optional(text(2000)),
  time: v.pipe(
    v.string(),
    v.check((s) => !Number.isNaN(Date.parse(s)), '时间有误'),
  ),
});

const header = (h: CallbackRequest['headers'], name: string): string | undefined => {
  const value = h[name];
  return Array.isArray(value) ? value[0] : value;
};

async function findDelivery(deps: HotlineDeps, body: Record<string, unknown>): Promise<HotlineDelivery | null> {
  const ours = typeof body.ticket === 'string' ? body.ticket.trim() : '';
  const theirs = typeof body['工单号'] === 'string' ? body['工单号'].trim() : '';
  if (ours) {
    const d = await deps.store.getHotlineDelivery(ours.slice(0, 64));
    return d && (!theirs || d.hotlineTicket === theirs) ? d : null;
  }
  return theirs ? deps.store.findHotlineDeliveryByTicket(theirs.slice(0, 64)) : null;
}

export async function handleHotlineCallback(deps: HotlineDeps & { notifier: Notifier }, req: CallbackRequest): Promise<CallbackAnswer> {
  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch {
    return refuse(400, 'INVALID_INPUT', '请求内容不是有效的 JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(400, 'INVALID_INPUT', '请求内容应为 JSON 对象');

  const now = deps.clock.now();
  const delivery = await findDelivery(deps, body as Record<string, unknown>);
  const cfg = delivery ? await deps.store.getHotlineConfig(delivery.countyCode) : null;
  if (!delivery || !cfg?.secret) return refuse(403, 'FORBIDDEN', '签名无效或工单不存在');
  const check = checkSignature(cfg.secret, now, header(req.headers, TIMESTAMP_HEADER), header(req.headers, SIGNATURE_HEADER), req.body);
  if (check === 'missing') return refuse(401, 'UNAUTHENTICATED', '缺少签名');
  if (check === 'stale') return refuse(401, 'UNAUTHENTICATED', '签名已过期，请检查时钟');
  if (check === 'bad') return refuse(403, 'FORBIDDEN', '签名无效或工单不存在');

  const parsed = v.safeParse(CALLBACK, body);
  if (!parsed.success) return refuse(400, 'INVALID_INPUT', '回调内容有误：需要 status（签收、答复或办结）和 time');
  const cb = parsed.output;
  if (cb.status !== '签收' && !cb.text) return refuse(400, 'INVALID_INPUT', `${cb.status}需要 text`);
  const key = `${cb.status}|${new Date(cb.time).toISOString()}`;

  for (let i = 0; i < 3; i++) {
    const c = await deps.store.getComplaint(delivery.id);
    if (!c) return refuse(403, 'FORBIDDEN', '签名无效或工单不存在');
    if (c.hotline?.callbacks.includes(key)) return { status: 200, body: { ok: true, data: { ticket: c.id, applied: false } } };
    const limits = await countyLimits(deps.store, c.countyCode);
    const cal = await loadCalendar(deps.store, now.getTime());
    const hotline = {
      ...(c.hotline?.ticket || delivery.hotlineTicket ? { ticket: c.hotline?.ticket ?? delivery.hotlineTicket } : {}),
      callbacks: [...(c.hotline?.callbacks ?? []), key],
    };
    const answers = cb.status === '办结' && TRANSITIONS.hotline_answer.from.includes(c.status);
    const note =
      cb.status === '签收'
        ? `${HOTLINE_NAME}已签收`
        : cb.status === '答复'
          ? `${HOTLINE_NAME}答复：${cb.text}`
          : `${HOTLINE_NAME}办结：${cb.text}`;
    let next: Complaint;
    try {
      next = change(
        c,
        answers ? 'hotline_answer' : 'hotline_update',
        HOTLINE_SYSTEM,
        now,
        limits.ratingWindowDays,
        cal,
        answers
          ? { hotline, answer: { text: cb.text!, attachments: [], at: now.toISOString(), by: HOTLINE_ACTOR, unitName: HOTLINE_NAME } }
          : { hotline },
        note,
      );
    } catch {
      return refuse(409, 'CONFLICT', '该诉求当前状态不接受12345回调');
    }
    try {
      await save(deps.store, next, c);
    } catch {
      continue; // changed meanwhile: read it again
    }
    if (answers) {
      await notify(deps.notifier, [next.ownerOpenid], next, 'answered', '您的诉求已答复', { ticket: next.id, unit: HOTLINE_NAME }, now);
    }
    return { status: 200, body: { ok: true, data: { ticket: c.id, applied: true } } };
  }
  return refuse(409, 'CONFLICT');
}
