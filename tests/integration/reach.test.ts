// Answers reach people (issue 12): the unread mark (答复 → unread → open → read), the
// subscribe-message consent recorded per template, 代办 (a cadre or a unit's counter files
// for a villager) and 查询办理进度 by ticket + the phone's last 4 digits, over the real local
// cloud with a world of its own (tests/helpers/world.ts).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createRoute, createUnit, type TestCounty } from '../helpers/world';
import { findPersonalData } from '../helpers/personal-data';
import type { Unit } from '../../core/model';
import type { ComplaintDetail, ComplaintSummary, LookupView, SubmitAnswer, UnreadAnswer } from '../../core/api/complaint-views';
import { LOOKUP_FAILURES } from '../../core/complaints/lookup';

const TEMPLATES = {
  TEMPLATE_ACCEPTED: { templateId: 'TPL-accepted', fields: { ticket: 'character_string1' } },
  TEMPLATE_ANSWERED: { templateId: 'TPL-answered', fields: { ticket: 'character_string1' } },
  TEMPLATE_ESCALATED: { templateId: 'TPL-escalated', fields: { ticket: 'character_string1' } },
  TEMPLATE_NEW_COMPLAINT: { templateId: 'TPL-new', fields: { ticket: 'character_string1' } },
};

let cloud: TestCloud;
let county: TestCounty;
let village: string;
let otherVillage: string;
let housing: Unit;
let STAFF: string;
let CADRE: string;
let OTHER_CADRE: string;
let OTHER_COUNTY_STAFF: string;
const cookies = new Map<string, string>();
let seq = 0;

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const call = async <T = any>(fn: string, openid: string | null, action: string, data: unknown = {}) =>
  cloud.call<T>(fn, action, data, openid ? await as(openid) : undefined);

const complaintText = '村里危房改造补助名单没有公示，群众想知道名单。';
const forVillager = (extra: Record<string, unknown> = {}) => ({
  requestId: `proxy-${seq++}-${Date.now()}`,
  kind: '投诉举报',
  category: '未按规定公开',
  text: complaintText,
  regionCode: village,
  domain: 'rural_housing_renovation',
  villagerName: '张桂芳',
  villagerPhone: '13912345678',
  ...extra,
});

beforeAll(async () => {
  for (const [k, v] of Object.entries(TEMPLATES)) process.env[k] = JSON.stringify(v);
  cloud = await startTestCloud({ seed: 'none' });
  const store = cloud.store;
  county = await createCounty(store, { name: '清溪县' });
  village = county.villages[0].code;
  otherVillage = county.villages[1].code;
  housing = await createUnit(store, county, { name: '清溪县住房和城乡建设局', domains: ['rural_housing_renovation'] });
  await createRoute(store, county, { domain: 'rural_housing_renovation', unitId: housing.id });
  STAFF = (await createAccount(store, { role: 'unit_staff', unitId: housing.id, name: '李窗口' })).openid;
  CADRE = (await createAccount(store, { role: 'cadre', regionCodes: [village], name: '王驻村' })).openid;
  OTHER_CADRE = (await createAccount(store, { role: 'cadre', regionCodes: [otherVillage] })).openid;
  const other = await createCounty(store, { name: '白石县' });
  const otherUnit = await createUnit(store, other, { name: '白石县住建局', domains: ['rural_housing_renovation'] });
  OTHER_COUNTY_STAFF = (await createAccount(store, { role: 'unit_staff', unitId: otherUnit.id })).openid;
});
afterAll(async () => {
  for (const k of Object.keys(TEMPLATES)) delete process.env[k];
  await cloud.close();
});

