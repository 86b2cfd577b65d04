// The local cloud: one process serving the H5 build and POST /api/<function>, invoking the
// same handlers as WeChat cloud with the SQLite store. In dev mode it also offers the demo
// account picker (/api/dev/accounts, /api/dev/login), a movable clock (/api/dev/clock), the
// sweep and the notification outbox; in production none of /api/dev/* exists.
//
// The HTTP layer is fastify 5, kept rather than hand-written on node:http because what a
// server facing the network needs is its configuration, not our code: a router that answers
// malformed URLs and %-escapes with 400 instead of throwing, body limits checked before the
// body is read (413), content-type parsers (415 for anything else), request/header/keep-alive
// timeouts and maxRequestsPerSocket as server options, one error handler and one not-found
// handler for every route, and @fastify/helmet for the security headers. Hono was the other
// candidate: smaller, but on Node its adapter leaves body limits, timeouts and the socket-level
// errors to us, which is the code this rewrite exists to stop writing.
//
// Every error any endpoint answers is { ok: false, code, message } with a Chinese message
// (core/api/errors.ts); a 5xx means our fault, never something a client sent.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { renderSVG } from 'uqr';
import { openSqliteStore } from '../stores/sqlite/store';
import type { Clock, Store } from '../core/store';
import { ERROR_MESSAGES, type ErrorCode } from '../core/api/errors';
import { activeAccount, type Caller } from '../core/accounts/account';
import { sweep } from '../core/complaints/sweep';
import { noticeHtml } from '../core/publicity/notice';
import type { DisclosureView } from '../core/api/public-views';
import { FUNCTIONS } from './functions';
import { openSessions, readCookie, SESSION_COOKIE } from './sessions';
import { createStaticHandler } from './static';
import { localPlatform, MAX_UPLOAD_BYTES } from './platform';
import { fileAccess } from './file-access';
import { isLoopback } from './config';
import { gateway } from '../core/http/gateway';
import { deliverHotline } from '../core/hotline/outbox';
import { handleHotlineCallback } from '../core/hotline/callback';
import type { HotlineTransport } from '../core/hotline/ports';
import { httpTransport } from '../cloudfunctions/shared/hotline-http';

/** What a dev login accepts as a new openid (WeChat's are 28 characters of these). */
const DEV_OPENID = /^[A-Za-z0-9_-]{6,64}$/;

export interface ServerOptions {
  port: number;
  host?: string;
  dbPath: string;
  h5Dir: string;
  dev: boolean;
  /** The real (or a test's) time. Sessions expire by it; the dev clock moves only what handlers see. */
  now?: () => Date;
  /** Where uploaded photos go; default: files/ beside the database. */
  filesDir?: string;
  /** Signs session cookies. Default: a random one per process (tests; every restart signs everyone out). */
  sessionSecret?: string;
  /** Where people reach the app: printed QR codes point here, and it is an allowed Origin. Default: the server's own URL. */
  publicBaseUrl?: string;
  /** Open connections beyond this are refused at once. */
  maxConnections?: number;
  /** Milliseconds; tests shorten them. */
  timeouts?: Partial<Timeouts>;
  /** How 12345 工单 leave (default: HTTP). */
  hotlineTransport?: HotlineTransport;
  /** The local stand-in for the timer's outbox run, in ms (default a minute; 0: only after filing and by /api/dev/hotline). */
  hotlineIntervalMs?: number;
}

interface Timeouts {
  /** The whole header block must arrive within this. */
  headers: number;
  /** The whole request, body included (a 5 MB photo on a slow line). */
  request: number;
  /** An idle keep-alive connection is closed after this. */
  keepAlive: number;
  /** A socket with no traffic at all is closed after this. */
  idle: number;
}

const DEFAULT_TIMEOUTS: Timeouts = { headers: 15_000, request: 120_000, keepAlive: 5_000, idle: 60_000 };
export const MAX_JSON_BYTES = 1024 * 1024;
export const DEFAULT_MAX_CONNECTIONS = 4096;
const MAX_HEADER_BYTES = 16 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** An answer the handlers throw: its status, stable code and (optional) more specific message. */
class HttpFail extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
  }
}

