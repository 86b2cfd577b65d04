// The working-day calendar over the real local cloud: a deadline into a year not entered is
// provisional; the county admin enters the year through the `admin` function (a TEST FIXTURE
// stands in for the real 2027 notice); open complaints are recomputed with a timeline event,
// closed ones are left alone; only a county admin may enter; bad input changes nothing.
// The suite builds its own county, unit, route and accounts (tests/helpers/world.ts).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, createRoute, createUnit } from '../helpers/world';
import type { ComplaintDetail, SubmitAnswer } from '../../core/api/complaint-views';
import type { Res } from '../../core/api/contracts';
import type { CalendarList } from '../../core/api/contracts/admin';
import { FIXTURE_2027 } from '../fixtures/calendar-2027';

let cloud: TestCloud;
let village: string;
let disclosureId: string;
let ADMIN: string;
let STAFF: string;
let REVIEWER: string;
const cookies = new Map<string, string>();
let seq = 0;

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const call = async (fn: string, openid: string, action: string, data: unknown = {}) => cloud.call<any>(fn, action, data, await as(openid));

async function newResident(name: string): Promise<string> {
  return (await createAccount(cloud.store, { role: 'resident', regionCodes: [village], name })).openid;
}

async function file(openid: string): Promise<SubmitAnswer> {
  return ok(
    await call('resident', openid, 'complaints.submit', {
      requestId: `cal-${Date.now()}-${seq++}`,
      kind: '投诉举报',
      category: '内容不准确',
      text: '公示的补助金额和实际发放的不一致，请核实。',
      regionCode: village,
      disclosureId,
    }),
  );
}

const mine = async (openid: string, id: string) => ok(await call('resident', openid, 'complaints.get', { id })) as ComplaintDetail;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none', now: new Date('2026-12-31T02:00:00Z') });
  const county = await createCounty(cloud.store);
  village = county.villages[0].code;
  const housing = await createUnit(cloud.store, county, { name: '住房和城乡建设局', domains: ['rural_housing_renovation'] });
  await createRoute(cloud.store, county, { domain: 'rural_housing_renovation', unitId: housing.id });
  STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: housing.id })).openid;
  ADMIN = (await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] })).openid;
  REVIEWER = (await createAccount(cloud.store, { role: 'reviewer', regionCodes: [county.towns[0].code] })).openid;
  disclosureId = (await createDisclosure(cloud.store, county, { regionCode: village, domain: 'rural_housing_renovation' })).id;
});
afterAll(() => cloud.close());