describe('您的监督有新答复 (unread)', () => {
  it('签收 and 答复 make a complaint unread for its owner; opening it reads it', async () => {
    const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
    const filed = ok(
      await call<SubmitAnswer>('resident', me, 'complaints.submit', {
        requestId: `unread-${Date.now()}`,
        kind: '咨询',
        category: '其他',
        text: '请问危房改造补助什么时候发放？',
        regionCode: village,
        domain: 'rural_housing_renovation',
      }),
    );
    // Filing it is no news to the one who filed it.
    assert.deepEqual(ok(await call<UnreadAnswer>('resident', me, 'complaints.unread')), { count: 0, more: false, items: [] });

    ok(await call('unit', STAFF, 'complaints.accept', { id: filed.ticket }));
    let unread = ok(await call<UnreadAnswer>('resident', me, 'complaints.unread'));
    assert.equal(unread.count, 1);
    assert.deepEqual(unread.items[0], {
      id: filed.ticket,
      title: unread.items[0].title,
      statusName: '已签收',
      at: unread.items[0].at,
    });
    const mine = ok(await call<{ items: ComplaintSummary[] }>('resident', me, 'complaints.mine'));
    assert.equal(mine.items.find((c) => c.id === filed.ticket)?.unread, true);

    ok(await call<ComplaintDetail>('resident', me, 'complaints.get', { id: filed.ticket }));
    assert.equal(ok(await call<UnreadAnswer>('resident', me, 'complaints.unread')).count, 0);
    assert.equal(ok(await call<{ items: ComplaintSummary[] }>('resident', me, 'complaints.mine')).items[0].unread, undefined);

    ok(await call('unit', STAFF, 'complaints.answer', { id: filed.ticket, text: '补助将于本月底前发放到户。' }));
    unread = ok(await call<UnreadAnswer>('resident', me, 'complaints.unread'));
    assert.equal(unread.count, 1);
    assert.equal(unread.items[0].statusName, '已答复');
    // The unit opening it reads nothing for the owner; a stranger cannot read it at all.
    ok(await call('unit', STAFF, 'complaints.get', { id: filed.ticket }));
    assert.equal(ok(await call<UnreadAnswer>('resident', me, 'complaints.unread')).count, 1);
    const stranger = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
    assert.equal((await call('resident', stranger, 'complaints.get', { id: filed.ticket })).ok, false);
    assert.equal(ok(await call<UnreadAnswer>('resident', me, 'complaints.unread')).count, 1);
    ok(await call('resident', me, 'complaints.get', { id: filed.ticket }));
    assert.equal(ok(await call<UnreadAnswer>('resident', me, 'complaints.unread')).count, 0);
    // Rating it is the owner's own step: still read.
    ok(await call('resident', me, 'complaints.rate', { id: filed.ticket, score: 5 }));
    assert.equal(ok(await call<UnreadAnswer>('resident', me, 'complaints.unread')).count, 0);
  });

  it('needs a caller', async () => {
    const r = await call('resident', null, 'complaints.unread');
    assert.equal(r.ok ? 'ok' : r.code, 'UNAUTHENTICATED');
  });
});

describe('subscribe-message consent', () => {
  it('offers the configured template ids and records accepts and refusals per template', async () => {
    const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
    assert.deepEqual(ok(await call('account', me, 'subscribe.offer')), {
      owner: ['TPL-accepted', 'TPL-answered', 'TPL-escalated'],
      staff: ['TPL-new'],
      // An applicant for information is asked for 登记 and 答复 (their 补正·延期 template is not configured here).
      applicant: ['TPL-accepted', 'TPL-answered'],
    });
    const recorded = ok(
      await call('account', me, 'subscribe.record', {
        answers: { 'TPL-accepted': 'accept', 'TPL-answered': 'accept', 'TPL-escalated': 'reject', 'TPL-unknown': 'accept' },
      }),
    );
    assert.deepEqual(recorded, { accepted: ['accepted', 'answered'], declined: ['escalated'] });
    assert.equal((await cloud.store.getConsent(me, 'accepted'))?.accepted, 1);
    assert.equal((await cloud.store.getConsent(me, 'answered'))?.accepted, 1);
    assert.deepEqual(
      { ...(await cloud.store.getConsent(me, 'escalated')), updatedAt: 'x' },
      { openid: me, template: 'escalated', accepted: 0, lastAnswer: 'reject', updatedAt: 'x' },
    );
    // Asked again after the next complaint: accepts add up.
    ok(await call('account', me, 'subscribe.record', { answers: { 'TPL-answered': 'accept' } }));
    assert.equal((await cloud.store.getConsent(me, 'answered'))?.accepted, 2);
  });

  it('refuses answers that are not WeChat’s, and callers without an identity', async () => {
    const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
    const bad = await call('account', me, 'subscribe.record', { answers: { 'TPL-accepted': 'yes please' } });
    assert.equal(bad.ok ? 'ok' : bad.code, 'INVALID_INPUT');
    assert.equal(await cloud.store.getConsent(me, 'accepted'), null);
    const anon = await call('account', null, 'subscribe.record', { answers: { 'TPL-accepted': 'accept' } });
    assert.equal(anon.ok ? 'ok' : anon.code, 'UNAUTHENTICATED');
  });
});

