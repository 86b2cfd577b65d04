// The real WeChat platform adapters (cloudfunctions/shared/wx-platform.ts) against a mocked
// `cloud.openapi` / `cloud` that answers the way wx-server-sdk 4.0.2 does. Where the shapes
// come from:
// - wx-server-sdk 4.0.2 source (node_modules/wx-server-sdk/index.js, callWXOpenAPI): a cloud
//   call resolves with the answer plus `errCode: 0, errMsg: '<api>:ok'`, answer keys turned
//   snake_case -> camelCase (trace_id -> traceId); a JSON answer with a non-zero errcode is
//   THROWN as CloudSDKError { errCode, errMsg: 'openapi.<api>:fail <errmsg>' }; a binary
//   answer resolves as { contentType, buffer }.
// - security.msgSecCheck v2: developers.weixin.qq.com/minigame/dev/api-backend/open-api/sec-check/security.msgSecCheck.html
//   (version 2, openid, scene 1-4, content; answer errcode, trace_id, result { suggest, label },
//   detail[]); suggest is one of risky / pass / review (developers.weixin.qq.com community
//   answers; the page misspells it "suggust"; label arrives as a number).
// - subscribeMessage.send: developers.weixin.qq.com/minigame/dev/api-backend/open-api/subscribe-message/subscribeMessage.send.html
//   (errcode 43101 用户拒绝接受消息 / subscription used up, 47003 bad template data, 40037 bad
//   template id, 40003 bad openid); the cloud call's error text "errCode: 40037 | errMsg:
//   openapi.subscribeMessage.send:fail invalid template_id" is quoted in community threads.
// - wxacode.getUnlimited: developers.weixin.qq.com/minigame/dev/api-backend/open-api/qr-code/wxacode.getUnlimited.html
//   (scene at most 32 visible characters of [0-9A-Za-z!#$&'()*+,/:;=?@-._~]; check_path;
//   env_version release|trial|develop; errcode -1, 45009 rate limit, 41030 page missing).
import { newUploadFolder } from '../../cloudfunctions/shared/upload-folders';
import { localQrCodes } from '../../server/platform';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../stores/sqlite/store';
import { appPages } from '../helpers/app-pages';
import type { Store } from '../../core/store';
import type { Notification } from '../../core/complaints/model';
import { disclosureIdFromScene, NoPublicAddressError, SceneTooLongError, sceneForDisclosure } from '../../core/platform/ports';
import { renderSVG } from 'uqr';
import {
  COMPLAINT_PAGE,
  UNIT_COMPLAINT_PAGE,
  FIELD_LIMITS,
  formatField,
  shanghaiDateTime,
  templatesFromEnv,
  truncateField,
  WxApiError,
  wxContentCheck,
  wxFiles,
  wxNotifier,
  wxPlatform,
  wxQrCodes,
  type TemplateConfig,
  type WxCodeOpenApi,
  type WxOpenApi,
} from '../../cloudfunctions/shared/wx-platform';

/** The error wx-server-sdk throws for a non-zero errcode (CloudSDKError: an Error with errCode and errMsg). */
function sdkError(api: string, errCode: number, errmsg: string): Error & { errCode: number; errMsg: string } {
  const errMsg = `openapi.${api}:fail ${errmsg}`;
  const e = new Error(`errCode: ${errCode} | errMsg: ${errMsg}`) as Error & { errCode: number; errMsg: string };
  e.errCode = errCode;
  e.errMsg = errMsg;
  return e;
}

type Answer<T> = T | Error;
const reply = async <T>(a: Answer<T>): Promise<T> => {
  if (a instanceof Error) throw a;
  return a;
};

