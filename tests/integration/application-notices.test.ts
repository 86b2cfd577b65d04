// 依申请公开: the applicant hears of each step the handling body takes (登记, 补正, 延期, 答复) —
// one message each, through the same notifier as complaints, opening the application's page —
// and sees 有新进展 on it in 我的申请 until they open it. Their own steps tell no one.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, type TestCounty } from '../helpers/world';
import { makeIdNumber } from '../../core/privacy/mask';
import type { ApplicationDetail, ApplicationSubmitAnswer, ApplicationSummary } from '../../core/api/application-views';
import type { Notification } from '../../core/complaints/model';

let cloud: TestCloud;
let county: TestCounty;
let STAFF: string;
let OTHER_STAFF: string;
let housingId: string;
const cookies = new Map<string, string>();

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const resident = async <T = ApplicationDetail>(openid: string, action: string, data: unknown = {}) =>
  ok(await cloud.call<T>('resident', action, data, await as(openid)));
const unit = async (openid: string, action: string, data: unknown = {}) =>
  ok(await cloud.call<ApplicationDetail>('unit', action, data, await as(openid)));
const inbox = (openid: string): Promise<Notification[]> => cloud.store.listNotifications(openid, 100);
const unreadIn = async (openid: string) =>
  (await resident<{ items: ApplicationSummary[] }>(openid, 'applications.mine')).items.filter((x) => x.unread).map((x) => x.id);

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none', now: new Date('2025-09-30T02:00:00.000Z') });
  county = await createCounty(cloud.store, { name: '清溪县' });
  housingId = `${county.code}-zjj`;
  STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: housingId })).openid;
  OTHER_STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: `${county.code}-jyj` })).openid;
});
afterAll(() => cloud.close());

describe('the applicant is told of each step', () => {
  it('登记, 补正, 延期 and 答复 each bring exactly one message to the applicant and none to anyone else; their own 补正 and 评价 bring none', async () => {
    const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] })).openid;
    const bystander = (await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] })).openid;
    const a = await resident<ApplicationSubmitAnswer>(me, 'applications.submit', {
      requestId: 'notice-1-abcdefgh',
      unitId: housingId,
      description: '2024年本村农村危房改造补助对象的评议记录',
      delivery: '在线',
      name: '张秀兰',
      idNumber: makeIdNumber('510118', '19800315', '123'),
      phone: '13800001234',
    });
    assert.equal((await inbox(me)).length, 0, 'applying is the applicant’s own step');
    const received = async () => (await inbox(me)).map((n) => [n.template, n.title]);

    await unit(STAFF, 'applications.register', { id: a.id });
    assert.deepEqual(await received(), [['accepted', '您的信息公开申请已登记']]);
    await unit(STAFF, 'applications.askSupplement', { id: a.id, missing: '请写明是哪一个村民小组' });
    assert.equal((await inbox(me)).length, 2);
    await resident(me, 'applications.supply', { id: a.id, text: '第三组' });
    assert.equal((await inbox(me)).length, 2, 'supplying is the applicant’s own step');
    await unit(STAFF, 'applications.extend', { id: a.id, days: 10, reason: '需要调取乡镇档案' });
    await unit(STAFF, 'applications.answer', { id: a.id, outcome: '予以公开', text: '评议记录见附件' });
    await resident(me, 'applications.rate', { id: a.id, score: 5 });

    const all = await inbox(me);
    assert.deepEqual(
      // The clock stands still here: order by the version each was sent for (the id's last part).
      [...all].sort((x, y) => Number(x.id.split(':').pop()) - Number(y.id.split(':').pop())).map((n) => n.title),
      ['您的信息公开申请已登记', '您的信息公开申请需要补正', '您的信息公开申请延期答复', '您的信息公开申请已答复'],
    );
    assert.ok(all.every((n) => n.complaintId === a.id && n.subject === 'application' && n.audience === 'owner' && n.body.ticket === a.id));
    assert.deepEqual(new Set(all.map((n) => n.template)), new Set(['accepted', 'application_progress', 'answered']));
    for (const other of [STAFF, OTHER_STAFF, bystander]) assert.deepEqual(await inbox(other), []);
  });

  it('shows 有新进展 in 我的申请 after a step of the unit, until the applicant opens the application', async () => {
    const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] })).openid;
    const a = await resident<ApplicationSubmitAnswer>(me, 'applications.submit', {
      requestId: 'notice-2-abcdefgh',
      unitId: housingId,
      description: '本村2024年低保名单及评议记录',
      delivery: '在线',
      name: '李明',
      idNumber: makeIdNumber('510118', '19700101', '456'),
      phone: '13800005678',
    });
    const homeMark = async () => (await resident<{ count: number }>(me, 'applications.unread')).count;
    assert.deepEqual(await unreadIn(me), []);
    assert.equal(await homeMark(), 0);
    await unit(STAFF, 'applications.register', { id: a.id });
    assert.deepEqual(await unreadIn(me), [a.id]);
    assert.equal(await homeMark(), 1, 'home shows 新 beside 我的信息公开申请');
    const seen = await resident(me, 'applications.get', { id: a.id });
    assert.equal(seen.status, 'registered');
    assert.deepEqual(await unreadIn(me), []);
    assert.equal(await homeMark(), 0);
    // The mark never blocks the unit's next step (opening it keeps the version the unit read).
    await unit(STAFF, 'applications.askSupplement', { id: a.id, missing: '请写明年份' });
    assert.deepEqual(await unreadIn(me), [a.id]);
    await resident(me, 'applications.get', { id: a.id });
    await resident(me, 'applications.supply', { id: a.id, text: '2024年' });
    assert.deepEqual(await unreadIn(me), [], 'the applicant’s own 补正 is no news to them');
  });
});
