// Supervision complaints over the real local cloud: filing, routing, the unit's handling,
// deadlines under a moved clock, the sweep, privacy, idempotency and limits. The suite builds
// its own county, units, routes and accounts (tests/helpers/world.ts).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type ApiAnswer, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, createRoute, createUnit, type TestCounty } from '../helpers/world';
import type { Disclosure, Unit } from '../../core/model';
import type { ComplaintDetail, SubmitAnswer, ComplaintSummary } from '../../core/api/complaint-views';
import type { Res } from '../../core/api/contracts';

let cloud: TestCloud;
let county: TestCounty;
let village: string;
/** 住建局 answers for 危房改造 by a route; 乡村振兴局 takes what the county transfers; 教育局 is another unit. */
let housing: Unit;
let poverty: Unit;
let education: Unit;
const staffByUnit = new Map<string, string>();
let ADMIN: string;
let OTHER_COUNTY_ADMIN: string;
let CADRE: string;
let REVIEWER: string;
const disclosureByDomain = new Map<string, string>();
let runningPublicity: Disclosure;
const cookies = new Map<string, string>();
let seq = 0;

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const resident = async (openid: string, action: string, data: unknown = {}) => cloud.call<any>('resident', action, data, await as(openid));
const unit = async (openid: string, action: string, data: unknown = {}) => cloud.call<any>('unit', action, data, await as(openid));
const staffOf = (unitId: string) => staffByUnit.get(unitId)!;

async function newResident(name: string): Promise<string> {
  return (await createAccount(cloud.store, { role: 'resident', regionCodes: [village], name })).openid;
}

async function file(openid: string, extra: Record<string, unknown> = {}): Promise<ApiAnswer<SubmitAnswer>> {
  return resident(openid, 'complaints.submit', {
    requestId: `req-${Date.now()}-${seq++}`,
    kind: '投诉举报',
    category: '内容不准确',
    text: '公示的补助金额和实际发放的不一致，请核实。',
    regionCode: village,
    disclosureId: disclosureByDomain.get('rural_housing_renovation'),
    ...extra,
  });
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  const store = cloud.store;
  county = await createCounty(store, { name: '清溪县' });
  village = county.villages[0].code;
  housing = await createUnit(store, county, { name: '清溪县住房和城乡建设局', domains: ['rural_housing_renovation'] });
  poverty = await createUnit(store, county, { name: '清溪县乡村振兴局', domains: ['poverty_alleviation'] });
  education = await createUnit(store, county, { name: '清溪县教育局', domains: ['compulsory_education'] });
  await createRoute(store, county, { domain: 'rural_housing_renovation', unitId: housing.id });
  await createRoute(store, county, { domain: 'poverty_alleviation', unitId: poverty.id });
  for (const u of [housing, poverty, education])
    staffByUnit.set(u.id, (await createAccount(store, { role: 'unit_staff', unitId: u.id })).openid);
  ADMIN = (await createAccount(store, { role: 'county_admin', regionCodes: [county.code] })).openid;
  CADRE = (await createAccount(store, { role: 'cadre', regionCodes: [village] })).openid;
  REVIEWER = (await createAccount(store, { role: 'reviewer', regionCodes: [village.slice(0, 9)] })).openid;
  const other = await createCounty(store, { name: '白石县' });
  OTHER_COUNTY_ADMIN = (await createAccount(store, { role: 'county_admin', regionCodes: [other.code] })).openid;
  for (const domain of ['rural_housing_renovation', 'poverty_alleviation']) {
    disclosureByDomain.set(domain, (await createDisclosure(store, county, { regionCode: village, domain })).id);
  }
  runningPublicity = await createDisclosure(store, county, { regionCode: village, running: true });
});
afterAll(() => cloud.close());

