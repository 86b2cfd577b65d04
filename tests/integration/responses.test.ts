// 回应关切 (issue 10 part 4) over the real local cloud: a rated answer shows publicly, masked,
// only with the complainant's consent; the unit may reword the public question; a unit's own
// response shows at its place; every answer of the public list is free of personal data.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createRoute, createUnit, type TestCounty } from '../helpers/world';
import { findPersonalData } from '../helpers/personal-data';
import type { Unit } from '../../core/model';
import type { ResponseView } from '../../core/responses/model';

let cloud: TestCloud;
let county: TestCounty;
let village: string;
let otherVillage: string;
let housing: Unit;
let STAFF: string;
let OTHER_STAFF: string;
let TOWN_STAFF: string;
const cookies = new Map<string, string>();
let seq = 0;
const NAME = '王秀英';
const PHONE = '13912345678';

async function as(openid: string) {
  if (!cookies.has(openid)) cookies.set(openid, await cloud.login(openid));
  return cookies.get(openid)!;
}
const call = async (fn: string, openid: string | null, action: string, data: unknown = {}) =>
  cloud.call<any>(fn, action, data, openid ? await as(openid) : undefined);

async function list(data: Record<string, unknown>): Promise<ResponseView[]> {
  const answer = ok(await call('public', null, 'responses.list', data)) as { items: ResponseView[] };
  assert.deepEqual(findPersonalData(answer), [], 'no personal data in the public list');
  return answer.items;
}

/** A complaint by a resident named NAME, answered by 住建局, then rated with or without consent. */
async function answeredAndRated(consent: boolean | undefined): Promise<string> {
  const me = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village], name: NAME })).openid;
  const filed = ok(
    await call('resident', me, 'complaints.submit', {
      requestId: `resp-${seq++}-xxxxxxxx`,
      kind: '求助·意见建议',
      category: '其他',
      text: `我是${NAME}，住3组15号，电话${PHONE}，危房改造补助什么时候发？`,
      regionCode: village,
      domain: 'rural_housing_renovation',
      contactPhone: PHONE,
    }),
  ) as { ticket: string };
  ok(await call('unit', STAFF, 'complaints.accept', { id: filed.ticket }));
  ok(await call('unit', STAFF, 'complaints.answer', { id: filed.ticket, text: `${NAME}您好，补助已于本月下拨到户，3组15号已发放。` }));
  ok(
    await call('resident', me, 'complaints.rate', {
      id: filed.ticket,
      score: 5,
      ...(consent === undefined ? {} : { publicConsent: consent }),
    }),
  );
  return filed.ticket;
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  const store = cloud.store;
  county = await createCounty(store, { name: '清溪县' });
  village = county.villages[0].code;
  otherVillage = county.villages.find((v) => !v.code.startsWith(village.slice(0, 9)))!.code;
  housing = await createUnit(store, county, { name: '清溪县住房和城乡建设局', domains: ['rural_housing_renovation'] });
  await createRoute(store, county, { domain: 'rural_housing_renovation', unitId: housing.id });
  STAFF = (await createAccount(store, { role: 'unit_staff', unitId: housing.id })).openid;
  const other = await createUnit(store, county, { name: '清溪县教育局', domains: ['compulsory_education'] });
  OTHER_STAFF = (await createAccount(store, { role: 'unit_staff', unitId: other.id })).openid;
  TOWN_STAFF = (await createAccount(store, { role: 'unit_staff', unitId: `${village.slice(0, 9)}-gov` })).openid;
});
afterAll(() => cloud.close());

