// What a stored complaint causes elsewhere: the 公示异议 count on its disclosure, the
// disclosure's privacy flag, the unit's notice, the 12345 工单 (core/hotline, when the county
// sends this kind; it waits while the complaint is held for a person's check). They are recorded as pending in the complaint's
// own insert, then done here, by the submission, by a retry of it, or by the sweep,
// whichever comes first; each is idempotent, so doing one twice changes nothing.
import type { Complaint, ComplaintEffect, ComplaintEffects } from './model';
import { notify, staffOf } from './apply';
import type { ComplaintDeps } from './deps';
import { enqueueForHotline } from '../hotline/outbox';

/** The effects a new complaint needs, all pending (undefined when none). */
export function effectsOf(c: Pick<Complaint, 'kind' | 'category' | 'disclosureId' | 'status'>): ComplaintEffects | undefined {
  const out: ComplaintEffects = {};
  if (c.disclosureId && c.kind === '公示异议') out.objection = 'pending';
  if (c.disclosureId && c.category === '泄露个人信息') out.privacy_flag = 'pending';
  if (c.status === 'submitted') out.notify_unit = 'pending';
  return Object.keys(out).length ? out : undefined;
}

export function pendingEffects(c: Complaint): ComplaintEffect[] {
  return Object.entries(c.effects ?? {})
    .filter(([, state]) => state === 'pending')
    .map(([e]) => e as ComplaintEffect);
}

/** Does the complaint's pending effects and marks them done; returns the complaint as marked. */
export async function completeEffects(deps: ComplaintDeps, c: Complaint): Promise<Complaint> {
  // A held complaint goes to 12345 only once a person released it.
  const pending = pendingEffects(c).filter((e) => !(e === 'hotline' && c.status === 'held'));
  if (pending.length === 0) return c;
  const { store } = deps;
  for (const e of pending) {
    if (e === 'hotline') await enqueueForHotline(deps, c);
    if (e === 'objection' && c.disclosureId) await store.addObjection(c.disclosureId, c.id);
    if (e === 'privacy_flag' && c.disclosureId) {
      // A reported leak puts the disclosure up for immediate review.
      await store.flagDisclosurePrivacy(c.disclosureId, { requestedAt: c.createdAt, complaintId: c.id });
    }
    if (e === 'notify_unit' && c.status === 'submitted') {
      // Numbered as the first version, whatever the complaint's is now: one notice per staff member.
      await notify(
        deps.notifier,
        await staffOf(store, c.unitId),
        { ...c, version: 1 },
        'new_complaint',
        '新的监督诉求',
        { ticket: c.id, kind: c.kind, due: c.acceptDeadline.due },
        new Date(c.createdAt),
      );
    }
  }
  await store.markComplaintEffectsDone(c.id, pending);
  return { ...c, effects: { ...c.effects, ...Object.fromEntries(pending.map((e) => [e, 'done'])) } };
}