describe('filing and handling', () => {
  it('files from a disclosure, routes to 住建局 with deadlines, and runs 签收 → 答复 → 评价', async () => {
    const me = await newResident('flow');
    const a = ok(await file(me));
    assert.match(a.ticket, new RegExp(`^${county.code}-20261126-\\d{4}$`));
    assert.equal(a.unitName, housing.name);
    assert.ok(a.unitHotline?.demo);
    assert.equal(a.acceptDue, '2026-11-27T15:59:59.999Z'); // Thu -> Fri
    assert.equal(a.answerDue, '2026-12-17T15:59:59.999Z'); // 15 working days
    const detail = ok(await resident(me, 'complaints.get', { id: a.ticket })) as ComplaintDetail;
    assert.equal(detail.status, 'submitted');
    const staff = staffOf(detail.unitId);
    const queue = ok(await unit(staff, 'queue.list', {}));
    assert.ok(queue.items.some((c: ComplaintSummary) => c.id === a.ticket));
    assert.equal(queue.unit.name, housing.name);
    const outbox = ok((await (await cloud.raw(`/api/dev/outbox?to=${staff}`)).json()) as any) as any;
    assert.ok(outbox.notifications.some((n: any) => n.complaintId === a.ticket && n.template === 'new_complaint'));

    let d = ok(await unit(staff, 'complaints.accept', { id: a.ticket })) as ComplaintDetail;
    assert.equal(d.status, 'accepted');
    assert.ok(d.can.includes('answer'));
    d = ok(await unit(staff, 'complaints.answer', { id: a.ticket, text: '经核实，补助金额按改造方式分档，已在公示中补充说明。' }));
    assert.equal(d.status, 'answered');

    const mine = ok(await resident(me, 'complaints.get', { id: a.ticket })) as ComplaintDetail;
    assert.equal(mine.answer?.unitName, housing.name);
    assert.deepEqual(mine.can, ['rate', 'reopen']);
    assert.deepEqual(
      mine.timeline.map((e) => e.actionName),
      ['提交', '签收', '答复'],
    );
    assert.equal(mine.timeline[0].by, '您');
    const closed = ok(await resident(me, 'complaints.rate', { id: a.ticket, score: 4, comment: '满意' })) as ComplaintDetail;
    assert.equal(closed.status, 'closed');
    assert.equal(closed.rating?.score, 4);
    const mineOutbox = ok((await (await cloud.raw(`/api/dev/outbox?to=${me}`)).json()) as any) as any;
    assert.deepEqual(mineOutbox.notifications.map((n: any) => n.template).sort(), ['accepted', 'answered']);
    const again = await resident(me, 'complaints.rate', { id: a.ticket, score: 1 });
    assert.ok(!again.ok && again.code === 'CONFLICT');
  });

  it('a 退单 goes back to the county, which 改派 it to another unit', async () => {
    const me = await newResident('return');
    const a = ok(await file(me));
    const staff = staffOf(housing.id);
    const ret = ok(await unit(staff, 'complaints.return', { id: a.ticket, reason: '不属于本单位职责' })) as ComplaintDetail;
    assert.equal(ret.status, 'returned');
    const countyQueue = ok(await unit(ADMIN, 'queue.list', { status: 'returned' }));
    assert.equal(countyQueue.scope, 'county');
    assert.ok(countyQueue.items.some((c: ComplaintSummary) => c.id === a.ticket));
    const units = ok(await unit(ADMIN, 'units.list', {})).units as Array<{ id: string; name: string }>;
    const target = units.find((u) => u.id === poverty.id)!;
    const moved = ok(
      await unit(ADMIN, 'complaints.transfer', { id: a.ticket, unitId: target.id, note: '扶贫资金相关' }),
    ) as ComplaintDetail;
    assert.equal(moved.status, 'submitted');
    assert.equal(moved.unitName, target.name);
    const theirs = ok(await unit(staffOf(target.id), 'queue.list', {}));
    assert.ok(theirs.items.some((c: ComplaintSummary) => c.id === a.ticket));
    const gone = await unit(staff, 'complaints.get', { id: a.ticket });
    assert.ok(!gone.ok && gone.code === 'NOT_FOUND');
  });

  it('one extension, with a reason, up to the original length', async () => {
    const me = await newResident('extend');
    const a = ok(await file(me));
    const staff = staffOf(housing.id);
    ok(await unit(staff, 'complaints.accept', { id: a.ticket }));
    const tooLong = await unit(staff, 'complaints.extend', { id: a.ticket, days: 16, reason: '需要实地核查' });
    assert.ok(!tooLong.ok && tooLong.code === 'INVALID_INPUT');
    const d = ok(await unit(staff, 'complaints.extend', { id: a.ticket, days: 5, reason: '需要实地核查' })) as ComplaintDetail;
    assert.equal(d.answerDeadline.due, '2026-12-24T15:59:59.999Z');
    assert.ok(d.extended && !d.can.includes('extend'));
    const twice = await unit(staff, 'complaints.extend', { id: a.ticket, days: 1, reason: '还需要时间' });
    assert.ok(!twice.ok && twice.code === 'CONFLICT');
  });

  it('reopens once when unsatisfied, back to the unit with a new deadline', async () => {
    const me = await newResident('reopen');
    const a = ok(await file(me));
    const staff = staffOf(housing.id);
    ok(await unit(staff, 'complaints.accept', { id: a.ticket }));
    ok(await unit(staff, 'complaints.answer', { id: a.ticket, text: '已核实无误。' }));
    const re = ok(await resident(me, 'complaints.reopen', { id: a.ticket, reason: '没有说明核实依据' })) as ComplaintDetail;
    assert.equal(re.status, 'in_progress');
    ok(await unit(staff, 'complaints.answer', { id: a.ticket, text: '补充核实依据：现场照片和评议记录。' }));
    const second = await resident(me, 'complaints.reopen', { id: a.ticket, reason: '还是不满意' });
    assert.ok(!second.ok && second.code === 'CONFLICT');
  });
});

