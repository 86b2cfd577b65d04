// 依申请公开 over the real local cloud: an application's legal course under the 政府信息公开条例
// on the real 2025 calendar (国庆·中秋: 10月1日至8日放假, 9月28日和10月11日上班), on a moved
// clock: receipt, 登记, one 补正 (the clock pauses, then counts afresh, Art. 30), one extension
// (Art. 33), every outcome (Art. 36), overdue and very overdue, who sees what, and the counters.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, type TestCounty } from '../helpers/world';
import { findPersonalData } from '../helpers/personal-data';
import { makeIdNumber } from '../../core/privacy/mask';
import { APPLICATION_DAILY_LIMIT, OUTCOMES, type Outcome } from '../../core/applications/model';
import type { ApplicationDetail, ApplicationSubmitAnswer } from '../../core/api/application-views';

const FILED = '2025-09-30T02:00:00.000Z'; // Tuesday 10:00 in Shanghai
const end = (day: string) => new Date(Date.parse(`${day}T23:59:59.999+08:00`)).toISOString();
const tenAm = (day: string) => `${day}T02:00:00.000Z`;

let cloud: TestCloud;
let county: TestCounty;
let other: TestCounty;
let HOUSING_STAFF: string;
let EDUCATION_STAFF: string;
let TOWN_STAFF: string;
let ADMIN: string;
let OTHER_ADMIN: string;
let OTHER_STAFF: string;
let housingId: string;
let townGovId: string;
const ID = makeIdNumber('510118', '19800315', '123');
const cookies = new Map<string, string>();
let seq = 0;

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const resident = async <T = ApplicationDetail>(openid: string, action: string, data: unknown = {}) =>
  cloud.call<T>('resident', action, data, await as(openid));
const unit = async <T = ApplicationDetail>(openid: string, action: string, data: unknown = {}) =>
  cloud.call<T>('unit', action, data, await as(openid));
const refused = (a: ApiAnswer<unknown>, code: string) => {
  assert.ok(!a.ok, `expected ${code}, got ok`);
  assert.equal(a.ok ? 'ok' : a.code, code, a.ok ? '' : a.message);
};

async function newResident(name = '申请人'): Promise<string> {
  return (await createAccount(cloud.store, { role: 'resident', regionCodes: [county.villages[0].code], name })).openid;
}

function application(extra: Record<string, unknown> = {}) {
  return {
    requestId: `apply-${seq++}-abcdefgh`,
    unitId: housingId,
    description: '2024年本村农村危房改造补助对象的评议记录和资金拨付文件',
    purpose: '核对我家补助标准',
    delivery: '在线',
    name: '张秀兰',
    idNumber: ID,
    phone: '13800001234',
    ...extra,
  };
}

async function apply(openid: string, extra: Record<string, unknown> = {}): Promise<ApplicationSubmitAnswer> {
  return ok(await resident<ApplicationSubmitAnswer>(openid, 'applications.submit', application(extra)));
}

/** Files on `day` and registers it the same day; answers the application's id. */
async function filedAndRegistered(openid: string, day = '2025-09-30', extra: Record<string, unknown> = {}): Promise<string> {
  await cloud.setClock(tenAm(day));
  const a = await apply(openid, extra);
  ok(await unit(HOUSING_STAFF, 'applications.register', { id: a.id }));
  return a.id;
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none', now: new Date(FILED) });
  county = await createCounty(cloud.store, { name: '清溪县' });
  other = await createCounty(cloud.store, { name: '白石县' });
  housingId = county.units.find((u) => u.id === `${county.code}-zjj`)!.id;
  townGovId = `${county.towns[0].code}-gov`;
  HOUSING_STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: housingId })).openid;
  EDUCATION_STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: `${county.code}-jyj` })).openid;
  TOWN_STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: townGovId })).openid;
  ADMIN = (await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] })).openid;
  OTHER_ADMIN = (await createAccount(cloud.store, { role: 'county_admin', regionCodes: [other.code] })).openid;
  OTHER_STAFF = (await createAccount(cloud.store, { role: 'unit_staff', unitId: `${other.code}-zjj` })).openid;
});
afterAll(() => cloud.close());

