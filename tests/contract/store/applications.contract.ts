// The Store contract for applications for government information (依申请公开).
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Application } from '../../../core/applications/model';
import { DailyLimitError } from '../../../core/store';
import { caseOn, type Open, C, U1, U2, OWNER, at, ids, pad } from './fixtures';

/** A full application, every optional field included. */
export function application(id: string, extra: Partial<Application> = {}): Application {
  const createdAt = at(3);
  return {
    id,
    requestId: `req-${id}`,
    ownerOpenid: OWNER,
    countyCode: C,
    unitId: U1,
    unitName: '区民政局',
    description: '2024年本村低保审批程序文件',
    purpose: '核对',
    delivery: '邮寄',
    postalAddress: '花源街道1号',
    applicant: { name: '张秀兰', idNumber: '510118198003151230', phone: '13800001234' },
    status: 'registered',
    version: 1,
    receivedOn: '2025-03-03',
    clockFrom: '2025-03-03',
    deadline: { due: at(31), days: 20, dayKind: 'working' },
    registeredAt: at(4),
    supplement: { missing: '批次', askedAt: at(4), text: '第二批', suppliedAt: at(5) },
    extension: { days: 10, reason: '调档', at: at(6) },
    rating: { score: 4, comment: '好', at: at(9) },
    createdAt,
    updatedAt: createdAt,
    dueAt: at(31),
    timeline: [{ at: createdAt, action: 'submit', actor: OWNER, role: 'resident', toStatus: 'submitted' }],
    ...extra,
  };
}

const soonest = (a: Application, b: Application) => (a.dueAt === b.dueAt ? (a.id < b.id ? -1 : 1) : a.dueAt < b.dueAt ? -1 : 1);