describe('routing', () => {
  it('a 公示异议 on a village publicity goes to the town that reviewed it, with 10 calendar days', async () => {
    const me = await newResident('objection');
    const summary = ok(await cloud.call<Res<'public', 'disclosures.summary'>>('public', 'disclosures.summary', { regionCode: village }));
    const running = summary.running.find((d) => d.hasTable && d.regionCode === village)!;
    assert.equal(running.id, runningPublicity.id);
    const a = ok(
      await resident(me, 'complaints.submit', {
        requestId: `obj-${seq++}-xxxxxxxx`,
        kind: '公示异议',
        category: '对公示对象有异议',
        text: '名单中有一户家里有两套砖房，不符合条件。',
        regionCode: village,
        disclosureId: running.id,
      }),
    ) as SubmitAnswer;
    assert.match(a.unitName, /(人民政府|办事处)$/);
    assert.equal(a.unitName, county.units.find((u) => u.id === runningPublicity.reviewUnitId)!.name, 'the town that reviewed it');
    // 10 calendar days after 11-26 is Sunday 12-06: the limit ends on Monday 12-07 (民法典 Art. 203).
    assert.equal(a.answerDue, '2026-12-07T15:59:59.999Z');
  });

  it('without a disclosure or domain it falls back to the 政务公开办', async () => {
    const me = await newResident('fallback');
    const a = ok(
      await resident(me, 'complaints.submit', {
        requestId: `fb-${seq++}-xxxxxxxx`,
        kind: '目录意见',
        category: '其他',
        text: '希望目录里增加村集体经济收支的事项。',
        regionCode: village,
      }),
    ) as SubmitAnswer;
    assert.match(a.unitName, /政务公开办/);
    assert.equal(a.unitName, county.openGov.name);
  });
});