describe('applying', () => {
  it('lists the county’s units and town governments to apply to, the 政务公开办 first and the place’s own town first among towns', async () => {
    const me = await newResident();
    const { bodies } = ok(
      await resident<{ bodies: Array<{ id: string; kind: string }> }>(me, 'applications.bodies', { regionCode: county.villages[0].code }),
    );
    assert.equal(bodies[0].id, county.openGov.id);
    const towns = bodies.filter((b) => b.kind === 'town');
    assert.equal(towns.length, county.towns.length);
    assert.equal(towns[0].id, townGovId);
    assert.ok(bodies.some((b) => b.id === housingId && b.kind === 'unit'));
    refused(await resident(me, 'applications.bodies', { regionCode: '999999' }), 'NOT_FOUND');
  });

  it('filed on 2025-09-30 is due on 2025-11-04: 20 working days across the 国庆·中秋 holiday, counting 10月11日 (a Saturday worked)', async () => {
    await cloud.setClock(FILED);
    const me = await newResident();
    const a = await apply(me);
    assert.match(a.id, new RegExp(`^${county.code}-YSQ20250930-\\d{4}$`));
    assert.equal(a.receivedOn, '2025-09-30');
    assert.equal(a.answerDue, end('2025-11-04'));
    assert.equal(a.provisional, undefined);
    assert.equal(a.unitName, county.units.find((u) => u.id === housingId)!.name);
    const d = ok(await resident(me, 'applications.get', { id: a.id }));
    assert.equal(d.status, 'submitted');
    assert.equal(d.statusName, '待登记');
    assert.deepEqual([d.deadline.days, d.deadline.dayKind, d.deadline.level], [20, 'working', 'on_time']);
    assert.equal(d.timeline[0].by, '您');
  });

  it('submitting the same request twice stores one application and answers it both times', async () => {
    const me = await newResident();
    const body = application();
    const first = ok(await resident<ApplicationSubmitAnswer>(me, 'applications.submit', body));
    const again = ok(await resident<ApplicationSubmitAnswer>(me, 'applications.submit', { ...body, description: '改了内容再点一次提交' }));
    assert.equal(again.id, first.id);
    const mine = ok(await resident<{ items: Array<{ id: string }> }>(me, 'applications.mine', {}));
    assert.deepEqual(
      mine.items.map((x) => x.id),
      [first.id],
    );
  });

  it('refuses a wrong ID number, a 邮寄 without an address and an unknown body, storing nothing', async () => {
    const me = await newResident();
    const badId = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    const wrong = await resident(me, 'applications.submit', application({ idNumber: badId }));
    refused(wrong, 'INVALID_INPUT');
    assert.match((wrong as { message: string }).message, /身份证号码有误/);
    const post = await resident(me, 'applications.submit', application({ delivery: '邮寄' }));
    refused(post, 'INVALID_INPUT');
    assert.match((post as { message: string }).message, /邮寄地址/);
    refused(await resident(me, 'applications.submit', application({ unitId: `${county.code}-nope` })), 'NOT_FOUND');
    refused(await resident(me, 'applications.submit', application({ name: '' })), 'INVALID_INPUT');
    assert.deepEqual(ok(await resident<{ items: unknown[] }>(me, 'applications.mine', {})).items, []);
  });
});