describe('代办: filing for a villager', () => {
  it('a cadre files for a villager of their village: routed, with deadlines, marked 代办; a retry gives the same ticket', async () => {
    const req = forVillager();
    const a = ok(await call<SubmitAnswer>('cadre', CADRE, 'complaints.fileFor', req));
    assert.equal(a.unitName, housing.name);
    assert.equal(a.status, 'submitted');
    assert.ok(a.acceptDue > '2026-11-26' && a.answerDue > a.acceptDue);
    const again = ok(await call<SubmitAnswer>('cadre', CADRE, 'complaints.fileFor', { ...req, text: '重试时写的别的内容也一样' }));
    assert.equal(again.ticket, a.ticket);

    // The unit sees it marked 代办, with the villager's name and phone as given and who filed it.
    const queue = ok(await call<{ items: ComplaintSummary[] }>('unit', STAFF, 'queue.list'));
    assert.equal(queue.items.filter((c) => c.id === a.ticket).length, 1);
    assert.equal(queue.items.find((c) => c.id === a.ticket)?.proxy, true);
    const seen = ok(await call<ComplaintDetail>('unit', STAFF, 'complaints.get', { id: a.ticket }));
    assert.deepEqual(seen.proxyFiling, { name: '张桂芳', by: '驻村干部王驻村' });
    assert.equal(seen.contactPhone, '13912345678');
    assert.equal(seen.anonymous, false);
    assert.match(seen.timeline[0].note ?? '', /代办/);

    // The filer follows it in 我的监督, but the villager's satisfaction is not theirs to give.
    ok(await call('unit', STAFF, 'complaints.accept', { id: a.ticket }));
    ok(await call('unit', STAFF, 'complaints.answer', { id: a.ticket, text: '名单已在村公示栏张贴。' }));
    const mine = ok(await call<ComplaintDetail>('resident', CADRE, 'complaints.get', { id: a.ticket }));
    assert.deepEqual(mine.can, []);
    const rated = await call('resident', CADRE, 'complaints.rate', { id: a.ticket, score: 5 });
    assert.equal(rated.ok ? 'ok' : rated.code, 'FORBIDDEN');
    const reopened = await call('resident', CADRE, 'complaints.reopen', { id: a.ticket, reason: '群众说还没看到名单' });
    assert.equal(reopened.ok ? 'ok' : reopened.code, 'FORBIDDEN');
  });

  it('a unit’s counter files for anyone in its county; the content check applies as to anyone', async () => {
    const a = ok(await call<SubmitAnswer>('unit', STAFF, 'complaints.fileFor', forVillager({ regionCode: otherVillage })));
    const seen = ok(await call<ComplaintDetail>('unit', STAFF, 'complaints.get', { id: a.ticket }));
    assert.equal(seen.proxyFiling?.by, `${housing.name}窗口李窗口`);
    const rejected = await call('unit', STAFF, 'complaints.fileFor', forVillager({ text: '群众说要去死，请尽快处理补助的事' }));
    assert.equal(rejected.ok ? 'ok' : rejected.code, 'CONTENT_REJECTED');
    const held = ok(await call<SubmitAnswer>('unit', STAFF, 'complaints.fileFor', forVillager({ text: '群众说不给补助就要报复村干部' })));
    assert.equal(held.held, true);
  });

  it('refuses a village that is not the cadre’s, another county, residents, and bad names or phones', async () => {
    const code = async (fn: string, who: string, data: unknown) => {
      const r = await call(fn, who, 'complaints.fileFor', data);
      return r.ok ? 'ok' : r.code;
    };
    assert.equal(await code('cadre', OTHER_CADRE, forVillager()), 'FORBIDDEN');
    assert.equal(await code('unit', OTHER_COUNTY_STAFF, forVillager()), 'FORBIDDEN');
    const resident = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
    assert.equal(await code('cadre', resident, forVillager()), 'FORBIDDEN');
    assert.equal(await code('cadre', CADRE, forVillager({ villagerName: '张' })), 'INVALID_INPUT');
    assert.equal(await code('cadre', CADRE, forVillager({ villagerName: '张三<script>' })), 'INVALID_INPUT');
    assert.equal(await code('cadre', CADRE, forVillager({ villagerPhone: '1391234' })), 'INVALID_INPUT');
    assert.equal(await code('cadre', CADRE, forVillager({ villagerPhone: undefined })), 'INVALID_INPUT');
  });
});