describe('deadlines, the sweep and 督办', () => {
  it('an overdue complaint is reminded, then 督办 when very overdue; a second sweep changes nothing', async () => {
    const me = await newResident('sweep');
    const a = ok(await file(me));
    const staff = staffOf(housing.id);
    ok(await unit(staff, 'complaints.accept', { id: a.ticket }));
    const early = await unit(ADMIN, 'complaints.escalate', { id: a.ticket });
    assert.ok(!early.ok && early.code === 'CONFLICT', 'not overdue yet');
    try {
      await cloud.setClock('2026-12-18T09:00:00+08:00'); // a day after the 15 working days
      let d = ok(await unit(staff, 'complaints.get', { id: a.ticket })) as ComplaintDetail;
      assert.equal(d.deadline.level, 'overdue');
      const first = ok((await (await cloud.raw('/api/dev/sweep', { method: 'POST' })).json()) as any) as any;
      assert.ok(first.reminded >= 1);
      d = ok(await unit(staff, 'complaints.get', { id: a.ticket }));
      assert.equal(d.timeline.at(-1)?.actionName, '催办提醒');
      const second = ok((await (await cloud.raw('/api/dev/sweep', { method: 'POST' })).json()) as any) as any;
      assert.deepEqual(second, { reminded: 0, escalated: 0, closed: 0, conflicts: 0 });

      await cloud.setClock('2027-01-15T09:00:00+08:00'); // past twice the time
      const third = ok((await (await cloud.raw('/api/dev/sweep', { method: 'POST' })).json()) as any) as any;
      assert.ok(third.escalated >= 1);
      d = ok(await resident(me, 'complaints.get', { id: a.ticket }));
      assert.equal(d.deadline.level, 'very_overdue');
      assert.ok(d.escalated);
      assert.ok(d.timeline.some((e) => e.actionName === '督办' && e.by === '系统'));
      const outbox = ok((await (await cloud.raw(`/api/dev/outbox?to=${me}`)).json()) as any) as any;
      assert.ok(outbox.notifications.some((n: any) => n.template === 'escalated' && n.complaintId === a.ticket));
      const manual = ok(await unit(ADMIN, 'complaints.escalate', { id: a.ticket, note: '请立即答复' })) as ComplaintDetail;
      assert.equal(manual.timeline.at(-1)?.by, '政务公开办');
    } finally {
      await cloud.setClock('2026-11-26T10:00:00+08:00');
    }
  });

  it('closes an answered complaint nobody rated after 7 days', async () => {
    const me = await newResident('autoclose');
    const a = ok(await file(me));
    const staff = staffOf(housing.id);
    ok(await unit(staff, 'complaints.accept', { id: a.ticket }));
    ok(await unit(staff, 'complaints.answer', { id: a.ticket, text: '已处理。' }));
    try {
      await cloud.setClock('2026-12-03T09:00:00+08:00');
      await cloud.raw('/api/dev/sweep', { method: 'POST' });
      assert.equal((ok(await resident(me, 'complaints.get', { id: a.ticket })) as ComplaintDetail).status, 'answered');
      await cloud.setClock('2026-12-04T09:00:00+08:00');
      await cloud.raw('/api/dev/sweep', { method: 'POST' });
      const d = ok(await resident(me, 'complaints.get', { id: a.ticket })) as ComplaintDetail;
      assert.equal(d.status, 'closed');
      assert.equal(d.timeline.at(-1)?.actionName, '自动办结');
    } finally {
      await cloud.setClock('2026-11-26T10:00:00+08:00');
    }
  });
});

describe('protection of complainants', () => {
  it('an anonymous complaint reaches the unit without the phone or openid; the county sees the phone masked', async () => {
    const me = await newResident('anon');
    const a = ok(await file(me, { anonymous: true, contactPhone: '13812341234' }));
    const staff = staffOf(housing.id);
    const forUnit = await unit(staff, 'complaints.get', { id: a.ticket });
    const queue = await unit(staff, 'queue.list', {});
    for (const answer of [forUnit, queue]) {
      const text = JSON.stringify(answer);
      assert.ok(!text.includes(me), 'no openid');
      assert.ok(!text.includes('13812341234') && !text.includes('1234'.padStart(11, '*')), 'no phone');
    }
    const forCounty = ok(await unit(ADMIN, 'complaints.get', { id: a.ticket })) as ComplaintDetail;
    assert.equal(forCounty.contactPhone, '138****1234');
    assert.ok(!JSON.stringify(forCounty).includes(me));
    const named = ok(await file(me, { anonymous: false, contactPhone: '13812341234' }));
    const shown = ok(await unit(staff, 'complaints.get', { id: named.ticket })) as ComplaintDetail;
    assert.equal(shown.contactPhone, '13812341234');
    assert.ok(!JSON.stringify(shown).includes(me), 'never the openid, even when named');
  });

  it('someone else’s complaint is NOT_FOUND, never its content', async () => {
    const owner = await newResident('owner');
    const other = await newResident('other');
    const a = ok(await file(owner, { text: '这是只有我能看到的诉求内容。' }));
    for (const action of ['complaints.get', 'complaints.rate', 'complaints.reopen']) {
      const r = await resident(other, action, { id: a.ticket, score: 5, reason: '不满意不满意' });
      assert.ok(!r.ok && r.code === 'NOT_FOUND', action);
      assert.ok(!JSON.stringify(r).includes('只有我能看到'));
    }
    const mine = ok(await resident(other, 'complaints.mine', {}));
    assert.equal(mine.items.length, 0);
  });
});