describe('handling', () => {
  it('登记 → 予以公开 → 评价: the applicant follows it on a timeline and rates it once', async () => {
    const me = await newResident();
    await cloud.setClock(FILED);
    const a = await apply(me);
    const queue = ok(await unit<{ items: Array<{ id: string }>; unit: { id: string } }>(HOUSING_STAFF, 'applications.queue', {}));
    assert.ok(queue.items.some((x) => x.id === a.id));
    assert.equal(queue.unit.id, housingId);
    let d = ok(await unit(HOUSING_STAFF, 'applications.get', { id: a.id }));
    assert.deepEqual(d.can, ['register']);
    await cloud.setClock(tenAm('2025-10-09'));
    d = ok(await unit(HOUSING_STAFF, 'applications.register', { id: a.id }));
    assert.equal(d.status, 'registered');
    assert.deepEqual(d.can, ['askSupplement', 'extend', 'answer']);
    // Registration does not move the clock: it runs from the day the application arrived.
    assert.equal(d.deadline.due, end('2025-11-04'));
    refused(await unit(HOUSING_STAFF, 'applications.register', { id: a.id }), 'CONFLICT');
    await cloud.setClock(tenAm('2025-10-20'));
    d = ok(
      await unit(HOUSING_STAFF, 'applications.answer', {
        id: a.id,
        outcome: '予以公开',
        text: '您申请的评议记录和拨付文件见附件，另可到镇便民服务中心查阅原件。',
      }),
    );
    assert.equal(d.status, 'closed');
    assert.deepEqual(d.can, []);
    const mine = ok(await resident(me, 'applications.get', { id: a.id }));
    assert.equal(mine.answer?.outcome, '予以公开');
    assert.equal(mine.answer?.onTime, true);
    assert.deepEqual(mine.can, ['rate']);
    assert.deepEqual(
      mine.timeline.map((e) => [e.actionName, e.by]),
      [
        ['提交申请', '您'],
        ['登记', mine.unitName],
        ['答复', mine.unitName],
      ],
    );
    const rated = ok(await resident(me, 'applications.rate', { id: a.id, score: 5, comment: '答复很清楚' }));
    assert.equal(rated.rating?.score, 5);
    assert.deepEqual(rated.can, []);
    refused(await resident(me, 'applications.rate', { id: a.id, score: 1 }), 'CONFLICT');
    refused(await unit(HOUSING_STAFF, 'applications.answer', { id: a.id, outcome: '无此信息', text: '再答一次' }), 'CONFLICT');
  });

  it('a 补正 pauses the clock; once supplied, 20 working days count afresh from that day (Art. 30)', async () => {
    const me = await newResident();
    const id = await filedAndRegistered(me);
    await cloud.setClock(tenAm('2025-10-09')); // the first working day after the holiday
    let d = ok(await unit(HOUSING_STAFF, 'applications.askSupplement', { id, missing: '请写明是哪一个村民小组、哪一批次的补助' }));
    assert.equal(d.status, 'supplementing');
    assert.ok(d.paused);
    refused(await unit(HOUSING_STAFF, 'applications.answer', { id, outcome: '予以公开', text: '先答复' }), 'CONFLICT');
    // Past the old due date, a paused application is not overdue.
    await cloud.setClock(tenAm('2025-11-06'));
    d = ok(await resident(me, 'applications.get', { id }));
    assert.deepEqual(d.can, ['supply']);
    assert.equal(d.supplement?.missing, '请写明是哪一个村民小组、哪一批次的补助');
    assert.equal(d.deadline.level, 'on_time');
    const waiting = ok(
      await unit<{ items: Array<{ id: string; paused: boolean }> }>(HOUSING_STAFF, 'applications.queue', { status: 'supplementing' }),
    );
    assert.ok(waiting.items.some((x) => x.id === id && x.paused));
    refused(await resident(await newResident('别人'), 'applications.supply', { id, text: '第三组2024年第二批' }), 'NOT_FOUND');
    await cloud.setClock(tenAm('2025-11-10')); // a Monday
    d = ok(await resident(me, 'applications.supply', { id, text: '第三组，2024年第二批危房改造补助' }));
    assert.equal(d.status, 'registered');
    assert.equal(d.clockFrom, '2025-11-10');
    assert.equal(d.deadline.due, end('2025-12-08'));
    assert.equal(d.deadline.level, 'on_time');
    assert.equal(d.supplement?.text, '第三组，2024年第二批危房改造补助');
    // Once only.
    const staff = ok(await unit(HOUSING_STAFF, 'applications.get', { id }));
    assert.ok(!staff.can.includes('askSupplement'));
    refused(await unit(HOUSING_STAFF, 'applications.askSupplement', { id, missing: '还要再补一次' }), 'CONFLICT');
    assert.deepEqual(
      ok(await resident(me, 'applications.get', { id })).timeline.map((e) => e.actionName),
      ['提交申请', '登记', '要求补正', '补正'],
    );
  });

  it('a 补正 may be asked only within 7 working days of receipt', async () => {
    const me = await newResident();
    const id = await filedAndRegistered(me);
    await cloud.setClock(tenAm('2025-10-17')); // the 8th working day after 9月30日
    const late = await unit(HOUSING_STAFF, 'applications.askSupplement', { id, missing: '请写明批次' });
    refused(late, 'CONFLICT');
    assert.match((late as { message: string }).message, /7个工作日/);
    await cloud.setClock(tenAm('2025-10-16')); // the 7th
    ok(await unit(HOUSING_STAFF, 'applications.askSupplement', { id, missing: '请写明批次' }));
  });

  it('extends once by up to 20 working days, with the reason shown to the applicant; a second extension is CONFLICT', async () => {
    const me = await newResident();
    const id = await filedAndRegistered(me);
    await cloud.setClock(tenAm('2025-10-30'));
    refused(await unit(HOUSING_STAFF, 'applications.extend', { id, days: 21, reason: '需要向档案馆调取' }), 'INVALID_INPUT');
    let d = ok(await unit(HOUSING_STAFF, 'applications.extend', { id, days: 20, reason: '需要向县档案馆调取2019年的档案' }));
    assert.equal(d.deadline.due, end('2025-12-02'));
    assert.equal(d.deadline.days, 40);
    assert.ok(d.extended);
    assert.ok(!d.can.includes('extend'));
    const second = await unit(HOUSING_STAFF, 'applications.extend', { id, days: 1, reason: '还需要一天' });
    refused(second, 'CONFLICT');
    assert.match((second as { message: string }).message, /只能延期一次/);
    d = ok(await resident(me, 'applications.get', { id }));
    assert.deepEqual(d.extension && [d.extension.days, d.extension.reason], [20, '需要向县档案馆调取2019年的档案']);
    assert.match(d.timeline[d.timeline.length - 1].note ?? '', /延长20个工作日：需要向县档案馆调取2019年的档案/);
    // Answered after the first due date but within the extension: on time.
    await cloud.setClock(tenAm('2025-11-20'));
    d = ok(await unit(HOUSING_STAFF, 'applications.answer', { id, outcome: '予以公开', text: '所需档案已调取，见附件。' }));
    assert.equal(d.answer?.onTime, true);
  });

  it('overdue after the due day, very overdue after 20 more working days; an answer then is late', async () => {
    const me = await newResident();
    const id = await filedAndRegistered(me);
    await cloud.setClock(end('2025-11-04'));
    assert.equal(ok(await resident(me, 'applications.get', { id })).deadline.level, 'on_time');
    await cloud.setClock(tenAm('2025-11-05'));
    assert.equal(ok(await resident(me, 'applications.get', { id })).deadline.level, 'overdue');
    await cloud.setClock(end('2025-12-02'));
    assert.equal(ok(await unit(HOUSING_STAFF, 'applications.get', { id })).deadline.level, 'overdue');
    await cloud.setClock(tenAm('2025-12-03'));
    const q = ok(await unit<{ items: Array<{ id: string; deadline: { level: string } }> }>(HOUSING_STAFF, 'applications.queue', {}));
    assert.equal(q.items.find((x) => x.id === id)?.deadline.level, 'very_overdue');
    const d = ok(
      await unit(HOUSING_STAFF, 'applications.answer', { id, outcome: '无此信息', text: '经检索，本机关未制作也未获取该信息。' }),
    );
    assert.equal(d.answer?.onTime, false);
    // Closed: no longer judged.
    assert.equal(d.deadline.level, 'on_time');
  });
});

