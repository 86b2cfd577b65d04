// The 12345 hand-off against a fake provincial system (a real HTTP server): a configured
// county's complaint reaches it exactly once, through failures and back-off on the local
// cloud's movable clock; signed status callbacks land in the complainant's timeline, once
// each; forged or stale ones change nothing; a county without the bridge sends nothing.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { FIXED_NOW, ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, loginAs, type TestCounty } from '../helpers/world';
import { startFake12345, signedCallback, type Fake12345 } from '../helpers/fake-12345';
import { checkSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../core/hotline/signature';
import type { HotlineOrder } from '../../core/hotline/model';
import type { Res } from '../../core/api/contracts';
import type { ComplaintDetail, SubmitAnswer } from '../../core/api/complaint-views';
import { handleHotline } from '../../cloudfunctions/hotline/handler';
import { outboxNotifier } from '../../server/platform';
import type { FunctionContext } from '../../cloudfunctions/shared/context';

const SECRET = 'a-shared-secret-with-12345-of-enough-length';
const SECOND = 1000;

let cloud: TestCloud;
let fake: Fake12345;
let county: TestCounty;
let plain: TestCounty;
let adminCookie: string;
let residentCookie: string;
let residentOpenid: string;
/** The local cloud's clock as the test moves it. */
let now = FIXED_NOW;

async function at(ms: number) {
  now = new Date(FIXED_NOW.getTime() + ms);
  await cloud.setClock(now);
}

/** What the timer does with the outbox, now (after any run a filing started). */
async function runOutbox() {
  const res = await cloud.raw('/api/dev/hotline', { method: 'POST' });
  return ((await res.json()) as { data: { delivered: number; failed: number; skipped: number } }).data;
}

let seq = 0;
async function submit(c: TestCounty, extra: Record<string, unknown> = {}, requestId = `hotline-req-${++seq}`) {
  return ok(
    await cloud.call<SubmitAnswer>(
      'resident',
      'complaints.submit',
      {
        requestId,
        kind: '投诉举报',
        category: '未按规定公开',
        text: '村里的低保名单没有按时公示，请核查',
        regionCode: c.villages[0].code,
        ...extra,
      },
      residentCookie,
    ),
  );
}

const ordersOf = (ticket: string) => fake.received.filter((r) => (JSON.parse(r.body) as HotlineOrder).ticket === ticket);

function callback(payload: unknown, headers?: Record<string, string>) {
  const signed = signedCallback(SECRET, now, payload);
  return cloud.raw('/hotline/12345/callback', { method: 'POST', headers: headers ?? signed.headers, body: signed.body });
}

const detail = async (ticket: string) =>
  ok(await cloud.call<ComplaintDetail>('resident', 'complaints.get', { id: ticket }, residentCookie));

beforeAll(async () => {
  fake = await startFake12345();
  cloud = await startTestCloud({ seed: 'none', server: { hotlineIntervalMs: 0 } });
  county = await createCounty(cloud.store);
  plain = await createCounty(cloud.store);
  const admin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });
  adminCookie = await loginAs(cloud, admin);
  const resident = await createAccount(cloud.store, { role: 'resident' });
  residentOpenid = resident.openid;
  residentCookie = await loginAs(cloud, resident);
});
afterAll(async () => {
  await cloud.close();
  await fake.close();
});

describe('the county admin sets the bridge', () => {
  it('keeps the secret write-only and audits the change', async () => {
    const before = ok(await cloud.call<Res<'admin', 'hotline.get'>>('admin', 'hotline.get', {}, adminCookie));
    assert.equal(before.enabled, false);
    assert.equal(before.secretSet, false);

    const refused = await cloud.call('admin', 'hotline.put', { enabled: true, endpoint: fake.url, kinds: [], categories: [] }, adminCookie);
    assert.equal(refused.ok, false, 'enabling without a secret is refused');
    const insecure = await cloud.call(
      'admin',
      'hotline.put',
      { enabled: true, endpoint: 'http://12345.example.cn/orders', secret: SECRET, kinds: [], categories: [] },
      adminCookie,
    );
    assert.equal(insecure.ok, false, 'a plain-http endpoint off this machine is refused');

    const answer = await cloud.call<Res<'admin', 'hotline.put'>>(
      'admin',
      'hotline.put',
      { enabled: true, endpoint: fake.url, secret: SECRET, kinds: ['投诉举报'], categories: [] },
      adminCookie,
    );
    const saved = ok(answer);
    assert.equal(saved.secretSet, true);
    assert.deepEqual(saved.kinds, ['投诉举报']);
    const read = await cloud.call('admin', 'hotline.get', {}, adminCookie);
    assert.ok(!JSON.stringify(read).includes(SECRET) && !JSON.stringify(answer).includes(SECRET), 'the secret never comes back');

    const audit = await cloud.store.listAudit(10);
    const entry = audit.find((e) => e.action === 'hotline.put');
    assert.ok(entry, 'the change is audited');
    assert.ok(!JSON.stringify(entry).includes(SECRET), 'the audit keeps no secret');
  });
});