describe('回应关切', () => {
  it('without consent a rated answer never shows; with consent it shows masked, and the unit may reword the question', async () => {
    const silent = await answeredAndRated(undefined);
    const refused = await answeredAndRated(false);
    const shown = await answeredAndRated(true);
    const items = await list({ regionCode: village });
    const ids = items.map((r) => r.id);
    assert.ok(!ids.includes(`qa-${silent}`) && !ids.includes(`qa-${refused}`), 'no consent, no public Q&A');
    const qa = items.find((r) => r.id === `qa-${shown}`)!;
    assert.ok(qa, 'consented Q&A listed');
    assert.equal(qa.kind, 'qa');
    assert.equal(qa.unitName, housing.name);
    assert.equal(qa.domain, 'rural_housing_renovation');
    const text = JSON.stringify(qa);
    for (const personal of [NAME, PHONE, '15号', 'openid', 'photos', 'ownerOpenid', 'complaintId', 'unitId'])
      assert.ok(!text.includes(personal), `no ${personal}`);
    assert.match(qa.question, /危房改造补助什么时候发/);
    assert.match(qa.answer, /补助已于本月下拨到户/);

    // Other units may not reword it; its unit may, and the complaint's text stays as filed.
    const foreign = await call('unit', OTHER_STAFF, 'complaints.publicWording', { id: shown, question: '改写' + '的问题' });
    assert.equal(foreign.ok, false);
    const reworded = ok(
      await call('unit', STAFF, 'complaints.publicWording', { id: shown, question: '危房改造补助什么时候发放？' }),
    ) as ResponseView;
    assert.equal(reworded.question, '危房改造补助什么时候发放？');
    assert.equal((await list({ regionCode: village })).find((r) => r.id === `qa-${shown}`)!.question, '危房改造补助什么时候发放？');
    assert.match((await cloud.store.getComplaint(shown))!.text, new RegExp(NAME), 'the original stays private, as filed');
    const noConsent = await call('unit', STAFF, 'complaints.publicWording', { id: refused, question: '某问题某问题' });
    assert.equal((noConsent as any).code, 'CONFLICT');
    // Another town's village does not see this village's Q&A.
    assert.ok(!(await list({ regionCode: otherVillage })).some((r) => r.id === `qa-${shown}`));
  });

  it('a unit publishes a response at a place of its county; villages below see it, newest first', async () => {
    const county10 = county.items.find((i) => i.domain === 'rural_housing_renovation')!;
    const r = ok(
      await call('unit', STAFF, 'responses.publish', {
        itemId: county10.id,
        regionCode: county.code,
        title: '关于危房改造补助发放进度的回应',
        text: `近期多位群众反映补助发放慢。补助已于本月下拨，咨询电话${PHONE}。`,
      }),
    ) as ResponseView;
    assert.equal(r.kind, 'response');
    assert.equal(r.domain, 'rural_housing_renovation');
    assert.doesNotMatch(r.answer, new RegExp(PHONE));
    for (const v of [village, otherVillage]) {
      const items = await list({ regionCode: v });
      assert.equal(items[0].id, r.id, 'newest first');
    }
    assert.ok((await list({ itemId: county10.id })).some((x) => x.id === r.id));
    // A town government publishes in its own town only.
    const far = await call('unit', TOWN_STAFF, 'responses.publish', { regionCode: otherVillage, title: '回应标题', text: '回应内容' });
    assert.equal((far as any).code, 'FORBIDDEN');
    const near = ok(await call('unit', TOWN_STAFF, 'responses.publish', { regionCode: village, title: '回应标题', text: '回应内容' }));
    assert.ok((await list({ regionCode: village })).some((x) => x.id === near.id));
    assert.ok(!(await list({ regionCode: otherVillage })).some((x) => x.id === near.id));
    // A resident may not publish.
    const resident = (await createAccount(cloud.store, { role: 'resident', regionCodes: [village] })).openid;
    const denied = await call('unit', resident, 'responses.publish', { regionCode: village, title: '回应标题', text: '回应内容' });
    assert.equal((denied as any).code, 'FORBIDDEN');
    const none = await call('public', null, 'responses.list', {});
    assert.equal((none as any).code, 'INVALID_INPUT');
  });
});
