// The 工单 outbox. A complaint of a configured kind gets one row (its id the ticket, so a
// retried submission, the sweep and a release all find the same row and add none). The timer,
// and on the local cloud a nudge right after filing, sends due rows: claim (version check, the
// next attempt moved a lease ahead so a concurrent run skips it), POST signed, then delivered on
// a 2xx or retried after 1, 2, 4 … minutes (at most 6 hours apart). A delivered row is never
// sent again. A run dying between the POST and the mark sends that row once more after the
// lease: the 12345 side knows it by its 工单编号 (our ticket).
import type { Clock, Store } from '../store';
import type { Complaint } from '../complaints/model';
import { change, countyLimits, type Actor } from '../complaints/apply';
import { loadCalendar } from '../calendar/loader';
import { HOTLINE_ACTOR, HOTLINE_NAME, hotlineApplies, type HotlineDelivery } from './model';
import { orderOf } from './order';
import { signedHeaders } from './signature';
import type { HotlineTransport } from './ports';

export const HOTLINE_SYSTEM: Actor = { openid: HOTLINE_ACTOR, role: 'system', unitName: HOTLINE_NAME };

const MINUTE = 60_000;
/** A claimed row is left alone this long: longer than one POST may take (the transport's timeout). */
export const CLAIM_LEASE_MS = 2 * MINUTE;
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;
const BATCH = 20;

/** The wait after the n-th failed attempt: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, MINUTE * 2 ** Math.max(0, attempts - 1));
}

export interface HotlineDeps {
  store: Store;
  clock: Clock;
}

/**
 * Puts the complaint in the outbox when its county's bridge sends its kind: true when it is
 * (now or already) there. Idempotent: the row's id is the ticket.
 */
export async function enqueueForHotline(deps: HotlineDeps, c: Complaint): Promise<boolean> {
  const cfg = await deps.store.getHotlineConfig(c.countyCode);
  if (!hotlineApplies(cfg, c)) return false;
  const county = await deps.store.getCounty(c.countyCode);
  const at = deps.clock.now().toISOString();
  await deps.store.enqueueHotline({
    id: c.id,
    countyCode: c.countyCode,
    status: 'pending',
    order: orderOf(c, county?.name ?? ''),
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
    version: 1,
  });
  return true;
}

export interface DeliveryReport {
  delivered: number;
  failed: number;
  /** Rows another run had claimed, or whose county switched the bridge off. */
  skipped: number;
}

/** The 12345 工单号 in a 2xx answer: `{"工单号": …}`, or `orderNo`, `ticket`, possibly under `data`. */
export function hotlineTicketOf(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const pick = (o: unknown): string | undefined => {
    if (!o || typeof o !== 'object') return undefined;
    const r = o as Record<string, unknown>;
    for (const k of ['工单号', 'orderNo', 'ticket']) {
      const v = r[k];
      if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return String(v).trim().slice(0, 64);
    }
    return undefined;
  };
  return pick(parsed) ?? pick((parsed as { data?: unknown } | null)?.data);
}

/** Records on the complaint that 12345 took it (with its 工单号): one event, however often this runs. */
async function markSent(deps: HotlineDeps, id: string, ticket: string | undefined, now: Date): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const c = await deps.store.getComplaint(id);
    if (!c || c.timeline.some((e) => e.action === 'hotline_sent')) return;
    const limits = await countyLimits(deps.store, c.countyCode);
    const cal = await loadCalendar(deps.store, now.getTime());
    let next: Complaint;
    try {
      next = change(
        c,
        'hotline_sent',
        HOTLINE_SYSTEM,
        now,
        limits.ratingWindowDays,
        cal,
        { hotline: { ...(ticket ? { ticket } : {}), callbacks: c.hotline?.callbacks ?? [] } },
        ticket ? `已转交12345热线，工单号${ticket}` : '已转交12345热线',
      );
    } catch {
      return; // a status that takes no event (never expected: held complaints are not sent)
    }
    if (await deps.store.updateComplaint(next, c.version)) return;
  }
}

async function deliverOne(deps: HotlineDeps & { transport: HotlineTransport }, d: HotlineDelivery, now: Date, report: DeliveryReport) {
  const { store } = deps;
  const cfg = await store.getHotlineConfig(d.countyCode);
  if (!cfg || !cfg.enabled || !cfg.endpoint || !cfg.secret) {
    // Switched off after it was queued: kept, looked at again later (sent if it is switched on).
    const held = {
      ...d,
      nextAttemptAt: new Date(now.getTime() + MAX_BACKOFF_MS).toISOString(),
      lastError: '本县已停用12345对接',
      version: d.version + 1,
    };
    await store.updateHotlineDelivery(held, d.version);
    report.skipped++;
    return;
  }
  const claimed: HotlineDelivery = {
    ...d,
    attempts: d.attempts + 1,
    nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
    version: d.version + 1,
  };
  if (!(await store.updateHotlineDelivery(claimed, d.version))) {
    report.skipped++;
    return;
  }
  const body = JSON.stringify(d.order);
  const headers = { 'content-type': 'application/json; charset=utf-8', ...signedHeaders(cfg.secret, now, body) };
  let error: string;
  try {
    const answer = await deps.transport.post(cfg.endpoint, headers, body);
    if (answer.status >= 200 && answer.status < 300) {
      const ticket = hotlineTicketOf(answer.body);
      const { lastError: _e, ...rest } = claimed;
      const delivered: HotlineDelivery = {
        ...rest,
        status: 'delivered',
        ...(ticket ? { hotlineTicket: ticket } : {}),
        deliveredAt: now.toISOString(),
        version: claimed.version + 1,
      };
      await store.updateHotlineDelivery(delivered, claimed.version);
      await markSent(deps, d.id, ticket, now);
      report.delivered++;
      return;
    }
    error = `HTTP ${answer.status}${answer.body ? `：${answer.body.slice(0, 200)}` : ''}`;
  } catch (e) {
    error = `网络错误：${String((e as Error)?.message ?? e).slice(0, 200)}`;
  }
  const retry: HotlineDelivery = {
    ...claimed,
    nextAttemptAt: new Date(now.getTime() + backoffMs(claimed.attempts)).toISOString(),
    lastError: error,
    version: claimed.version + 1,
  };
  await store.updateHotlineDelivery(retry, claimed.version);
  report.failed++;
}

/**
 * Sends every row whose time has come; each at most once per run. `more` is asked before each
 * row: a function with a time limit stops in time (what is left waits for the next run).
 */
export async function deliverHotline(
  deps: HotlineDeps & { transport: HotlineTransport },
  more: () => boolean = () => true,
): Promise<DeliveryReport> {
  const now = deps.clock.now();
  const report: DeliveryReport = { delivered: 0, failed: 0, skipped: 0 };
  const seen = new Set<string>();
  for (;;) {
    const due = (await deps.store.listHotlineDue(now.toISOString(), BATCH)).filter((d) => !seen.has(d.id));
    if (due.length === 0) return report;
    for (const d of due) {
      if (!more()) return report;
      seen.add(d.id);
      await deliverOne(deps, d, now, report);
    }
  }
}
