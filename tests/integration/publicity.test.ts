// Village publicity over the real local cloud: a cadre drafts with a pasted table of people,
// a town reviewer approves, the public sees only the masked list during the period and none
// after it; objections reach the town; the printable notice has its QR code.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { findPersonalData } from '../helpers/personal-data';
import { makeIdNumber } from '../../core/privacy/mask';
import { createAccount, createCounty, createDisclosure, type TestCounty } from '../helpers/world';
import type { Res } from '../../core/api/contracts';

let cloud: TestCloud;
let county: TestCounty;
let village: string;
let town: string;
let CADRE: string;
let REVIEWER: string;
let RESIDENT: string;
let itemId: string;
const cookies = new Map<string, string>();
const publicAnswers: unknown[] = [];
let seq = 0;

const as = async (openid: string) => {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
};
const cadre = async (action: string, data: unknown, who = CADRE) => cloud.call<any>('cadre', action, data, await as(who));
const review = async (action: string, data: unknown, who = REVIEWER) => cloud.call<any>('review', action, data, await as(who));
const pub = async (action: string, data: unknown) => {
  const a = await cloud.call<any>('public', action, data);
  publicAnswers.push(a);
  return a;
};

const ids = [makeIdNumber('510118', '19580312', 21), makeIdNumber('510118', '19630907', 45), makeIdNumber('510118', '19711123', 12)];
const PASTED = [
  '序号\t户主姓名\t身份证号码\t联系电话\t银行卡号\t家庭住址\t改造方式\t补助金额（元）',
  `1\t王德明\t${ids[0]}\t13812345678\t6222021234567890128\t新津区花源街道白鹤村3组12号\t原址重建\t35000`,
  `2\t李秀英\t${ids[1]}\t139 8765 4321\t6217001234567890\t新津区花源街道白鹤村5组7号\t加固改造\t15000`,
  `3\t张国富\t${ids[2]}\t15988887777\t\t新津区花源街道白鹤村1组2号\t原址重建\t35000`,
].join('\n');

async function draftAndSubmit(extra: Record<string, unknown> = {}) {
  const saved = ok(
    await cadre('drafts.save', {
      requestId: `draft-${seq++}-abcdefgh`,
      regionCode: village,
      itemId,
      title: '关于2026年第二批农村危房改造补助对象的公示',
      body: `经农户申请、村民代表评议，拟将以下3户列为补助对象。联系人王主任 13700001111。`,
      pasted: PASTED,
      ...extra,
    }),
  );
  const submitted = ok(await cadre('drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
  return { saved, submitted };
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store);
  village = county.villages[0].code;
  town = county.villages[0].parentCode!;
  CADRE = (await createAccount(cloud.store, { role: 'cadre', regionCodes: [village] })).openid;
  REVIEWER = (await createAccount(cloud.store, { role: 'reviewer', regionCodes: [town] })).openid;
  RESIDENT = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
  const catalog = ok(await pub('catalog.list', { regionCode: village, domain: 'rural_housing_renovation' })) as Res<
    'public',
    'catalog.list'
  >;
  itemId = catalog.entries.find((e) => e.item.levels.includes('village') && e.item.publicityDays)!.item.id;
});
afterAll(() => cloud.close());

