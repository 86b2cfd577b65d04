// The Store contract for disclosures.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Disclosure } from '../../../core/model';
import { caseOn, type Open, C, T, V, O, disclosure, pad, shuffle, q, ids, newest } from './fixtures';

export function disclosuresContract(open: Open): void {
  const test = caseOn(open);

  describe('disclosures', () => {
    const chain = [V, T, C];
    const fixtures = () => [
      disclosure('d1', { regionCode: V, level: 'village', publishedAt: '2025-03-01T08:00:00.000Z', itemId: 'i1' }),
      disclosure('d2', { regionCode: T, level: 'town', domain: 'relief', publishedAt: '2025-03-02T08:00:00.000Z', itemId: 'i2' }),
      disclosure('d3', { regionCode: C, publishedAt: '2025-03-02T08:00:00.000Z', itemId: 'i1' }),
      disclosure('d4', { regionCode: O, publishedAt: '2025-03-03T08:00:00.000Z' }),
      disclosure('d5', { regionCode: V, status: 'draft', publishedAt: '2025-03-04T08:00:00.000Z' }),
      disclosure('d6', { regionCode: V, status: 'pending_review', publishedAt: '2025-03-04T08:00:00.000Z' }),
      disclosure('d7', { regionCode: C, status: 'withdrawn', publishedAt: '2025-03-04T08:00:00.000Z' }),
      disclosure('d8', { regionCode: T, status: 'rejected', publishedAt: '2025-03-04T08:00:00.000Z' }),
      disclosure('d9', { regionCode: C, domain: 'land', publishedAt: '2025-02-01T08:00:00.000Z', itemId: 'i3' }),
    ];

    test('round trip of every status, with table, attachments and publicity or without', async (s) => {
      const full = disclosure('x1', {
        table: { columns: ['姓名', '金额'], rows: [['张*', '300']], personal: true },
        attachments: [{ name: '名单.pdf', url: 'cloud://x/名单.pdf', size: 1024 }],
        publicity: { start: '2025-03-01', end: '2025-03-10' },
      });
      const draft = disclosure('x2', { status: 'draft' });
      await s.putDisclosures([full, draft]);
      assert.deepStrictEqual(await s.getDisclosure('x1'), full);
      assert.deepStrictEqual(await s.getDisclosure('x2'), draft);
      assert.equal(await s.getDisclosure('x3'), null);
      const withdrawn = { ...full, status: 'withdrawn' as const, publicity: undefined };
      await s.putDisclosures([withdrawn]);
      assert.deepStrictEqual(await s.getDisclosure('x1'), JSON.parse(JSON.stringify(withdrawn)));
    });

    test('list: published only, over a chain of regions, newest first, ties by id desc', async (s) => {
      await s.putDisclosures(shuffle(fixtures()));
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, limit: 20 })), ['d3', 'd2', 'd1', 'd9']);
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: [V], limit: 20 })), ['d1']);
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: [O, C], limit: 20 })), ['d4', 'd3', 'd9']);
      assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [], limit: 20 }), []);
      const [first] = await s.listDisclosures({ regionCodes: chain, limit: 1 });
      assert.deepStrictEqual(first, fixtures()[2]);
    });

    test('list: domain and itemId filters', async (s) => {
      await s.putDisclosures(fixtures());
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, domain: 'poverty', limit: 20 })), ['d3', 'd1']);
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, domain: 'relief', limit: 20 })), ['d2']);
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, itemId: 'i1', limit: 20 })), ['d3', 'd1']);
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, itemId: 'i1', domain: 'relief', limit: 20 })), []);
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, domain: 'land', itemId: 'i3', limit: 20 })), ['d9']);
    });

    test('list: keyset `after` pages through ties on publishedAt without gaps or repeats', async (s) => {
      const times = ['2025-03-05', '2025-03-05', '2025-03-05', '2025-03-04', '2025-03-05', '2025-03-01', '2025-03-04'];
      const all = times.map((t, i) => disclosure(`k${i}`, { regionCode: [V, T, C][i % 3], publishedAt: `${t}T00:00:00.000Z` }));
      await s.putDisclosures(shuffle([...all, disclosure('kd', { status: 'draft', publishedAt: '2025-03-05T00:00:00.000Z' })]));
      const seen: string[] = [];
      let after: { publishedAt: string; id: string } | undefined;
      for (;;) {
        const page = await s.listDisclosures({ regionCodes: chain, limit: 2, after });
        seen.push(...ids(page));
        if (page.length < 2) break;
        after = { publishedAt: page[1].publishedAt, id: page[1].id };
      }
      assert.deepStrictEqual(seen, ids([...all].sort(newest)));
      const mid = { publishedAt: '2025-03-05T00:00:00.000Z', id: 'k2' };
      assert.deepStrictEqual(ids(await s.listDisclosures({ regionCodes: chain, limit: 3, after: mid })), ['k1', 'k0', 'k6']);
    });

    test('list: limit capped at 100, the rest reachable with `after`', async (s) => {
      const all = Array.from({ length: 120 }, (_, i) =>
        disclosure(`m${pad(i)}`, { publishedAt: `2025-01-01T00:${pad(i % 60, 2)}:00.000Z` }),
      );
      await s.putDisclosures(all);
      const first = await s.listDisclosures({ regionCodes: [C], limit: 1000 });
      assert.equal(first.length, 100);
      const last = first[99];
      const rest = await s.listDisclosures({ regionCodes: [C], limit: 1000, after: { publishedAt: last.publishedAt, id: last.id } });
      assert.deepStrictEqual([...ids(first), ...ids(rest)], ids([...all].sort(newest)));
    });

    test('countDisclosuresByDomain: published ones in these regions, every domain (more than 20)', async (s) => {
      const list: Disclosure[] = [];
      const expected: Record<string, number> = {};
      for (let d = 1; d <= 25; d++) {
        const domain = `dom${pad(d, 2)}`;
        expected[domain] = (d % 3) + 1;
        for (let k = 0; k < expected[domain]; k++) list.push(disclosure(`c${d}-${k}`, { domain, regionCode: chain[k % 3] }));
        list.push(disclosure(`c${d}-draft`, { domain, status: 'draft' }), disclosure(`c${d}-o`, { domain, regionCode: O }));
      }
      list.push(disclosure('only-other', { domain: 'elsewhere', regionCode: O }));
      await s.putDisclosures(list);
      assert.deepStrictEqual(await s.countDisclosuresByDomain(chain), expected);
      assert.deepStrictEqual(await s.countDisclosuresByDomain([O]), {
        ...Object.fromEntries(Object.keys(expected).map((k) => [k, 1])),
        elsewhere: 1,
      });
      assert.deepStrictEqual(await s.countDisclosuresByDomain(['510999']), {});
      assert.deepStrictEqual(await s.countDisclosuresByDomain([]), {});
    });

    test('listRunningPublicity: published, period not ended by today (inclusive), soonest end first', async (s) => {
      const p = (id: string, end: string | null, extra: Partial<Disclosure> = {}) =>
        disclosure(id, { ...(end ? { publicity: { start: '2025-03-01', end } } : {}), regionCode: V, ...extra });
      await s.putDisclosures(
        shuffle([
          p('p4', '2025-03-10'),
          p('p2', '2025-03-20', { regionCode: C }),
          p('p1', '2025-03-10', { regionCode: T }),
          p('p3', '2025-03-09'),
          p('p5', null),
          p('p6', '2025-04-01', { status: 'draft' }),
          p('p7', '2025-03-15', { regionCode: O }),
          p('p8', '2025-03-30', { status: 'withdrawn' }),
        ]),
      );
      assert.deepStrictEqual(ids(await s.listRunningPublicity(chain, '2025-03-10', 10)), ['p1', 'p4', 'p2']);
      assert.deepStrictEqual(ids(await s.listRunningPublicity(chain, '2025-03-10', 2)), ['p1', 'p4']);
      assert.deepStrictEqual(ids(await s.listRunningPublicity(chain, '2025-03-11', 10)), ['p2']);
      assert.deepStrictEqual(ids(await s.listRunningPublicity([O], '2025-03-01', 10)), ['p7']);
      assert.deepStrictEqual(await s.listRunningPublicity(chain, '2025-03-21', 10), []);
      const [first] = await s.listRunningPublicity([T], '2025-03-01', 1);
      assert.deepStrictEqual(first, p('p1', '2025-03-10', { regionCode: T }));
    });

    test('searchDisclosures: published text only, scoped or not, newest first', async (s) => {
      await s.putDisclosures([
        disclosure('s1', { title: '2025年低保名单公示', publishedAt: '2025-03-01T00:00:00.000Z' }),
        disclosure('s2', { regionCode: V, body: '本月低保资金已发放', publishedAt: '2025-03-05T00:00:00.000Z' }),
        disclosure('s3', { regionCode: O, title: '低保', publishedAt: '2025-03-03T00:00:00.000Z' }),
        disclosure('s4', { regionCode: V, title: '低保草稿', status: 'draft', publishedAt: '2025-03-09T00:00:00.000Z' }),
        disclosure('s5', { regionCode: T, title: '低保待审', status: 'pending_review' }),
        disclosure('s6', { regionCode: T, title: '危房改造低保户名单', publishedAt: '2025-03-02T00:00:00.000Z' }),
        disclosure('s7', { regionCode: T, regionName: '花源街道', title: '通知', publishedAt: '2025-03-02T00:00:00.000Z' }),
      ]);
      await s.putDisclosures([disclosure('s6', { regionCode: T, title: '危房改造低保户名单', status: 'withdrawn' })]);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), chain, 10)), ['s2', 's1']);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), undefined, 10)), ['s2', 's3', 's1']);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), [], 10)), ['s2', 's3', 's1']);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保 名单'), undefined, 10)), ['s1']);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('危房'), undefined, 10)), []);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('草稿'), undefined, 10)), []);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('待审'), undefined, 10)), []);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('花源'), [T], 10)), ['s7']);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('低'), [V, O], 10)), ['s2', 's3']);
      assert.deepStrictEqual(await s.searchDisclosures({ all: [] }, undefined, 10), []);
      const [hit] = await s.searchDisclosures(q('发放'), [V], 1);
      assert.deepStrictEqual(hit, disclosure('s2', { regionCode: V, body: '本月低保资金已发放', publishedAt: '2025-03-05T00:00:00.000Z' }));
    });

    test('a searchDisclosures limit returns that many real hits, newest first', async (s) => {
      // Which hits survive a limit is the adapter's cheapest choice (the port promises
      // only real hits, newest first): SQLite keeps the most recently stored.
      const hits = ['2025-05-01', '2025-04-01', '2025-03-01', '2025-02-01'].map((d, i) =>
        disclosure(`n${i}`, { title: '救灾物资发放', publishedAt: `${d}T00:00:00.000Z` }),
      );
      for (const d of hits) await s.putDisclosures([d]);
      const two = await s.searchDisclosures(q('救灾'), undefined, 2);
      assert.equal(two.length, 2);
      assert.ok(two.every((d) => hits.some((h) => h.id === d.id)));
      assert.ok(two[0].publishedAt > two[1].publishedAt);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('救灾'), [C], 10)), ['n0', 'n1', 'n2', 'n3']);
    });

    test('latest publication per item over a chain: kept on put and withdrawal, set whole by a rebuild', async (s) => {
      await s.putDisclosures(shuffle(fixtures()));
      // d7 (withdrawn) and the unpublished ones never count; d4 is another village's.
      assert.deepStrictEqual(await s.latestByItem(chain), {
        i1: '2025-03-02T08:00:00.000Z',
        i2: '2025-03-02T08:00:00.000Z',
        i3: '2025-02-01T08:00:00.000Z',
      });
      assert.deepStrictEqual(await s.latestByItem([V]), { i1: '2025-03-01T08:00:00.000Z' });
      await s.withdrawDisclosure('d3', { at: '2025-03-05T00:00:00.000Z', reason: '内容有误' });
      assert.deepStrictEqual((await s.latestByItem(chain)).i1, '2025-03-01T08:00:00.000Z');
      await s.withdrawDisclosure('d1', { at: '2025-03-05T00:00:00.000Z', reason: '内容有误' });
      assert.equal((await s.latestByItem(chain)).i1, undefined);
      await s.putDisclosures([disclosure('d10', { regionCode: V, itemId: 'i1', publishedAt: '2025-03-06T08:00:00.000Z' })]);
      assert.equal((await s.latestByItem([V])).i1, '2025-03-06T08:00:00.000Z');
      await s.putLatestByItem(V, { i9: '2025-01-01T00:00:00.000Z' });
      assert.deepStrictEqual(await s.latestByItem([V]), { i9: '2025-01-01T00:00:00.000Z' });
      assert.deepStrictEqual(await s.latestByItem([]), {});
    });

    test('a county’s disclosures, every status, by id with keyset paging', async (s) => {
      await s.putDisclosures([...shuffle(fixtures()), disclosure('z1', { countyCode: '510822', regionCode: '510822' })]);
      const first = await s.listCountyDisclosures(C, 5);
      const rest = await s.listCountyDisclosures(C, 100, first[first.length - 1].id);
      assert.deepStrictEqual(
        [...first, ...rest].map((d) => d.id),
        ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9'],
      );
    });
  });

  describe('objections', () => {
    const running = () =>
      disclosure('o1', { regionCode: V, level: 'village', title: '低保名单公示', publicity: { start: '2025-03-01', end: '2025-03-10' } });

    test('addObjection counts one more each time, a missing count being 0, and changes nothing else', async (s) => {
      const d = running();
      const counted = disclosure('o2', { objections: 5 });
      await s.putDisclosures([d, counted]);
      await s.addObjection('o1', 'c1');
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 1 });
      await s.addObjection('o1', 'c2');
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 2 });
      await s.addObjection('o2', 'c3');
      assert.deepStrictEqual(await s.getDisclosure('o2'), { ...counted, objections: 6 });
      // Still listed, running and searchable as before.
      assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [V], limit: 10 }), [{ ...d, objections: 2 }]);
      assert.deepStrictEqual(ids(await s.listRunningPublicity([V], '2025-03-05', 10)), ['o1']);
      assert.deepStrictEqual(ids(await s.searchDisclosures(q('低保'), [V], 10)), ['o1']);
    });

    test('10 concurrent objections count 10', async (s) => {
      const d = running();
      await s.putDisclosures([d]);
      await Promise.all(Array.from({ length: 10 }, (_, i) => s.addObjection('o1', `c${i}`)));
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 10 });
      await Promise.all(Array.from({ length: 10 }, (_, i) => s.addObjection(i % 2 ? 'o1' : 'nope', `k${i}`)));
      assert.equal((await s.getDisclosure('o1'))!.objections, 15);
    });

    test('addObjection on an unknown id does nothing', async (s) => {
      await s.addObjection('nope', 'c1');
      const d = running();
      await s.putDisclosures([d]);
      await s.addObjection('nope', 'c2');
      assert.equal(await s.getDisclosure('nope'), null);
      assert.deepStrictEqual(await s.getDisclosure('o1'), d);
      assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [V, T, C], limit: 10 }), [d]);
    });

    test('addObjection counts a complaint once, however often and concurrently it is retried', async (s) => {
      const d = running();
      await s.putDisclosures([d]);
      await Promise.all(Array.from({ length: 8 }, (_, i) => s.addObjection('o1', i % 2 ? 'c1' : 'c2')));
      await s.addObjection('o1', 'c1');
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 2 });
    });

    test('flagDisclosurePrivacy and withdrawDisclosure write their fields only: a count made meanwhile stays', async (s) => {
      const d = running();
      await s.putDisclosures([d]);
      const read = (await s.getDisclosure('o1'))!; // what a service read before the objection
      await s.addObjection('o1', 'c1');
      const review = { requestedAt: '2025-03-02T00:00:00.000Z', complaintId: 'c1' };
      await s.flagDisclosurePrivacy('o1', review);
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...read, objections: 1, privacyReview: review });
      await s.flagDisclosurePrivacy('o1', review); // idempotent
      await s.addObjection('o1', 'c2');
      const withdrawal = { at: '2025-03-03T00:00:00.000Z', reason: '信息有误' };
      await s.withdrawDisclosure('o1', withdrawal);
      assert.deepStrictEqual(await s.getDisclosure('o1'), {
        ...read,
        objections: 2,
        privacyReview: review,
        status: 'withdrawn',
        withdrawal,
      });
      // No longer public: not listed, not running, not found by search.
      assert.deepStrictEqual(await s.listDisclosures({ regionCodes: [V], limit: 10 }), []);
      assert.deepStrictEqual(await s.listRunningPublicity([V], '2025-03-05', 10), []);
      assert.deepStrictEqual(await s.searchDisclosures(q('低保'), [V], 10), []);
      await s.flagDisclosurePrivacy('nope', review);
      await s.withdrawDisclosure('nope', withdrawal);
      assert.equal(await s.getDisclosure('nope'), null);
    });

    test("listPrivacyFlagged lists a county's published disclosures under open review; clearDisclosurePrivacy closes it, a new flag reopens it", async (s) => {
      const other = disclosure('x1', {
        countyCode: '510132',
        regionCode: '510132',
        privacyReview: { requestedAt: 'a', complaintId: 'cx' },
      });
      const older = disclosure('o0', { regionCode: V, level: 'village', publishedAt: '2025-02-01T08:00:00.000Z' });
      const d = running();
      await s.putDisclosures([d, older, other, disclosure('o3')]);
      assert.deepStrictEqual(await s.listPrivacyFlagged(C, 10), []);
      const review = { requestedAt: '2025-03-02T00:00:00.000Z', complaintId: 'c1' };
      await s.flagDisclosurePrivacy('o1', review);
      await s.flagDisclosurePrivacy('o0', { ...review, complaintId: 'c0' });
      await s.addObjection('o1', 'c9');
      assert.deepStrictEqual(
        (await s.listPrivacyFlagged(C, 10)).map((x) => x.id),
        ['o1', 'o0'],
      );
      const cleared = { at: '2025-03-03T00:00:00.000Z', note: '已核查，无个人敏感信息' };
      assert.equal(await s.clearDisclosurePrivacy('o1', 'c-other', cleared), false, 'another report is open now: it stays');
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 1, privacyReview: review });
      assert.equal(await s.clearDisclosurePrivacy('o1', 'c1', cleared), true);
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 1, privacyReview: { ...review, cleared } });
      assert.deepStrictEqual(
        (await s.listPrivacyFlagged(C, 10)).map((x) => x.id),
        ['o0'],
      );
      await s.flagDisclosurePrivacy('o1', { ...review, complaintId: 'c2' });
      assert.deepStrictEqual(
        (await s.listPrivacyFlagged(C, 10)).map((x) => x.id),
        ['o1', 'o0'],
      );
      // Withdrawn: off the list.
      await s.withdrawDisclosure('o0', { at: '2025-03-04T00:00:00.000Z', reason: '删除个人信息' });
      assert.deepStrictEqual(
        (await s.listPrivacyFlagged(C, 10)).map((x) => x.id),
        ['o1'],
      );
      // A disclosure put with an open review is listed; with a cleared one it is not.
      await s.putDisclosures([disclosure('o4', { privacyReview: review }), disclosure('o5', { privacyReview: { ...review, cleared } })]);
      assert.deepStrictEqual(
        (await s.listPrivacyFlagged(C, 10)).map((x) => x.id),
        ['o4', 'o1'], // same publishedAt: id desc
      );
      assert.equal(await s.clearDisclosurePrivacy('nope', 'c1', cleared), false);
      assert.equal(await s.clearDisclosurePrivacy('o3', 'c1', cleared), false); // never flagged: nothing to clear
      assert.deepStrictEqual(await s.getDisclosure('o3'), disclosure('o3'));
      assert.equal(await s.getDisclosure('nope'), null);
    });

    test('setObjectionOutcome writes its field only: a count made meanwhile stays', async (s) => {
      const d = running();
      await s.putDisclosures([d]);
      await s.addObjection('o1', 'c1');
      const outcome = { upheld: true, text: '异议成立，已删除一户', at: '2025-03-12T00:00:00.000Z', unitName: '花源街道办事处' };
      await s.setObjectionOutcome('o1', outcome);
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 1, objectionOutcome: outcome });
      const again = { ...outcome, upheld: false, text: '异议不成立' };
      await s.setObjectionOutcome('o1', again);
      assert.deepStrictEqual(await s.getDisclosure('o1'), { ...d, objections: 1, objectionOutcome: again });
      await s.setObjectionOutcome('nope', outcome);
      assert.equal(await s.getDisclosure('nope'), null);
    });
  });
}
