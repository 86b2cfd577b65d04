// BOOTSTRAP_ADMINS parsing, and the cloud entry's identity rules run over a stubbed SDK
// (the fake database; the real SDK's network path never runs).
import { describe, it, jest } from '@jest/globals';
import assert from 'node:assert/strict';
import { BOOTSTRAP_ADMIN_NAME, bootstrapAccount, parseBootstrapAdmins } from '../../cloudfunctions/shared/bootstrap';
import { cloudMainWith, type WxSdk } from '../../cloudfunctions/shared/cloud-entry';
import type { FunctionContext } from '../../cloudfunctions/shared/context';
import { createFakeDb } from '../doubles/wx-fake-db';
import { openWxCloudStore } from '../../stores/wxcloud/store';

const A = 'oAbc123_DEF-4567890123456789';
const B = 'oXyz987_uvw-6543210987654321';

describe('parseBootstrapAdmins', () => {
  it('reads openid:county pairs', () => {
    assert.deepEqual(
      [...parseBootstrapAdmins(`${A}:510118,${B}:510822`)],
      [
        [A, '510118'],
        [B, '510822'],
      ],
    );
  });

  it('normalises codes: padded 12 digits, renamed counties, spaces and other separators', () => {
    const m = parseBootstrapAdmins(` ${A}:510118000000 ;\n${B}:510132 `);
    assert.equal(m.get(A), '510118');
    assert.equal(m.get(B), '510118'); // 510132 新津县 became 510118 新津区
  });

  it('ignores malformed entries', () => {
    const m = parseBootstrapAdmins(
      [
        'no-colon',
        ':510118', // no openid
        `${A}:`, // no code
        `${A}:51`, // a province, not a county
        `${A}:510118001`, // a town
        `${A}:abc`,
        'bad/openid:510118',
        'x:510118', // too short to be an openid
        `${B}:510822`,
      ].join(','),
    );
    assert.deepEqual([...m], [[B, '510822']]);
  });

  it('is empty for an unset or empty variable, and keeps the first county of a repeated openid', () => {
    assert.equal(parseBootstrapAdmins(undefined).size, 0);
    assert.equal(parseBootstrapAdmins('').size, 0);
    assert.equal(parseBootstrapAdmins(`${A}:510118,${A}:510822`).get(A), '510118');
  });

  it('builds the bootstrap account only for a listed openid', () => {
    const m = parseBootstrapAdmins(`${A}:510118`);
    assert.deepEqual(bootstrapAccount(m, A), {
      openid: A,
      name: BOOTSTRAP_ADMIN_NAME,
      role: 'county_admin',
      regionCodes: ['510118'],
      demo: false,
    });
    assert.equal(bootstrapAccount(m, B), null);
    assert.equal(bootstrapAccount(m, null), null);
  });
});

describe('cloud entry identity', () => {
  function setup(openid: string, env: Record<string, string | undefined> = {}, anonymous = false) {
    const db = createFakeDb({ throwOnNotFound: true });
    const seen: FunctionContext[] = [];
    const inits: unknown[] = [];
    const sdk: WxSdk = {
      DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
      init: (o) => inits.push(o),
      getWXContext: () => ({ OPENID: openid }),
      database: () => db,
      openapi: {},
    };
    const main = cloudMainWith(
      sdk,
      async (_event, ctx) => {
        seen.push(ctx);
        return { ok: true, data: null };
      },
      { anonymous },
      env,
    );
    return { main, seen, inits, db };
  }

  it('refuses a caller without OPENID', async () => {
    const { main, seen } = setup('');
    assert.deepEqual(await main({ action: 'queue.list', data: {} }), { ok: false, code: 'UNAUTHENTICATED', message: '请在微信中打开' });
    assert.equal(seen.length, 0);
  });

  it('serves the timer trigger and anonymous functions without OPENID', async () => {
    const timer = setup('');
    assert.deepEqual(await timer.main({ Type: 'Timer', TriggerName: 'sweep', Time: '2026-01-05T02:00:00Z' }), {
      ok: true,
      data: null,
    });
    assert.equal(timer.seen[0].fromTimer, true);
    assert.deepEqual(timer.seen[0].caller, { openid: null, account: null });
    const pub = setup('', {}, true);
    assert.deepEqual(await pub.main({ action: 'regions.children', data: {} }), { ok: true, data: null });
    assert.equal(pub.seen[0].fromTimer, false);
  });

  it('initialises the SDK once, with the dynamic current env', async () => {
    const { main, inits } = setup(A);
    await main({});
    await main({});
    assert.equal(inits.length, 1);
  });

  it('gives a listed caller without an account the bootstrap admin account, writing nothing', async () => {
    const { main, seen, db } = setup(A, { BOOTSTRAP_ADMINS: `${A}:510118000000,${B}:510822` });
    await main({ action: 'x' });
    assert.deepEqual(seen[0].caller.account, {
      openid: A,
      name: '县政务公开办管理员',
      role: 'county_admin',
      regionCodes: ['510118'],
      demo: false,
    });
    assert.equal(db.dump('accounts').length, 0);
  });

  it('prefers the stored account, and gives an unlisted caller none', async () => {
    const listed = setup(A, { BOOTSTRAP_ADMINS: `${A}:510118` });
    const stored = { openid: A, name: '张三', role: 'unit_staff' as const, regionCodes: ['510118'], unitId: '510118-zjj', demo: false };
    await openWxCloudStore(listed.db).putAccounts([stored]);
    await listed.main({});
    assert.deepEqual(listed.seen[0].caller.account, stored);
    const other = setup(B, { BOOTSTRAP_ADMINS: `${A}:510118` });
    await other.main({});
    assert.deepEqual(other.seen[0].caller, { openid: B, account: null });
  });

  it('runs in Shanghai time, whatever zone the process started in', () => {
    // The cloud starts functions in UTC; loading the entry must switch the process to Shanghai.
    const saved = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      assert.equal(new Date('2026-01-05T16:30:00Z').getHours(), 16, 'the test starts in UTC');
      jest.isolateModules(() => {
        jest.doMock('wx-server-sdk', () => ({}));
        require('../../cloudfunctions/shared/cloud-entry');
      });
      assert.equal(process.env.TZ, 'Asia/Shanghai');
      assert.equal(new Date('2026-01-05T16:30:00Z').getHours(), 0);
    } finally {
      process.env.TZ = saved;
      if (saved === undefined) delete process.env.TZ;
    }
  });
});
