// The deployable bundle of `public`, as `npm run build:cloud` writes it, loaded the way the
// cloud loads it, with wx-server-sdk replaced by a stub whose database() is the faithful fake.
import { beforeAll, describe, it, jest } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildCloud } from '../../scripts/build-cloud';
import { seedStore } from '../../scripts/seed-lib';
import { createFakeDb } from '../doubles/wx-fake-db';
import { openWxCloudStore } from '../../stores/wxcloud/store';
import { FIXED_NOW } from '../helpers/local-cloud';
import { signedCallback, startFake12345 } from '../helpers/fake-12345';

type Main = (event: unknown) => Promise<{ ok: boolean; data?: any; code?: string; message?: string }>;

const db = createFakeDb({ throwOnNotFound: true });
/** The cloud database the functions see (a fresh one for 开通本县). */
let currentDb = db;
let initCalls: unknown[] = [];
let OPENID = '';
const sent: unknown[] = [];
const sdkStub = {
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init: (opts: unknown) => initCalls.push(opts),
  getWXContext: () => ({ OPENID }),
  database: () => currentDb,
  openapi: {
    security: { msgSecCheck: async () => ({ errCode: 0, result: { suggest: 'pass', label: 100 } }) },
    subscribeMessage: { send: async (p: unknown) => (sent.push(p), { errCode: 0 }) },
  },
};

function loadBundle(name: string): Main {
  const file = join(__dirname, '..', '..', 'build', 'cloudfunctions', name, 'index.js');
  // The bundle requires the real SDK by name; jest hands it the stub instead, so no call can
  // reach the SDK's network path (which kills Node 20 with an unhandled rejection).
  jest.doMock('wx-server-sdk', () => sdkStub, { virtual: false });
  let main: Main | undefined;
  jest.isolateModules(() => {
    main = (require(file) as { main: Main }).main;
  });
  return main!;
}

describe('the built `public` function on the cloud database', () => {
  let main: Main;
  beforeAll(async () => {
    const built = await buildCloud();
    assert.ok(built.some((f) => f.name === 'public'));
    // On the demo seed on purpose: this is about the built bundle serving the seeded county.
    await seedStore(openWxCloudStore(db), FIXED_NOW);
    main = loadBundle('public');
  });

  it('initialises the SDK with the dynamic current env and lists 新津区’s towns', async () => {
    const answer = await main({ action: 'regions.children', data: { code: '510118' } });
    assert.equal(answer.ok, true, answer.message);
    assert.equal(answer.data.items.length, 8);
    assert.deepEqual(initCalls, [{ env: sdkStub.DYNAMIC_CURRENT_ENV }]);
  });

  it('serves a village’s domain page and a disclosure the same as the local cloud', async () => {
    const towns = await main({ action: 'regions.children', data: { code: '510118' } });
    const villages = await main({ action: 'regions.children', data: { code: towns.data.items[0].code } });
    const village = villages.data.items[0].code;
    const list = await main({ action: 'catalog.list', data: { regionCode: village, domain: 'rural_housing_renovation' } });
    assert.equal(list.ok, true, list.message);
    const published = list.data.entries.find((e: any) => e.latest);
    assert.ok(published, 'an item with a disclosure');
    const view = await main({ action: 'disclosures.get', data: { id: published.latest.id } });
    assert.equal(view.ok, true);
    assert.equal(view.data.id, published.latest.id);
    const search = await main({ action: 'search', data: { q: '危房', regionCode: village } });
    assert.ok(search.ok && search.data.disclosures.length > 0);
  });

  it('answers bad input with a code and a Chinese message, not a stack', async () => {
    const answer = await main({ action: 'catalog.get', data: {} });
    assert.equal(answer.ok, false);
    assert.equal(answer.code, 'INVALID_INPUT');
    assert.match(answer.message ?? '', /[\u4e00-\u9fa5]/);
    initCalls = [];
  });
});

describe('the built `resident`, `unit` and `timer` functions: identity only from OPENID', () => {
  let resident: Main;
  let unit: Main;
  let timer: Main;
  let village: string;
  beforeAll(async () => {
    resident = loadBundle('resident');
    unit = loadBundle('unit');
    timer = loadBundle('timer');
    const store = openWxCloudStore(db);
    village = (await store.getAccount('demo-xinjin-resident'))!.regionCodes[0];
  });

  it('files as one OPENID; another OPENID cannot read it, whatever the event says', async () => {
    OPENID = 'o-alice';
    const filed = await resident({
      action: 'complaints.submit',
      data: {
        requestId: 'cloud-path-0001',
        kind: '咨询',
        category: '其他',
        text: '请问危房改造补助什么时候发放？',
        regionCode: village,
        domain: 'rural_housing_renovation',
      },
    });
    assert.equal(filed.ok, true, filed.message);
    const ticket = filed.data.ticket as string;
    assert.equal((await resident({ action: 'complaints.get', data: { id: ticket } })).ok, true);

    OPENID = 'o-mallory';
    const stolen = await resident({ action: 'complaints.get', data: { id: ticket }, openid: 'o-alice', userInfo: { openId: 'o-alice' } });
    assert.equal(stolen.code, 'NOT_FOUND');
    assert.equal((await resident({ action: 'complaints.mine', data: {} })).data.items.length, 0);
    const asUnit = await unit({ action: 'complaints.get', data: { id: ticket } });
    assert.equal(asUnit.code, 'FORBIDDEN', 'a stranger is no unit staff');

    OPENID = 'demo-xinjin-unit'; // the 住建局 staff account seeded in the cloud database
    const staffView = await unit({ action: 'complaints.get', data: { id: ticket } });
    assert.equal(staffView.ok, true, staffView.message);
    assert.ok(!JSON.stringify(staffView).includes('o-alice'), 'the unit never sees the openid');
  });

  it('refuses a call without OPENID, except the timer trigger, and a user cannot run the timer', async () => {
    OPENID = '';
    assert.equal((await resident({ action: 'complaints.mine', data: {} })).code, 'UNAUTHENTICATED');
    assert.equal((await unit({ action: 'queue.list', data: {} })).code, 'UNAUTHENTICATED');
    const swept = await timer({ Type: 'Timer', TriggerName: 'sweep', Time: '2026-11-26T03:00:00Z' });
    assert.equal(swept.ok, true, swept.message);
    OPENID = 'o-alice';
    assert.equal((await timer({ Type: 'Timer' })).code, 'FORBIDDEN');
  });
});

