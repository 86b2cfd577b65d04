// 公开时限 (issue 10 part 7): the publisher records the 信息形成 date; a disclosure published after
// its item's limit, counted in working days on the real calendar (国庆 and its 调休 included), is
// late, and 公开及时率 counts from it. Due lists: a unit's and a town's in `publish`, the
// county's in `admin`; who reviews each level is the county's setting (审核设置), and changing it
// changes who may approve. The 政务公开办 withdraws a leak-reported disclosure of any level.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import type { Account } from '../../core/accounts/account';

let cloud: TestCloud;
let village: string;
let town: string;
const county = '510118';
const POLICY_ITEM = `${county}-rural_housing_renovation-03`; // event-driven: 信息形成（变更）之日起20个工作日内
const VILLAGE_ITEM = `${county}-rural_housing_renovation-05`; // 拟补助对象村级评议公示 (village)
const UNIT = 'demo-xinjin-unit'; // 区住建局
const OPENGOV = 'demo-xinjin-opengov';
const ADMIN = 'demo-xinjin-admin';
const TOWN_REVIEWER = 'demo-xinjin-reviewer';
const CADRE = 'demo-xinjin-cadre';
const townGov = () => `demo-xinjin-staff-${town}-gov`;
const cookies = new Map<string, string>();
let seq = 0;

const as = async (openid: string) => {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
};
const call = async (fn: string, who: string, action: string, data: unknown = {}) => cloud.call<any>(fn, action, data, await as(who));
const rid = (p: string) => `${p}-${seq++}-abcdefgh`;