describe('drafting', () => {
  it('previews exactly what the public will see, with what was hidden', async () => {
    const requestId = `prev-${seq++}-abcdefgh`;
    const saved = ok(
      await cadre('drafts.save', {
        requestId,
        regionCode: village,
        itemId,
        title: '危房改造补助对象公示（草稿）',
        body: '拟补助对象如下，公示期内如有异议请反映。',
        pasted: PASTED,
      }),
    );
    const p = saved.preview;
    assert.deepEqual(p.table.columns.includes('银行卡号'), false);
    assert.ok(p.dropped.includes('银行卡号'));
    assert.deepEqual(findPersonalData(p), []);
    assert.ok(p.table.rows[0].some((c: string) => c === '138****5678'));
    assert.ok(p.table.rows[0].some((c: string) => /^510118\*+\d{3}[\dX]$/.test(c)));
    assert.ok(p.table.rows[0].some((c: string) => c === '新津区花源街道白鹤村'));
    assert.ok(p.findings.some((f: any) => f.kind === 'id_number') && p.findings.some((f: any) => f.kind === 'column_dropped'));
    // The author can resume the draft with the table as entered.
    const again = ok(await cadre('drafts.get', { id: saved.draft.id }));
    assert.equal(again.rawTable.rows[0][2], ids[0]);
    // Saving with the same requestId does not make a second draft.
    const dup = ok(
      await cadre('drafts.save', {
        requestId,
        regionCode: village,
        itemId,
        title: '危房改造补助对象公示（草稿）',
        body: '拟补助对象如下，公示期内如有异议请反映。',
      }),
    );
    assert.equal(dup.draft.id, saved.draft.id);
  });

  it('a cadre cannot post to a village not theirs, nor a county item', async () => {
    const other = county.villages.find((v) => v.parentCode === town && v.code !== village)!.code; // same town, not the cadre's
    const r = await cadre('drafts.save', {
      requestId: `x-${seq++}-abcdefgh`,
      regionCode: other,
      itemId,
      title: '不是我的村的公示',
      body: '这份公示不应该被保存下来。',
    });
    assert.ok(!r.ok && r.code === 'FORBIDDEN');
    const resident = await cadre('drafts.mine', {}, RESIDENT);
    assert.ok(!resident.ok && resident.code === 'FORBIDDEN');
  });
});

