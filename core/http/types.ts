// A plain HTTP exchange, as the local cloud (fastify) and the WeChat cloud's HTTP trigger both
// hand it over: the open data, feeds and Open311 answer these, so one core serves both hosts.
import { createHash } from 'node:crypto';

export interface HttpRequest {
  method: string;
  /** The path, %-decoded, without the query. */
  path: string;
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | undefined>;
  /** A body already parsed (JSON object) or as received (a form-encoded string); absent for GET. */
  body?: unknown;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The first value of a query parameter. */
export function param(q: HttpRequest['query'], name: string): string | undefined {
  const v = q[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Public data may be cached a little and fetched from other sites' pages. */
export function publicHeaders(contentType: string, body: string, maxAgeSeconds = 300): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': `public, max-age=${maxAgeSeconds}`,
    etag: `"${createHash('sha1').update(body, 'utf8').digest('base64url')}"`,
    'access-control-allow-origin': '*',
  };
}

/** 304 when the client already has this body (If-None-Match), else the answer as it is. */
export function conditional(req: HttpRequest, answer: HttpAnswer): HttpAnswer {
  const tag = answer.headers.etag;
  const has = req.headers['if-none-match'];
  if (answer.status === 200 && tag && has && has.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
    return { status: 304, headers: { ...answer.headers }, body: '' };
  }
  return answer;
}