describe('idempotency, limits and checks', () => {
  it('the same requestId twice returns the first ticket and stores one complaint', async () => {
    const me = await newResident('idem');
    const body = { requestId: 'same-request-0001', kind: '咨询', category: '其他', text: '请问补助什么时候发放？', regionCode: village };
    const [one, two] = await Promise.all([resident(me, 'complaints.submit', body), resident(me, 'complaints.submit', body)]);
    assert.equal(ok(one).ticket, ok(two).ticket);
    const three = ok(await resident(me, 'complaints.submit', { ...body, text: '改了内容的重试' }));
    assert.equal(three.ticket, ok(one).ticket);
    assert.equal(ok(await resident(me, 'complaints.mine', {})).items.length, 1);
  });

  it('at most 10 complaints per person per day', async () => {
    const me = await newResident('limit');
    for (let i = 0; i < 10; i++) ok(await file(me));
    const eleventh = await file(me);
    assert.ok(!eleventh.ok && eleventh.code === 'RATE_LIMITED' && /10/.test(eleventh.message));
    assert.equal(ok(await resident(me, 'complaints.mine', {})).items.length, 10);
  });

  it('a retry of an acknowledged complaint gets its ticket back even after the day’s limit is reached or the text changed', async () => {
    const me = await newResident('retry');
    const first = ok(await file(me, { requestId: 'retry-after-limit-01' })) as SubmitAnswer;
    for (let i = 0; i < 9; i++) ok(await file(me));
    // The phone lost the first answer and sends the same request again, now with 10 filed today.
    const again = await file(me, { requestId: 'retry-after-limit-01' });
    assert.ok(again.ok, again.ok ? '' : `${again.code} ${again.message}`);
    assert.equal(again.data.ticket, first.ticket);
    const risky = await file(me, { requestId: 'retry-after-limit-01', text: '你们这些傻逼干部都该下台' });
    assert.ok(risky.ok && risky.data.ticket === first.ticket, 'the stored complaint answers, not a new check');
  });

  it('rejects risky text and stores nothing; holds doubtful text for the county to release', async () => {
    const me = await newResident('check');
    const risky = await file(me, { text: '你们这些傻逼干部都该下台' });
    assert.ok(!risky.ok && risky.code === 'CONTENT_REJECTED');
    assert.equal(ok(await resident(me, 'complaints.mine', {})).items.length, 0);
    const held = ok(await file(me, { text: '再不处理我就要报复他们了' })) as SubmitAnswer;
    assert.ok(held.held);
    const staff = staffOf(housing.id);
    const hidden = await unit(staff, 'complaints.get', { id: held.ticket });
    assert.ok(!hidden.ok && hidden.code === 'NOT_FOUND');
    const released = ok(await unit(ADMIN, 'complaints.release', { id: held.ticket })) as ComplaintDetail;
    assert.equal(released.status, 'submitted');
    assert.ok(ok(await unit(staff, 'complaints.get', { id: held.ticket })));
  });

  it('a 泄露个人信息 complaint puts the disclosure up for review', async () => {
    const me = await newResident('leak');
    const d = { id: disclosureByDomain.get('poverty_alleviation')! };
    const a = ok(
      await resident(me, 'complaints.submit', {
        requestId: `leak-${seq++}-xxxxxxxx`,
        kind: '投诉举报',
        category: '泄露个人信息',
        text: '公示里有完整的身份证号码。',
        regionCode: village,
        disclosureId: d.id,
      }),
    );
    const stored = await cloud.store.getDisclosure(d.id);
    assert.equal(stored?.privacyReview?.complaintId, a.ticket);
  });

  it('refuses bad input with Chinese messages and stores nothing', async () => {
    const me = await newResident('bad');
    for (const extra of [
      { text: '短' },
      { kind: '闲聊' },
      { contactPhone: '12345' },
      { photos: ['local:0000000000000000/not-mine.jpg'] },
      { regionCode: '999999001001' },
    ]) {
      const r = await file(me, extra);
      assert.ok(!r.ok, JSON.stringify(extra));
      assert.ok(['INVALID_INPUT', 'NOT_FOUND'].includes(r.code), r.code);
      assert.match(r.message, /[\u4e00-\u9fa5]/);
    }
    assert.equal(ok(await resident(me, 'complaints.mine', {})).items.length, 0);
    const noLogin = await cloud.call('resident', 'complaints.mine', {});
    assert.ok(!noLogin.ok && noLogin.code === 'UNAUTHENTICATED');
  });

  it('accepts the caller’s own uploaded photo and refuses files that are not images', async () => {
    const me = await newResident('photo');
    const cookie = await as(me);
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1e6d20000000049454e44ae426082',
      'hex',
    );
    const up = (await (
      await cloud.raw('/api/files', { method: 'POST', headers: { cookie, 'content-type': 'image/png' }, body: png })
    ).json()) as any;
    assert.ok(up.ok, JSON.stringify(up));
    const fake = (await (
      await cloud.raw('/api/files', { method: 'POST', headers: { cookie, 'content-type': 'image/png' }, body: Buffer.from('not an image') })
    ).json()) as any;
    assert.equal(fake.code, 'INVALID_INPUT');
    const a = ok(await file(me, { photos: [up.data.fileId] }));
    const other = await newResident('photo-thief');
    const stolen = await file(other, { photos: [up.data.fileId] });
    assert.ok(!stolen.ok && stolen.code === 'INVALID_INPUT');
    assert.deepEqual((ok(await resident(me, 'complaints.get', { id: a.ticket })) as ComplaintDetail).photos, [up.data.fileId]);
  });
});

