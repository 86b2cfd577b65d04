// The Store contract for drafts.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Draft } from '../../../core/publicity/model';
import type { Store } from '../../../core/store';
import {
  caseOn,
  type Open,
  C,
  T,
  V,
  O,
  at,
  AUTHOR,
  T2,
  draft,
  pad,
  shuffle,
  ids,
  latestChanged,
  oldestChanged,
  insertDrafts,
} from './fixtures';

export function draftsContract(open: Open): void {
  const test = caseOn(open);

  describe('drafts', () => {
    test('insertDraft is idempotent on author and requestId: the first one wins, one is stored', async (s) => {
      const first = draft('g1', { requestId: 'r1' });
      assert.deepStrictEqual(await s.insertDraft(first), { draft: first, created: true });
      const again = draft('g2', { requestId: 'r1', title: '重复保存', createdAt: at(3), updatedAt: at(3) });
      assert.deepStrictEqual(await s.insertDraft(again), { draft: first, created: false });
      assert.deepStrictEqual(await s.insertDraft(first), { draft: first, created: false });
      assert.deepStrictEqual(await s.getDraft('g1'), first);
      assert.equal(await s.getDraft('g2'), null);
      assert.deepStrictEqual(ids(await s.listDraftsByAuthor(AUTHOR, 10)), ['g1']);
      assert.deepStrictEqual(ids(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 10 })), ['g1']);
      // The same requestId from another author is another draft.
      const theirs = draft('g3', { requestId: 'r1', authorOpenid: 'o-other' });
      assert.deepStrictEqual(await s.insertDraft(theirs), { draft: theirs, created: true });
      assert.deepStrictEqual(await s.getDraft('g3'), theirs);
      assert.deepStrictEqual(ids(await s.listDraftsByAuthor('o-other', 10)), ['g3']);
    });

    test('concurrent first saves of one request store one draft and all answer it', async (s) => {
      const tries = Array.from({ length: 6 }, (_, i) => draft(`p${i}`, { requestId: 'same', title: `第${i}次` }));
      const results = await Promise.all(tries.map((d) => s.insertDraft(d)));
      assert.equal(results.filter((r) => r.created).length, 1);
      const winner = results.find((r) => r.created)!.draft;
      for (const r of results) assert.deepStrictEqual(r.draft, winner);
      assert.deepStrictEqual(await s.listDraftsByAuthor(AUTHOR, 10), [winner]);
    });

    test('round trip with every optional field or none; missing is null; results are copies', async (s) => {
      const full = draft('g1', {
        status: 'withdrawn',
        reviewNote: '请补充会议记录',
        reviewerOpenid: 'o-reviewer',
        withdrawReason: '名单有误',
        submittedAt: at(3),
      });
      const bare = draft('g2', { attachments: [], history: [] });
      delete bare.rawTable;
      delete bare.publicityStart;
      await insertDrafts(s, [full, bare]);
      assert.deepStrictEqual(await s.getDraft('g1'), full);
      assert.deepStrictEqual(await s.getDraft('g2'), bare);
      assert.equal(await s.getDraft('nope'), null);
      const got = (await s.getDraft('g1'))!;
      got.rawTable!.rows[0][0] = 'x';
      got.history.push({ at: at(9), action: 'approve', by: 'x' });
      got.attachments[0].name = 'x';
      assert.deepStrictEqual(await s.getDraft('g1'), full);
    });

    test('updateDraft replaces the whole document: fields a new version lacks are gone, listings follow', async (s) => {
      const v1 = draft('g1');
      await s.insertDraft(v1);
      const submitted: Draft = {
        ...v1,
        version: 2,
        status: 'pending_review',
        updatedAt: at(3),
        submittedAt: at(3),
        history: [...v1.history, { at: at(3), action: 'submit', by: AUTHOR }],
      };
      // Erased on submit: the raw table with personal data must not survive in the store.
      delete submitted.rawTable;
      assert.equal(await s.updateDraft(submitted, 1), true);
      const afterSubmit = (await s.getDraft('g1'))!;
      assert.equal('rawTable' in afterSubmit, false);
      assert.deepStrictEqual(afterSubmit, submitted);
      assert.deepStrictEqual(ids(await s.listDraftsForReview({ countyCode: C, townCode: T, status: 'pending_review', limit: 10 })), ['g1']);
      assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 10 }), []);

      const rejected: Draft = {
        ...submitted,
        version: 3,
        status: 'draft',
        updatedAt: at(4),
        reviewNote: '金额需核实',
        reviewerOpenid: 'o-reviewer',
        // The author enters the table again, smaller; arrays are replaced, not merged.
        rawTable: { columns: ['姓名', '金额'], rows: [['张三', '300']] },
        attachments: [],
        history: [...submitted.history, { at: at(4), action: 'reject', by: 'o-reviewer', note: '金额需核实' }],
      };
      assert.equal(await s.updateDraft(rejected, 2), true);
      assert.deepStrictEqual(await s.getDraft('g1'), rejected);

      const resubmitted: Draft = {
        ...rejected,
        version: 4,
        status: 'pending_review',
        updatedAt: at(5),
        submittedAt: at(5),
        history: [...rejected.history, { at: at(5), action: 'submit', by: AUTHOR }],
      };
      delete resubmitted.rawTable;
      delete resubmitted.reviewNote;
      delete resubmitted.reviewerOpenid;
      delete resubmitted.publicityStart;
      assert.equal(await s.updateDraft(resubmitted, 3), true);
      const afterResubmit = (await s.getDraft('g1'))!;
      for (const k of ['rawTable', 'reviewNote', 'reviewerOpenid', 'publicityStart']) assert.equal(k in afterResubmit, false, k);
      assert.deepStrictEqual(afterResubmit, resubmitted);

      const approved: Draft = {
        ...resubmitted,
        version: 5,
        status: 'published',
        updatedAt: at(6),
        reviewerOpenid: 'o-reviewer',
        history: [...resubmitted.history, { at: at(6), action: 'approve', by: 'o-reviewer' }],
      };
      assert.equal(await s.updateDraft(approved, 4), true);
      const afterApproval = (await s.getDraft('g1'))!;
      assert.equal('rawTable' in afterApproval, false);
      assert.deepStrictEqual(afterApproval, approved);
      assert.deepStrictEqual(await s.listDraftsByAuthor(AUTHOR, 10), [approved]);
      assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, status: 'pending_review', limit: 10 }), []);
      assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, townCode: T, status: 'published', limit: 10 }), [approved]);
    });

    test('updateDraft with a stale version returns false and changes nothing', async (s) => {
      const v1 = draft('g1');
      await s.insertDraft(v1);
      const v2: Draft = { ...v1, version: 2, status: 'pending_review', updatedAt: at(3), submittedAt: at(3) };
      delete v2.rawTable;
      assert.equal(await s.updateDraft(v2, 1), true);
      const stale: Draft = { ...v1, version: 2, title: '改过的标题', updatedAt: at(4), reviewNote: 'x' };
      delete stale.publicityStart;
      assert.equal(await s.updateDraft(stale, 1), false);
      assert.equal(await s.updateDraft({ ...stale, version: 4 }, 3), false);
      assert.deepStrictEqual(await s.getDraft('g1'), v2);
      assert.deepStrictEqual(await s.listDraftsByAuthor(AUTHOR, 10), [v2]);
      assert.deepStrictEqual(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 10 }), []);
      assert.equal(await s.updateDraft(draft('missing', { version: 2 }), 1), false);
      assert.equal(await s.getDraft('missing'), null);
    });

    test('concurrent updates from one version: exactly one wins', async (s) => {
      const v1 = draft('g1');
      await s.insertDraft(v1);
      const rivals = Array.from({ length: 4 }, (_, i): Draft => ({ ...v1, version: 2, title: `改${i}`, updatedAt: at(3, i) }));
      const wins = await Promise.all(rivals.map((d) => s.updateDraft(d, 1)));
      assert.equal(wins.filter(Boolean).length, 1);
      assert.deepStrictEqual(await s.getDraft('g1'), rivals[wins.indexOf(true)]);
    });

    test('listDraftsByAuthor: latest change first, ties on updatedAt by id desc, keyset across more than 100', async (s) => {
      const mine = Array.from({ length: 130 }, (_, i) =>
        draft(`w${pad(i)}`, { updatedAt: at(1 + (i % 9), i % 4), status: (['draft', 'pending_review', 'published'] as const)[i % 3] }),
      );
      await insertDrafts(s, shuffle([...mine, draft('z1', { authorOpenid: 'o-other', updatedAt: at(5) })]));
      const expected = ids([...mine].sort(latestChanged));
      const seen: string[] = [];
      let after: { updatedAt: string; id: string } | undefined;
      for (;;) {
        const page = await s.listDraftsByAuthor(AUTHOR, 40, after);
        seen.push(...ids(page));
        if (page.length < 40) break;
        after = { updatedAt: page[39].updatedAt, id: page[39].id };
      }
      assert.deepStrictEqual(seen, expected);
      const first = await s.listDraftsByAuthor(AUTHOR, 1000);
      assert.equal(first.length, 100);
      const rest = await s.listDraftsByAuthor(AUTHOR, 1000, { updatedAt: first[99].updatedAt, id: first[99].id });
      assert.deepStrictEqual([...ids(first), ...ids(rest)], expected);
      const mid = [...mine].sort(latestChanged)[10];
      assert.deepStrictEqual(ids(await s.listDraftsByAuthor(AUTHOR, 3, { updatedAt: mid.updatedAt, id: mid.id })), expected.slice(11, 14));
      assert.deepStrictEqual(await s.listDraftsByAuthor('o-other', 10), [draft('z1', { authorOpenid: 'o-other', updatedAt: at(5) })]);
      assert.deepStrictEqual(await s.listDraftsByAuthor('o-nobody', 10), []);
    });

    test('listDraftsForReview: a town or the whole county, one status, oldest change first, ties by id', async (s) => {
      const list = [
        draft('e1', { status: 'pending_review', updatedAt: at(5) }),
        draft('e2', { status: 'pending_review', townCode: T2, regionCode: O, updatedAt: at(4) }),
        draft('e3', { status: 'pending_review', updatedAt: at(5) }),
        draft('e4', { status: 'draft', updatedAt: at(1) }),
        draft('e5', { status: 'published', updatedAt: at(6) }),
        draft('e6', {
          status: 'pending_review',
          countyCode: '510403',
          townCode: '510403001',
          regionCode: '510403001001',
          updatedAt: at(1),
        }),
        draft('e7', { status: 'withdrawn', townCode: T2, regionCode: O, updatedAt: at(7) }),
        draft('e8', { status: 'pending_review', authorOpenid: 'o-other', updatedAt: at(3) }),
      ];
      await insertDrafts(s, shuffle(list));
      type ReviewQuery = Parameters<Store['listDraftsForReview']>[0];
      const list_ = (q: Omit<ReviewQuery, 'limit'> & { limit?: number }) => s.listDraftsForReview({ limit: 10, ...q }).then(ids);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'pending_review' }), ['e8', 'e1', 'e3']);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review' }), ['e8', 'e2', 'e1', 'e3']);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: T2, status: 'pending_review' }), ['e2']);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'draft' }), ['e4']);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'published' }), ['e5']);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'withdrawn' }), ['e7']);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'withdrawn' }), []);
      assert.deepStrictEqual(await list_({ countyCode: '510403', status: 'pending_review' }), ['e6']);
      assert.deepStrictEqual(await list_({ countyCode: '510999', status: 'pending_review' }), []);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: '510118999', status: 'pending_review' }), []);
      // Keyset through the tie on updatedAt.
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', limit: 2 }), ['e8', 'e2']);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', limit: 2, after: { updatedAt: at(4), id: 'e2' } }), [
        'e1',
        'e3',
      ]);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', after: { updatedAt: at(5), id: 'e1' } }), ['e3']);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'pending_review', after: { updatedAt: at(3), id: 'e8' } }), [
        'e1',
        'e3',
      ]);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'pending_review', after: { updatedAt: at(5), id: 'e3' } }), []);
      const [first] = await s.listDraftsForReview({ countyCode: C, status: 'pending_review', limit: 1 });
      assert.deepStrictEqual(first, list[7]);
      // A status change moves the draft between queues.
      const e1 = (await s.getDraft('e1'))!;
      const approved: Draft = { ...e1, version: 2, status: 'published', updatedAt: at(8), reviewerOpenid: 'o-reviewer' };
      delete approved.rawTable;
      assert.equal(await s.updateDraft(approved, 1), true);
      assert.deepStrictEqual(await list_({ countyCode: C, townCode: T, status: 'pending_review' }), ['e8', 'e3']);
      assert.deepStrictEqual(await list_({ countyCode: C, status: 'published' }), ['e5', 'e1']);
    });

    test('listDraftsForReview pages through more than 100 with ties on updatedAt, without gaps or repeats', async (s) => {
      const mine = Array.from({ length: 230 }, (_, i) =>
        draft(`q${pad(i)}`, {
          status: i % 5 ? 'pending_review' : 'draft',
          townCode: i % 2 ? T : T2,
          regionCode: i % 2 ? V : O,
          updatedAt: at(10 + (i % 7)),
        }),
      );
      const others = [
        draft('x1', { status: 'pending_review', countyCode: '510403', townCode: '510403001', updatedAt: at(10) }),
        draft('x2', { status: 'published', updatedAt: at(10) }),
      ];
      await insertDrafts(s, shuffle([...mine, ...others]));
      const pending = mine.filter((d) => d.status === 'pending_review');
      for (const [scope, expected] of [
        [{ countyCode: C }, pending],
        [{ countyCode: C, townCode: T }, pending.filter((d) => d.townCode === T)],
        [{ countyCode: C, townCode: T2 }, pending.filter((d) => d.townCode === T2)],
      ] as const) {
        const seen: string[] = [];
        let after: { updatedAt: string; id: string } | undefined;
        for (;;) {
          const page = await s.listDraftsForReview({ ...scope, status: 'pending_review', limit: 1000, after });
          assert.ok(page.length <= 100);
          seen.push(...ids(page));
          if (page.length < 100) break;
          after = { updatedAt: page[99].updatedAt, id: page[99].id };
        }
        assert.deepStrictEqual(seen, ids([...expected].sort(oldestChanged)), JSON.stringify(scope));
      }
      const tied = pending.filter((d) => d.updatedAt === at(12)).sort(oldestChanged);
      const fromTie = await s.listDraftsForReview({
        countyCode: C,
        status: 'pending_review',
        limit: 3,
        after: { updatedAt: at(12), id: tied[5].id },
      });
      assert.deepStrictEqual(ids(fromTie), ids(tied.slice(6, 9)));
      assert.deepStrictEqual(
        ids(await s.listDraftsForReview({ countyCode: C, status: 'draft', limit: 100 })),
        ids(mine.filter((d) => d.status === 'draft').sort(oldestChanged)),
      );
    });
  });
}