describe('outcomes', () => {
  const extras: Record<Outcome, Record<string, string>> = {
    予以公开: {},
    部分公开: { reason: '个人隐私' },
    不予公开: { reason: '过程性信息' },
    无此信息: {},
    非本机关掌握: { referTo: '清溪县自然资源局，电话 028-12345678' },
    重复申请: {},
  };

  for (const outcome of OUTCOMES) {
    it(`answers ${outcome}`, async () => {
      const me = await newResident();
      const id = await filedAndRegistered(me);
      await cloud.setClock(tenAm('2025-10-15'));
      ok(await unit(HOUSING_STAFF, 'applications.answer', { id, outcome, text: `答复：${outcome}`, ...extras[outcome] }));
      const d = ok(await resident(me, 'applications.get', { id }));
      assert.equal(d.status, 'closed');
      assert.equal(d.outcome, outcome);
      assert.equal(d.answer?.outcome, outcome);
      assert.ok(d.answer?.outcomeHelp);
      if (extras[outcome].reason) {
        assert.equal(d.answer?.reason, extras[outcome].reason);
        assert.match(d.answer?.basis ?? '', /政府信息公开条例》第十[五六]条/);
      } else assert.equal(d.answer?.reason, undefined);
      assert.equal(d.answer?.referTo, extras[outcome].referTo);
    });
  }

  it('refuses 不予公开 and 部分公开 without a legal reason from the list, and 非本机关掌握 without where to ask', async () => {
    const me = await newResident();
    const id = await filedAndRegistered(me);
    for (const data of [
      { outcome: '不予公开', text: '不能公开。' },
      { outcome: '部分公开', text: '部分公开。' },
      { outcome: '不予公开', reason: '不想公开', text: '不能公开。' },
      { outcome: '非本机关掌握', text: '不归我们管。' },
    ]) {
      refused(await unit(HOUSING_STAFF, 'applications.answer', { id, ...data }), 'INVALID_INPUT');
    }
    assert.equal(ok(await resident(me, 'applications.get', { id })).status, 'registered');
  });
});