describe('anonymity', () => {
  const PNG = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1e6d20000000049454e44ae426082',
    'hex',
  );
  async function photoIn(openid: string, folder?: string) {
    const path = folder ? `/api/files?folder=${folder}` : '/api/files';
    const r = await cloud.raw(path, { method: 'POST', headers: { cookie: await as(openid), 'content-type': 'image/png' }, body: PNG });
    return (await r.json()) as ApiAnswer<{ fileId: string }>;
  }
  async function folderFor(openid: string): Promise<string> {
    const { prefix } = ok(await resident(openid, 'files.prefix'));
    const m = /^uploads\/([0-9a-f]{32})\/$/.exec(prefix);
    assert.ok(m, prefix);
    return m[1];
  }
  /** Every token of every value in a view: strings split at separators, numbers as they are. */
  function tokens(v: unknown, out = new Set<string>()): Set<string> {
    if (typeof v === 'string')
      for (const t of v.split(/[\s/:._\-?=&,，。、（）()]+/))
        if (t) out.add(t);
        else if (typeof v === 'number') out.add(String(v));
        else if (Array.isArray(v)) v.forEach((x) => tokens(x, out));
        else if (v && typeof v === 'object') Object.values(v).forEach((x) => tokens(x, out));
    return out;
  }

  it('gives a fresh upload folder each time and takes photos only into a folder given to the caller', async () => {
    const me = await newResident('folders');
    const other = await newResident('folders-other');
    const [f1, f2] = [await folderFor(me), await folderFor(me)];
    assert.notEqual(f1, f2);
    const mine = ok(await photoIn(me, f1));
    assert.ok(mine.fileId.startsWith(`local:${f1}/`), mine.fileId);
    const intoOthers = await photoIn(other, f1);
    assert.ok(!intoOthers.ok && intoOthers.code === 'INVALID_INPUT');
    const made = await photoIn(me, '0123456789abcdef0123456789abcdef');
    assert.ok(!made.ok && made.code === 'INVALID_INPUT');
    const stolen = await file(other, { photos: [mine.fileId] });
    assert.ok(!stolen.ok && stolen.code === 'INVALID_INPUT');
  });

  it('an anonymous complaint shares nothing with the same person’s named one that a stranger’s does not', async () => {
    const me = await newResident('anon-me');
    const stranger = await newResident('anon-stranger');
    const withPhoto = async (openid: string, extra: Record<string, unknown>) => {
      const photo = ok(await photoIn(openid, await folderFor(openid))).fileId;
      return ok(await file(openid, { photos: [photo], ...extra })).ticket;
    };
    const named = await withPhoto(me, { contactPhone: '13800138000' });
    const anon = await withPhoto(me, { anonymous: true });
    const strangers = await withPhoto(stranger, { contactPhone: '13900139000' });
    const detail = ok(await resident(me, 'complaints.get', { id: named })) as ComplaintDetail & { unitId: string };
    const staff = staffOf(detail.unitId);
    const view = async (id: string) => ok(await unit(staff, 'complaints.get', { id }));
    const [a, n, x] = [await view(anon), await view(named), await view(strangers)];
    assert.ok(JSON.stringify(n).includes('13800138000'), 'the named one shows the phone');
    assert.ok(!JSON.stringify(a).includes('13800138000'));
    const fixed = tokens(x);
    const named_ = tokens(n);
    const linking = [...tokens(a)].filter((t) => named_.has(t) && !fixed.has(t));
    assert.deepEqual(linking, []);
  });
});

