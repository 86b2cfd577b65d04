// The local cloud's HTTP layer against what anyone on the network can send: raw request
// lines over a socket, bad escapes, huge headers, wrong methods and types, oversize and
// malformed bodies, slow connections. Never a 5xx, always the JSON error shape for /api, and
// the server still answers afterwards. Then sessions (idle expiry, logout, restart), who may
// fetch an uploaded file, and the real `npm start` process: production without secrets,
// production's missing /api/dev, and surviving the request line that used to kill it.
// The local clouds here start empty and get the county, accounts and disclosure they need from
// tests/helpers/world.ts.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/app';
import { inlineScriptHashes } from '../../server/static';
import { SESSION_IDLE_MS } from '../../server/sessions';
import { openSqliteStore } from '../../stores/sqlite/store';
import { ok, startTestCloud, type TestCloud } from '../helpers/local-cloud';
import { createAccount, createCounty, createDisclosure, createRoute, createUnit, loginAs, type TestCounty } from '../helpers/world';

const ROOT = join(__dirname, '..', '..');
const JSON_TYPE = { 'content-type': 'application/json' };
const PUBLIC_BASE = 'https://gongkai.example.cn';
const INDEX_HTML =
  '<!doctype html><html><head><script>document.documentElement.style.fontSize="20px"</script>' +
  '<script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are over a fresh socket and reads the answer until the server closes. */
function rawRequest(port: number, text: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let failed: Error | undefined;
    socket.on('data', (c) => chunks.push(c));
    // A server may answer (413) and close before a long body is all written: keep what it said.
    socket.on('error', (e) => (failed = e));
    socket.on('close', () => {
      if (chunks.length === 0) return reject(failed ?? new Error('closed without an answer'));
      const all = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = all.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(text);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
  });
}

const get = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`;
function post(path: string, body: string | Buffer, type = 'application/json', extra = '') {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\ncontent-type: ${type}\r\ncontent-length: ${b.length}\r\n${extra}\r\n`,
    ),
    b,
  ]);
}

/** The JSON error shape with a Chinese message; returns the code. */
function errorShape(a: RawAnswer | { status: number; body: string }, label: string): string {
  const body = JSON.parse(a.body) as { ok: unknown; code: unknown; message: unknown };
  assert.equal(body.ok, false, label);
  assert.equal(typeof body.code, 'string', label);
  assert.match(String(body.message), /[\u4e00-\u9fa5]/, label);
  return body.code as string;
}