/** A cloud.openapi stand-in that records every call and answers from a queue (or a default). */
function mockOpenApi() {
  const calls = {
    msgSecCheck: [] as unknown[],
    send: [] as Array<Parameters<WxOpenApi['subscribeMessage']['send']>[0]>,
    getUnlimited: [] as unknown[],
  };
  const answers = {
    msgSecCheck: [] as Array<Answer<{ errCode?: number; result?: { suggest?: string; label?: number } }>>,
    send: [] as Array<Answer<{ errCode?: number }>>,
    getUnlimited: [] as Array<Answer<{ contentType?: string; buffer?: Buffer; errCode?: number; errMsg?: string }>>,
  };
  const api: WxOpenApi & WxCodeOpenApi = {
    security: {
      msgSecCheck: (p) => (calls.msgSecCheck.push(p), reply(answers.msgSecCheck.shift() ?? msgSecAnswer('pass', 100))),
    },
    subscribeMessage: {
      send: (p) => (calls.send.push(p), reply(answers.send.shift() ?? { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })),
    },
    wxacode: {
      getUnlimited: (p) => (calls.getUnlimited.push(p), reply(answers.getUnlimited.shift() ?? pngAnswer())),
    },
  };
  return { api, calls, answers };
}

/** msgSecCheck v2 as the cloud call resolves it: errCode 0, result { suggest, label }, detail, traceId. */
function msgSecAnswer(suggest: 'pass' | 'review' | 'risky', label: number) {
  return {
    errCode: 0,
    errMsg: 'openapi.security.msgSecCheck:ok',
    result: { suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
    traceId: '64b7dbf0-23c56013-1e94d102',
  };
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
function pngAnswer() {
  return { contentType: 'image/png', buffer: PNG, errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok' };
}

let dir: string;
let store: Store;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-wxplatform-'));
  store = openSqliteStore(join(dir, 'platform.sqlite'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pages the platform is sent to', () => {
  it('exist in the mini-program (subscribeMessage.send answers 41030 for a page that does not)', () => {
    const pages = appPages();
    for (const page of [COMPLAINT_PAGE, UNIT_COMPLAINT_PAGE, 'pages/disclosure/index']) assert.ok(pages.includes(page), page);
  });
});

describe('wxContentCheck (security.msgSecCheck v2)', () => {
  it('asks with version 2, scene 2 and the openid, and decides on result.suggest', async () => {
    const { api, calls, answers } = mockOpenApi();
    answers.msgSecCheck.push(msgSecAnswer('pass', 100), msgSecAnswer('review', 20001), msgSecAnswer('risky', 20006));
    const check = wxContentCheck(api);
    assert.equal(await check.checkText('村里的低保名单什么时候公示？', 'o-resident'), 'pass');
    assert.equal(await check.checkText('有点可疑的话', 'o-resident'), 'review');
    assert.equal(await check.checkText('违规的话', 'o-resident'), 'risky');
    assert.deepEqual(calls.msgSecCheck[0], { content: '村里的低保名单什么时候公示？', version: 2, scene: 2, openid: 'o-resident' });
  });

  it('holds the text for a person when the check itself fails or answers something unknown', async () => {
    const { api, answers } = mockOpenApi();
    answers.msgSecCheck.push(
      sdkError('security.msgSecCheck', 40003, 'invalid openid'),
      sdkError('security.msgSecCheck', -1, 'system error'),
      { errCode: 0 }, // no result at all
      { errCode: 0, result: { suggest: 'maybe' } },
    );
    const check = wxContentCheck(api);
    for (let i = 0; i < 4; i++) assert.equal(await check.checkText('文本', 'o-resident'), 'review');
  });
});

describe('wxNotifier (subscribeMessage.send)', () => {
  const templates: Partial<Record<Notification['template'], TemplateConfig>> = {
    accepted: { templateId: 'TPL-accepted', fields: { ticket: 'character_string1', unit: 'thing2', due: 'time3' } },
    answered: { templateId: 'TPL-answered', fields: { ticket: 'character_string1', unit: 'thing2' } },
  };
  let seq = 0;
  const note = (template: Notification['template'], body: Record<string, string>, to = 'o-owner'): Notification => ({
    id: `N-${++seq}:${template}:${to}:1`,
    to,
    complaintId: `510118-20261126-000${seq}`,
    template,
    audience: to === 'o-owner' ? 'owner' : 'staff',
    title: '您的诉求已签收',
    body,
    createdAt: '2026-11-26T02:00:00.000Z',
    status: 'pending',
  });
  const stored = async (id: string) => (await store.listNotifications(undefined, 100)).find((n) => n.id === id);
  /** The person tapped 允许 for this template `times` times (each allows one message). */
  const consent = async (n: Notification, times = 1) => {
    for (let i = 0; i < times; i++) await store.recordConsent(n.to, n.template, 'accept', n.createdAt);
  };

  it('sends the template with mapped, truncated fields and records `sent`', async () => {
    const { api, calls } = mockOpenApi();
    const n = note('accepted', {
      ticket: '510118-20261126-0001',
      unit: '新津区住房和城乡建设局（房屋征收与补偿办公室）',
      due: '2026-12-01T15:59:59.999Z', // Deadline.due: an ISO instant
      extra: 'not in the template',
    });
    await consent(n);
    assert.equal(await wxNotifier(api, store, templates).send(n), 'sent');
    assert.equal(calls.send.length, 1);
    assert.deepEqual(calls.send[0], {
      touser: 'o-owner',
      templateId: 'TPL-accepted',
      page: `packages/complaint/pages/detail/index?id=${n.complaintId}`,
      data: {
        character_string1: { value: '510118-20261126-0001' },
        thing2: { value: '新津区住房和城乡建设局（房屋征收与补偿…' }, // thing.*: 20 characters at most
        time3: { value: '2026年12月1日 23:59' }, // time.*: 24-hour time with the date, in Shanghai
      },
    });
    assert.equal(Array.from(calls.send[0].data.thing2.value).length, 20);
    const row = await stored(n.id);
    assert.equal(row?.status, 'sent');
    assert.equal(row?.error, undefined);
  });

  it('opens the unit’s handling page for staff and the tracking page for the complainant', async () => {
    const { api, calls } = mockOpenApi();
    const notifier = wxNotifier(api, store, {
      ...templates,
      new_complaint: { templateId: 'TPL-new', fields: { ticket: 'character_string1' } },
    });
    const staff = note('new_complaint', { ticket: '510118-20261126-0009' }, 'o-staff');
    await consent(staff);
    await notifier.send(staff);
    assert.equal(calls.send[0].page, `${UNIT_COMPLAINT_PAGE}?id=${staff.complaintId}`);
  });

  it('records 43101 (no subscription left) as no_consent, after exactly one call', async () => {
    const { api, calls, answers } = mockOpenApi();
    answers.send.push(sdkError('subscribeMessage.send', 43101, 'user refuse to accept the msg rid: 64229bc2-48d0e8b1-2008ed9b'));
    const n = note('answered', { ticket: '510118-20261126-0002', unit: '新津区民政局' });
    await consent(n);
    assert.equal(await wxNotifier(api, store, templates).send(n), 'no_consent');
    assert.equal(calls.send.length, 1, 'not retried');
    const row = await stored(n.id);
    assert.equal(row?.status, 'no_consent');
    assert.equal(row?.error, '43101');
  });

  it('records other refusals as failed with their code, and never throws', async () => {
    const { api, calls, answers } = mockOpenApi();
    answers.send.push(
      sdkError('subscribeMessage.send', 47003, 'argument invalid! data.thing2.value exceeds limit'),
      sdkError('subscribeMessage.send', 40037, 'invalid template_id'),
      new Error('socket hang up'),
    );
    const notifier = wxNotifier(api, store, templates);
    const a = note('accepted', { ticket: 'T-1' });
    const b = note('accepted', { ticket: 'T-2' });
    const c = note('accepted', { ticket: 'T-3' });
    await consent(a); // the person's accepts are per template: a, b and c share them
    assert.equal(await notifier.send(a), 'failed');
    assert.equal(await notifier.send(b), 'failed');
    assert.equal(await notifier.send(c), 'failed');
    assert.equal(calls.send.length, 3);
    assert.equal((await stored(a.id))?.error, '47003');
    assert.equal((await stored(b.id))?.error, '40037');
    assert.equal((await stored(c.id))?.error, 'socket hang up');
    // A failure other than 43101 did not use the person's consent: it is still there.
    assert.equal((await store.getConsent(a.to, 'accepted'))?.accepted, 1);
  });

  it('without an accept on record (never asked, or declined) records no_consent without calling the platform', async () => {
    const { api, calls } = mockOpenApi();
    const notifier = wxNotifier(api, store, templates);
    const never = note('answered', { ticket: 'T-20' }, 'o-never-asked');
    assert.equal(await notifier.send(never), 'no_consent');
    const declined = note('answered', { ticket: 'T-21' }, 'o-declined');
    await store.recordConsent(declined.to, 'answered', 'reject', declined.createdAt);
    assert.equal(await notifier.send(declined), 'no_consent');
    assert.equal(calls.send.length, 0);
    assert.equal((await stored(declined.id))?.status, 'no_consent');
  });

  it('each accept allows one message: the second send without a new accept is no_consent', async () => {
    const { api, calls } = mockOpenApi();
    const notifier = wxNotifier(api, store, templates);
    const first = note('answered', { ticket: 'T-30' }, 'o-once');
    const second = note('answered', { ticket: 'T-31' }, 'o-once');
    await consent(first);
    assert.equal(await notifier.send(first), 'sent');
    assert.equal(await notifier.send(second), 'no_consent');
    assert.equal(calls.send.length, 1);
    assert.equal((await store.getConsent('o-once', 'answered'))?.accepted, 0);
  });

  it('records a template without configuration as failed, without calling the platform', async () => {
    const { api, calls } = mockOpenApi();
    const n = note('escalated', { ticket: 'T-9' });
    assert.equal(await wxNotifier(api, store, templates).send(n), 'failed');
    assert.equal(calls.send.length, 0);
    assert.equal((await stored(n.id))?.error, '未配置订阅消息模板');
  });

  it('reads templates from TEMPLATE_<NAME> JSON, skipping malformed ones', () => {
    const t = templatesFromEnv({
      TEMPLATE_ACCEPTED: JSON.stringify(templates.accepted),
      TEMPLATE_ANSWERED: '{not json',
    });
    assert.deepEqual(t, { accepted: templates.accepted });
  });
});

describe('truncateField (subscribe-message value limits)', () => {
  it('cuts thing.* to 20 characters, counting characters not UTF-16 units, with an ellipsis', () => {
    assert.equal(FIELD_LIMITS.thing, 20);
    const short = '新津区民政局';
    assert.equal(truncateField('thing2', short), short);
    const exactly20 = '一二三四五六七八九十一二三四五六七八九十';
    assert.equal(truncateField('thing12', exactly20), exactly20);
    const long = exactly20 + '多';
    assert.equal(truncateField('thing1', long), '一二三四五六七八九十一二三四五六七八九…');
    const emoji = '😀'.repeat(25);
    assert.equal(Array.from(truncateField('thing1', emoji)).length, 20);
  });

  it('cuts the other kinds to their limits without an ellipsis (only their own characters are allowed)', () => {
    assert.equal(truncateField('character_string1', 'A'.repeat(40)), 'A'.repeat(32));
    assert.equal(truncateField('phrase3', '已受理并办结'), '已受理并办');
    assert.equal(truncateField('name4', '欧阳'.repeat(6)), '欧阳'.repeat(5));
    assert.equal(truncateField('phone_number5', '+86-0766-66888866-123'), '+86-0766-66888866');
    assert.equal(Array.from(truncateField('something9', 'x'.repeat(30))).length, 20); // unknown kinds: as thing
  });

  it('writes ISO instants in time.* and date.* as the platform’s format, in Shanghai', () => {
    assert.equal(shanghaiDateTime('2026-12-07T15:59:59.999Z'), '2026年12月7日 23:59');
    assert.equal(formatField('time3', '2026-12-01T10:00:00.000Z'), '2026年12月1日 18:00');
    assert.equal(formatField('date2', '2026-12-31T16:30:00Z'), '2027年1月1日 00:30');
    assert.equal(formatField('time3', '15:01'), '15:01'); // already in the platform's format
    assert.equal(formatField('thing1', '2026-12-01T10:00:00.000Z'), '2026-12-01T10:00:00…'); // only time/date are reformatted
  });
});

describe('wxFiles (the caller’s own uploads only)', () => {
  const env = 'cloud://gongkai-1a2b.676f-gongkai-1a2b-1300000000';
  let dir: string;
  let store: Store;
  let files: ReturnType<typeof wxFiles>;
  let abc: string;
  let abc2: string;
  let other: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gk-wxfiles-'));
    store = openSqliteStore(join(dir, 'db.sqlite'));
    files = wxFiles(store);
    const now = new Date('2025-03-01T00:00:00Z');
    [abc, abc2, other] = [
      await newUploadFolder(store, 'o-abc', now),
      await newUploadFolder(store, 'o-abc', now),
      await newUploadFolder(store, 'o-other', now),
    ];
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a file under uploads/<a folder given to the caller>/, a fresh random folder each time', async () => {
    assert.equal(await files.ownedBy(`${env}/uploads/${abc}/lq3k2j9x.jpg`, 'o-abc'), true);
    assert.equal(await files.ownedBy(`${env}/uploads/${abc2}/lq3k2j9y.jpg`, 'o-abc'), true);
    for (const f of [abc, abc2, other]) assert.match(f, /^[0-9a-f]{32}$/);
    assert.equal(new Set([abc, abc2, other]).size, 3);
  });

  it('refuses ids outside the caller’s folder, with .., or not cloud ids', async () => {
    const refused = [
      [`${env}/uploads/${other}/a.jpg`, 'o-abc'],
      [`${env}/uploads/o-abc/a.jpg`, 'o-abc'], // the raw openid is not the folder
      [`${env}/uploads/${abc}x/a.jpg`, 'o-abc'], // a longer name sharing the prefix
      [`${env}/uploads/${abc}/../${other}/a.jpg`, 'o-abc'],
      [`${env}/other/uploads/${abc}/a.jpg`, 'o-abc'], // uploads not at the root
      [`${env}/uploads/${abc}/`, 'o-abc'], // the folder itself
      [`${env}/uploads/${abc}//a.jpg`, 'o-abc'],
      [`${env}/uploads/${abc}\\..\\a.jpg`, 'o-abc'],
      [`https://example.com/uploads/${abc}/a.jpg`, 'o-abc'],
      ['local:0123456789abcdef/a.jpg', 'o-abc'],
      [`${env}/uploads//a.jpg`, ''],
    ];
    for (const [id, openid] of refused) assert.equal(await files.ownedBy(id, openid), false, id);
  });
});

describe('wxQrCodes (wxacode.getUnlimited)', () => {
  it('asks for the disclosure page with a d= scene, check_path false and the env version, and returns the image', async () => {
    const { api, calls } = mockOpenApi();
    const qr = wxQrCodes(api, { envVersion: 'trial' });
    const image = await qr.disclosureCode('510118101001-x-1');
    assert.deepEqual(image, { contentType: 'image/png', buffer: PNG });
    assert.deepEqual(calls.getUnlimited[0], {
      scene: 'd=510118101001-x-1',
      page: 'pages/disclosure/index',
      check_path: false,
      env_version: 'trial',
    });
  });

  it('carries the cadre service’s 32-character ids as p=<id without pub->, which the page turns back', async () => {
    const { api, calls } = mockOpenApi();
    const id = 'pub-510118101001-mwwwncw0-a1B2c3';
    assert.equal(id.length, 32);
    await wxQrCodes(api).disclosureCode(id);
    const { scene, env_version } = calls.getUnlimited[0] as { scene: string; env_version: string };
    assert.equal(scene, 'p=510118101001-mwwwncw0-a1B2c3');
    assert.ok(scene.length <= 32);
    assert.equal(env_version, 'release');
    assert.equal(disclosureIdFromScene(encodeURIComponent(scene)), id);
    assert.equal(disclosureIdFromScene('d=510118101001-x-1'), '510118101001-x-1');
    assert.equal(disclosureIdFromScene('x=1'), null);
    assert.equal(disclosureIdFromScene(undefined), null);
  });

  it('carries the demo data’s 42-character ids packed as c=, and refuses an id that cannot fit before calling the platform', async () => {
    const { api, calls } = mockOpenApi();
    const demoId = '510118101001-rural_housing_renovation-07-1'; // the demo data's id shape
    await wxQrCodes(api).disclosureCode(demoId);
    assert.equal((calls.getUnlimited[0] as { scene: string }).scene, 'c=510118101001-!3-07-1');
    await assert.rejects(wxQrCodes(api).disclosureCode('x'.repeat(40)), SceneTooLongError);
    assert.throws(() => sceneForDisclosure('中文编号'), SceneTooLongError);
    assert.equal(calls.getUnlimited.length, 1);
  });

  it('turns the platform’s errCode into a WxApiError with a readable message', async () => {
    const { api, answers } = mockOpenApi();
    answers.getUnlimited.push(
      sdkError('wxacode.getUnlimited', 45009, 'reach max api minute-quota limit'),
      sdkError('wxacode.getUnlimited', 41030, 'invalid page'),
      { contentType: 'application/json', errCode: 0 }, // no image in the answer
    );
    const qr = wxQrCodes(api);
    await assert.rejects(qr.disclosureCode('d1'), (e: unknown) => {
      assert.ok(e instanceof WxApiError);
      assert.equal(e.errCode, 45009);
      assert.match(e.message, /太频繁/);
      return true;
    });
    await assert.rejects(
      qr.disclosureCode('d1'),
      (e: unknown) => e instanceof WxApiError && e.errCode === 41030 && /页面不存在/.test(e.message),
    );
    await assert.rejects(qr.disclosureCode('d1'), WxApiError);
  });

  it('is the platform’s qrCodes in every cloud function (wxPlatform)', async () => {
    const { api, calls } = mockOpenApi();
    const image = await wxPlatform(api, {} as Store).qrCodes.disclosureCode('d1');
    assert.equal(image.contentType, 'image/png');
    assert.equal((calls.getUnlimited[0] as { scene: string }).scene, 'd=d1');
  });

  it('has a local stand-in: an SVG QR code of the public H5 address of the same page and scene, refusing the same ids', async () => {
    const qr = localQrCodes(() => 'https://gongkai.example.cn');
    const image = await qr.disclosureCode('510118101001-rural_housing_renovation-07-1');
    assert.equal(image.contentType, 'image/svg+xml');
    const svg = new TextDecoder().decode(image.buffer);
    assert.match(svg, /^<svg/);
    // The same QR as the address it stands for (uqr draws the same modules for the same text).
    assert.equal(
      svg,
      renderSVG(`https://gongkai.example.cn/#/pages/disclosure/index?scene=${encodeURIComponent('c=510118101001-!3-07-1')}`),
    );
    await assert.rejects(qr.disclosureCode('x'.repeat(40)), SceneTooLongError);
    // No public address configured: no code, rather than one leading nowhere.
    await assert.rejects(localQrCodes().disclosureCode('d1'), NoPublicAddressError);
  });
});
