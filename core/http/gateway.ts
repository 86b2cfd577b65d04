// The public HTTP surface beside the functions' API: open data, feeds and Open311. The local
// cloud mounts it at its paths; the open311 cloud function is this behind an HTTP trigger.
import type { ComplaintDeps } from '../complaints/deps';
import { isOpenDataPath, jsonError, openDataHttp } from '../opendata/http';
import { isOpen311Path, open311Http } from '../open311/http';
import type { HttpAnswer, HttpRequest } from './types';

export interface GatewayDeps extends ComplaintDeps {
  /** Where people reach the H5 app. */
  baseUrl: string;
  /** Where these paths are served (feeds' rel=self); default baseUrl. */
  filesBaseUrl?: string;
}

export const isGatewayPath = (path: string) => isOpenDataPath(path) || isOpen311Path(path);

/** The answer to a request on one of the gateway's paths; anything unexpected is a 500 without its stack. */
export async function gateway(deps: GatewayDeps, req: HttpRequest): Promise<HttpAnswer> {
  try {
    if (isOpen311Path(req.path)) return await open311Http(deps, req);
    if (isOpenDataPath(req.path)) return await openDataHttp(deps, req);
    return jsonError(404, 'NOT_FOUND');
  } catch (e) {
    console.error('[gongkai] gateway request failed', e);
    if (isOpen311Path(req.path)) {
      return {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        body: JSON.stringify([{ code: 500, description: '系统繁忙，请稍后再试' }]),
      };
    }
    return jsonError(500, 'INTERNAL');
  }
}