describe('entering the 2027 arrangement', () => {
  let late: { owner: string; id: string };
  let closed: { owner: string; id: string; version: number };
  let early: { owner: string; id: string };

  it('before: the admin is warned, and a 2026-12-31 投诉举报 is due 2027-01-22, provisional', async () => {
    const list = ok(await call('admin', ADMIN, 'calendar.list')) as CalendarList;
    assert.equal(list.nextYear, 2027);
    assert.equal(list.nextYearMissing, true);
    assert.match(list.warning ?? '', /^2027年节假日安排未录入/);
    assert.ok(list.years.some((y) => y.year === 2026 && y.source === 'chinese-days'));

    const owner = await newResident('early');
    const a = await file(owner);
    assert.equal(a.answerDue, '2027-01-22T15:59:59.999Z');
    const d = await mine(owner, a.ticket);
    assert.equal(d.answerDeadline.provisional, true);
    // The running deadline, 签收 within 1 working day, skips 2027-01-01 to 01-04: provisional too.
    assert.equal(d.deadline.due, '2027-01-04T15:59:59.999Z');
    assert.equal(d.deadline.provisional, true);
    early = { owner, id: a.ticket };
  });

  it('a closed complaint and a late-January one are set up while 2027 is still missing', async () => {
    const owner = await newResident('closed');
    const a = await file(owner);
    const detail = await mine(owner, a.ticket);
    assert.equal(detail.unitName, '住房和城乡建设局', 'routed to the unit whose staff answers below');
    const unitStaff = STAFF;
    ok(await call('unit', unitStaff, 'complaints.accept', { id: a.ticket }));
    ok(await call('unit', unitStaff, 'complaints.answer', { id: a.ticket, text: '已核实，补助金额已按标准补发。' }));
    ok(await call('resident', owner, 'complaints.rate', { id: a.ticket, score: 5 }));
    const stored = (await cloud.store.getComplaint(a.ticket))!;
    assert.equal(stored.status, 'closed');
    assert.equal(stored.answerDeadline.provisional, true);
    closed = { owner, id: a.ticket, version: stored.version };

    await cloud.setClock('2027-01-25T02:00:00Z');
    const owner2 = await newResident('late');
    const b = await file(owner2);
    assert.equal(b.answerDue, '2027-02-15T15:59:59.999Z', 'weekends and 元旦 only');
    late = { owner: owner2, id: b.ticket };
    const list = ok(await call('admin', ADMIN, 'calendar.list')) as CalendarList;
    assert.match(list.warning ?? '', /^2027年节假日安排未录入/, 'this year missing: warned whatever the date');
  });

  it('only a county admin may enter a year (FORBIDDEN), and bad input is INVALID_INPUT; nothing changes', async () => {
    for (const who of [late.owner, STAFF, REVIEWER]) {
      const r = await call('admin', who, 'calendar.put', FIXTURE_2027);
      assert.equal(r.ok, false);
      assert.equal(r.code, 'FORBIDDEN', who);
    }
    const bad: Array<[unknown, RegExp]> = [
      [{ ...FIXTURE_2027, workDays: ['2027-01-04'] }, /调休上班.*星期六或星期日/],
      [{ ...FIXTURE_2027, offDays: ['2027-01-02'] }, /周末本来就休息/],
      [{ ...FIXTURE_2027, offDays: ['2026-12-31'] }, /不在2027年内/],
      [{ ...FIXTURE_2027, notice: undefined }, /.+/],
      [{ ...FIXTURE_2027, offDays: ['2027/01/01'] }, /YYYY-MM-DD/],
    ];
    for (const [data, message] of bad) {
      const r = await call('admin', ADMIN, 'calendar.put', data);
      assert.equal(r.ok, false);
      assert.equal(r.code, 'INVALID_INPUT');
      assert.match(r.message, message);
      assert.match(r.message, /[\u4e00-\u9fff]/);
    }
    assert.equal(ok(await call('admin', ADMIN, 'calendar.get', { year: 2027 })).record, null);
    assert.deepEqual(ok(await call('admin', ADMIN, 'audit.list')).items, []);
    assert.equal((await mine(late.owner, late.id)).answerDeadline.provisional, true);
  });

  it('entering it recomputes open complaints with a timeline event and leaves closed ones alone', async () => {
    const put = ok(await call('admin', ADMIN, 'calendar.put', FIXTURE_2027)) as Res<'admin', 'calendar.put'>;
    assert.equal(put.record.source, 'entered');
    assert.ok(put.recomputed >= 2, `recomputed ${put.recomputed}`);

    const l = await mine(late.owner, late.id);
    assert.equal(l.answerDeadline.due, '2027-02-22T15:59:59.999Z');
    assert.equal(l.answerDeadline.provisional, undefined);
    const ev = l.timeline.find((e) => e.action === 'deadline_recomputed');
    assert.ok(ev, 'a timeline event says so');
    assert.match(ev!.note ?? '', /^2027年节假日安排已录入，办理期限重新计算为2027年2月22日/);
    const stored = (await cloud.store.getComplaint(late.id))!;
    assert.equal(stored.dueAt, stored.acceptDeadline.due === stored.dueAt ? stored.acceptDeadline.due : stored.answerDeadline.due);

    const e = await mine(early.owner, early.id);
    assert.equal(e.answerDeadline.due, '2027-01-22T15:59:59.999Z');
    assert.equal(e.answerDeadline.provisional, undefined);

    const c = (await cloud.store.getComplaint(closed.id))!;
    assert.equal(c.version, closed.version, 'a closed complaint is not touched');
    assert.equal(c.answerDeadline.provisional, true);
    assert.ok(!c.timeline.some((x) => x.action === 'deadline_recomputed'));

    const audit = ok(await call('admin', ADMIN, 'audit.list')).items;
    assert.equal(audit.length, 1);
    assert.equal(audit[0].target, 'calendar:2027');
    assert.equal(audit[0].actor, ADMIN);
    assert.equal(audit[0].before, null);
    assert.deepEqual(audit[0].after.offDays, [...FIXTURE_2027.offDays].sort());

    const list = ok(await call('admin', ADMIN, 'calendar.list')) as CalendarList;
    assert.equal(list.warning, null);
    assert.ok(list.years.some((y) => y.year === 2027 && y.source === 'entered' && y.notice?.number === FIXTURE_2027.notice.number));

    // A new complaint is counted with the entered year at once.
    const owner = await newResident('after');
    assert.equal((await file(owner)).answerDue, '2027-02-22T15:59:59.999Z');
  });

  it('changing the year again is audited before → after, and recomputes only what moves', async () => {
    const changed = { ...FIXTURE_2027, offDays: FIXTURE_2027.offDays.filter((d) => d !== '2027-02-16') };
    const put = ok(await call('admin', ADMIN, 'calendar.put', changed));
    assert.ok(put.recomputed >= 1);
    const l = await mine(late.owner, late.id);
    // 02-16 now worked: …02-06 Sat (10), 02-16 (11) … 02-19 (14), 02-20 Sat make-up (15).
    assert.equal(l.answerDeadline.due, '2027-02-20T15:59:59.999Z');
    assert.match(l.timeline.filter((e) => e.action === 'deadline_recomputed').pop()!.note!, /^2027年节假日安排已更新/);
    const audit = ok(await call('admin', ADMIN, 'audit.list')).items;
    assert.equal(audit.length, 2);
    assert.ok(audit[0].before.offDays.includes('2027-02-16'));
    assert.ok(!audit[0].after.offDays.includes('2027-02-16'));
  });
});