describe('the built `timer` and `hotline` functions: a 工单 to 12345 and its 办结 back, on the cloud database', () => {
  it('sends the complaint once and takes a signed callback over HTTP; a forged one is refused', async () => {
    const fake = await startFake12345();
    try {
      const secret = 'a-cloud-secret-shared-with-12345';
      const store = openWxCloudStore(db);
      await store.putHotlineConfig({
        countyCode: '510118',
        enabled: true,
        endpoint: fake.url,
        secret,
        kinds: ['投诉举报'],
        categories: [],
        updatedAt: FIXED_NOW.toISOString(),
        updatedBy: 'o-admin',
      });
      const resident = loadBundle('resident');
      const timer = loadBundle('timer');
      const hotline = loadBundle('hotline') as unknown as (event: unknown) => Promise<{ statusCode: number; body: string }>;
      OPENID = 'o-bob';
      const village = (await store.getAccount('demo-xinjin-resident'))!.regionCodes[0];
      const filed = await resident({
        action: 'complaints.submit',
        data: {
          requestId: 'cloud-hotline-0001',
          kind: '投诉举报',
          category: '公开不及时',
          text: '村务公开栏三个月没有更新',
          regionCode: village,
        },
      });
      assert.equal(filed.ok, true, filed.message);
      const ticket = filed.data.ticket as string;

      OPENID = '';
      const run = await timer({ Type: 'Timer', TriggerName: 'sweep' });
      assert.equal(run.ok, true, run.message);
      assert.equal(run.data.hotline.delivered, 1);
      assert.equal((await timer({ Type: 'Timer', TriggerName: 'sweep' })).data.hotline.delivered, 0, 'never twice');
      assert.equal(fake.accepted().filter((r) => r.body.includes(ticket)).length, 1);

      const now = new Date();
      const cb = signedCallback(secret, now, { ticket, status: '办结', text: '已在公开栏更新', time: now.toISOString() });
      const event = { httpMethod: 'POST', path: '/hotline/12345/callback', headers: cb.headers, body: cb.body, isBase64Encoded: false };
      const forged = await hotline({ ...event, body: cb.body.replace('已在', '未在') });
      assert.equal(forged.statusCode, 403);
      const answered = await hotline({ ...event, body: Buffer.from(cb.body).toString('base64'), isBase64Encoded: true });
      assert.equal(answered.statusCode, 200, answered.body);
      const c = await store.getComplaint(ticket);
      assert.equal(c?.status, 'answered');
      assert.equal(c?.answer?.text, '已在公开栏更新');
    } finally {
      await fake.close();
    }
  });
});

describe('the built `account` and `admin` functions: 开通本县 on an empty cloud database', () => {
  it('a BOOTSTRAP_ADMINS admin is offered only 开通本县, opens the county, and residents find it', async () => {
    currentDb = createFakeDb({ throwOnNotFound: true });
    process.env.BOOTSTRAP_ADMINS = 'o-first-admin:510822';
    try {
      OPENID = 'o-first-admin';
      const account = loadBundle('account');
      const admin = loadBundle('admin');
      const me = await account({ action: 'me', data: {} });
      assert.equal(me.ok, true, me.message);
      assert.deepEqual(
        me.data.entries.map((e: { key: string }) => e.key),
        ['setup'],
      );
      const done = await admin({ action: 'county.setup', data: {} });
      assert.equal(done.ok, true, done.message);
      assert.equal(done.data.countyName, '青川县');
      assert.ok(done.data.villages > 0);
      assert.ok(done.data.calendarYears > 0);
      OPENID = '';
      const towns = await loadBundle('public')({ action: 'regions.children', data: { code: '510822' } });
      assert.equal(towns.ok, true, towns.message);
      assert.equal(towns.data.items.length, done.data.towns);
    } finally {
      currentDb = db;
      delete process.env.BOOTSTRAP_ADMINS;
    }
  });
});

describe('the deployment guide', () => {
  it('gives the timer one trigger, as WeChat allows, with a seven-field cron', async () => {
    const { readFileSync } = await import('node:fs');
    const config = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cloudfunctions', 'timer', 'config.json'), 'utf8')) as {
      triggers: Array<{ name: string; type: string; config: string }>;
    };
    assert.equal(config.triggers.length, 1);
    assert.equal(config.triggers[0].type, 'timer');
    assert.match(config.triggers[0].name, /^[A-Za-z][A-Za-z0-9_-]{0,59}$/);
    assert.equal(config.triggers[0].config.split(' ').length, 7);
  });

  it('names every function a deployment must upload', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf('**Upload the functions.**');
    const step = readme.slice(start, readme.indexOf('上传并部署：云端安装依赖', start));
    const named = new Set([...step.matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1]));
    const { functionNames } = await import('../../scripts/build-cloud');
    assert.deepEqual(
      functionNames().filter((f) => !named.has(f)),
      [],
    );
  });
});
