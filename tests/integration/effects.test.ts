// The side effects of a stored complaint (the 公示异议 count, the privacy flag, the unit's
// notice) happen exactly once, even when the function dies between steps and the client
// retries the same request.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { FIXED_NOW, ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';
import type { Store } from '../../core/store';
import type { ComplaintDeps } from '../../core/complaints/deps';
import { submitComplaint } from '../../core/complaints/resident-service';
import { sweep } from '../../core/complaints/sweep';
import { outboxNotifier } from '../../server/platform';
import { wordListCheck } from '../../core/complaints/word-list-check';

let cloud: TestCloud;
let village: string;

beforeAll(async () => {
  cloud = await startTestCloud();
  const accounts = ((await (await cloud.raw('/api/dev/accounts')).json()) as { data: { accounts: Account[] } }).data.accounts;
  village = accounts.find((a) => a.openid === 'demo-xinjin-resident')!.regionCodes[0];
});
afterAll(() => cloud.close());

/** The store, except that the named methods throw on their first call (the function dying there). */
function dyingOnce(store: Store, ...methods: Array<keyof Store>): Store {
  const failed = new Set<string>();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (methods.includes(prop as keyof Store) && !failed.has(String(prop))) {
          failed.add(String(prop));
          return Promise.reject(new Error(`the function died in ${String(prop)}`));
        }
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function depsOf(store: Store): ComplaintDeps {
  return {
    store,
    clock: { now: () => FIXED_NOW },
    check: wordListCheck(),
    notifier: outboxNotifier(store),
    files: { ownedBy: async () => true },
  };
}

async function runningPublicity() {
  const summary = ok(await cloud.call<Res<'public', 'disclosures.summary'>>('public', 'disclosures.summary', { regionCode: village }));
  // A list under leak review (an earlier case reported one) shows no table meanwhile.
  return summary.running.find((d) => (d.hasTable || d.underReview) && d.regionCode === village)!;
}

async function noticesOf(store: Store, unitId: string, ticket: string) {
  const staff = await store.listUnitStaff(unitId);
  assert.ok(staff.length > 0);
  const all = [];
  for (const a of staff)
    all.push(...(await store.listNotifications(a.openid, 100)).filter((n) => n.complaintId === ticket && n.template === 'new_complaint'));
  return { all, staff: staff.length };
}

describe('side effects of a stored complaint', () => {
  const req = (requestId: string, disclosureId: string) => ({
    requestId,
    kind: '公示异议' as const,
    category: '泄露个人信息' as const,
    text: '公示名单里有完整的身份证号码，而且有一户不符合条件。',
    regionCode: village,
    disclosureId,
  });
  const caller = (openid: string) => ({ openid, account: null });

  it('a 公示异议 reporting a leak counts once and flags the disclosure, the flag not erasing the count', async () => {
    const d = await runningPublicity();
    const before = (await cloud.store.getDisclosure(d.id))!.objections ?? 0;
    const a = await submitComplaint(depsOf(cloud.store), caller('o-effects-1'), req('eff-normal-0001', d.id));
    const stored = (await cloud.store.getDisclosure(d.id))!;
    assert.equal(stored.objections ?? 0, before + 1);
    assert.equal(stored.privacyReview?.complaintId, a.ticket);
    assert.deepEqual((await cloud.store.getComplaint(a.ticket))!.effects, { objection: 'done', privacy_flag: 'done', notify_unit: 'done' });
  });

  for (const dies of ['addObjection', 'flagDisclosurePrivacy', 'putNotification', 'markComplaintEffectsDone'] as const) {
    it(`dying in ${dies} after the insert, then retrying the request: count exactly +1, flag set, one notice each`, async () => {
      const d = await runningPublicity();
      const before = (await cloud.store.getDisclosure(d.id))!.objections ?? 0;
      const openid = `o-effects-${dies}`;
      const r = req(`eff-${dies}-0001`, d.id);
      await assert.rejects(submitComplaint(depsOf(dyingOnce(cloud.store, dies)), caller(openid), r), /the function died/);
      const [filed] = await cloud.store.listComplaintsByOwner(openid, 10);
      assert.ok(filed, 'the complaint was stored');

      const again = await submitComplaint(depsOf(cloud.store), caller(openid), r);
      assert.equal(again.ticket, filed.id);
      await submitComplaint(depsOf(cloud.store), caller(openid), r); // and once more: nothing changes
      const stored = (await cloud.store.getDisclosure(d.id))!;
      assert.equal(stored.objections ?? 0, before + 1);
      assert.equal(stored.privacyReview?.complaintId, filed.id);
      const { all, staff } = await noticesOf(cloud.store, filed.unitId, filed.id);
      assert.equal(all.length, staff);
      assert.deepEqual((await cloud.store.getComplaint(filed.id))!.effects, {
        objection: 'done',
        privacy_flag: 'done',
        notify_unit: 'done',
      });
    });
  }

  it('without a retry, the sweep finishes what a dead submission left undone', async () => {
    const d = await runningPublicity();
    const before = (await cloud.store.getDisclosure(d.id))!.objections ?? 0;
    const openid = 'o-effects-sweep';
    await assert.rejects(submitComplaint(depsOf(dyingOnce(cloud.store, 'addObjection')), caller(openid), req('eff-sweep-0001', d.id)));
    const [filed] = await cloud.store.listComplaintsByOwner(openid, 10);
    assert.ok(filed.sweepAt);
    await sweep({ ...depsOf(cloud.store), clock: { now: () => new Date(filed.sweepAt!) } });
    assert.equal((await cloud.store.getDisclosure(d.id))!.objections ?? 0, before + 1);
    const { all, staff } = await noticesOf(cloud.store, filed.unitId, filed.id);
    assert.equal(all.length, staff);
  });
});
