// The local cloud's dev identity: demo accounts, signed session cookie, movable clock,
// and none of it when dev mode is off.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { startTestCloud, type TestCloud } from '../helpers/local-cloud';
import type { Account } from '../../core/accounts/account';

const JSON_TYPE = { 'content-type': 'application/json' };

describe('dev mode', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    // On the demo seed on purpose: the account picker is for the seeded demo accounts.
    cloud = await startTestCloud({ seed: 'demo', dev: true });
  });
  afterAll(() => cloud.close());

  it('lists demo accounts of every role with what they are bound to', async () => {
    const body = (await (await cloud.raw('/api/dev/accounts')).json()) as { data: { accounts: Account[]; current: null } };
    const roles = new Set(body.data.accounts.map((a) => a.role));
    assert.deepEqual([...roles].sort(), ['cadre', 'county_admin', 'resident', 'reviewer', 'unit_staff']);
    assert.equal(body.data.current, null);
    for (const a of body.data.accounts) {
      assert.ok(a.openid.startsWith('demo-') && a.name);
      assert.ok(a.role === 'unit_staff' ? a.unitId : a.regionCodes.length > 0);
    }
  });

  it('logs in with a signed cookie; a forged cookie is nobody', async () => {
    const cookie = await cloud.login('demo-xinjin-cadre');
    const me = (await (await cloud.raw('/api/dev/accounts', { headers: { cookie } })).json()) as { data: { current: string } };
    assert.equal(me.data.current, 'demo-xinjin-cadre');
    const forged = cookie.replace(/\.[^.]+$/, '.AAAA');
    const nobody = (await (await cloud.raw('/api/dev/accounts', { headers: { cookie: forged } })).json()) as {
      data: { current: string | null };
    };
    assert.equal(nobody.data.current, null);
    const bad = await cloud.raw('/api/dev/login', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ openid: 'not a openid!' }),
    });
    assert.equal(bad.status, 404);
    // A new openid stands in for a WeChat user without an account: signed in as a resident.
    const fresh = await cloud.login('new-wechat-user-1');
    const who = (await (await cloud.raw('/api/dev/accounts', { headers: { cookie: fresh } })).json()) as { data: { current: string } };
    assert.equal(who.data.current, 'new-wechat-user-1');
  });

  it('moves the clock and refuses a time it cannot read', async () => {
    const res = await cloud.raw('/api/dev/clock', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ now: '2027-01-05T09:00:00+08:00' }),
    });
    const body = (await res.json()) as { data: { now: string } };
    assert.equal(body.data.now, '2027-01-05T01:00:00.000Z');
    const bad = await cloud.raw('/api/dev/clock', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ now: 'tomorrow' }) });
    assert.equal(bad.status, 400);
    await cloud.raw('/api/dev/clock', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ reset: true }) });
  });
});

describe('production mode', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud({ seed: 'demo', dev: false });
  });
  afterAll(() => cloud.close());

  it('has no account picker, no login and no clock', async () => {
    for (const [path, method] of [
      ['/api/dev/accounts', 'GET'],
      ['/api/dev/login', 'POST'],
      ['/api/dev/clock', 'POST'],
    ]) {
      const res = await cloud.raw(path, {
        method,
        headers: JSON_TYPE,
        body: method === 'POST' ? JSON.stringify({ openid: 'demo-xinjin-cadre' }) : undefined,
      });
      assert.equal(res.status, 404, path);
    }
  });
});