describe('a complaint goes to 12345 exactly once', () => {
  let ticket: string;

  it('is retried with back-off after two failures and delivered once', async () => {
    await at(0);
    fake.failNext(2);
    ticket = (await submit(county, { contactPhone: '13800138000' }, 'hotline-first-1')).ticket;
    await runOutbox(); // waits for the run the filing started
    assert.equal(ordersOf(ticket).length, 1, 'sent right after filing');
    assert.equal(ordersOf(ticket)[0].status, 500);

    // A retry of the same submission queues nothing more.
    assert.equal((await submit(county, { contactPhone: '13800138000' }, 'hotline-first-1')).ticket, ticket);
    await runOutbox();
    assert.equal(ordersOf(ticket).length, 1);

    await at(30 * SECOND);
    await runOutbox();
    assert.equal(ordersOf(ticket).length, 1, 'not before the first back-off (1 minute)');
    await at(61 * SECOND);
    assert.equal((await runOutbox()).failed, 1);
    assert.equal(ordersOf(ticket).length, 2);
    await at(170 * SECOND);
    await runOutbox();
    assert.equal(ordersOf(ticket).length, 2, 'not before the second back-off (2 minutes)');
    await at(182 * SECOND);
    assert.equal((await runOutbox()).delivered, 1);
    assert.equal(ordersOf(ticket).length, 3);

    await at(48 * 3600 * SECOND);
    assert.deepEqual(await runOutbox(), { delivered: 0, failed: 0, skipped: 0 });
    assert.equal(ordersOf(ticket).length, 3, 'never sent again once delivered');
    assert.equal(ordersOf(ticket).filter((r) => r.status === 200).length, 1);

    const row = await cloud.store.getHotlineDelivery(ticket);
    assert.equal(row?.status, 'delivered');
    assert.equal(row?.attempts, 3);
    assert.equal(row?.hotlineTicket, ordersOf(ticket)[2].hotlineTicket);
  });

  it('signs each 工单 and maps its fields', async () => {
    for (const r of ordersOf(ticket)) {
      const ts = String(r.headers[TIMESTAMP_HEADER]);
      assert.equal(checkSignature(SECRET, new Date(Number(ts) * 1000), ts, String(r.headers[SIGNATURE_HEADER]), r.body), 'ok');
    }
    const order = JSON.parse(ordersOf(ticket)[0].body) as HotlineOrder;
    const c = await cloud.store.getComplaint(ticket);
    assert.equal(order.ticket, ticket);
    assert.equal(order.kind, '投诉举报');
    assert.equal(order.text, c!.text);
    assert.equal(order.region.code, county.villages[0].code);
    assert.equal(order.region.countyName, county.name);
    assert.equal(order.unit.name, c!.unitName);
    assert.equal(order.deadline, c!.answerDeadline.due);
    assert.equal(order.source, '基层政务公开小程序');
    assert.deepEqual(order.contact, { phone: '13800138000' });
    assert.ok(!ordersOf(ticket)[0].body.includes(residentOpenid), 'no openid leaves');
  });

  it('shows the 12345 工单号 in the complainant’s timeline', async () => {
    const d = await detail(ticket);
    const sent = d.timeline.find((e) => e.action === 'hotline_sent');
    assert.ok(sent?.note?.includes(ordersOf(ticket)[2].hotlineTicket!), JSON.stringify(d.timeline));
    assert.equal(sent?.by, '12345热线');
  });

  it('sends no contact of an anonymous complaint, and only the configured kinds', async () => {
    const anonymous = (await submit(county, { anonymous: true, contactPhone: '13900139000' })).ticket;
    const consult = (await submit(county, { kind: '咨询' })).ticket;
    await runOutbox();
    assert.equal(ordersOf(anonymous).length, 1);
    const order = JSON.parse(ordersOf(anonymous)[0].body) as HotlineOrder;
    assert.equal(order.anonymous, true);
    assert.equal(order.contact, undefined);
    assert.ok(!ordersOf(anonymous)[0].body.includes('13900139000'));
    assert.equal(ordersOf(consult).length, 0, '咨询 is not a configured kind');
    assert.equal(await cloud.store.getHotlineDelivery(consult), null);
  });

  it('holds a complaint awaiting a person’s check until it is released', async () => {
    const held = await submit(county, { text: '再不公开我就去上访闹事，请尽快处理' });
    assert.equal(held.held, true);
    await runOutbox();
    assert.equal(ordersOf(held.ticket).length, 0, 'nothing leaves before the check');
    const admin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });
    ok(await cloud.call('unit', 'complaints.release', { id: held.ticket }, await loginAs(cloud, admin)));
    await runOutbox();
    assert.equal(ordersOf(held.ticket).length, 1, 'sent once released');
  });

  it('a county without the bridge sends nothing', async () => {
    const before = fake.received.length;
    const other = (await submit(plain)).ticket;
    await runOutbox();
    assert.equal(fake.received.length, before);
    assert.equal(await cloud.store.getHotlineDelivery(other), null);
    assert.ok(!(await detail(other)).timeline.some((e) => e.action.startsWith('hotline')));
  });
});

