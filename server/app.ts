// The local cloud: one process serving the H5 build and POST /api/<function>, invoking the
// same handlers as WeChat cloud with the SQLite store. In dev mode it also offers the demo
// account picker (/api/dev/accounts, /api/dev/login) and a movable clock (/api/dev/clock).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSqliteStore } from '../stores/sqlite/store';
import type { Clock, Store } from '../core/store';
import { ERROR_MESSAGES } from '../core/api/errors';
import { FUNCTIONS } from './functions';
import { createSessionSigner, readCookie, SESSION_COOKIE } from './session';
import { createStaticHandler } from './static';
import { localPlatform } from './platform';
import { sweep } from '../core/complaints/sweep';
import { readFileSync } from 'node:fs';
import { renderSVG } from 'uqr';
import { noticeHtml } from '../core/publicity/notice';
import type { DisclosureView } from '../core/api/public-views';
import { dirname, join } from 'node:path';

export interface ServerOptions {
  port: number;
  host?: string;
  dbPath: string;
  h5Dir: string;
  dev: boolean;
  now?: () => Date;
  /** Where uploaded photos go; default: files/ beside the database. */
  filesDir?: string;
}

const MAX_BODY = 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: keyof typeof ERROR_MESSAGES, message?: string) {
  sendJson(res, status, { ok: false, code, message: message ?? ERROR_MESSAGES[code] });
}

function readRaw(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error('too large'));
        req.resume();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readRaw(req, MAX_BODY)).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('bad json');
  }
}

export async function startServer(opts: ServerOptions): Promise<{ url: string; store: Store; close(): Promise<void> }> {
  const store = openSqliteStore(opts.dbPath);
  let offsetMs = 0; // moved by /api/dev/clock
  const base = opts.now ?? (() => new Date());
  const clock: Clock = { now: () => new Date(base().getTime() + offsetMs) };
  const sessions = createSessionSigner(process.env.SESSION_SECRET);
  const serveStatic = createStaticHandler(opts.h5Dir);
  const platform = localPlatform(store, opts.filesDir ?? join(dirname(opts.dbPath), 'files'));

  async function callerOf(req: IncomingMessage) {
    const openid = sessions.verify(readCookie(req.headers.cookie, SESSION_COOKIE));
    return { openid, account: openid ? await store.getAccount(openid) : null };
  }

  async function handleDev(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === '/api/dev/accounts' && req.method === 'GET') {
      const [accounts, caller] = await Promise.all([store.listDemoAccounts(100), callerOf(req)]);
      return sendJson(res, 200, { ok: true, data: { accounts, current: caller.openid } });
    }
    if (path === '/api/dev/login' && req.method === 'POST') {
      const body = (await readBody(req)) as { openid?: unknown };
      const account = typeof body.openid === 'string' ? await store.getAccount(body.openid) : null;
      if (!account || !account.demo) return fail(res, 404, 'NOT_FOUND', '没有这个演示账号');
      const cookie = `${SESSION_COOKIE}=${encodeURIComponent(sessions.issue(account.openid))}; Path=/; HttpOnly; SameSite=Lax`;
      return sendJson(res, 200, { ok: true, data: account }, { 'set-cookie': cookie });
    }
    if (path === '/api/dev/logout' && req.method === 'POST') {
      return sendJson(res, 200, { ok: true, data: null }, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` });
    }
    if (path === '/api/dev/sweep' && req.method === 'POST') {
      // What the hourly timer does, run now against the (possibly moved) clock.
      const report = await sweep({ store, clock, ...platform });
      return sendJson(res, 200, { ok: true, data: report });
    }
    if (path === '/api/dev/outbox' && req.method === 'GET') {
      const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? undefined;
      return sendJson(res, 200, { ok: true, data: { notifications: await store.listNotifications(to, 100) } });
    }
    if (path === '/api/dev/clock') {
      if (req.method === 'POST') {
        const body = (await readBody(req)) as { now?: unknown; reset?: unknown };
        if (body.reset === true) offsetMs = 0;
        else {
          const t = typeof body.now === 'string' ? Date.parse(body.now) : NaN;
          if (Number.isNaN(t)) return fail(res, 400, 'INVALID_INPUT', '时间格式有误，请用 ISO 8601，例如 2026-12-01T09:00:00+08:00');
          offsetMs = t - base().getTime();
        }
      }
      return sendJson(res, 200, { ok: true, data: { now: clock.now().toISOString() } });
    }
    return fail(res, 404, 'NOT_FOUND');
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      if (path.startsWith('/api/dev/')) {
        if (!opts.dev) return fail(res, 404, 'NOT_FOUND');
        return await handleDev(req, res, path);
      }
      if (path === '/api/files' && req.method === 'POST') {
        // The local stand-in for wx.cloud.uploadFile: raw image body, type and size checked.
        const caller = await callerOf(req);
        if (!caller.openid) return fail(res, 401, 'UNAUTHENTICATED');
        let body: Buffer;
        try {
          body = await readRaw(req, 5 * 1024 * 1024);
        } catch {
          return fail(res, 413, 'INVALID_INPUT', '图片不能超过5MB');
        }
        const saved = platform.files.save(caller.openid, String(req.headers['content-type'] ?? ''), body);
        if ('error' in saved) return fail(res, 400, 'INVALID_INPUT', saved.error);
        return sendJson(res, 200, { ok: true, data: saved });
      }
      if (path.startsWith('/api/files/') && req.method === 'GET') {
        const file = platform.files.pathOf(decodeURIComponent(path.slice('/api/files/'.length)));
        if (!file) return fail(res, 404, 'NOT_FOUND');
        try {
          const data = readFileSync(file);
          const ext = file.split('.').pop();
          res.writeHead(200, {
            'content-type': ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : 'image/jpeg',
            'cache-control': 'private, max-age=3600',
          });
          return res.end(data);
        } catch {
          return fail(res, 404, 'NOT_FOUND');
        }
      }
      if (path.startsWith('/api/')) {
        const fn = FUNCTIONS[path.slice('/api/'.length)];
        if (!fn) return fail(res, 404, 'NOT_FOUND', '没有这个云函数');
        if (req.method !== 'POST') return fail(res, 405, 'INVALID_INPUT', '请用 POST 调用云函数');
        let event: unknown;
        try {
          event = await readBody(req);
        } catch {
          return fail(res, 400, 'INVALID_INPUT', '请求内容不是有效的 JSON 或过大');
        }
        const result = await fn(event, { store, clock, caller: await callerOf(req), platform });
        return sendJson(res, 200, result);
      }
      if (path.startsWith('/print/') && req.method === 'GET') {
        // The printable notice for the village 公示栏, linking back to the H5 page by QR code.
        const id = decodeURIComponent(path.slice('/print/'.length));
        const answer = await FUNCTIONS.public(
          { action: 'disclosures.get', data: { id } },
          { store, clock, caller: { openid: null, account: null }, platform },
        );
        if (!(answer as { ok: boolean }).ok) return fail(res, 404, 'NOT_FOUND', '没有找到这条公开信息');
        const view = (answer as { data: DisclosureView }).data;
        const host = String(req.headers.host ?? `127.0.0.1`);
        const url = `http://${host}/#/pages/disclosure/index?id=${encodeURIComponent(id)}`;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(noticeHtml({ disclosure: view, qrMarkup: renderSVG(url), url }));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'INVALID_INPUT');
      serveStatic(req, res);
    } catch (err) {
      console.error('[gongkai] request failed', err);
      if (!res.headersSent) fail(res, 500, 'INTERNAL');
    }
  });

  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