export function applicationsContract(open: Open): void {
  const test = caseOn(open);

  describe('applications', () => {
    test('insertApplication is idempotent on owner and requestId: the first one wins, one is stored', async (s) => {
      const first = application('a1', { requestId: 'r1' });
      assert.deepStrictEqual(await s.insertApplication(first), { application: first, created: true });
      const again = application('a2', { requestId: 'r1', description: '重复' });
      assert.deepStrictEqual(await s.insertApplication(again), { application: first, created: false });
      assert.equal(await s.getApplication('a2'), null);
      assert.deepStrictEqual(await s.findApplicationByRequest(OWNER, 'r1'), first);
      assert.equal(await s.findApplicationByRequest('o-other', 'r1'), null);
      const theirs = application('a3', { requestId: 'r1', ownerOpenid: 'o-other' });
      assert.equal((await s.insertApplication(theirs)).created, true);
      assert.deepStrictEqual(ids(await s.listApplicationsByOwner(OWNER, 10)), ['a1']);
    });

    test('concurrent submissions of one request store one application and all answer it', async (s) => {
      const tries = Array.from({ length: 6 }, (_, i) => application(`p${i}`, { requestId: 'same' }));
      const results = await Promise.all(tries.map((a) => s.insertApplication(a)));
      assert.equal(results.filter((r) => r.created).length, 1);
      const winner = results.find((r) => r.created)!.application;
      for (const r of results) assert.deepStrictEqual(r.application, winner);
    });

    test('update replaces the whole document only at the expected version; absent optional fields go', async (s) => {
      const a = application('a1');
      await s.insertApplication(a);
      const got = (await s.getApplication('a1'))!;
      got.timeline.push({ at: at(7), action: 'register', actor: 'x', role: 'unit_staff' });
      assert.deepStrictEqual(await s.getApplication('a1'), a, 'results are copies');
      const { supplement: _s, extension: _e, rating: _r, postalAddress: _p, purpose: _u, ...rest } = a;
      const b: Application = {
        ...rest,
        version: 2,
        status: 'closed',
        delivery: '在线',
        deadline: { due: at(20), days: 20, dayKind: 'working', provisional: true },
        answer: {
          outcome: '不予公开',
          reason: '个人隐私',
          text: '不能公开',
          attachments: ['cloud://f'],
          at: at(8),
          by: 'o-staff',
          unitName: '区民政局',
        },
        dueAt: '9999-12-31T00:00:00.000Z',
      };
      assert.equal(await s.updateApplication(b, 2), false);
      assert.equal(await s.updateApplication(b, 1), true);
      assert.deepStrictEqual(await s.getApplication('a1'), b);
      assert.equal(await s.updateApplication({ ...b, version: 3 }, 1), false);
      assert.equal(await s.getApplication('nope'), null);
    });

    test('a unit’s or county’s list, soonest deadline first, by status, with a keyset', async (s) => {
      const list = Array.from({ length: 12 }, (_, i) =>
        application(`q${pad(i)}`, {
          unitId: i % 3 === 0 ? U2 : U1,
          status: i % 4 === 0 ? 'supplementing' : 'registered',
          dueAt: at(10 + (i % 5)),
          createdAt: at(2, i),
        }),
      );
      for (const a of list) await s.insertApplication(a);
      await s.insertApplication(application('elsewhere', { countyCode: '510822', unitId: '510822-mzj', dueAt: at(1) }));
      const u1 = list.filter((a) => a.unitId === U1).sort(soonest);
      assert.deepStrictEqual(ids(await s.listApplications({ unitId: U1, limit: 50 })), ids(u1));
      const county = [...list].sort(soonest);
      assert.deepStrictEqual(ids(await s.listApplications({ countyCode: C, limit: 50 })), ids(county));
      const waiting = county.filter((a) => a.status === 'supplementing');
      assert.deepStrictEqual(ids(await s.listApplications({ countyCode: C, statuses: ['supplementing'], limit: 50 })), ids(waiting));
      const first = await s.listApplications({ countyCode: C, limit: 5 });
      const last = first[first.length - 1];
      const rest = await s.listApplications({ countyCode: C, after: { dueAt: last.dueAt, id: last.id }, limit: 50 });
      assert.deepStrictEqual([...ids(first), ...ids(rest)], ids(county));
    });

    test('an owner’s applications, newest first, with a keyset', async (s) => {
      const list = Array.from({ length: 7 }, (_, i) => application(`m${i}`, { createdAt: at(4 + (i % 3), i) }));
      for (const a of list) await s.insertApplication(a);
      const newest = [...list].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
      const page = await s.listApplicationsByOwner(OWNER, 3);
      const last = page[page.length - 1];
      const rest = await s.listApplicationsByOwner(OWNER, 10, { createdAt: last.createdAt, id: last.id });
      assert.deepStrictEqual([...ids(page), ...ids(rest)], ids(newest));
      assert.deepStrictEqual(await s.listApplicationsByOwner('o-nobody', 10), []);
    });

    test('the daily limit is atomic: 8 concurrent applications of one owner store exactly 5; a retry is answered, never refused', async (s) => {
      const limit = { since: at(3), max: 5 };
      await s.insertApplication(application('y1', { requestId: 'ry', createdAt: at(2) }), { since: at(2), max: 5 }); // yesterday's
      const tries = Array.from({ length: 8 }, (_, i) => application(`d${pad(i)}`, { requestId: `rd${i}`, createdAt: at(3, i) }));
      const results = await Promise.allSettled(tries.map((a) => s.insertApplication(a, limit)));
      const stored = results.filter((r) => r.status === 'fulfilled' && r.value.created);
      const refused = results.filter((r) => r.status === 'rejected');
      assert.equal(stored.length, 5);
      assert.equal(refused.length, 3);
      for (const r of refused) assert.ok((r as PromiseRejectedResult).reason instanceof DailyLimitError);
      const first = (stored[0] as PromiseFulfilledResult<{ application: Application }>).value.application;
      assert.deepStrictEqual(await s.insertApplication({ ...first, id: 'again' }, limit), { application: first, created: false });
      // Another owner is not limited.
      assert.equal((await s.insertApplication(application('t1', { requestId: 'rt', ownerOpenid: 'o-other' }), limit)).created, true);
    });

    test('listApplicationsByDue: every county’s, from <= dueAt < to, soonest first, with a keyset', async (s) => {
      const list = Array.from({ length: 7 }, (_, i) =>
        application(`b${i}`, { countyCode: i % 2 ? C : '510999', dueAt: i === 6 ? '9999-12-31T00:00:00.000Z' : at(10 + (i % 4)) }),
      );
      for (const a of list) await s.insertApplication(a);
      const want = list.filter((a) => a.dueAt >= at(11) && a.dueAt < '9999-12-31T00:00:00.000Z').sort(soonest);
      const q = { from: at(11), to: '9999-12-31T00:00:00.000Z' };
      const page = await s.listApplicationsByDue({ ...q, limit: 2 });
      const last = page[page.length - 1];
      const rest = await s.listApplicationsByDue({ ...q, limit: 10, after: { dueAt: last.dueAt, id: last.id } });
      assert.deepStrictEqual([...ids(page), ...ids(rest)], ids(want));
    });
  });
}