describe('who sees what', () => {
  it('another person’s application is NOT_FOUND; another body’s staff and another county see nothing; the county only reads', async () => {
    const me = await newResident();
    const a = await apply(me);
    const stranger = await newResident('别人');
    refused(await resident(stranger, 'applications.get', { id: a.id }), 'NOT_FOUND');
    refused(await resident(stranger, 'applications.rate', { id: a.id, score: 5 }), 'NOT_FOUND');
    refused(await unit(EDUCATION_STAFF, 'applications.get', { id: a.id }), 'NOT_FOUND');
    refused(await unit(EDUCATION_STAFF, 'applications.register', { id: a.id }), 'NOT_FOUND');
    refused(await unit(TOWN_STAFF, 'applications.get', { id: a.id }), 'NOT_FOUND');
    refused(await unit(OTHER_ADMIN, 'applications.get', { id: a.id }), 'NOT_FOUND');
    refused(await unit(OTHER_STAFF, 'applications.get', { id: a.id }), 'NOT_FOUND');
    const county = ok(await unit(ADMIN, 'applications.get', { id: a.id }));
    assert.deepEqual(county.can, []);
    refused(await unit(ADMIN, 'applications.register', { id: a.id }), 'FORBIDDEN');
    refused(await resident(me, 'applications.get', { id: 'no-such-application' }), 'NOT_FOUND');
  });

  it('a town government handles what is sent to it', async () => {
    const me = await newResident();
    await cloud.setClock(FILED);
    const a = await apply(me, { unitId: townGovId, description: '本镇2025年低保对象名单的审批程序文件' });
    refused(await unit(HOUSING_STAFF, 'applications.get', { id: a.id }), 'NOT_FOUND');
    ok(await unit(TOWN_STAFF, 'applications.register', { id: a.id }));
    const d = ok(
      await unit(TOWN_STAFF, 'applications.answer', {
        id: a.id,
        outcome: '部分公开',
        reason: '个人隐私',
        text: '审批程序文件见附件，名单中的身份证号码已隐去。',
      }),
    );
    assert.equal(d.answer?.unitName, county.units.find((u) => u.id === townGovId)!.name);
  });

  it('the ID number reaches only the handling unit unmasked: never the applicant’s own answers, the county’s or public ones', async () => {
    const me = await newResident();
    await cloud.setClock(FILED);
    const answers: unknown[] = [];
    const submitted = await apply(me, { delivery: '邮寄', postalAddress: '清溪县青石镇桃花村3组12号' });
    answers.push(submitted);
    ok(await unit(HOUSING_STAFF, 'applications.register', { id: submitted.id }));
    answers.push(ok(await resident(me, 'applications.mine', {})));
    const own = ok(await resident(me, 'applications.get', { id: submitted.id }));
    answers.push(own);
    answers.push(ok(await resident(me, 'applications.get', { id: submitted.id })));
    const countyView = ok(await unit(ADMIN, 'applications.get', { id: submitted.id }));
    answers.push(countyView, ok(await unit(ADMIN, 'applications.queue', {})));
    answers.push(ok(await cloud.call('public', 'stats.public', { countyCode: county.code, period: '2025' })));
    for (const x of answers) {
      const text = JSON.stringify(x);
      assert.ok(!text.includes(ID), `raw ID in ${text.slice(0, 120)}`);
      assert.deepEqual(
        findPersonalData(x).filter((f) => f.length === 18),
        [],
      );
    }
    assert.equal(own.applicant.idNumber, `${ID.slice(0, 6)}********${ID.slice(14)}`);
    assert.equal(own.postalAddress, '清溪县青石镇桃花村3组12号');
    assert.equal(countyView.applicant.idNumber, own.applicant.idNumber);
    assert.equal(countyView.applicant.phone, '138****1234');
    assert.equal(countyView.applicant.name, '张**');
    assert.equal(countyView.postalAddress, undefined);
    const staff = ok(await unit(HOUSING_STAFF, 'applications.get', { id: submitted.id }));
    assert.deepEqual(staff.applicant, { name: '张秀兰', idNumber: ID, phone: '13800001234' });
    assert.equal(staff.postalAddress, '清溪县青石镇桃花村3组12号');
  });
});

