// The open data and feeds at their stable paths:
//   /open-data/<county>/catalog.(json|csv)
//   /open-data/<regionCode>/disclosures.(json|csv)
//   /feeds/<regionCode>.atom, /feeds/<regionCode>/<domainId>.atom
// A bad code is 400, an unknown place or domain 404, both as { ok: false, code, message }.
import { AppError, ERROR_MESSAGES, type ErrorCode } from '../api/errors';
import { conditional, publicHeaders, type HttpAnswer, type HttpRequest } from '../http/types';
import { catalogFile, disclosuresFile, feedFile, type OpenDataDeps, type OpenDataFile } from './service';

const CATALOG = /^\/open-data\/(\d{6})\/catalog\.(json|csv)$/;
const DISCLOSURES = /^\/open-data\/(\d{6}(?:\d{3}){0,2})\/disclosures\.(json|csv)$/;
const FEED = /^\/feeds\/(\d{6}(?:\d{3}){0,2})(?:\/([a-z_]{1,40}))?\.atom$/;

export const isOpenDataPath = (path: string) => path.startsWith('/open-data/') || path.startsWith('/feeds/');

export function jsonError(status: number, code: ErrorCode, message?: string): HttpAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' },
    body: JSON.stringify({ ok: false, code, message: message ?? ERROR_MESSAGES[code] }),
  };
}

function served(req: HttpRequest, f: OpenDataFile): HttpAnswer {
  const headers = publicHeaders(f.contentType, f.body);
  if (f.contentType.startsWith('text/csv')) headers['content-disposition'] = `inline; filename="${f.fileName}"`;
  return conditional(req, { status: 200, headers, body: req.method === 'HEAD' ? '' : f.body });
}

export async function openDataHttp(deps: OpenDataDeps, req: HttpRequest): Promise<HttpAnswer> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return jsonError(405, 'METHOD_NOT_ALLOWED');
  try {
    let m = CATALOG.exec(req.path);
    if (m) return served(req, await catalogFile(deps, m[1], m[2] as 'json' | 'csv'));
    m = DISCLOSURES.exec(req.path);
    if (m) return served(req, await disclosuresFile(deps, m[1], m[2] as 'json' | 'csv'));
    m = FEED.exec(req.path);
    if (m) return served(req, await feedFile(deps, m[1], m[2]));
    return jsonError(
      404,
      'NOT_FOUND',
      '没有这个开放数据文件：请按 /open-data/<县代码>/catalog.csv、/open-data/<地区代码>/disclosures.json、/feeds/<地区代码>.atom 访问',
    );
  } catch (e) {
    if (e instanceof AppError) return jsonError(e.code === 'NOT_FOUND' ? 404 : 400, e.code, e.message);
    throw e;
  }
}