/** Saves, submits and has the 政务公开办 approve a county 补助标准 formed on `formedOn`; the stored disclosure. */
async function publishPolicy(formedOn: string) {
  const saved = ok(
    await call('publish', UNIT, 'drafts.save', {
      requestId: rid('t'),
      regionCode: county,
      itemId: POLICY_ITEM,
      title: '农村危房改造补助标准调整',
      body: 'D级危房拆除重建每户补助3.5万元，C级危房加固改造每户补助1.5万元。',
      formedOn,
    }),
  );
  const sub = ok(await call('publish', UNIT, 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
  ok(await call('review', OPENGOV, 'reviews.approve', { id: sub.id, version: sub.version }));
  return { saved, disclosure: (await cloud.store.getDisclosure(sub.id))! };
}

async function countyCounts(period: string) {
  const d = ok(await call('admin', ADMIN, 'stats.dashboard', { period }));
  return { published: d.county.counts.published as number, onTime: d.county.counts.publishedOnTime as number };
}

beforeAll(async () => {
  cloud = await startTestCloud();
  const accounts = ((await (await cloud.raw('/api/dev/accounts')).json()) as { data: { accounts: Account[] } }).data.accounts;
  village = accounts.find((a) => a.openid === CADRE)!.regionCodes[0];
  town = village.slice(0, 9);
});
afterAll(() => cloud.close());

describe('the 信息形成 date and the 公开时限', () => {
  it('is required to submit an event-driven item, and may not lie in the future', async () => {
    await cloud.setClock('2026-10-29T02:00:00Z');
    const future = await call('publish', UNIT, 'drafts.save', {
      requestId: rid('future'),
      regionCode: county,
      itemId: POLICY_ITEM,
      title: '农村危房改造补助标准',
      body: '补助标准如下，请群众监督。',
      formedOn: '2026-10-30',
    });
    assert.ok(!future.ok && future.code === 'INVALID_INPUT');
    assert.match(future.message, /不能晚于今天/);
    const saved = ok(
      await call('publish', UNIT, 'drafts.save', {
        requestId: rid('nodate'),
        regionCode: county,
        itemId: POLICY_ITEM,
        title: '农村危房改造补助标准',
        body: '补助标准如下，请群众监督。',
      }),
    );
    const sub = await call('publish', UNIT, 'drafts.submit', { id: saved.draft.id, version: saved.draft.version });
    assert.ok(!sub.ok && sub.code === 'INVALID_INPUT');
    assert.match(sub.message, /信息形成（变更）日期/);
  });

  it('formed the day before 中秋 and published on the 20th working day after (国庆 off, 10 Oct worked): on time', async () => {
    await cloud.setClock('2026-10-29T02:00:00Z');
    const before = await countyCounts('2026-10');
    const { saved, disclosure } = await publishPolicy('2026-09-24');
    assert.equal(saved.draft.formedOn, '2026-09-24');
    assert.equal(saved.draft.dueOn, '2026-10-29', 'the editor is told the last day');
    assert.equal(disclosure.formedOn, '2026-09-24');
    assert.equal(disclosure.dueOn, '2026-10-29');
    assert.equal(disclosure.late, false);
    const seen = ok(await cloud.call<any>('public', 'disclosures.get', { id: disclosure.id }));
    assert.deepEqual([seen.formedOn, seen.late, seen.dueOn], ['2026-09-24', undefined, undefined]);
    const after = await countyCounts('2026-10');
    assert.deepEqual(after, { published: before.published + 1, onTime: before.onTime + 1 });
  });

  it('published one working day later: late, and 公开及时率 counts it so', async () => {
    await cloud.setClock('2026-10-30T02:00:00Z');
    const before = await countyCounts('2026-10');
    const { disclosure } = await publishPolicy('2026-09-24');
    assert.equal(disclosure.dueOn, '2026-10-29');
    assert.equal(disclosure.late, true);
    // The public page is told so: the 信息形成 date, late, and the day it was due.
    const seen = ok(await cloud.call<any>('public', 'disclosures.get', { id: disclosure.id }));
    assert.deepEqual([seen.formedOn, seen.late, seen.dueOn], ['2026-09-24', true, '2026-10-29']);
    const after = await countyCounts('2026-10');
    assert.deepEqual(after, { published: before.published + 1, onTime: before.onTime });
  });

  afterAll(() => cloud.setClock('2026-11-26T02:00:00Z'));
});

describe('due.preview: the editor’s live 公开时限', () => {
  const ask = (who: string, formedOn?: string, itemId = POLICY_ITEM, regionCode = county) =>
    call('publish', who, 'due.preview', { itemId, regionCode, ...(formedOn ? { formedOn } : {}) });

  it('gives the last day on the working-day calendar, and says when today is already past it; saves nothing', async () => {
    await cloud.setClock('2026-10-29T02:00:00Z');
    const drafts = ok(await call('publish', UNIT, 'drafts.mine', {})).items.length;
    assert.deepEqual(ok(await ask(UNIT, '2026-09-24')), { dueOn: '2026-10-29', late: false });
    await cloud.setClock('2026-10-30T02:00:00Z');
    assert.deepEqual(ok(await ask(UNIT, '2026-09-24')), { dueOn: '2026-10-29', late: true });
    // No date yet for an event-driven item: no clock runs, nothing to say.
    assert.deepEqual(ok(await ask(UNIT)), { late: false });
    assert.equal(ok(await call('publish', UNIT, 'drafts.mine', {})).items.length, drafts);
  });

  it('refuses a date after today, and an item the caller does not publish', async () => {
    await cloud.setClock('2026-10-29T02:00:00Z');
    const future = await ask(UNIT, '2026-10-30');
    assert.ok(!future.ok && future.code === 'INVALID_INPUT');
    assert.match(future.message, /不能晚于今天/);
    const notMine = await ask(townGov(), '2026-10-20');
    assert.ok(!notMine.ok && notMine.code === 'FORBIDDEN', JSON.stringify(notMine));
  });

  afterAll(() => cloud.setClock('2026-11-26T02:00:00Z'));
});

describe('due lists', () => {
  it('a unit’s staff see their own county-level items at the county; a town’s staff their town’s', async () => {
    const unit = ok(await call('publish', UNIT, 'due.list'));
    assert.ok(unit.items.length > 0);
    for (const e of unit.items) {
      assert.equal(e.regionCode, county);
      assert.equal(e.entry.item.unitId, '510118-zjj');
      assert.ok(e.entry.item.levels.includes('county'));
      assert.ok(['暂无', '逾期未更新'].includes(e.entry.state));
    }
    const gov = ok(await call('publish', townGov(), 'due.list'));
    assert.ok(gov.items.length > 0);
    for (const e of gov.items) {
      assert.equal(e.regionCode, town);
      assert.ok(e.entry.item.levels.includes('town'));
    }
    const cadre = ok(await call('publish', CADRE, 'due.list'));
    assert.ok(cadre.items.every((e: any) => e.regionCode.length === 12));
  });

  it('nobody else has a publisher’s due list', async () => {
    for (const who of ['demo-xinjin-resident', TOWN_REVIEWER, ADMIN]) {
      const r = await call('publish', who, 'due.list');
      assert.ok(!r.ok && r.code === 'FORBIDDEN', who);
    }
  });

  it('the county admin sees every place, by level, unit and town, a page of places at a time', async () => {
    const top = ok(await call('admin', ADMIN, 'due.list', { level: 'county' }));
    assert.ok(top.items.length > 0);
    assert.ok(top.items.every((e: any) => e.level === 'county' && e.regionCode === county));
    assert.equal(top.next, null);

    const jyj = ok(await call('admin', ADMIN, 'due.list', { level: 'county', unitId: '510118-jyj' }));
    assert.ok(jyj.items.length > 0 && jyj.items.every((e: any) => e.entry.item.unitId === '510118-jyj'));

    const gov = ok(await call('admin', ADMIN, 'due.list', { unitId: `${town}-gov` }));
    assert.ok(gov.items.length > 0 && gov.items.every((e: any) => e.regionCode === town && e.level === 'town'));

    const first = ok(await call('admin', ADMIN, 'due.list', { level: 'village', townCode: town }));
    assert.ok(first.items.every((e: any) => e.level === 'village' && e.regionCode.startsWith(town)));
    const everything = ok(await call('admin', ADMIN, 'due.list', {}));
    assert.ok(everything.places > 1 && everything.next, 'a county has more places than one page');
    const second = ok(await call('admin', ADMIN, 'due.list', { cursor: everything.next }));
    const places = (x: any) => new Set(x.items.map((e: any) => e.regionCode));
    for (const code of places(second)) assert.ok(!places(everything).has(code), 'pages do not repeat places');
    // Overdue first on every page.
    const states = everything.items.map((e: any) => e.entry.state);
    assert.deepEqual(
      states,
      [...states].sort((a: string, b: string) => ['逾期未更新', '暂无', '已公开'].indexOf(a) - ['逾期未更新', '暂无', '已公开'].indexOf(b)),
    );

    for (const who of [UNIT, OPENGOV, TOWN_REVIEWER, CADRE]) {
      const r = await call('admin', who, 'due.list', {});
      assert.ok(!r.ok && r.code === 'FORBIDDEN', who);
    }
    const otherTown = await call('admin', ADMIN, 'due.list', { townCode: '510822001' });
    assert.ok(!otherTown.ok && otherTown.code === 'INVALID_INPUT');
  });
});

describe('审核设置', () => {
  it('changing who reviews village items changes who may approve them (audited)', async () => {
    const setting = ok(await call('admin', ADMIN, 'reviewers.get'));
    assert.deepEqual(setting.reviewers, { county: 'opengov', town: 'town_reviewer', village: 'town_reviewer' });
    const saved = ok(
      await call('publish', CADRE, 'drafts.save', {
        requestId: rid('v'),
        regionCode: village,
        itemId: VILLAGE_ITEM,
        title: '2026年危房改造拟补助对象公示',
        body: '经村民代表评议，拟补助对象如下，请监督。',
      }),
    );
    const sub = ok(await call('publish', CADRE, 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
    const changed = ok(await call('admin', ADMIN, 'reviewers.put', { village: 'opengov' }));
    assert.equal(changed.reviewers.village, 'opengov');
    try {
      const town = await call('review', TOWN_REVIEWER, 'reviews.approve', { id: sub.id, version: sub.version });
      assert.ok(!town.ok && town.code === 'FORBIDDEN');
      ok(await call('review', OPENGOV, 'reviews.approve', { id: sub.id, version: sub.version }));
      const audit = ok(await call('admin', ADMIN, 'audit.list', {}));
      const entry = audit.items.find((e: any) => e.action === 'reviewers.put');
      assert.ok(entry);
      assert.equal(entry.after.village, 'opengov');
      assert.equal(entry.before.village, 'town_reviewer');
    } finally {
      ok(await call('admin', ADMIN, 'reviewers.put', { village: 'town_reviewer' }));
    }
  });

  it('refuses a town reviewer for county items, and anyone but the county admin', async () => {
    const bad = await call('admin', ADMIN, 'reviewers.put', { county: 'town_reviewer' });
    assert.ok(!bad.ok && bad.code === 'INVALID_INPUT');
    for (const who of [OPENGOV, UNIT, TOWN_REVIEWER]) {
      const r = await call('admin', who, 'reviewers.put', { village: 'opengov' });
      assert.ok(!r.ok && r.code === 'FORBIDDEN', who);
    }
  });
});

describe('名单核查: withdrawing a leak-reported village 公示', () => {
  it('the 政务公开办 withdraws it although villages are the town’s to review; the public no longer lists it', async () => {
    const saved = ok(
      await call('publish', CADRE, 'drafts.save', {
        requestId: rid('leak'),
        regionCode: village,
        itemId: VILLAGE_ITEM,
        title: '危房改造拟补助对象公示（第二批）',
        body: '经村民代表评议，拟补助对象如下，请监督。',
      }),
    );
    const sub = ok(await call('publish', CADRE, 'drafts.submit', { id: saved.draft.id, version: saved.draft.version }));
    ok(await call('review', TOWN_REVIEWER, 'reviews.approve', { id: sub.id, version: sub.version }));
    const notYet = await call('review', OPENGOV, 'privacy.withdraw', { id: sub.id, reason: '名单含有身份证号' });
    assert.ok(!notYet.ok && notYet.code === 'CONFLICT', 'only a disclosure under a leak report');
    await cloud.store.flagDisclosurePrivacy(sub.id, { requestedAt: '2026-11-26T01:00:00Z', complaintId: 'c-leak-1' });
    const flagged = ok(await call('review', OPENGOV, 'privacy.list'));
    assert.ok(flagged.items.some((x: any) => x.disclosure.id === sub.id));
    const town = await call('review', TOWN_REVIEWER, 'privacy.withdraw', { id: sub.id, reason: '名单含有身份证号' });
    assert.ok(!town.ok && town.code === 'FORBIDDEN');
    const w = ok(await call('review', OPENGOV, 'privacy.withdraw', { id: sub.id, reason: '名单含有未遮蔽的身份证号' }));
    assert.equal(w.withdrawal.reason, '名单含有未遮蔽的身份证号');
    const list = ok(await cloud.call<any>('public', 'disclosures.list', { regionCode: village }));
    assert.ok(!list.items.some((d: any) => d.id === sub.id));
    const draft = ok(await call('review', TOWN_REVIEWER, 'reviews.get', { id: sub.id }));
    assert.equal(draft.draft.status, 'withdrawn');
  });
});