describe('statistics', () => {
  it('counts applications received, answered on time and each outcome in the county’s and the unit’s figures', async () => {
    // A county of its own, so the counts are exactly this test's.
    const c = await createCounty(cloud.store, { name: '桃源县' });
    const unitId = `${c.code}-zjj`;
    const staff = (await createAccount(cloud.store, { role: 'unit_staff', unitId })).openid;
    const admin = (await createAccount(cloud.store, { role: 'county_admin', regionCodes: [c.code] })).openid;
    const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [c.villages[0].code] })).openid;
    const plan: Array<[Outcome, string, Record<string, string>]> = [
      ['予以公开', '2025-10-20', {}],
      ['予以公开', '2025-10-21', {}],
      ['不予公开', '2025-10-22', { reason: '商业秘密' }],
      ['无此信息', '2025-11-03', {}],
      ['非本机关掌握', '2025-11-12', { referTo: '县教育局' }], // late: due 11月4日
    ];
    for (const [outcome, day, extra] of plan) {
      await cloud.setClock(FILED);
      const a = ok(await resident<ApplicationSubmitAnswer>(me, 'applications.submit', application({ unitId })));
      ok(await unit(staff, 'applications.register', { id: a.id }));
      await cloud.setClock(tenAm(day));
      ok(await unit(staff, 'applications.answer', { id: a.id, outcome, text: '答复如下。', ...extra }));
    }
    await cloud.setClock(FILED);
    // Still open; by a neighbour (one person files at most APPLICATION_DAILY_LIMIT a day).
    const neighbour = (await createAccount(cloud.store, { role: 'resident', regionCodes: [c.villages[0].code] })).openid;
    ok(await resident(neighbour, 'applications.submit', application({ unitId })));
    const dash = ok(await cloud.call<any>('admin', 'stats.dashboard', { period: '2025' }, await as(admin)));
    const n = dash.county.counts;
    assert.deepEqual([n.applicationsReceived, n.applicationsAnswered, n.applicationsAnsweredOnTime], [6, 5, 4]);
    assert.deepEqual(
      [n.applicationsDisclosed, n.applicationsWithheld, n.applicationsNoSuchInfo, n.applicationsNotHeld, n.applicationsPartlyDisclosed],
      [2, 1, 1, 1, 0],
    );
    assert.equal(dash.county.applicationsOnTime.text, '80.0%');
    // Complaint figures are not touched by applications.
    assert.equal(n.received, 0);
    const u = dash.units.find((r: any) => r.scopeId === unitId);
    assert.equal(u.counts.applicationsReceived, 6);
    const oct = ok(await cloud.call<any>('admin', 'stats.dashboard', { period: '2025-10' }, await as(admin)));
    assert.deepEqual([oct.county.counts.applicationsAnswered, oct.county.counts.applicationsDisclosed], [3, 2]);
    const csv = ok(await cloud.call<any>('admin', 'stats.export', { period: '2025' }, await as(admin)));
    assert.match(csv.csv.split('\r\n')[0], /收到信息公开申请,申请答复数,申请按期答复数,申请按期答复率/);
  });
});

describe('the day’s limit', () => {
  it(`refuses the ${APPLICATION_DAILY_LIMIT + 1}th application of a day with RATE_LIMITED, storing nothing; a retry of one made counts once and is still answered; the next day is free again`, async () => {
    await cloud.setClock(tenAm('2025-12-01'));
    const me = await newResident('多次申请');
    const first = application();
    const made = ok(await resident<ApplicationSubmitAnswer>(me, 'applications.submit', first));
    assert.equal(ok(await resident<ApplicationSubmitAnswer>(me, 'applications.submit', first)).id, made.id, 'a retry is not a second one');
    for (let i = 1; i < APPLICATION_DAILY_LIMIT; i++) await apply(me);
    const over = await resident(me, 'applications.submit', application());
    refused(over, 'RATE_LIMITED');
    assert.equal((over as { message: string }).message, `每人每天最多提交${APPLICATION_DAILY_LIMIT}件信息公开申请，请明天再试`);
    assert.equal(ok(await resident<ApplicationSubmitAnswer>(me, 'applications.submit', first)).id, made.id, 'still answered at the limit');
    assert.equal(ok(await resident<{ items: unknown[] }>(me, 'applications.mine', {})).items.length, APPLICATION_DAILY_LIMIT);
    // Someone else is not limited by it, and the next day the applicant may apply again.
    ok(await resident(await newResident('别人'), 'applications.submit', application()));
    await cloud.setClock(tenAm('2025-12-02'));
    ok(await resident(me, 'applications.submit', application()));
  });
});
