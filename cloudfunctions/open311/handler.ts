// `open311`: the HTTP-triggered function (云开发 HTTP 访问服务) serving Open311 GeoReport v2,
// the open data and the Atom feeds. A thin adapter: the trigger's event becomes a plain HTTP
// request for core/http/gateway.ts, its answer the trigger's response. Mount the function at
// the site's root path, or set HTTP_PATH_PREFIX to the path it is mounted at (e.g. /gongkai).
// PUBLIC_BASE_URL: where the H5 app is (links in feeds and data); OPEN_DATA_BASE_URL: where
// this function answers (the feeds' rel=self), PUBLIC_BASE_URL when not set.
import { gateway } from '../../core/http/gateway';
import type { HttpRequest } from '../../core/http/types';
import type { FunctionContext } from '../shared/context';

/** What the HTTP access service hands a function. */
export interface HttpTriggerEvent {
  path?: string;
  httpMethod?: string;
  headers?: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

export interface HttpTriggerResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

const trimSlash = (s: string | undefined) => (s ?? '').replace(/\/+$/, '');

export function toHttpRequest(event: HttpTriggerEvent, prefix = ''): HttpRequest {
  let path = event.path ?? '/';
  try {
    path = decodeURIComponent(path.split('?')[0]);
  } catch {
    path = '/';
  }
  if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length) || '/';
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : undefined;
  let body: unknown = raw;
  if (raw && /application\/json/i.test(headers['content-type'] ?? '')) {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      body = undefined;
    }
  }
  return { method: (event.httpMethod ?? 'GET').toUpperCase(), path, query: event.queryStringParameters ?? {}, headers, body };
}

export async function handleOpen311(event: unknown, ctx: FunctionContext): Promise<HttpTriggerResponse> {
  const env = process.env;
  const base = trimSlash(env.PUBLIC_BASE_URL);
  const req = toHttpRequest((event ?? {}) as HttpTriggerEvent, trimSlash(env.HTTP_PATH_PREFIX));
  const answer = await gateway(
    { store: ctx.store, clock: ctx.clock, ...ctx.platform, baseUrl: base, filesBaseUrl: trimSlash(env.OPEN_DATA_BASE_URL) || base },
    req,
  );
  return { statusCode: answer.status, headers: answer.headers, body: answer.body, isBase64Encoded: false };
}
