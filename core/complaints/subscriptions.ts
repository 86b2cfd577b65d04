// Subscribe messages (订阅消息) reach a person only with a consent given at a tap, one message per
// accept. We ask at the moments people accept it: a resident right after filing (签收, 答复, 督办),
// staff when they open the queue (a new complaint). The deployment names its template ids
// (TEMPLATE_<NAME>); answers are recorded, and the notifier sends only on a recorded accept.
import { AppError } from '../api/errors';
import type { Caller } from '../accounts/account';
import type { ConsentAnswer, Store, Clock } from '../store';
import type { Notification } from './model';

export type TemplateName = Notification['template'];
/** The deployment's template id of each of our templates; absent ones are never asked for. */
export type TemplateIds = Partial<Record<TemplateName, string>>;

/** What a resident is asked for after filing, and what staff are asked for at their queue (WeChat allows 3 per ask). */
export const OWNER_TEMPLATES: readonly TemplateName[] = ['accepted', 'answered', 'escalated'];
export const STAFF_TEMPLATES: readonly TemplateName[] = ['new_complaint', 'overdue'];
/** What an applicant for information (依申请公开) is asked for after applying: 登记, 补正 or 延期, 答复. */
export const APPLICANT_TEMPLATES: readonly TemplateName[] = ['accepted', 'application_progress', 'answered'];

export interface SubscribeOffer {
  /** Template ids to ask a resident for after filing (empty: do not ask). */
  owner: string[];
  /** Template ids to ask staff for at their queue (empty: do not ask). */
  staff: string[];
  /** Template ids to ask an applicant for information for after applying (empty: do not ask). */
  applicant: string[];
}

export function subscribeOffer(ids: TemplateIds): SubscribeOffer {
  const pick = (names: readonly TemplateName[]) => names.map((n) => ids[n]).filter((id): id is string => Boolean(id));
  return { owner: pick(OWNER_TEMPLATES), staff: pick(STAFF_TEMPLATES), applicant: pick(APPLICANT_TEMPLATES) };
}

export interface SubscribeRecorded {
  /** Our templates the person accepted now, and those they declined (reject, ban, filter). */
  accepted: TemplateName[];
  declined: TemplateName[];
}

/** Records what requestSubscribeMessage answered, per template id; ids not configured are ignored. */
export async function recordSubscribeAnswers(
  deps: { store: Store; clock: Clock },
  caller: Caller,
  ids: TemplateIds,
  answers: Record<string, ConsentAnswer>,
): Promise<SubscribeRecorded> {
  if (!caller.openid) throw new AppError('UNAUTHENTICATED', '请先登录（在微信中打开）');
  const at = deps.clock.now().toISOString();
  const out: SubscribeRecorded = { accepted: [], declined: [] };
  for (const [name, id] of Object.entries(ids) as Array<[TemplateName, string]>) {
    const answer = answers[id];
    if (!answer) continue;
    await deps.store.recordConsent(caller.openid, name, answer, at);
    (answer === 'accept' ? out.accepted : out.declined).push(name);
  }
  return out;
}