function fail(reply: FastifyReply, status: number, code: ErrorCode, message?: string) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ ok: false, code, message: message ?? ERROR_MESSAGES[code] });
}

function okJson(reply: FastifyReply, data: unknown) {
  return reply.header('cache-control', 'no-store').send({ ok: true, data });
}

/** The request's path, %-decoded, or a 400 for a malformed escape. */
function decodedPath(rawUrl: string): string {
  const path = rawUrl.split('?')[0];
  try {
    return decodeURIComponent(path);
  } catch {
    throw new HttpFail(400, 'BAD_REQUEST');
  }
}

const asObject = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/** Has the request a body (a length above 0, or chunked)? */
const hasBody = (req: FastifyRequest) => Boolean(req.headers['transfer-encoding']) || Number(req.headers['content-length'] ?? 0) > 0;

const mediaType = (req: FastifyRequest) =>
  String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();

/** Socket-level errors (bad request line, headers too large, too slow): a JSON answer written straight to the socket. */
function clientError(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, text, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', '请求头过大']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', '请求超时，请重试']
        : [400, 'Bad Request', ERROR_MESSAGES.BAD_REQUEST];
  const body = JSON.stringify({ ok: false, code: 'BAD_REQUEST', message });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}

/** Content-Security-Policy of the H5 app and the print page: own scripts (and the index page's inline ones by hash), inline styles (Taro sets them). */
function pageCsp(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The local cloud's outbox runs for 12345 工单: one at a time, after each filing (kick), every
 * `intervalMs` (the timer's stand-in), and on /api/dev/hotline; stopped before the store closes.
 */
function hotlineRunner(deps: Parameters<typeof deliverHotline>[0], intervalMs: number) {
  let running: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await deliverHotline(deps);
      } catch (e) {
        console.error('[gongkai] 12345 outbox run failed', e);
      }
    } while (again && !stopped);
  };
  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = loop().finally(() => (running = null));
  };
  const timer = intervalMs > 0 ? setInterval(kick, intervalMs) : null;
  timer?.unref();
  return {
    kick,
    async runNow() {
      while (running) await running;
      return deliverHotline(deps);
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running;
    },
  };
}