describe('status callbacks from 12345', () => {
  let ticket: string;
  let theirs: string;

  beforeAll(async () => {
    await at(72 * 3600 * SECOND);
    ticket = (await submit(county)).ticket;
    await runOutbox();
    theirs = (await cloud.store.getHotlineDelivery(ticket))!.hotlineTicket!;
    assert.ok(theirs);
  });

  it('签收 adds one event; the same callback again adds none', async () => {
    const payload = { 工单号: theirs, status: '签收', time: '2026-11-29T10:00:00+08:00' };
    const first = await callback(payload);
    assert.equal(first.status, 200);
    assert.equal(((await first.json()) as { data: { applied: boolean } }).data.applied, true);
    const events = (await detail(ticket)).timeline.length;
    const replay = await callback(payload);
    assert.equal(replay.status, 200);
    assert.equal(((await replay.json()) as { data: { applied: boolean } }).data.applied, false);
    const d = await detail(ticket);
    assert.equal(d.timeline.length, events, 'a replayed callback adds no second event');
    assert.equal(d.timeline.filter((e) => e.note === '12345热线已签收').length, 1);
  });

  it('refuses a forged, unsigned or stale callback and changes nothing', async () => {
    const before = await cloud.store.getComplaint(ticket);
    const payload = { ticket, status: '办结', text: '伪造的办结', time: '2026-11-29T11:00:00+08:00' };
    const forged = signedCallback('not-the-county-secret-at-all-000', now, payload);
    assert.equal((await callback(payload, forged.headers)).status, 403);
    assert.equal((await callback(payload, { 'content-type': 'application/json' })).status, 401);
    const stale = signedCallback(SECRET, new Date(now.getTime() - 3600 * SECOND), payload);
    assert.equal((await callback(payload, stale.headers)).status, 401);
    const unknown = await callback({ ticket: `${county.code}-20990101-0001`, status: '办结', text: 'x', time: payload.time });
    assert.equal(unknown.status, 403);
    assert.deepEqual(await cloud.store.getComplaint(ticket), before);
  });

  it('办结 answers the complaint: the complainant sees it, is told, and can rate it', async () => {
    const res = await callback({
      ticket,
      status: '办结',
      text: '经核查，名单已于11月28日在村公示栏补充公示。',
      time: '2026-11-30T09:00:00+08:00',
    });
    assert.equal(res.status, 200);
    const d = await detail(ticket);
    assert.equal(d.status, 'answered');
    assert.equal(d.answer?.text, '经核查，名单已于11月28日在村公示栏补充公示。');
    const event = d.timeline.at(-1)!;
    assert.equal(event.action, 'hotline_answer');
    assert.equal(event.by, '12345热线');
    assert.ok(event.note?.includes('名单已于11月28日'));
    assert.ok(d.can.includes('rate'));
    const notices = await cloud.store.listNotifications(residentOpenid, 100);
    assert.ok(notices.some((n) => n.complaintId === ticket && n.template === 'answered'));
    const rated = ok(await cloud.call<ComplaintDetail>('resident', 'complaints.rate', { id: ticket, score: 5 }, residentCookie));
    assert.equal(rated.status, 'closed');
  });

  it('is served by the HTTP-triggered `hotline` function too', async () => {
    const signed = signedCallback(SECRET, now, { ticket, status: '答复', text: '已电话回访诉求人', time: '2026-12-01T09:00:00+08:00' });
    const ctx = {
      store: cloud.store,
      clock: { now: () => now },
      caller: { openid: null, account: null },
      platform: { notifier: outboxNotifier(cloud.store) },
    } as unknown as FunctionContext;
    const event = {
      httpMethod: 'POST',
      path: '/hotline/12345/callback',
      headers: {
        'X-Gongkai-Timestamp': signed.headers['x-gongkai-timestamp'],
        'X-Gongkai-Signature': signed.headers['x-gongkai-signature'],
      },
      body: signed.body,
    };
    const answer = (await handleHotline(event, ctx)) as { statusCode: number };
    assert.equal(answer.statusCode, 200);
    assert.ok((await detail(ticket)).timeline.some((e) => e.note === '12345热线答复：已电话回访诉求人'));
    const bad = (await handleHotline({ ...event, body: signed.body.replace('已电话', '未电话') }, ctx)) as { statusCode: number };
    assert.equal(bad.statusCode, 403);
  });
});
