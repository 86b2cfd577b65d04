// `hotline`: the HTTP-triggered function 12345 calls back (云函数 HTTP 访问服务, path
// /hotline/12345/callback). The event is the HTTP request; the answer an HTTP response. Same
// core as the local cloud's POST /hotline/12345/callback.
import { handleHotlineCallback, type CallbackAnswer } from '../../core/hotline/callback';
import type { FunctionContext } from '../shared/context';

interface HttpEvent {
  httpMethod?: string;
  path?: string;
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

const json = (a: Pick<CallbackAnswer, 'status' | 'body'>) => ({
  statusCode: a.status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(a.body),
});

export async function handleHotline(event: unknown, ctx: FunctionContext) {
  const e = (event ?? {}) as HttpEvent;
  if (e.httpMethod !== 'POST') {
    return json({ status: 405, body: { ok: false, code: 'METHOD_NOT_ALLOWED', message: '不支持这种请求方式' } });
  }
  if (!String(e.path ?? '').endsWith('/12345/callback')) {
    return json({ status: 404, body: { ok: false, code: 'NOT_FOUND', message: '没有这个接口' } });
  }
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(e.headers ?? {})) headers[k.toLowerCase()] = v;
  const body = e.isBase64Encoded ? Buffer.from(e.body ?? '', 'base64').toString('utf8') : (e.body ?? '');
  try {
    return json(await handleHotlineCallback({ store: ctx.store, clock: ctx.clock, notifier: ctx.platform.notifier }, { headers, body }));
  } catch (err) {
    console.error('[gongkai] hotline callback failed', err);
    return json({ status: 500, body: { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
  }
}