describe('review and publication', () => {
  it('draft → submit → approve → the public sees the masked list with its countdown', async () => {
    const { submitted } = await draftAndSubmit();
    assert.equal(submitted.status, 'pending_review');
    const queue = ok(await review('reviews.list', {}));
    assert.ok(queue.items.some((i: any) => i.draft.id === submitted.id));
    const item = ok(await review('reviews.get', { id: submitted.id }));
    assert.equal(item.draft.rawTable, undefined, 'the reviewer sees the masked copy only');
    assert.deepEqual(findPersonalData(item.preview), []);
    const published = async () =>
      (await cloud.store.listStats(county.code, '2026-11', ['town'], 10)).find((c) => c.scopeId === town)?.counts ?? {};
    const before = await published();
    const approved = ok(await review('reviews.approve', { id: submitted.id, version: item.draft.version }));
    assert.equal(approved.draft.status, 'published');
    assert.equal(approved.disclosure.publicity.start, '2026-11-26');
    // Counted once, within the item's 公开时限 (drafted and approved the same day).
    const after = await published();
    assert.equal((after.published ?? 0) - (before.published ?? 0), 1);
    assert.equal((after.publishedOnTime ?? 0) - (before.publishedOnTime ?? 0), 1);

    const view = ok(await pub('disclosures.get', { id: submitted.id }));
    assert.equal(view.itemVersion, 1, 'published under the item’s version 1');
    assert.equal(view.publicity.state, '公示中');
    assert.ok(view.publicity.daysLeft > 0);
    assert.equal(view.table.rows.length, 3);
    assert.ok(!view.table.columns.includes('银行卡号'));
    const list = ok(await pub('disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' }));
    assert.equal(list.items[0].id, submitted.id);
    const mine = ok(await cadre('drafts.get', { id: submitted.id }));
    assert.equal(mine.rawTable, undefined, 'the unmasked table is erased once published');
    const retry = ok(await review('reviews.approve', { id: submitted.id, version: item.draft.version }));
    assert.equal(retry.draft.version, approved.draft.version, 'a retried approval changes nothing');
    assert.deepStrictEqual(await published(), after, 'nor counts again');
  });

  it('reject sends it back as a draft with the note; the cadre fixes and resubmits', async () => {
    const { submitted } = await draftAndSubmit();
    const rejected = ok(
      await review('reviews.reject', { id: submitted.id, version: submitted.version, note: '补助金额请与镇上核定的一致' }),
    );
    assert.equal(rejected.draft.status, 'draft');
    const back = ok(await cadre('drafts.get', { id: submitted.id }));
    assert.equal(back.reviewNote, '补助金额请与镇上核定的一致');
    const gone = await pub('disclosures.get', { id: submitted.id });
    assert.ok(!gone.ok && gone.code === 'NOT_FOUND');
    const fixed = ok(
      await cadre('drafts.save', {
        id: back.id,
        version: back.version,
        requestId: 'unused-00000001',
        regionCode: village,
        itemId,
        title: '关于2026年第二批农村危房改造补助对象的公示（更正）',
        body: back.body,
        pasted: PASTED,
      }),
    );
    ok(await cadre('drafts.submit', { id: back.id, version: fixed.draft.version }));
  });

  it('a reviewer of another town is FORBIDDEN', async () => {
    const { submitted } = await draftAndSubmit();
    const otherTown = county.towns.find((t) => t.code !== town)!.code;
    const otherReviewer = await createAccount(cloud.store, { role: 'reviewer', regionCodes: [otherTown], name: '别的镇审核人' });
    for (const [action, data] of [
      ['reviews.get', { id: submitted.id }],
      ['reviews.approve', { id: submitted.id, version: submitted.version }],
      ['reviews.reject', { id: submitted.id, version: submitted.version, note: '不同意发布' }],
    ] as const) {
      const r = await review(action, data, otherReviewer.openid);
      assert.ok(!r.ok && r.code === 'FORBIDDEN', action);
    }
    const cadreTries = await review('reviews.approve', { id: submitted.id, version: submitted.version }, CADRE);
    assert.ok(!cadreTries.ok && cadreTries.code === 'FORBIDDEN');
  });

  it('an objection during the period lands in the town’s queue and is counted on the publicity', async () => {
    const { submitted } = await draftAndSubmit();
    ok(await review('reviews.approve', { id: submitted.id, version: submitted.version }));
    const resident = RESIDENT;
    const filed = ok(
      await cloud.call<any>(
        'resident',
        'complaints.submit',
        {
          requestId: `objection-${seq++}-abcd`,
          kind: '公示异议',
          category: '对公示对象有异议',
          text: '第2户已经在城里买了房，不符合条件。',
          regionCode: village,
          disclosureId: submitted.id,
        },
        await as(resident),
      ),
    );
    const townGov = county.units.find((u) => u.id === `${town}-gov`)!;
    const townStaff = (await createAccount(cloud.store, { role: 'unit_staff', unitId: townGov.id })).openid;
    const queue = ok(await cloud.call<any>('unit', 'queue.list', {}, await as(townStaff)));
    assert.ok(queue.items.some((c: any) => c.id === filed.ticket));
    const view = ok(await pub('disclosures.get', { id: submitted.id }));
    assert.equal(view.objections, 1);
  });

  it('with the clock past the end, the list is gone from every public action; the reviewer keeps the audit copy', async () => {
    const { submitted } = await draftAndSubmit();
    const approved = ok(await review('reviews.approve', { id: submitted.id, version: submitted.version }));
    const end = approved.disclosure.publicity.end as string;
    try {
      await cloud.setClock(`${end}T23:00:00+08:00`);
      assert.ok(ok(await pub('disclosures.get', { id: submitted.id })).table, 'still shown on the last day');
      await cloud.setClock(new Date(Date.parse(`${end}T00:00:00+08:00`) + 86400000 + 60000));
      const view = ok(await pub('disclosures.get', { id: submitted.id }));
      assert.equal(view.table, undefined);
      assert.match(view.tableNote, /撤下/);
      const summary = ok(await pub('disclosures.summary', { regionCode: village }));
      assert.ok(!summary.running.some((d: any) => d.id === submitted.id));
      const list = ok(await pub('disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' }));
      assert.equal(list.items.find((d: any) => d.id === submitted.id)?.hasTable, false);
      ok(await pub('search', { q: '危房改造', regionCode: village }));
      const audit = ok(await review('reviews.get', { id: submitted.id }));
      assert.equal(audit.disclosure.table.rows.length, 3, 'masked copy kept for audit');
      assert.deepEqual(findPersonalData(audit), []);
    } finally {
      await cloud.setClock('2026-11-26T10:00:00+08:00');
    }
  });

  it('withdrawal takes it out of public view, with the reason recorded', async () => {
    const { submitted } = await draftAndSubmit();
    ok(await review('reviews.approve', { id: submitted.id, version: submitted.version }));
    const w = ok(await review('disclosures.withdraw', { id: submitted.id, reason: '补助对象名单需重新评议' }));
    assert.equal(w.draft.status, 'withdrawn');
    assert.equal(w.draft.withdrawReason, '补助对象名单需重新评议');
    const gone = await pub('disclosures.get', { id: submitted.id });
    assert.ok(!gone.ok && gone.code === 'NOT_FOUND');
  });

  it('prints an A4 notice with the masked table and a QR code', async () => {
    const { submitted } = await draftAndSubmit();
    ok(await review('reviews.approve', { id: submitted.id, version: submitted.version }));
    const res = await cloud.raw(`/print/${encodeURIComponent(submitted.id)}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<svg[^>]+viewBox/);
    assert.match(html, /@page \{ size: A4/);
    assert.match(html, /公示期：2026-11-26 至/);
    assert.ok(html.includes('138****5678'));
    assert.deepEqual(findPersonalData(html), []);
  });
});

describe('update cycle', () => {
  it('lists the cadre’s overdue and never-published village items, overdue first', async () => {
    // A village item last published well over its quarterly cycle ago: overdue.
    const stale = county.items.find((i) => i.levels.includes('village') && i.updateCycle.unit === 'quarter')!;
    await createDisclosure(cloud.store, county, { regionCode: village, itemId: stale.id, publishedAt: '2025-06-10T02:00:00Z' });
    const due = ok(await cadre('due.list', {}));
    assert.ok(due.items.length > 0);
    const states = due.items.map((i: any) => i.entry.state);
    assert.ok(states.every((s: string) => s === '逾期未更新' || s === '暂无'));
    assert.ok(states.includes('逾期未更新') && states.includes('暂无'), states.join());
    assert.ok(due.items.some((i: any) => i.entry.item.id === stale.id && i.entry.state === '逾期未更新'));
    assert.ok(states.indexOf('暂无') === -1 || states.lastIndexOf('逾期未更新') < states.indexOf('暂无'));
    const reviewerDue = ok(await review('due.list', {}));
    assert.ok(reviewerDue.items.length >= due.items.length);
  });
});

describe('privacy of every public answer', () => {
  it('never returns an unmasked ID number or mobile number', () => {
    assert.ok(publicAnswers.length > 10);
    assert.deepEqual(
      publicAnswers.flatMap((a) => findPersonalData(a)),
      [],
    );
  });
});

describe('what reviewers and lists show', () => {
  it('a reviewer can reopen what they sent back; lists name the item; the publisher is the village committee', async () => {
    const { submitted } = await draftAndSubmit();
    ok(await review('reviews.reject', { id: submitted.id, version: submitted.version, note: '请补充评议记录' }));
    const again = ok(await review('reviews.get', { id: submitted.id }));
    assert.equal(again.draft.status, 'draft');
    assert.equal(again.draft.reviewNote, '请补充评议记录');
    const mine = ok(await cadre('drafts.mine', {}));
    assert.ok(mine.items.every((d: any) => d.itemTitle.length > 0));
    const never = ok(
      await cadre('drafts.save', {
        requestId: `never-${seq++}-abcdefgh`,
        regionCode: village,
        itemId,
        title: '还没提交的草稿',
        body: '这份草稿只有驻村干部自己能看到。',
      }),
    );
    const hidden = await review('reviews.get', { id: never.draft.id });
    assert.ok(!hidden.ok && hidden.code === 'NOT_FOUND', 'a draft never submitted is the cadre’s alone');
    const { submitted: s2 } = await draftAndSubmit();
    const approved = ok(await review('reviews.approve', { id: s2.id, version: s2.version }));
    assert.match(approved.disclosure.unitName, /(村民|居民)委员会$/);
    assert.ok(!approved.disclosure.unitName.includes('（居）'));
  });
});

// ---------------------------------------------------------------- issue 9: hostile formats

/** An ID split 6-8-4 with `sep` between the groups. */
const split = (id: string, sep: string) => `${id.slice(0, 6)}${sep}${id.slice(6, 14)}${sep}${id.slice(14)}`;
const fullWidth = (s: string) => s.replace(/[0-9.]/g, (c) => (c === '.' ? '\uFF0E' : String.fromCharCode(0xff10 + Number(c))));

describe('hostile formats through cadre → reviewer → public (issue 9)', () => {
  const idA = makeIdNumber('510118', '19900515', 2); // 510118199005150025
  const idB = makeIdNumber('510118', '19630907', 45);
  const idC = makeIdNumber('510118', '19711123', 12);
  const HOSTILE = [
    '序号\t户主姓名\t身份证号码\t联系电话\t改造方式\t补助金额（元）\t备注',
    `1\t王德明\t${split(idA, '.')}\t138.1234.5678\t原址重建\t35,000.00\t代领人电话139—8765—4321`,
    `2\t李秀英\t${split(idB, '—')}\t137·1111·2222\t加固改造\t15,000.00\t其子身份证${split(idC, '/')}`,
    `3\t张国富\t${fullWidth(split(idC, '.'))}\t136/0000/2222\t原址重建\t35,000.00\t2026.10.01前完工`,
  ].join('\n');
  const TITLE = '危房改造补助对象公示（联系人137·1111·2222）';
  const BODY =
    `经评议拟补助以下3户。户主王德明身份证${split(idA, '.')}，联系电话138.1234.5678，` +
    '村委会电话139—8765—4321，监督电话136/0000/2222。补助金额共计85,000.00元，2026.10.01前完工。';
  const ATTACHMENTS = [
    { name: `王德明身份证${idA}手机13812345678.pdf`, url: 'cloud://env-test/publicity/a1b2c3d4.pdf', size: 20480 },
    { name: '村民代表评议会议记录.jpg', url: 'cloud://env-test/publicity/e5f6a7b8.jpg' },
  ];

  it('the scanner sees every hostile form in the input (else the scans below prove nothing)', () => {
    const seen = findPersonalData(`${HOSTILE}\n${TITLE}\n${BODY}\n${ATTACHMENTS[0].name}`);
    for (const want of [idA, idB, idC, '13812345678', '13987654321', '13711112222', '13600002222']) {
      assert.ok(seen.includes(want), want);
    }
  });

  it('nothing personal reaches disclosures.get/list, search or the printed notice; the reviewer saw the attachments and is told what was masked', async () => {
    const saved = ok(
      await cadre('drafts.save', {
        requestId: `hostile-${seq++}-abcdefgh`,
        regionCode: village,
        itemId,
        title: TITLE,
        body: BODY,
        pasted: HOSTILE,
        attachments: ATTACHMENTS,
      }),
    );
    assert.deepEqual(findPersonalData(saved.preview), [], 'the preview is what the public will see');
    assert.equal(saved.preview.attachments[0].name, '王德明身份证510118********0025手机138****5678.pdf');
    assert.ok(saved.preview.table.rows.flat().includes('35,000.00'), 'amounts are not masked');
    assert.ok(saved.preview.table.rows[2].includes('2026.10.01前完工'), 'dates are not masked');
    const submitted = ok(await cadre('drafts.submit', { id: saved.draft.id, version: saved.draft.version }));

    const item = ok(await review('reviews.get', { id: submitted.id }));
    assert.deepEqual(
      item.draft.attachments.map((a: any) => a.name),
      ['王德明身份证510118********0025手机138****5678.pdf', '村民代表评议会议记录.jpg'],
      'the reviewer sees the attachments, by their masked names',
    );
    assert.deepEqual(findPersonalData(item), []);
    const queue = ok(await review('reviews.list', {}));
    assert.deepEqual(findPersonalData(queue), []);

    const approved = ok(await review('reviews.approve', { id: submitted.id, version: item.draft.version }));
    const expected = ['身份证号 6 处', '手机号 9 处'];
    for (const line of expected) assert.ok(approved.preview.masking.lines.includes(line), `${line} in ${approved.preview.masking.lines}`);
    assert.equal(approved.preview.masking.counts.id_number, 6);
    const audit = ok(await review('reviews.get', { id: submitted.id }));
    assert.deepEqual(audit.preview.masking.lines, approved.preview.masking.lines, 'the audit view keeps the counts');
    assert.deepEqual(findPersonalData([approved, audit]), []);

    const answers = [
      ok(await pub('disclosures.get', { id: submitted.id })),
      ok(await pub('disclosures.list', { regionCode: village, domain: 'rural_housing_renovation' })),
      ok(await pub('search', { q: '危房改造', regionCode: village })),
      ok(await pub('disclosures.summary', { regionCode: village })),
    ];
    assert.equal(answers[0].attachments[0].name, '王德明身份证510118********0025手机138****5678.pdf');
    assert.ok(answers[0].table.rows[0].includes('510118********0025'));
    assert.ok(answers[0].title.includes('137****2222'));
    const html = await (await cloud.raw(`/print/${encodeURIComponent(submitted.id)}`)).text();
    assert.ok(html.includes('510118********0025') && html.includes('139****4321'));
    for (const a of [...answers, html]) assert.deepEqual(findPersonalData(a), []);
  });

  it('a link carrying an ID number is refused (links cannot be masked)', async () => {
    const r = await cadre('drafts.save', {
      requestId: `badlink-${seq++}-abcdefgh`,
      regionCode: village,
      itemId,
      title: '危房改造补助对象公示',
      body: '拟补助对象如下，公示期内如有异议请反映。',
      attachments: [{ name: '身份证复印件.pdf', url: `https://files.example/${idA}.pdf` }],
    });
    assert.ok(!r.ok && r.code === 'INVALID_INPUT');
  });

  it('a hardship category in a free-text cell is flagged and blocks approval until removed or confirmed with a reason', async () => {
    const pasted = [
      '序号\t户主姓名\t改造方式\t补助金额（元）\t备注',
      '1\t王德明\t原址重建\t35000\t低保户',
      '2\t李秀英\t加固改造\t15000\t建档立卡户',
    ].join('\n');
    const draft = {
      regionCode: village,
      itemId,
      title: '危房改造补助对象公示（困难类别）',
      body: '拟补助对象如下，公示期内如有异议请反映。',
    };
    const saved = ok(await cadre('drafts.save', { ...draft, requestId: `hard-${seq++}-abcdefgh`, pasted }));
    const flagged = saved.preview.findings.filter((f: any) => f.kind === 'hardship_category');
    assert.deepEqual(flagged, [{ kind: 'hardship_category', row: 0, col: 4, column: '备注', note: '困难类别不应公开' }]);
    assert.ok(saved.preview.masking.lines.includes('困难类别 1 处（不应公开）'));
    const submitted = ok(await cadre('drafts.submit', { id: saved.draft.id, version: saved.draft.version }));

    const refused = await review('reviews.approve', { id: submitted.id, version: submitted.version });
    assert.ok(!refused.ok && refused.code === 'CONFLICT');
    assert.match(refused.message, /名单中仍有困难类别（低保户/);
    assert.match(refused.message, /删除|确认/);
    const noReason = await review('reviews.approve', { id: submitted.id, version: submitted.version, confirmHardship: true });
    assert.ok(!noReason.ok && noReason.code === 'INVALID_INPUT');
    assert.ok(!(await pub('disclosures.get', { id: submitted.id })).ok, 'nothing was published');

    // Removed by the cadre: approval goes through without a confirmation.
    ok(await review('reviews.reject', { id: submitted.id, version: submitted.version, note: '请删除备注中的困难类别' }));
    const back = ok(await cadre('drafts.get', { id: submitted.id }));
    const fixed = ok(
      await cadre('drafts.save', {
        ...draft,
        id: back.id,
        version: back.version,
        requestId: 'unused-00000002',
        pasted: pasted.replace('低保户', ''),
      }),
    );
    assert.equal(fixed.preview.findings.filter((f: any) => f.kind === 'hardship_category').length, 0);
    const again = ok(await cadre('drafts.submit', { id: back.id, version: fixed.draft.version }));
    ok(await review('reviews.approve', { id: again.id, version: again.version }));

    // Confirmed by the reviewer with a reason: published, and the reason is on record.
    const s2 = ok(await cadre('drafts.save', { ...draft, requestId: `hard-${seq++}-abcdefgh`, pasted }));
    const sub2 = ok(await cadre('drafts.submit', { id: s2.draft.id, version: s2.draft.version }));
    const confirmed = ok(
      await review('reviews.approve', {
        id: sub2.id,
        version: sub2.version,
        confirmHardship: true,
        note: '经村民代表会议同意公开',
      }),
    );
    assert.equal(confirmed.draft.status, 'published');
    assert.equal(confirmed.preview.masking.hardshipConfirmed, '经村民代表会议同意公开');
    assert.match(confirmed.draft.history.at(-1).note, /确认公开困难类别：经村民代表会议同意公开/);
  });
});