describe('查询办理进度 (public lookup by ticket + last 4 digits)', () => {
  let ticket: string;
  beforeAll(async () => {
    ticket = ok(await call<SubmitAnswer>('cadre', CADRE, 'complaints.fileFor', forVillager({ villagerPhone: '139 1234 5678' }))).ticket;
    ok(await call('unit', STAFF, 'complaints.accept', { id: ticket }));
    ok(
      await call('unit', STAFF, 'complaints.answer', {
        id: ticket,
        text: '张桂芳您好，名单已张贴在村公示栏，有疑问请拨打 13912345678 或到村委会咨询。',
      }),
    );
  });

  it('the right pair shows the progress, without phone, full name, openids or the complaint’s text', async () => {
    const view = ok(await call<LookupView>('public', null, 'complaints.lookup', { ticket, phoneLast4: '5678' }));
    assert.equal(view.ticket, ticket);
    assert.equal(view.statusName, '已答复');
    assert.equal(view.unitName, housing.name);
    assert.deepEqual(view.proxy, { name: '张**', by: '驻村干部' });
    assert.deepEqual(
      view.timeline.map((e) => e.actionName),
      ['提交', '签收', '答复'],
    );
    assert.ok(view.answer?.text.includes('名单已张贴'));
    const json = JSON.stringify(view);
    // The ticket is shown by design (a county code, a date and a number, dash-separated); the rest carries nothing.
    assert.deepEqual(findPersonalData({ ...view, ticket: '' }), []);
    for (const secret of ['张桂芳', '13912345678', CADRE, STAFF, complaintText, '王驻村', '李窗口']) {
      assert.ok(!json.includes(secret), `the answer carries ${secret}`);
    }
  });

  it('a wrong pair is NOT_FOUND with the same words whichever half is wrong', async () => {
    const wrongPhone = await call('public', null, 'complaints.lookup', { ticket, phoneLast4: '0000' });
    const wrongTicket = await call('public', null, 'complaints.lookup', { ticket: '519999-20261126-0999', phoneLast4: '5678' });
    assert.ok(!wrongPhone.ok && !wrongTicket.ok);
    assert.equal(wrongPhone.code, 'NOT_FOUND');
    assert.deepEqual(wrongPhone, wrongTicket);
    const bad = await call('public', null, 'complaints.lookup', { ticket: 'abc', phoneLast4: '12' });
    assert.equal(bad.ok ? 'ok' : bad.code, 'INVALID_INPUT');
  });

  it(`after ${LOOKUP_FAILURES} failures in an hour every try of that ticket is refused, the right pair too, until the next hour`, async () => {
    const t = ok(await call<SubmitAnswer>('cadre', CADRE, 'complaints.fileFor', forVillager({ villagerPhone: '028-87654321' }))).ticket;
    // Right pairs in between do not count.
    for (let i = 0; i < 3; i++) ok(await call('public', null, 'complaints.lookup', { ticket: t, phoneLast4: '4321' }));
    const codes: string[] = [];
    for (let i = 0; i < LOOKUP_FAILURES; i++) {
      const r = await call('public', null, 'complaints.lookup', { ticket: t, phoneLast4: String(1000 + i) });
      codes.push(r.ok ? 'ok' : r.code);
    }
    assert.deepEqual(codes, Array(LOOKUP_FAILURES).fill('NOT_FOUND'));
    const limited = await call('public', null, 'complaints.lookup', { ticket: t, phoneLast4: '4321' });
    assert.equal(limited.ok ? 'ok' : limited.code, 'RATE_LIMITED');
    // Other tickets are not affected.
    ok(await call('public', null, 'complaints.lookup', { ticket, phoneLast4: '5678' }));
    await cloud.setClock(new Date(Date.parse('2026-11-26T02:00:00Z') + 3600_000));
    try {
      ok(await call('public', null, 'complaints.lookup', { ticket: t, phoneLast4: '4321' }));
    } finally {
      await cloud.setClock('2026-11-26T02:00:00Z');
    }
  });
});
