// Open311 GeoReport v2 (issue 13 item 2): a partner system, registered by the county admin with
// an API key, files a complaint; it lands in the responsible unit's queue with the deadline of
// its kind, the unit answers, and GET requests/{id} shows the public answer, never the person.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, loginAs, type TestCounty } from '../helpers/world';
import { parseXml } from '../helpers/open-formats';
import { findPersonalData } from '../helpers/personal-data';
import type { Account } from '../../core/accounts/account';
import type { Res } from '../../core/api/contracts';
import type { Complaint } from '../../core/complaints/model';
import { partnerOwner } from '../../core/open311/partner';
import { toHttpRequest } from '../../cloudfunctions/open311/handler';

let cloud: TestCloud;
let county: TestCounty;
let admin: Account;
let adminCookie: string;
let apiKey: string;
let partnerId: string;
let village: string;
let serviceCode: string;
const V2 = '/open311/v2';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (fields: Record<string, string>, format = 'json') =>
  cloud.raw(`${V2}/requests.${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form(fields),
  });
const getJson = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const res = await cloud.raw(path);
  return { status: res.status, body: (await res.json()) as T };
};

interface RequestView {
  service_request_id: string;
  status: string;
  status_notes: string;
  agency_responsible: string;
  description: string;
  expected_datetime: string;
  requested_datetime: string;
  address: string;
  service_code: string;
}

beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
  county = await createCounty(cloud.store, { towns: 2, villagesPerTown: 2 });
  village = county.villages[1].code;
  admin = await createAccount(cloud.store, { role: 'county_admin', regionCodes: [county.code] });
  adminCookie = await loginAs(cloud, admin);
  const created = ok(
    await cloud.call<Res<'admin', 'partners.create'>>('admin', 'partners.create', { name: '网格化服务管理平台' }, adminCookie),
  );
  apiKey = created.apiKey;
  partnerId = created.partner.id;
  const item = county.items.find((i) => i.domain === 'rural_housing_renovation')!;
  serviceCode = `${item.templateId}.late`;
});
afterAll(() => cloud.close());

describe('services', () => {
  it('lists catalog items × categories with the county as jurisdiction, in JSON and XML', async () => {
    const { status, body } = await getJson<Array<Record<string, unknown>>>(`${V2}/services.json?jurisdiction_id=${county.code}`);
    assert.equal(status, 200);
    assert.equal(body.length, county.items.length * 5);
    const s = body.find((x) => x.service_code === serviceCode)!;
    assert.equal(s.metadata, false);
    assert.equal(s.type, 'realtime');
    assert.equal(s.group, '农村危房改造');
    assert.match(String(s.service_name), /公开不及时$/);
    const xml = parseXml(await (await cloud.raw(`${V2}/services.xml?jurisdiction_id=${county.code}`)).text());
    assert.equal(xml.documentElement.nodeName, 'services');
    assert.equal(xml.getElementsByTagName('service').length, body.length);
    const def = await getJson<{ service_code: string; attributes: unknown[] }>(
      `${V2}/services/${serviceCode}.json?jurisdiction_id=${county.code}`,
    );
    assert.equal(def.body.service_code, serviceCode);
    assert.ok(def.body.attributes.length > 0);
  });

  it('without or with an unknown jurisdiction: the spec’s error form', async () => {
    const missing = await getJson<Array<{ code: number; description: string }>>(`${V2}/services.json`);
    assert.equal(missing.status, 400);
    assert.equal(missing.body[0].code, 400);
    assert.ok(missing.body[0].description.length > 0);
    assert.equal((await cloud.raw(`${V2}/services.json?jurisdiction_id=519899`)).status, 404);
  });
});

describe('a partner files, the unit answers, the public reads', () => {
  let id: string;

  it('POST requests lands in the responsible unit’s queue with the deadline of its kind', async () => {
    const res = await post({
      api_key: apiKey,
      jurisdiction_id: county.code,
      service_code: serviceCode,
      description: '村里危房改造补助名单一直没有张贴，请尽快公开。我是张建国，电话13812345678。',
      'attribute[region_code]': village,
      first_name: '建国',
      last_name: '张',
      phone: '13812345678',
      partner_request_id: 'grid-2026-0001',
    });
    assert.equal(res.status, 200);
    const [answer] = (await res.json()) as Array<{ service_request_id: string; service_notice: string }>;
    id = answer.service_request_id;
    assert.match(id, new RegExp(`^${county.code}-\\d{8}-\\d{4}$`));
    const c = (await cloud.store.getComplaint(id)) as Complaint;
    assert.equal(c.kind, '投诉举报');
    assert.equal(c.category, '公开不及时');
    assert.equal(c.regionCode, village);
    assert.equal(c.source?.partnerId, partnerId);
    assert.match(c.timeline[0].note ?? '', /网格化服务管理平台/);
    // The same deadline a resident's complaint of the same kind gets.
    const resident = await createAccount(cloud.store, { role: 'resident' });
    const mine = ok(
      await cloud.call<Res<'resident', 'complaints.submit'>>(
        'resident',
        'complaints.submit',
        {
          requestId: 'resident-0001',
          kind: '投诉举报',
          category: '公开不及时',
          text: '危房改造名单没有公开。',
          regionCode: village,
          itemId: c.itemId,
        },
        await loginAs(cloud, resident),
      ),
    );
    assert.equal(c.answerDeadline.due, mine.answerDue);
    assert.equal(c.unitId, (await cloud.store.getComplaint(mine.ticket))!.unitId);
    const staff = await createAccount(cloud.store, { role: 'unit_staff', unitId: c.unitId });
    const staffCookie = await loginAs(cloud, staff);
    const queue = ok(await cloud.call<Res<'unit', 'queue.list'>>('unit', 'queue.list', {}, staffCookie));
    assert.ok(queue.items.some((x) => x.id === id));

    ok(await cloud.call('unit', 'complaints.accept', { id }, staffCookie));
    ok(
      await cloud.call(
        'unit',
        'complaints.answer',
        { id, text: '名单已于本周在村公示栏张贴，张建国同志可来电13812345678咨询。' },
        staffCookie,
      ),
    );
  });

  it('GET requests/{id} shows status and the public answer, masked; never the name or phone', async () => {
    const res = await cloud.raw(`${V2}/requests/${id}.json`);
    assert.equal(res.status, 200);
    const text = await res.text();
    const [view] = JSON.parse(text) as RequestView[];
    assert.equal(view.service_request_id, id);
    assert.equal(view.status, 'open');
    assert.match(view.status_notes, /名单已于本周在村公示栏张贴/);
    assert.ok(view.agency_responsible.length > 0);
    assert.match(view.expected_datetime, /\+08:00$/);
    assert.match(view.requested_datetime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    assert.equal(view.service_code, serviceCode);
    assert.ok(!text.includes('张建国') && !text.includes('建国'), 'no name');
    assert.deepEqual(findPersonalData(text), [], 'no phone or ID');
    assert.ok(!text.includes(partnerOwner(partnerId)) && !text.includes('openid'));
    const xml = parseXml(await (await cloud.raw(`${V2}/requests/${id}.xml`)).text());
    assert.equal(xml.documentElement.nodeName, 'service_requests');
    assert.equal(xml.getElementsByTagName('service_request_id')[0].textContent, id);
  });

  it('GET requests filters by jurisdiction, status, service and id', async () => {
    const open = await getJson<RequestView[]>(`${V2}/requests.json?jurisdiction_id=${county.code}&status=open`);
    assert.ok(open.body.some((r) => r.service_request_id === id));
    const closed = await getJson<RequestView[]>(`${V2}/requests.json?jurisdiction_id=${county.code}&status=closed`);
    assert.ok(!closed.body.some((r) => r.service_request_id === id));
    const other = await getJson<RequestView[]>(
      `${V2}/requests.json?jurisdiction_id=${county.code}&service_code=poverty_alleviation-01.late`,
    );
    assert.deepEqual(other.body, []);
    const byId = await getJson<RequestView[]>(`${V2}/requests.json?jurisdiction_id=${county.code}&service_request_id=${id},nope`);
    assert.deepEqual(
      byId.body.map((r) => r.service_request_id),
      [id],
    );
    // Only requests filed through Open311: the resident's complaint is not listed.
    const all = await getJson<RequestView[]>(`${V2}/requests.json?jurisdiction_id=${county.code}`);
    assert.deepEqual(
      all.body.map((r) => r.service_request_id),
      [id],
    );
    assert.equal((await cloud.raw(`${V2}/requests/${county.code}-20990101-0001.json`)).status, 404);
    assert.equal((await cloud.raw(`${V2}/requests.json?jurisdiction_id=${county.code}&start_date=yesterday`)).status, 400);
  });

  it('a replay with the same partner request id stores one complaint and answers the same id', async () => {
    const again = await post({
      api_key: apiKey,
      service_code: serviceCode,
      description: '村里危房改造补助名单一直没有张贴，请尽快公开。',
      'attribute[region_code]': village,
      partner_request_id: 'grid-2026-0001',
    });
    assert.equal(again.status, 200);
    const [answer] = (await again.json()) as Array<{ service_request_id: string }>;
    assert.equal(answer.service_request_id, id);
    const owned = await cloud.store.listComplaintsByOwner(partnerOwner(partnerId), 10);
    assert.equal(owned.length, 1);
  });
});

describe('refusals in the spec’s form', () => {
  it('a bad api key is 403 with [{code, description}], in JSON and XML', async () => {
    const res = await post({
      api_key: 'not-a-key',
      service_code: serviceCode,
      description: '名单没有公开，请处理。',
      'attribute[region_code]': village,
    });
    assert.equal(res.status, 403);
    const body = (await res.json()) as Array<{ code: number; description: string }>;
    assert.equal(body.length, 1);
    assert.equal(body[0].code, 403);
    assert.ok(body[0].description.length > 0);
    const xml = await post({ service_code: serviceCode, description: '名单没有公开，请处理。' }, 'xml');
    assert.equal(xml.status, 403);
    const doc = parseXml(await xml.text());
    assert.equal(doc.documentElement.nodeName, 'errors');
    assert.equal(doc.getElementsByTagName('code')[0].textContent, '403');
  });

  it('bad input is 400: an unknown service, a short description, no place', async () => {
    const base = { api_key: apiKey, service_code: serviceCode, description: '名单没有公开，请处理。', 'attribute[region_code]': village };
    assert.equal((await post({ ...base, service_code: 'no_such-01.late' })).status, 400);
    assert.equal((await post({ ...base, description: '短' })).status, 400);
    const { 'attribute[region_code]': _r, ...noPlace } = base;
    assert.equal((await post(noPlace)).status, 400);
    assert.equal((await post({ ...base, 'attribute[region_code]': '110101001001' })).status, 400);
  });

  it('an address naming the town and village finds the village; JSON bodies are accepted too', async () => {
    const target = county.villages[2];
    const town = county.towns.find((t) => t.code === target.parentCode)!;
    const res = await cloud.raw(`${V2}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        api_key: apiKey,
        service_code: serviceCode,
        description: '危房改造名单公开不及时，请核查。',
        address_string: `${county.name}${town.name}${target.name}3组`,
        partner_request_id: 'grid-2026-0002',
      }),
    });
    assert.equal(res.status, 200);
    const [answer] = (await res.json()) as Array<{ service_request_id: string }>;
    assert.equal((await cloud.store.getComplaint(answer.service_request_id))!.regionCode, target.code);
  });

  it('a revoked key is refused from the next request', async () => {
    const made = ok(await cloud.call<Res<'admin', 'partners.create'>>('admin', 'partners.create', { name: '临时对接' }, adminCookie));
    ok(await cloud.call('admin', 'partners.revoke', { id: made.partner.id }, adminCookie));
    const res = await post({
      api_key: made.apiKey,
      service_code: serviceCode,
      description: '名单没有公开，请处理。',
      'attribute[region_code]': village,
    });
    assert.equal(res.status, 403);
    const list = ok(await cloud.call<Res<'admin', 'partners.list'>>('admin', 'partners.list', {}, adminCookie));
    assert.deepEqual(
      list.items.map((p) => p.status),
      ['已停用', '使用中'],
    );
    assert.ok(!JSON.stringify(list).includes(made.apiKey), 'the key is shown once only');
    const audit = ok(await cloud.call<Res<'admin', 'audit.list'>>('admin', 'audit.list', {}, adminCookie));
    assert.ok(audit.items.some((e) => e.action === 'partners.revoke'));
    assert.ok(!JSON.stringify(audit).includes(made.apiKey));
  });
});

describe('the open311 function’s HTTP trigger adapter', () => {
  it('turns the trigger’s event into the gateway’s request: path prefix, base64 and JSON bodies', () => {
    const req = toHttpRequest(
      {
        path: '/gongkai/open311/v2/requests.json',
        httpMethod: 'post',
        headers: { 'Content-Type': 'application/json' },
        queryStringParameters: { jurisdiction_id: '510118' },
        body: Buffer.from(JSON.stringify({ api_key: 'k' })).toString('base64'),
        isBase64Encoded: true,
      },
      '/gongkai',
    );
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/open311/v2/requests.json');
    assert.deepEqual(req.body, { api_key: 'k' });
    assert.equal(req.query.jurisdiction_id, '510118');
  });
});