describe('authorization matrix', () => {
  it('each role may do only its own actions, on complaints in its reach', async () => {
    const me = await newResident('matrix');
    const a = ok(await file(me));
    const zjj = staffOf(housing.id);
    const otherUnit = staffOf(education.id);
    const actions: Array<[string, Record<string, unknown>]> = [
      ['complaints.get', {}],
      ['complaints.accept', {}],
      ['complaints.return', { reason: '不属于本单位' }],
      ['complaints.start', {}],
      ['complaints.extend', { days: 1, reason: '需要核实' }],
      ['complaints.answer', { text: '答复内容' }],
      ['complaints.transfer', { unitId: education.id }],
      ['complaints.escalate', {}],
      ['complaints.release', {}],
    ];
    // A resident, a cadre, a reviewer: nothing in the unit function.
    for (const who of [me, CADRE, REVIEWER]) {
      for (const [action, extra] of [['queue.list', {}] as [string, Record<string, unknown>], ...actions]) {
        const r = await unit(who, action, { id: a.ticket, ...extra });
        assert.ok(!r.ok && r.code === 'FORBIDDEN', `${who} ${action}`);
      }
    }
    // Staff of another unit and the admin of another county: as if it did not exist.
    for (const who of [otherUnit, OTHER_COUNTY_ADMIN]) {
      for (const [action, extra] of actions) {
        const r = await unit(who, action, { id: a.ticket, ...extra });
        assert.ok(!r.ok && r.code === 'NOT_FOUND', `${who} ${action}: ${!r.ok && r.code}`);
      }
    }
    // The unit's staff may not transfer, escalate or release: county powers.
    for (const action of ['complaints.transfer', 'complaints.escalate', 'complaints.release']) {
      const r = await unit(zjj, action, { id: a.ticket, unitId: education.id });
      assert.ok(!r.ok && r.code === 'FORBIDDEN', action);
    }
    // The county may not do the unit's work.
    for (const action of ['complaints.accept', 'complaints.answer']) {
      const r = await unit(ADMIN, action, { id: a.ticket, text: '代为答复' });
      assert.ok(!r.ok && r.code === 'FORBIDDEN', action);
    }
    // Unit staff and admins cannot use the resident function on someone else's complaint.
    for (const who of [zjj, ADMIN]) {
      const r = await resident(who, 'complaints.get', { id: a.ticket });
      assert.ok(!r.ok && r.code === 'NOT_FOUND');
    }
    const d = ok(await resident(me, 'complaints.get', { id: a.ticket })) as ComplaintDetail;
    assert.equal(d.status, 'submitted', 'none of the refused calls changed it');
    assert.equal(d.timeline.length, 1);
  });
});
