// 操作记录 by county (issue 11 part 4): two counties' admins change their units; each reads
// only its own county's changes in the list (every page of it) and in the CSV.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, loginAs, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';
import type { Account } from '../../core/accounts/account';

let cloud: TestCloud;
let a: TestCounty;
let b: TestCounty;
let adminA: Account;
let adminB: Account;
const cookies = new Map<string, string>();
const call = async <T = any>(who: Account, action: string, data: unknown = {}) => {
  if (!cookies.has(who.openid)) cookies.set(who.openid, await loginAs(cloud, who));
  return ok((await cloud.call<T>('admin', action, data, cookies.get(who.openid))) as ApiAnswer<T>);
};

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  a = await createCounty(cloud.store, { towns: 1, villagesPerTown: 1 });
  b = await createCounty(cloud.store, { towns: 1, villagesPerTown: 1 });
  adminA = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [a.code] });
  adminB = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [b.code] });
  // County B changes its units 25 times (more than a page), county A 3 times, interleaved.
  for (let i = 0; i < 25; i++) {
    await call(adminB, 'units.update', { id: b.openGov.id, phone: `028-8${String(1000000 + i)}` });
    if (i % 8 === 0) await call(adminA, 'units.update', { id: a.openGov.id, phone: `028-7${String(1000000 + i)}` });
  }
});
afterAll(() => cloud.close());

describe('audit.list and audit.export by county', () => {
  it('a county admin never sees another county’s events, on any page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call<Res<'admin', 'audit.list'>>(adminA, 'audit.list', cursor ? { cursor } : {});
      seen.push(...page.items.map((e) => `${e.countyCode}|${e.target}`));
      cursor = page.next ?? undefined;
    } while (cursor);
    assert.deepStrictEqual(seen, Array(4).fill(`${a.code}|unit:${a.openGov.id}`));

    const first = await call<Res<'admin', 'audit.list'>>(adminB, 'audit.list');
    assert.equal(first.items.length, 20);
    assert.ok(first.items.every((e) => e.countyCode === b.code));
    const second = await call<Res<'admin', 'audit.list'>>(adminB, 'audit.list', { cursor: first.next });
    assert.equal(second.items.length, 5);
    assert.equal(second.next, null);
  });

  it('the CSV holds the same events', async () => {
    const csv = await call<Res<'admin', 'audit.export'>>(adminA, 'audit.export');
    assert.equal(csv.rows, 4);
    assert.ok(!csv.csv.includes(b.openGov.id));
  });
});