export async function startServer(opts: ServerOptions): Promise<{ url: string; store: Store; close(): Promise<void> }> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const host = opts.host ?? '127.0.0.1';

  const store = openSqliteStore(opts.dbPath);
  let offsetMs = 0; // moved by /api/dev/clock
  const base = opts.now ?? (() => new Date());
  const clock: Clock = { now: () => new Date(base().getTime() + offsetMs) };
  const publicHttps = opts.publicBaseUrl?.startsWith('https:') ?? false;
  const sessions = openSessions(store.db, {
    secret: opts.sessionSecret ?? randomBytes(32).toString('hex'),
    now: base,
    secure: publicHttps,
  });
  const statics = createStaticHandler(opts.h5Dir);
  // Printed codes lead to the configured public address, else this server's own (known once listening).
  const platform = localPlatform(
    store,
    opts.filesDir ?? join(dirname(opts.dbPath), 'files'),
    () => opts.publicBaseUrl ?? (ownUrl || undefined),
  );
  const files = fileAccess(store.db, platform.files.uploadedBy);
  const hotline = hotlineRunner({ store, clock, transport: opts.hotlineTransport ?? httpTransport() }, opts.hotlineIntervalMs ?? 60_000);

  // Filled in once listening: the origins a browser may call /api from, the hosts /api/dev answers.
  let ownUrl = '';
  const allowedOrigins = new Set<string>();
  const allowedHosts = new Set<string>();

  const app = Fastify({
    logger: false,
    bodyLimit: MAX_JSON_BYTES,
    serverFactory: (handler) => {
      const server: Server = createServer(
        {
          headersTimeout: timeouts.headers,
          requestTimeout: timeouts.request,
          keepAliveTimeout: timeouts.keepAlive,
          connectionsCheckingInterval: Math.min(5_000, timeouts.headers),
          maxHeaderSize: MAX_HEADER_BYTES,
        },
        handler,
      );
      server.maxConnections = opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
      return server;
    },
    connectionTimeout: timeouts.idle,
    keepAliveTimeout: timeouts.keepAlive,
    requestTimeout: timeouts.request,
    maxRequestsPerSocket: 1000,
    forceCloseConnections: true,
    return503OnClosing: true,
    clientErrorHandler: clientError,
    routerOptions: { maxParamLength: 500 },
    // The router's own errors: a URL it cannot decode (`//%`, `/print/%E0%A4%A`).
    frameworkErrors: (_err, _req, reply) => fail(reply, 400, 'BAD_REQUEST'),
  });

  await app.register(helmet, {
    contentSecurityPolicy: false, // set per response in onSend: the page CSP needs the index page's script hashes
    strictTransportSecurity: publicHttps ? { maxAge: 180 * 24 * 3600 } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    reply.header('content-security-policy', type.startsWith('text/html') ? pageCsp(statics.scriptHashes()) : API_CSP);
    return payload;
  });

  // Bodies: JSON up to 1 MB everywhere; images up to 5 MB, only on POST /api/files.
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '') return done(null, {});
    parseJson(req, body as string, (err, value) =>
      err ? done(new HttpFail(400, 'INVALID_INPUT', '请求内容不是有效的 JSON'), undefined) : done(null, value),
    );
  });
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
  // Open311 partners post form-encoded (the spec's form); kept as text for the gateway to read.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) =>
    done(null, body),
  );

  // /api: who may call, with what. Runs before any body is read.
  app.addHook('onRequest', async (req, reply) => {
    // Origin-form only: an absolute-form target (`GET http://host/api/...`) would slip past the path checks below.
    if (!req.raw.url?.startsWith('/')) return fail(reply, 400, 'BAD_REQUEST');
    const path = req.url.split('?')[0];
    if (path !== '/api' && !path.startsWith('/api/')) return;
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return fail(reply, 403, 'FORBIDDEN', '不接受来自其他网站的请求');
    // The demo powers answer only to this machine's own names (no DNS-rebinding page can reach them).
    if (path.startsWith('/api/dev/') && !allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) {
      return fail(reply, 403, 'FORBIDDEN', '演示功能只能从本机访问');
    }
    if (!hasBody(req)) return;
    const type = mediaType(req);
    if (path === '/api/files' && req.method === 'POST') {
      if (!IMAGE_TYPES.includes(type)) return fail(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', '只能上传 JPG、PNG 或 WebP 图片');
    } else if (type !== 'application/json') return fail(reply, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, req, reply) => {
    if (err instanceof HttpFail) return fail(reply, err.status, err.code, err.message);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return fail(reply, 413, 'PAYLOAD_TOO_LARGE', req.url.startsWith('/api/files') ? '图片不能超过5MB' : '提交的内容过大（不能超过1MB）');
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return fail(reply, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return fail(reply, status, 'BAD_REQUEST');
    console.error('[gongkai] request failed', err);
    return fail(reply, 500, 'INTERNAL');
  });

  // Anything no route took: /api answers JSON 404; a page route gets the H5 app (index.html).
  app.setNotFoundHandler((req, reply) => {
    const path = decodedPath(req.url);
    if (path === '/api' || path.startsWith('/api/')) return fail(reply, 404, 'NOT_FOUND');
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(reply, 405, 'METHOD_NOT_ALLOWED');
    const answer = statics.serve(path, req.headers['accept-encoding']);
    return reply.code(answer.status).headers(answer.headers).send(answer.body);
  });

  function callerOf(req: FastifyRequest, reply: FastifyReply): Promise<Caller> {
    const session = sessions.check(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (session?.refresh) reply.header('set-cookie', session.refresh);
    const openid = session?.openid ?? null;
    // Read per call: a changed role or a deactivation (served as a resident) counts from the next call.
    return openid
      ? store.getAccount(openid).then((account) => ({ openid, account: activeAccount(account) }))
      : Promise.resolve({ openid: null, account: null });
  }

  /** A route answering one method; the others get 405. */
  function route(method: 'GET' | 'POST', url: string, handler: (req: FastifyRequest, reply: FastifyReply) => unknown) {
    app.all(url, async (req, reply) => {
      if (req.method !== method && !(method === 'GET' && req.method === 'HEAD')) return fail(reply, 405, 'METHOD_NOT_ALLOWED');
      return handler(req, reply);
    });
  }

  route('POST', '/api/session/logout', async (req, reply) => {
    reply.header('set-cookie', sessions.revoke(readCookie(req.headers.cookie, SESSION_COOKIE)));
    return okJson(reply, null);
  });

  // The local stand-in for wx.cloud.uploadFile: raw image body, type and size checked.
  route('POST', '/api/files', async (req, reply) => {
    const caller = await callerOf(req, reply);
    if (!caller.openid) return fail(reply, 401, 'UNAUTHENTICATED');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const folder = (req.query as { folder?: unknown }).folder;
    if (folder !== undefined && typeof folder !== 'string') return fail(reply, 400, 'INVALID_INPUT', '上传文件夹无效');
    const saved = platform.files.save(caller.openid, folder, mediaType(req), body);
    if ('error' in saved) return fail(reply, 400, 'INVALID_INPUT', saved.error);
    return okJson(reply, saved);
  });

  // A photo, to whoever uploaded it or may see a complaint listing it (file-access.ts).
  route('GET', '/api/files/*', async (req, reply) => {
    const fileId = (req.params as { '*': string })['*'];
    const caller = await callerOf(req, reply);
    if (!caller.openid) return fail(reply, 401, 'UNAUTHENTICATED');
    const path = platform.files.pathOf(fileId);
    if (!path || !files.maySee(caller, fileId)) return fail(reply, 404, 'NOT_FOUND');
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      return fail(reply, 404, 'NOT_FOUND');
    }
    const ext = path.split('.').pop();
    return reply
      .header('content-type', ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : 'image/jpeg')
      .header('cache-control', 'private, max-age=600')
      .send(data);
  });

  // The printable notice for the village 公示栏, linking back to the H5 page by QR code.
  route('GET', '/print/*', async (req, reply) => {
    const id = (req.params as { '*': string })['*'];
    const answer = await FUNCTIONS.public(
      { action: 'disclosures.get', data: { id } },
      { store, clock, caller: { openid: null, account: null }, platform },
    );
    if (!(answer as { ok: boolean }).ok) return fail(reply, 404, 'NOT_FOUND', '没有找到这条公开信息');
    const view = (answer as { data: DisclosureView }).data;
    // Never from the Host header: a printed QR code must lead to the real site.
    const url = `${opts.publicBaseUrl ?? ownUrl}/#/pages/disclosure/index?id=${encodeURIComponent(id)}`;
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(noticeHtml({ disclosure: view, qrMarkup: renderSVG(url), url }));
  });

  if (opts.dev) {
    route('GET', '/api/dev/accounts', async (req, reply) => {
      const [accounts, caller] = await Promise.all([store.listDemoAccounts(100), callerOf(req, reply)]);
      return okJson(reply, { accounts, current: caller.openid });
    });
    route('POST', '/api/dev/login', async (req, reply) => {
      // Dev only: any existing account, or a new openid standing in for a WeChat user without
      // one (signed in as a resident, e.g. to accept an invitation).
      const { openid } = asObject(req.body);
      if (typeof openid !== 'string' || !DEV_OPENID.test(openid)) {
        return fail(reply, 404, 'NOT_FOUND', '没有这个演示账号（新用户的编号应为6到64位字母、数字、下划线或短横线）');
      }
      const account = await store.getAccount(openid);
      // A new session replaces the one this browser had.
      sessions.revoke(readCookie(req.headers.cookie, SESSION_COOKIE));
      reply.header('set-cookie', sessions.issue(openid));
      // A new openid answers as a resident without an account.
      return okJson(reply, account ?? { openid, name: '', role: 'resident', regionCodes: [], demo: false, newUser: true });
    });
    route('POST', '/api/dev/logout', async (req, reply) => {
      reply.header('set-cookie', sessions.revoke(readCookie(req.headers.cookie, SESSION_COOKIE)));
      return okJson(reply, null);
    });
    // What the cloud timer does, run now against the (possibly moved) clock.
    route('POST', '/api/dev/sweep', async (_req, reply) => okJson(reply, await sweep({ store, clock, ...platform })));
    // What the timer does with the 12345 outbox, run now against the (possibly moved) clock.
    route('POST', '/api/dev/hotline', async (_req, reply) => okJson(reply, await hotline.runNow()));
    route('GET', '/api/dev/outbox', async (req, reply) => {
      const to = (req.query as { to?: unknown }).to;
      return okJson(reply, { notifications: await store.listNotifications(typeof to === 'string' ? to : undefined, 100) });
    });
    app.all('/api/dev/clock', async (req, reply) => {
      if (req.method === 'POST') {
        const body = asObject(req.body);
        if (body.reset === true) offsetMs = 0;
        else {
          const t = typeof body.now === 'string' ? Date.parse(body.now) : NaN;
          if (Number.isNaN(t)) return fail(reply, 400, 'INVALID_INPUT', '时间格式有误，请用 ISO 8601，例如 2026-12-01T09:00:00+08:00');
          offsetMs = t - base().getTime();
        }
      } else if (req.method !== 'GET' && req.method !== 'HEAD') return fail(reply, 405, 'METHOD_NOT_ALLOWED');
      return okJson(reply, { now: clock.now().toISOString() });
    });
  }

  // Open data, feeds and Open311 (core/http/gateway.ts): the same core as the open311 cloud function.
  const gatewayDeps = () => {
    const base = opts.publicBaseUrl ?? ownUrl;
    return { store, clock, ...platform, baseUrl: base, filesBaseUrl: base };
  };
  for (const prefix of ['/open-data/*', '/feeds/*', '/open311/*']) {
    app.all(prefix, async (req, reply) => {
      const query = req.query as Record<string, string | string[] | undefined>;
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
      const answer = await gateway(gatewayDeps(), { method: req.method, path: decodedPath(req.url), query, headers, body: req.body });
      return reply.code(answer.status).headers(answer.headers).send(answer.body);
    });
  }

  app.all('/api/:fn', async (req, reply) => {
    const name = (req.params as { fn: string }).fn;
    const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn) return fail(reply, 404, 'NOT_FOUND', '没有这个云函数');
    if (req.method !== 'POST') return fail(reply, 405, 'METHOD_NOT_ALLOWED', '请用 POST 调用云函数');
    const result = await fn(req.body ?? {}, { store, clock, caller: await callerOf(req, reply), platform });
    // Filing (resident) and releasing (unit) may have queued a 12345 工单: send it right away.
    if (name === 'resident' || name === 'unit') hotline.kick();
    return reply.header('cache-control', 'no-store').send(result);
  });

  // 12345's status callbacks (core/hotline/callback.ts): signed over the raw body, so this
  // route reads the body as the bytes came (its own JSON parser, in its own plugin scope).
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.all('/hotline/12345/callback', async (req, reply) => {
      if (req.method !== 'POST') return fail(reply, 405, 'METHOD_NOT_ALLOWED');
      const body = typeof req.body === 'string' ? req.body : '';
      const answer = await handleHotlineCallback({ store, clock, notifier: platform.notifier }, { headers: req.headers, body });
      return reply.code(answer.status).header('cache-control', 'no-store').send(answer.body);
    });
  });

  try {
    await app.listen({ port: opts.port, host });
  } catch (err) {
    await store.close();
    throw err;
  }
  const { port } = app.server.address() as { port: number };
  const urlHost = host.includes(':') ? `[${host}]` : host;
  ownUrl = `http://${urlHost}:${port}`;
  allowedOrigins.add(ownUrl);
  allowedHosts.add(`${urlHost}:${port}`);
  if (isLoopback(host)) {
    for (const h of ['127.0.0.1', 'localhost', '[::1]']) {
      allowedOrigins.add(`http://${h}:${port}`);
      allowedHosts.add(`${h}:${port}`).add(h);
    }
  }
  if (opts.publicBaseUrl) {
    const u = new URL(opts.publicBaseUrl);
    allowedOrigins.add(u.origin);
    allowedHosts.add(u.host);
  }
  return {
    url: ownUrl,
    store,
    async close() {
      await hotline.stop();
      await app.close();
      await store.close();
    },
  };
}
