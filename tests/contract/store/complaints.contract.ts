// The Store contract for complaints.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Complaint } from '../../../core/complaints/model';
import { DailyLimitError, type Store } from '../../../core/store';
import { caseOn, type Open, C, U1, U2, OWNER, at, complaint, pad, shuffle, ids, soonestDue, newestCreated, insertAll } from './fixtures';

export function complaintsContract(open: Open): void {
  const test = caseOn(open);

  describe('complaints', () => {
    test('insertComplaint is idempotent on owner and requestId: the first one wins, one is stored', async (s) => {
      const first = complaint('c1', { requestId: 'r1' });
      assert.deepStrictEqual(await s.insertComplaint(first), { complaint: first, created: true });
      const again = complaint('c2', { requestId: 'r1', text: '重复提交', createdAt: at(4) });
      assert.deepStrictEqual(await s.insertComplaint(again), { complaint: first, created: false });
      assert.deepStrictEqual(await s.insertComplaint(first), { complaint: first, created: false });
      assert.deepStrictEqual(await s.getComplaint('c1'), first);
      assert.equal(await s.getComplaint('c2'), null);
      assert.deepStrictEqual(await s.findComplaintByRequest(OWNER, 'r1'), first);
      assert.equal(await s.findComplaintByRequest(OWNER, 'r2'), null);
      assert.equal(await s.findComplaintByRequest('o-other', 'r1'), null);
      assert.deepStrictEqual(ids(await s.listComplaintsByOwner(OWNER, 10)), ['c1']);
      assert.deepStrictEqual(ids(await s.listComplaints({ countyCode: C, limit: 10 })), ['c1']);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, at(1)), 1);
    });

    test('concurrent submissions of one request store one complaint and all answer it', async (s) => {
      const tries = Array.from({ length: 6 }, (_, i) => complaint(`p${i}`, { requestId: 'same' }));
      const results = await Promise.all(tries.map((c) => s.insertComplaint(c)));
      assert.equal(results.filter((r) => r.created).length, 1);
      const winner = results.find((r) => r.created)!.complaint;
      for (const r of results) assert.deepStrictEqual(r.complaint, winner);
      assert.deepStrictEqual(ids(await s.listComplaintsByOwner(OWNER, 10)), [winner.id]);
    });

    test('the daily limit is atomic: 16 concurrent submissions of one owner store exactly 10', async (s) => {
      const limit = { since: at(3), max: 10 };
      await s.insertComplaint(complaint('y1', { requestId: 'ry', createdAt: at(2) }), { since: at(2), max: 10 }); // yesterday's
      await s.insertComplaint(complaint('t1', { requestId: 'rt', ownerOpenid: 'o-other' }), limit); // someone else's
      const tries = Array.from({ length: 16 }, (_, i) => complaint(`d${pad(i)}`, { requestId: `rd${i}`, createdAt: at(3, i) }));
      const results = await Promise.allSettled(tries.map((c) => s.insertComplaint(c, limit)));
      const stored = results.filter((r) => r.status === 'fulfilled' && r.value.created);
      const refused = results.filter((r) => r.status === 'rejected');
      assert.equal(stored.length, 10);
      assert.equal(refused.length, 6);
      for (const r of refused) assert.ok((r as PromiseRejectedResult).reason instanceof DailyLimitError);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, at(3)), 10);
      // A retry of a stored request is answered, never refused; a new one is refused.
      const first = (stored[0] as PromiseFulfilledResult<{ complaint: Complaint }>).value.complaint;
      assert.deepStrictEqual(await s.insertComplaint({ ...first, id: 'again' }, limit), { complaint: first, created: false });
      await assert.rejects(s.insertComplaint(complaint('d99', { requestId: 'rd99', createdAt: at(3, 59) }), limit), DailyLimitError);
      // Another owner, and the next day, are not limited.
      assert.equal((await s.insertComplaint(complaint('t2', { requestId: 'rt2', ownerOpenid: 'o-other' }), limit)).created, true);
      const tomorrow = { since: at(4), max: 10 };
      assert.equal((await s.insertComplaint(complaint('n1', { requestId: 'rn1', createdAt: at(4) }), tomorrow)).created, true);
    });

    test('markComplaintEffectsDone marks only those effects, touching nothing else', async (s) => {
      const c = complaint('e1', { effects: { objection: 'pending', notify_unit: 'pending' } });
      await s.insertComplaint(c);
      const changed = { ...c, status: 'accepted' as const, version: 2 };
      assert.equal(await s.updateComplaint(changed, 1), true);
      await s.markComplaintEffectsDone('e1', ['objection']);
      assert.deepStrictEqual(await s.getComplaint('e1'), { ...changed, effects: { objection: 'done', notify_unit: 'pending' } });
      await s.markComplaintEffectsDone('e1', ['objection', 'notify_unit']);
      assert.deepStrictEqual(await s.getComplaint('e1'), { ...changed, effects: { objection: 'done', notify_unit: 'done' } });
      await s.markComplaintEffectsDone('nope', ['objection']);
      assert.equal(await s.getComplaint('nope'), null);
    });

    test('the same requestId from another owner is another complaint', async (s) => {
      const mine = complaint('c1', { requestId: 'r1' });
      const theirs = complaint('c2', { requestId: 'r1', ownerOpenid: 'o-other' });
      assert.equal((await s.insertComplaint(mine)).created, true);
      assert.deepStrictEqual(await s.insertComplaint(theirs), { complaint: theirs, created: true });
      assert.deepStrictEqual(await s.findComplaintByRequest('o-other', 'r1'), theirs);
      assert.deepStrictEqual(await s.findComplaintByRequest(OWNER, 'r1'), mine);
      assert.deepStrictEqual(await s.getComplaint('c2'), theirs);
    });

    test('get/update round trip replaces the whole document; results are copies', async (s) => {
      const a = complaint('c1', { rating: { score: 4, comment: '还行', at: at(9) } });
      await s.insertComplaint(a);
      assert.equal(await s.getComplaint('nope'), null);
      const got = (await s.getComplaint('c1'))!;
      got.timeline.push({ at: at(5), action: 'accept', actor: 'x', role: 'unit_staff' });
      got.acceptDeadline.days = 99;
      assert.deepStrictEqual(await s.getComplaint('c1'), a);

      const b: Complaint = {
        ...a,
        version: 2,
        status: 'answered',
        unitId: U2,
        unitName: '区住建局',
        photos: ['cloud://photo-2'],
        // A nested object is replaced, not merged: comment disappears.
        rating: { score: 2, at: at(10) },
        acceptDeadline: { due: at(6), days: 2, dayKind: 'calendar' },
        answer: { text: '已公示', attachments: [], at: at(8), by: 'o-staff', unitName: '区住建局' },
        dueAt: at(20),
        sweepAt: null,
        swept: ['overdue'],
        timeline: [
          ...a.timeline,
          { at: at(8), action: 'answer', actor: 'o-staff', role: 'unit_staff', fromStatus: 'submitted', toStatus: 'answered' },
        ],
        updatedAt: at(8),
      };
      // Optional fields the new version lacks are gone afterwards.
      delete b.townCode;
      delete b.contactPhone;
      delete b.domain;
      assert.equal(await s.updateComplaint(b, 1), true);
      assert.deepStrictEqual(await s.getComplaint('c1'), b);
      assert.deepStrictEqual(await s.findComplaintByRequest(OWNER, a.requestId), b);
      // Every filtered field follows the update.
      assert.deepStrictEqual(await s.listComplaints({ unitId: U1, limit: 10 }), []);
      assert.deepStrictEqual(ids(await s.listComplaints({ unitId: U2, statuses: ['answered'], limit: 10 })), ['c1']);
      assert.deepStrictEqual(await s.listComplaints({ countyCode: C, domain: 'poverty', limit: 10 }), []);
      assert.deepStrictEqual(await s.listSweepDue(at(28), 10), []);

      const c: Complaint = { ...b, version: 3, status: 'closed', sweepAt: at(21), domain: 'relief' };
      assert.equal(await s.updateComplaint(c, 2), true);
      assert.deepStrictEqual(await s.getComplaint('c1'), c);
      assert.deepStrictEqual(ids(await s.listSweepDue(at(28), 10)), ['c1']);
      assert.deepStrictEqual(ids(await s.listComplaints({ countyCode: C, domain: 'relief', statuses: ['closed'], limit: 10 })), ['c1']);
    });

    test('updateComplaint with a stale version returns false and changes nothing', async (s) => {
      const a = complaint('c1');
      await s.insertComplaint(a);
      const accepted: Complaint = { ...a, version: 2, status: 'accepted', dueAt: at(17), sweepAt: at(17) };
      assert.equal(await s.updateComplaint(accepted, 1), true);
      const stale: Complaint = { ...a, version: 2, status: 'returned', unitId: U2, sweepAt: null };
      assert.equal(await s.updateComplaint(stale, 1), false);
      assert.equal(await s.updateComplaint({ ...stale, version: 4 }, 3), false);
      assert.deepStrictEqual(await s.getComplaint('c1'), accepted);
      assert.deepStrictEqual(await s.listComplaints({ unitId: U2, limit: 10 }), []);
      assert.deepStrictEqual(ids(await s.listComplaints({ unitId: U1, statuses: ['accepted'], limit: 10 })), ['c1']);
      assert.equal(await s.updateComplaint(complaint('missing', { version: 2 }), 1), false);
      assert.equal(await s.getComplaint('missing'), null);
    });

    test('concurrent updates from one version: exactly one wins', async (s) => {
      const a = complaint('c1');
      await s.insertComplaint(a);
      const rivals = ([U1, U2, `${C}-x`, `${C}-y`] as const).map((unitId, i): Complaint => ({
        ...a,
        version: 2,
        unitId,
        text: `改派${i}`,
      }));
      const wins = await Promise.all(rivals.map((c) => s.updateComplaint(c, 1)));
      assert.equal(wins.filter(Boolean).length, 1);
      assert.deepStrictEqual(await s.getComplaint('c1'), rivals[wins.indexOf(true)]);
    });

    test('listComplaints: a unit or a county, statuses and domain filters, soonest due first, ties by id', async (s) => {
      const list = [
        complaint('k1', { unitId: U1, status: 'submitted', domain: 'poverty', dueAt: at(13) }),
        complaint('k2', { unitId: U2, status: 'accepted', domain: 'relief', dueAt: at(11) }),
        complaint('k3', { unitId: U1, status: 'closed', domain: 'poverty', dueAt: at(12) }),
        complaint('k4', { unitId: '510403-mzj', countyCode: '510403', status: 'submitted', domain: 'poverty', dueAt: at(10) }),
        complaint('k5', { unitId: U2, status: 'held', domain: undefined, dueAt: at(14) }),
        complaint('k6', { unitId: U1, status: 'in_progress', domain: 'relief', dueAt: at(11) }),
      ];
      await insertAll(s, shuffle(list));
      const list_ = (q: Parameters<Store['listComplaints']>[0]) => s.listComplaints(q).then(ids);
      assert.deepStrictEqual(await list_({ unitId: U1, limit: 10 }), ['k6', 'k3', 'k1']);
      assert.deepStrictEqual(await list_({ unitId: U1, statuses: ['submitted', 'in_progress'], limit: 10 }), ['k6', 'k1']);
      assert.deepStrictEqual(await list_({ unitId: U1, domain: 'poverty', limit: 10 }), ['k3', 'k1']);
      assert.deepStrictEqual(await list_({ unitId: U1, domain: 'poverty', statuses: ['closed'], limit: 10 }), ['k3']);
      assert.deepStrictEqual(await list_({ unitId: U1, statuses: [], limit: 10 }), ['k6', 'k3', 'k1']);
      assert.deepStrictEqual(await list_({ countyCode: C, limit: 10 }), ['k2', 'k6', 'k3', 'k1', 'k5']);
      assert.deepStrictEqual(await list_({ countyCode: C, statuses: ['held'], limit: 10 }), ['k5']);
      assert.deepStrictEqual(await list_({ countyCode: C, domain: 'relief', statuses: ['accepted'], limit: 10 }), ['k2']);
      assert.deepStrictEqual(await list_({ countyCode: C, domain: 'land', limit: 10 }), []);
      assert.deepStrictEqual(await list_({ countyCode: '510403', limit: 10 }), ['k4']);
      assert.deepStrictEqual(await list_({ countyCode: '510999', limit: 10 }), []);
      assert.deepStrictEqual(await list_({ unitId: `${C}-none`, limit: 10 }), []);
      assert.deepStrictEqual(await list_({ countyCode: C, limit: 2 }), ['k2', 'k6']);
      assert.deepStrictEqual(await list_({ countyCode: C, limit: 10, after: { dueAt: at(11), id: 'k2' } }), ['k6', 'k3', 'k1', 'k5']);
      assert.deepStrictEqual(await list_({ countyCode: C, limit: 2, after: { dueAt: at(11), id: 'k6' } }), ['k3', 'k1']);
      const [first] = await s.listComplaints({ countyCode: C, limit: 1 });
      assert.deepStrictEqual(first, list[1]);
      await assert.rejects(s.listComplaints({ limit: 10 }));
    });

    test('listComplaints pages through more than 100 with ties on dueAt, without gaps or repeats', async (s) => {
      const mine = Array.from({ length: 230 }, (_, i) =>
        complaint(`q${pad(i)}`, { dueAt: at(10 + (i % 7)), status: i % 5 ? 'submitted' : 'accepted' }),
      );
      await insertAll(
        s,
        shuffle([
          ...mine,
          complaint('x1', { unitId: U2, dueAt: at(10) }),
          complaint('x2', { countyCode: '510403', unitId: '510403-u', dueAt: at(10) }),
        ]),
      );
      const expected = ids([...mine].sort(soonestDue));
      for (const scope of [{ unitId: U1 }, { countyCode: C }]) {
        const seen: string[] = [];
        let after: { dueAt: string; id: string } | undefined;
        for (;;) {
          const page = await s.listComplaints({ ...scope, limit: 1000, after });
          assert.ok(page.length <= 100);
          seen.push(...ids(page));
          if (page.length < 100) break;
          after = { dueAt: page[99].dueAt, id: page[99].id };
        }
        assert.deepStrictEqual(
          seen.filter((id) => id !== 'x1'),
          expected,
        );
        assert.equal(seen.length, 'countyCode' in scope ? 231 : 230);
      }
      const accepted = await s.listComplaints({ unitId: U1, statuses: ['accepted'], limit: 100 });
      assert.deepStrictEqual(ids(accepted), ids(mine.filter((c) => c.status === 'accepted').sort(soonestDue)));
      const tied = mine.filter((c) => c.dueAt === at(12)).sort(soonestDue);
      const fromTie = await s.listComplaints({ unitId: U1, limit: 3, after: { dueAt: at(12), id: tied[5].id } });
      assert.deepStrictEqual(ids(fromTie), ids(tied.slice(6, 9)));
    });

    test('listComplaintsByOwner: newest first, ties on createdAt by id desc, keyset across more than 100', async (s) => {
      const mine = Array.from({ length: 130 }, (_, i) => complaint(`w${pad(i)}`, { createdAt: at(1 + (i % 9), i % 4) }));
      await insertAll(s, shuffle([...mine, complaint('z1', { ownerOpenid: 'o-other', createdAt: at(5) })]));
      const expected = ids([...mine].sort(newestCreated));
      const seen: string[] = [];
      let after: { createdAt: string; id: string } | undefined;
      for (;;) {
        const page = await s.listComplaintsByOwner(OWNER, 40, after);
        seen.push(...ids(page));
        if (page.length < 40) break;
        after = { createdAt: page[39].createdAt, id: page[39].id };
      }
      assert.deepStrictEqual(seen, expected);
      assert.equal((await s.listComplaintsByOwner(OWNER, 1000)).length, 100);
      const mid = [...mine].sort(newestCreated)[10];
      assert.deepStrictEqual(
        ids(await s.listComplaintsByOwner(OWNER, 3, { createdAt: mid.createdAt, id: mid.id })),
        expected.slice(11, 14),
      );
      assert.deepStrictEqual(ids(await s.listComplaintsByOwner('o-other', 10)), ['z1']);
      assert.deepStrictEqual(await s.listComplaintsByOwner('o-nobody', 10), []);
    });

    test('countComplaintsByOwnerSince counts createdAt at or after the instant', async (s) => {
      await insertAll(s, [
        complaint('a1', { createdAt: '2025-03-01T00:00:00.000Z' }),
        complaint('a2', { createdAt: '2025-03-02T00:00:00.000Z' }),
        complaint('a3', { createdAt: '2025-03-03T00:00:00.000Z' }),
        complaint('b1', { ownerOpenid: 'o-other', createdAt: '2025-03-03T00:00:00.000Z' }),
      ]);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-02-01T00:00:00.000Z'), 3);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-03-02T00:00:00.000Z'), 2);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-03-02T00:00:00.001Z'), 1);
      assert.equal(await s.countComplaintsByOwnerSince(OWNER, '2025-03-03T00:00:00.001Z'), 0);
      assert.equal(await s.countComplaintsByOwnerSince('o-other', '2025-03-03T00:00:00.000Z'), 1);
      assert.equal(await s.countComplaintsByOwnerSince('o-nobody', '2025-01-01T00:00:00.000Z'), 0);
    });

    test('listSweepDue: never a null sweepAt, due at or before now, earliest first, ties by id', async (s) => {
      const t = '2025-03-05T00:00:00.000Z';
      await insertAll(
        s,
        shuffle([
          complaint('s4', { sweepAt: t }),
          complaint('s2', { sweepAt: '2025-03-04T00:00:00.000Z' }),
          complaint('s3', { sweepAt: null }),
          complaint('s1', { sweepAt: t, countyCode: '510403', unitId: '510403-u' }),
          complaint('s0', { sweepAt: '2025-03-05T00:00:00.001Z' }),
          complaint('s5', { sweepAt: '2025-03-06T00:00:00.000Z' }),
          complaint('s6', { sweepAt: null, status: 'closed' }),
        ]),
      );
      assert.deepStrictEqual(ids(await s.listSweepDue(t, 10)), ['s2', 's1', 's4']);
      assert.deepStrictEqual(ids(await s.listSweepDue(t, 2)), ['s2', 's1']);
      assert.deepStrictEqual(ids(await s.listSweepDue('2099-01-01T00:00:00.000Z', 10)), ['s2', 's1', 's4', 's0', 's5']);
      assert.deepStrictEqual(await s.listSweepDue('2025-03-03T23:59:59.999Z', 10), []);
      const s2 = (await s.getComplaint('s2'))!;
      assert.equal(await s.updateComplaint({ ...s2, version: 2, sweepAt: null }, 1), true);
      const s3 = (await s.getComplaint('s3'))!;
      assert.equal(await s.updateComplaint({ ...s3, version: 2, sweepAt: '2025-03-01T00:00:00.000Z' }, 1), true);
      const due = await s.listSweepDue(t, 10);
      assert.deepStrictEqual(ids(due), ['s3', 's1', 's4']);
      assert.deepStrictEqual(due[0], { ...s3, version: 2, sweepAt: '2025-03-01T00:00:00.000Z' });
    });

    test('nextSequence: each key counts from 1 on its own', async (s) => {
      assert.equal(await s.nextSequence('510118:20250303'), 1);
      assert.equal(await s.nextSequence('510118:20250303'), 2);
      assert.equal(await s.nextSequence('510118:20250304'), 1);
      assert.equal(await s.nextSequence('510403:20250303'), 1);
      assert.equal(await s.nextSequence('510118:20250303'), 3);
      assert.equal(await s.nextSequence('510118:20250304'), 2);
    });

    test('nextSequence: 20 parallel calls on one key get 1..20, each once', async (s) => {
      const got = await Promise.all(Array.from({ length: 20 }, () => s.nextSequence('k')));
      assert.deepStrictEqual(
        [...got].sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.equal(await s.nextSequence('k'), 21);
      const mixed = await Promise.all(Array.from({ length: 10 }, (_, i) => s.nextSequence(i % 2 ? 'odd' : 'even')));
      assert.deepStrictEqual(mixed.filter((_, i) => i % 2).sort(), [1, 2, 3, 4, 5]);
      assert.deepStrictEqual(mixed.filter((_, i) => !(i % 2)).sort(), [1, 2, 3, 4, 5]);
    });

    test('complaints by due: every county, from <= dueAt < to, by (dueAt, id), keyset', async (s) => {
      const due = (d: string) => `${d}T15:59:59.999Z`;
      await s.insertComplaint(complaint('a', { dueAt: due('2026-12-30') }));
      await s.insertComplaint(complaint('b', { requestId: 'rb', dueAt: due('2027-01-05'), countyCode: '510822' }));
      await s.insertComplaint(complaint('c', { requestId: 'rc', dueAt: due('2027-01-05') }));
      await s.insertComplaint(complaint('d', { requestId: 'rd', dueAt: '9999-12-31T00:00:00.000Z', status: 'closed' }));
      const all = await s.listComplaintsByDue({ from: '2026-12-31T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z', limit: 10 });
      assert.deepStrictEqual(
        all.map((c) => c.id),
        ['b', 'c'],
      );
      const next = await s.listComplaintsByDue({
        from: '2026-01-01T00:00:00.000Z',
        to: '9999-12-31T00:00:00.000Z',
        limit: 10,
        after: { dueAt: due('2027-01-05'), id: 'b' },
      });
      assert.deepStrictEqual(
        next.map((c) => c.id),
        ['c'],
      );
      assert.equal((await s.listComplaintsByDue({ from: '2026-01-01T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z', limit: 2 })).length, 2);
    });

    test('unread marks: listed newest first per owner; a look clears one only at the version seen', async (s) => {
      await insertAll(s, [
        complaint('u1', { createdAt: at(3), ownerUnread: true }),
        complaint('u2', { createdAt: at(4), ownerUnread: true }),
        complaint('u3', { createdAt: at(5) }),
        complaint('u4', { createdAt: at(6), ownerUnread: true, ownerOpenid: 'o-other', requestId: 'r-other' }),
      ]);
      assert.deepStrictEqual(ids(await s.listUnreadByOwner(OWNER, 10)), ['u2', 'u1']);
      assert.deepStrictEqual(ids(await s.listUnreadByOwner('o-other', 10)), ['u4']);
      // Seen at an older version (news came since): stays unread.
      assert.equal(await s.markComplaintSeen('u1', 7), false);
      assert.equal(await s.markComplaintSeen('u1', 1), true);
      assert.equal(await s.markComplaintSeen('u1', 1), false); // idempotent
      assert.equal(await s.markComplaintSeen('u3', 1), false);
      assert.equal((await s.getComplaint('u1'))!.ownerUnread, undefined);
      assert.deepStrictEqual(await s.getComplaint('u1'), complaint('u1', { createdAt: at(3) }));
      assert.deepStrictEqual(ids(await s.listUnreadByOwner(OWNER, 10)), ['u2']);
      // A versioned replace carries the mark as written.
      const u3 = (await s.getComplaint('u3'))!;
      assert.equal(await s.updateComplaint({ ...u3, version: 2, ownerUnread: true }, 1), true);
      assert.deepStrictEqual(ids(await s.listUnreadByOwner(OWNER, 10)), ['u3', 'u2']);
      const u2 = (await s.getComplaint('u2'))!;
      const { ownerUnread: _drop, ...read } = u2;
      assert.equal(await s.updateComplaint({ ...read, version: 2 }, 1), true);
      assert.deepStrictEqual(ids(await s.listUnreadByOwner(OWNER, 10)), ['u3']);
    });

    test('addToCounter adds atomically, from 0, and may go down', async (s) => {
      assert.equal(await s.addToCounter('k', 1), 1);
      const all = await Promise.all(Array.from({ length: 6 }, () => s.addToCounter('k', 1)));
      assert.deepStrictEqual(
        [...all].sort((a, b) => a - b),
        [2, 3, 4, 5, 6, 7],
      );
      assert.equal(await s.addToCounter('k', -1), 6);
      assert.equal(await s.addToCounter('other', -1), -1);
      assert.equal(await s.nextSequence('k'), 7);
    });
  });
}
