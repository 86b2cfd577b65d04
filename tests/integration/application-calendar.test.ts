// 依申请公开 and the holiday calendar: entering (or changing) a year recounts the answer
// deadline of every application whose clock runs, from the day it last started (receipt or
// the 补正), keeping an extension, with a timeline event; one waiting for 补正 and one answered
// are left alone. Filed on 2026-12-31 before 2027 is entered, so deadlines into 2027 are
// provisional; the reference for each recounted date is an application filed the same way
// after the year is entered (no date arithmetic repeated here).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, type TestCounty } from '../helpers/world';
import { makeIdNumber } from '../../core/privacy/mask';
import type { ApplicationDetail, ApplicationSubmitAnswer, ApplicationSummary } from '../../core/api/application-views';
import { FIXTURE_2027 } from '../fixtures/calendar-2027';

let cloud: TestCloud;
let county: TestCounty;
let STAFF: string;
let ADMIN: string;
let me: string;
const cookies = new Map<string, string>();
let seq = 0;

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const call = async <T = ApplicationDetail>(fn: string, openid: string, action: string, data: unknown = {}) =>
  ok(await cloud.call<T>(fn, action, data, await as(openid)));

/** `owner` files an application and the unit (or they) take `steps` on it; answers its id. */
async function filedBy(owner: string, ...steps: Array<[string, Record<string, unknown>]>): Promise<string> {
  const a = await call<ApplicationSubmitAnswer>('resident', owner, 'applications.submit', {
    requestId: `cal-apply-${seq++}-abcdefgh`,
    unitId: `${county.code}-zjj`,
    description: '2026年本村农村危房改造补助资金拨付文件',
    delivery: '在线',
    name: '张秀兰',
    idNumber: makeIdNumber('510118', '19800315', '123'),
    phone: '13800001234',
  });
  for (const [action, data] of steps) {
    await call(action === 'applications.supply' ? 'resident' : 'unit', action === 'applications.supply' ? owner : STAFF, action, {
      id: a.id,
      ...data,
    });
  }
  return a.id;
}
const filed = (...steps: Array<[string, Record<string, unknown>]>) => filedBy(me, ...steps);
const mine = (id: string, owner = me) => call('resident', owner, 'applications.get', { id });
const REGISTER: [string, Record<string, unknown>] = ['applications.register', {}];
const EXTEND: [string, Record<string, unknown>] = ['applications.extend', { days: 20, reason: '需要调取乡镇档案' }];
const ASK: [string, Record<string, unknown>] = ['applications.askSupplement', { missing: '请写明批次' }];
const SUPPLY: [string, Record<string, unknown>] = ['applications.supply', { text: '第二批' }];
const ANSWER: [string, Record<string, unknown>] = ['applications.answer', { outcome: '予以公开', text: '文件见附件' }];

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none', now: new Date('2026-12-31T02:00:00Z') });
  county = await createCounty(cloud.store);
  STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: `${county.code}-zjj` })).openid;
  ADMIN = (await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] })).openid;
  me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] })).openid;
});
afterAll(() => cloud.close());

describe('a changed holiday arrangement', () => {
  it('recounts running applications (an extension kept, a 补正 restart respected) and leaves waiting and answered ones alone', async () => {
    const running = await filed(REGISTER);
    const extended = await filed(REGISTER, EXTEND);
    const supplied = await filed(REGISTER, ASK, SUPPLY, EXTEND);
    const waiting = await filed(REGISTER, ASK);
    const answered = await filed(REGISTER, ANSWER);
    const before = Object.fromEntries(
      await Promise.all([running, extended, supplied, waiting, answered].map(async (id) => [id, (await cloud.store.getApplication(id))!])),
    );
    assert.equal((await mine(extended)).deadline.provisional, true, 'counted into 2027, not yet entered');
    for (const id of [running, extended, supplied, waiting, answered]) await mine(id); // opened: no mark left

    const put = await call<{ recomputed: number; recomputedApplications: number }>('admin', ADMIN, 'calendar.put', FIXTURE_2027);
    assert.ok(put.recomputedApplications >= 2, `recomputed ${put.recomputedApplications}`);
    // News for the applicant in 我的申请, without a message.
    const list = await call<{ items: ApplicationSummary[] }>('resident', me, 'applications.mine');
    assert.ok(list.items.find((x) => x.id === extended)?.unread);
    assert.ok(!list.items.find((x) => x.id === waiting)?.unread);
    assert.ok(!(await cloud.store.listNotifications(me, 100)).some((n) => n.title.includes('期限')));

    // The references: filed (and extended) the same way now that 2027 is entered, by a neighbour
    // (one person files at most five a day).
    const neighbour = (await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code] })).openid;
    const refPlain = await mine(await filedBy(neighbour, REGISTER), neighbour);
    const refExtended = await mine(await filedBy(neighbour, REGISTER, EXTEND), neighbour);
    assert.equal(refExtended.deadline.provisional, undefined);
    const e = await mine(extended);
    assert.equal(e.deadline.due, refExtended.deadline.due);
    assert.notEqual(e.deadline.due, before[extended].deadline.due, 'the 春节 holiday moves a 40-working-day deadline');
    assert.equal(e.deadline.provisional, undefined);
    assert.equal((await mine(supplied)).deadline.due, refExtended.deadline.due, 'supplied the same day: the same count');
    assert.equal((await mine(running)).deadline.due, refPlain.deadline.due);
    const event = e.timeline.find((x) => x.action === 'deadline_recomputed');
    assert.ok(event, 'a timeline event says so');
    assert.equal(event!.by, '系统');
    assert.match(event!.note ?? '', /^2027年节假日安排已录入，答复期限重新计算为2027-/);
    assert.equal((await cloud.store.getApplication(extended))!.dueAt, e.deadline.due, 'the queue sorts by the new date');

    for (const id of [waiting, answered]) {
      const after = (await cloud.store.getApplication(id))!;
      assert.equal(after.version, before[id].version, 'not touched');
    }
    // Entering the same year again moves nothing.
    const again = await call<{ recomputedApplications: number }>('admin', ADMIN, 'calendar.put', FIXTURE_2027);
    assert.equal(again.recomputedApplications, 0);
  });
});