describe('what anyone can send', () => {
  let cloud: TestCloud;
  let county: TestCounty;
  let port: number;
  beforeAll(async () => {
    const h5 = mkdtempSync(join(tmpdir(), 'gongkai-h5-'));
    writeFileSync(join(h5, 'index.html'), INDEX_HTML);
    mkdirSync(join(h5, 'js'));
    writeFileSync(join(h5, 'js', 'app.js'), 'console.log(1)');
    cloud = await startTestCloud({ seed: 'none', h5Dir: h5, server: { publicBaseUrl: PUBLIC_BASE } });
    county = await createCounty(cloud.store);
    port = Number(new URL(cloud.url).port);
  });
  afterAll(() => cloud.close());

  const stillAnswers = async () => {
    const res = await cloud.raw('/api/dev/accounts');
    assert.equal(res.status, 200);
  };

  it('answers malformed request lines and escapes with 400, never a 5xx, and keeps serving', async () => {
    const cases: Array<[string, string | Buffer, number[]]> = [
      ['//%', get('//%'), [400]],
      ['//[', get('//['), [200]],
      ['//x:-1', get('//x:-1'), [200]],
      ['bad escape in a page path', get('/pages/%E0%A4%A'), [400]],
      ['bad escape in /api', get('/api/%E0%A4%A'), [400]],
      ['bad escape in /print', get('/print/%E0%A4%A'), [400]],
      ['bad escape in /api/files', get('/api/files/%E0%A4%A'), [400]],
      ['absolute-form target', get('http://evil.example/api/dev/accounts'), [400]],
      ['asterisk-form target', get('*'), [400]],
      ['NUL in the path', get('/%00/../etc/passwd'), [200, 400]],
      ['garbage request line', 'HELLO\r\n\r\n', [400]],
      ['no version', 'GET /\r\n\r\n', [200, 400]],
      ['huge headers', get('/api/dev/accounts', `x-big: ${'a'.repeat(20_000)}\r\n`), [431]],
    ];
    for (const [label, req, statuses] of cases) {
      const a = await rawRequest(port, req);
      assert.ok(statuses.includes(a.status), `${label}: ${a.status} ${a.body.slice(0, 200)}`);
      if (a.status >= 400) errorShape(a, label);
    }
    await stillAnswers();
  });

  it('reads a cookie with a bad escape as nobody', async () => {
    const a = await rawRequest(port, get('/api/dev/accounts', 'cookie: gk_session=%E0%A4%A; other=%\r\n'));
    assert.equal(a.status, 200);
    assert.equal((JSON.parse(a.body) as { data: { current: null } }).data.current, null);
    const f = await rawRequest(port, get('/api/files/local%3Aabc', 'cookie: gk_session=%\r\n'));
    assert.equal(errorShape(f, 'files with a bad cookie'), 'UNAUTHENTICATED');
  });

  it('answers wrong methods with 405 and unknown /api paths with 404, in JSON', async () => {
    const cases: Array<[string, string, number, string]> = [
      ['GET', '/api/public', 405, 'METHOD_NOT_ALLOWED'],
      ['DELETE', '/api/public', 405, 'METHOD_NOT_ALLOWED'],
      ['PUT', '/', 405, 'METHOD_NOT_ALLOWED'],
      ['PATCH', '/api/dev/login', 405, 'METHOD_NOT_ALLOWED'],
      ['DELETE', '/api/files', 405, 'METHOD_NOT_ALLOWED'],
      ['POST', '/api/files/local:x', 405, 'METHOD_NOT_ALLOWED'],
      ['POST', '/api/constructor', 404, 'NOT_FOUND'],
      ['POST', '/api/__proto__', 404, 'NOT_FOUND'],
      ['GET', '/api', 404, 'NOT_FOUND'],
      ['GET', '/api/no/such/thing', 404, 'NOT_FOUND'],
    ];
    for (const [method, path, status, code] of cases) {
      const a = await rawRequest(port, `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\ncontent-length: 0\r\n\r\n`);
      assert.equal(a.status, status, `${method} ${path}`);
      assert.equal(errorShape(a, `${method} ${path}`), code, `${method} ${path}`);
    }
    await stillAnswers();
  });

  it('refuses oversize (413), malformed (400) and mistyped (415) bodies', async () => {
    const big = JSON.stringify({ action: 'search', data: { q: 'x'.repeat(1024 * 1024 + 10) } });
    const cases: Array<[string, string | Buffer, number, string]> = [
      ['oversize JSON', post('/api/public', big), 413, 'PAYLOAD_TOO_LARGE'],
      ['oversize dev login', post('/api/dev/login', big), 413, 'PAYLOAD_TOO_LARGE'],
      ['malformed JSON', post('/api/public', '{not json'), 400, 'INVALID_INPUT'],
      ['malformed dev login', post('/api/dev/login', '{"openid":'), 400, 'INVALID_INPUT'],
      ['malformed dev clock', post('/api/dev/clock', '[1,'), 400, 'INVALID_INPUT'],
      ['a JSON null login', post('/api/dev/login', 'null'), 404, 'NOT_FOUND'],
      ['a JSON string clock', post('/api/dev/clock', '"now"'), 400, 'INVALID_INPUT'],
      ['prototype poisoning', post('/api/public', '{"__proto__":{"x":1}}'), 400, 'INVALID_INPUT'],
      ['text/plain', post('/api/public', '{}', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['form', post('/api/dev/login', 'openid=demo-xinjin-admin', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['an image to a function', post('/api/public', Buffer.from([0x89, 0x50]), 'image/png'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['JSON as an upload', post('/api/files', '{}'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['oversize upload', post('/api/files', Buffer.alloc(5 * 1024 * 1024 + 1), 'image/png'), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [label, req, status, code] of cases) {
      const a = await rawRequest(port, req);
      assert.equal(a.status, status, `${label}: ${a.body.slice(0, 200)}`);
      assert.equal(errorShape(a, label), code, label);
    }
    // A bodyless POST needs no type (the dev sweep).
    const sweep = await cloud.raw('/api/dev/sweep', { method: 'POST' });
    assert.equal(sweep.status, 200);
    await stillAnswers();
  });

  it('takes /api calls only from its own origin or the public address; /api/dev only on this machine’s names', async () => {
    const call = (headers: Record<string, string>) =>
      cloud.raw('/api/public', {
        method: 'POST',
        headers: { ...JSON_TYPE, ...headers },
        body: JSON.stringify({ action: 'regions.children', data: { code: county.code } }),
      });
    assert.equal((await call({ origin: cloud.url })).status, 200);
    assert.equal((await call({ origin: PUBLIC_BASE })).status, 200);
    const evil = await call({ origin: 'http://evil.example' });
    assert.equal(evil.status, 403);
    assert.equal(errorShape({ status: 403, body: await evil.text() }, 'evil origin'), 'FORBIDDEN');
    const rebound = await rawRequest(port, 'GET /api/dev/accounts HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n');
    assert.equal(rebound.status, 403);
    assert.equal(errorShape(rebound, 'rebinding host'), 'FORBIDDEN');
  });

  it('sends the H5 app with a CSP that allows its inline script by hash and forbids framing', async () => {
    const res = await cloud.raw('/some/page/route');
    assert.equal(res.status, 200);
    assert.equal(await res.text(), INDEX_HTML);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.ok(csp.includes("frame-ancestors 'none'"), csp);
    assert.ok(csp.includes(inlineScriptHashes(INDEX_HTML)[0]), csp);
    assert.ok(!/script-src[^;]*unsafe-inline/.test(csp), csp);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('referrer-policy'));
    const api = await cloud.raw('/api/dev/accounts');
    assert.equal(api.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
  });

  it('prints a QR code for the configured public address, whatever Host the request names', async () => {
    const d = await createDisclosure(cloud.store, county, { running: true });
    const a = await rawRequest(port, `GET /print/${encodeURIComponent(d.id)} HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
    assert.equal(a.status, 200);
    assert.ok(a.body.includes(`${PUBLIC_BASE}/#/pages/disclosure/index?id=`), a.body.slice(0, 300));
    assert.ok(!a.body.includes('evil.example'));
  });

  it('still answers a normal request while 200 connections dribble their headers', async () => {
    const sockets: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: 200 },
        () =>
          new Promise<void>((resolve) => {
            const s = connect(port, '127.0.0.1', () => {
              s.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nx-slow: ');
              resolve();
            });
            s.on('error', () => resolve());
            sockets.push(s);
          }),
      ),
    );
    const drip = setInterval(() => sockets.forEach((s) => s.writable && s.write('a')), 200);
    try {
      const res = await cloud.raw('/api/dev/accounts');
      assert.equal(res.status, 200);
      const call = await cloud.call('public', 'regions.children', { code: county.code });
      assert.equal(call.ok, true);
    } finally {
      clearInterval(drip);
      sockets.forEach((s) => s.destroy());
    }
  });
});

describe('who may fetch an uploaded file', () => {
  let cloud: TestCloud;
  const PNG = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1e6d20000000049454e44ae426082',
    'hex',
  );
  beforeAll(async () => {
    cloud = await startTestCloud({ seed: 'none' });
  });
  afterAll(() => cloud.close());

  it('serves a photo to its uploader and to those who may see the complaint, 404 to everyone else', async () => {
    const store = cloud.store;
    const county = await createCounty(store);
    const village = county.villages[0].code;
    const housing = await createUnit(store, county, { name: '住房和城乡建设局', domains: ['rural_housing_renovation'] });
    const education = await createUnit(store, county, { name: '教育局', domains: ['compulsory_education'] });
    await createRoute(store, county, { domain: 'rural_housing_renovation', unitId: housing.id });
    const staff = await createAccount(store, { role: 'unit_staff', unitId: housing.id });
    const otherStaff = await createAccount(store, { role: 'unit_staff', unitId: education.id });
    const admin = await createAccount(store, { role: 'county_admin', regionCodes: [county.code] });
    const otherCounty = await createCounty(store);
    const otherAdmin = await createAccount(store, { role: 'county_admin', regionCodes: [otherCounty.code] });
    const cadre = await createAccount(store, { role: 'cadre', regionCodes: [village] });
    const d = await createDisclosure(store, county, { regionCode: village, domain: 'rural_housing_renovation' });
    const uploader = await createAccount(store, { role: 'resident', regionCodes: [village], name: '上传人' });
    const bystander = await createAccount(store, { role: 'resident', regionCodes: [village], name: '旁人' });
    const owner = await loginAs(cloud, uploader);
    const up = (await (
      await cloud.raw('/api/files', { method: 'POST', headers: { cookie: owner, 'content-type': 'image/png' }, body: PNG })
    ).json()) as {
      data: { fileId: string };
    };
    const fileId = up.data.fileId;
    const fetchAs = async (cookie?: string) =>
      (await cloud.raw(`/api/files/${encodeURIComponent(fileId)}`, { headers: cookie ? { cookie } : {} })).status;

    assert.equal(await fetchAs(), 401);
    assert.equal(await fetchAs(owner), 200); // the uploader, before any complaint lists it
    const other = await loginAs(cloud, bystander);
    assert.equal(await fetchAs(other), 404);

    const filed = ok(
      await cloud.call<{ ticket: string }>(
        'resident',
        'complaints.submit',
        {
          requestId: 'files-0001',
          kind: '投诉举报',
          category: '内容不准确',
          text: '公示的补助金额和实际发放的不一致，请核实。',
          regionCode: village,
          disclosureId: d.id,
          photos: [fileId],
        },
        owner,
      ),
    );
    const detail = ok(await cloud.call<{ unitId: string }>('resident', 'complaints.get', { id: filed.ticket }, owner));
    assert.equal(detail.unitId, housing.id);
    assert.equal(await fetchAs(await loginAs(cloud, staff)), 200);
    assert.equal(await fetchAs(await loginAs(cloud, otherStaff)), 404);
    assert.equal(await fetchAs(await loginAs(cloud, admin)), 200);
    assert.equal(await fetchAs(await loginAs(cloud, otherAdmin)), 404);
    assert.equal(await fetchAs(await loginAs(cloud, cadre)), 404);
    assert.equal(await fetchAs(other), 404);

    const unknown = await cloud.raw(`/api/files/${encodeURIComponent(fileId.replace(/[0-9a-f]{8}-/, '00000000-'))}`, {
      headers: { cookie: owner },
    });
    assert.equal(unknown.status, 404);
    assert.equal(errorShape({ status: 404, body: await unknown.text() }, 'unknown file'), 'NOT_FOUND');
    assert.equal((await cloud.raw('/api/files/..%2F..%2Fetc%2Fpasswd', { headers: { cookie: owner } })).status, 404);
  });
});

describe('sessions', () => {
  let dir: string;
  let t: number;
  const T0 = Date.parse('2026-11-26T02:00:00Z');
  const start = (secret = 's'.repeat(32)) =>
    startServer({
      port: 0,
      dbPath: join(dir, 'db.sqlite'),
      h5Dir: dir,
      dev: true,
      now: () => new Date(t),
      sessionSecret: secret,
    });
  const current = async (url: string, cookie: string) =>
    ((await (await fetch(`${url}/api/dev/accounts`, { headers: { cookie } })).json()) as { data: { current: string | null } }).data.current;
  const login = async (url: string, openid: string) => {
    const res = await fetch(`${url}/api/dev/login`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ openid }) });
    const set = res.headers.get('set-cookie') ?? '';
    assert.match(set, /HttpOnly/);
    assert.match(set, /SameSite=Lax/);
    return set.split(';')[0];
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-sessions-'));
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    await store.putAccounts([{ openid: 'demo-s-1', name: '甲', role: 'resident', regionCodes: ['510118001001'], demo: true }]);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('expires after 7 idle days, not while in use', async () => {
    t = T0;
    const server = await start();
    try {
      const cookie = await login(server.url, 'demo-s-1');
      assert.equal(await current(server.url, cookie), 'demo-s-1');
      t += SESSION_IDLE_MS - 60_000; // used again just before the limit
      assert.equal(await current(server.url, cookie), 'demo-s-1');
      t += SESSION_IDLE_MS - 60_000;
      assert.equal(await current(server.url, cookie), 'demo-s-1');
      t += SESSION_IDLE_MS + 1;
      assert.equal(await current(server.url, cookie), null);
    } finally {
      await server.close();
    }
  });

  it('is revoked by logout, on both logout endpoints', async () => {
    t = T0;
    const server = await start();
    try {
      for (const path of ['/api/session/logout', '/api/dev/logout']) {
        const cookie = await login(server.url, 'demo-s-1');
        const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { cookie } });
        assert.equal(res.status, 200);
        assert.match(res.headers.get('set-cookie') ?? '', /Max-Age=0/);
        assert.equal(await current(server.url, cookie), null, `${path}: the old cookie is dead`);
      }
    } finally {
      await server.close();
    }
  });

  it('survives a restart with the same secret; a forged or re-keyed cookie is nobody', async () => {
    t = T0;
    const first = await start();
    const cookie = await login(first.url, 'demo-s-1');
    await first.close();
    const again = await start();
    try {
      assert.equal(await current(again.url, cookie), 'demo-s-1');
      assert.equal(await current(again.url, cookie.replace(/\.[^.]+$/, '.AAAA')), null);
    } finally {
      await again.close();
    }
    const rekeyed = await start('r'.repeat(32));
    try {
      assert.equal(await current(rekeyed.url, cookie), null);
    } finally {
      await rekeyed.close();
    }
  });
});

/** Runs `npm start` (scripts/start.ts) as its own process; resolves with its URL once it listens, or its exit. */
function spawnStart(env: Record<string, string>): Promise<{ url?: string; code?: number | null; output: string; stop(): Promise<void> }> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve) => {
    const onData = (c: Buffer) => {
      output += c.toString();
      const m = /已启动：(http:\/\/[^\s，]+)/.exec(output);
      if (m) resolve({ url: m[1], output, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => resolve({ code, output, stop }));
  });
}

describe('npm start as a process', () => {
  let dir: string;
  let h5: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-start-'));
    h5 = join(dir, 'h5');
    mkdirSync(h5);
    writeFileSync(join(h5, 'index.html'), INDEX_HTML);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses production without its secrets, and dev mode on a network address', async () => {
    const prod = await spawnStart({ NODE_ENV: 'production', DB_PATH: join(dir, 'p.sqlite'), H5_DIR: dir });
    assert.equal(prod.code, 1, prod.output);
    assert.match(prod.output, /SESSION_SECRET/);
    assert.match(prod.output, /生产模式/);
    const short = await spawnStart({
      NODE_ENV: 'production',
      DB_PATH: join(dir, 'p.sqlite'),
      H5_DIR: dir,
      SESSION_SECRET: 'short',
      PUBLIC_BASE_URL: PUBLIC_BASE,
    });
    assert.equal(short.code, 1, short.output);
    assert.match(short.output, /SESSION_SECRET 太短/);
    const devOnNet = await spawnStart({ HOST: '0.0.0.0', DB_PATH: join(dir, 'd.sqlite'), H5_DIR: dir });
    assert.equal(devOnNet.code, 1, devOnNet.output);
    assert.match(devOnNet.output, /ALLOW_DEV_ON_NETWORK/);
  });

  it('in production has no /api/dev and survives `GET //%` and friends', async () => {
    const prod = await spawnStart({
      NODE_ENV: 'production',
      DB_PATH: join(dir, 'prod.sqlite'),
      H5_DIR: h5,
      SESSION_SECRET: 'k'.repeat(40),
      PUBLIC_BASE_URL: PUBLIC_BASE,
    });
    assert.ok(prod.url, prod.output);
    try {
      const port = Number(new URL(prod.url).port);
      for (const line of ['//%', '//[', '//x:-1', '/print/%E0%A4%A', '/api/files/%']) {
        const a = await rawRequest(port, get(line));
        assert.ok(a.status < 500, `${line}: ${a.status}`);
      }
      const killer = await rawRequest(port, get('//%'));
      assert.equal(killer.status, 400);
      assert.equal(errorShape(killer, '//%'), 'BAD_REQUEST');
      for (const [path, method] of [
        ['/api/dev/accounts', 'GET'],
        ['/api/dev/login', 'POST'],
        ['/api/dev/clock', 'POST'],
        ['/api/dev/sweep', 'POST'],
        ['/api/dev/outbox', 'GET'],
      ]) {
        const res: Response = await fetch(`${prod.url}${path}`, {
          method,
          headers: JSON_TYPE,
          body: method === 'POST' ? '{"openid":"demo-xinjin-admin"}' : undefined,
        });
        assert.equal(res.status, 404, path);
      }
      const logout = await fetch(`${prod.url}/api/session/logout`, { method: 'POST' });
      assert.equal(logout.status, 200);
    } finally {
      await prod.stop();
    }
  });
});
