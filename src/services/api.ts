// The one door to the cloud. weapp: wx.cloud.callFunction; H5: POST /api/<function>.
// Typed by the functions' contracts (core/api/contracts), so a page cannot send or read the wrong shape.
import Taro from '@tarojs/taro';
import type { ActionName, FunctionName, Req, Res } from '@core/api/contracts';
import type { Account } from '@core/accounts/account';
import { CLOUD_ENV, PUBLIC_FUNCTION } from '../constants/config';

/** The function a resident uses for their own complaints (needs a caller). */
export const RESIDENT_FUNCTION = 'resident';
/** The responsible unit's and the county's hotline queue (unit_staff / county_admin). */
export const UNIT_FUNCTION = 'unit';
/** 驻村 cadres drafting village publicity (cadre). */
export const CADRE_FUNCTION = 'cadre';
export const PUBLISH_FUNCTION = 'publish';
/** Town (or county) reviewers of village publicity (reviewer). */
export const REVIEW_FUNCTION = 'review';
/** The county 政务公开办 as the deployment's administrator (county_admin): 节假日安排, audit. */
export const ADMIN_FUNCTION = 'admin';

export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

type Answer<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

export const NETWORK_MESSAGE = '网络连接不上，请检查网络后点“重试”';
const BAD_ANSWER_MESSAGE = '系统繁忙，请稍后再试';

let cloudReady = false;
function ensureCloud(): void {
  if (process.env.TARO_ENV === 'weapp' && !cloudReady) {
    Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
    cloudReady = true;
  }
}

/** Call once at launch on weapp; harmless elsewhere. */
export function initCloud(): void {
  ensureCloud();
}

function isAnswer(x: unknown): x is Answer<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

async function viaCloud(fn: string, payload: unknown): Promise<unknown> {
  ensureCloud();
  try {
    const r = await Taro.cloud.callFunction({ name: fn, data: payload as TaroGeneral.IAnyObject });
    return r.result;
  } catch (e) {
    // callFunction rejects on network trouble and on a function that crashed or timed out.
    const msg = String((e as { errMsg?: string })?.errMsg ?? e);
    throw new ApiError(/timeout|network|fail/i.test(msg) ? 'NETWORK' : 'INTERNAL', NETWORK_MESSAGE);
  }
}

async function viaHttp(path: string, init: RequestInit): Promise<unknown> {
  let resp: Response;
  try {
    resp = await fetch(path, { credentials: 'include', ...init });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  try {
    return await resp.json();
  } catch {
    throw new ApiError('INTERNAL', BAD_ANSWER_MESSAGE);
  }
}

function unwrap<T>(answer: unknown): T {
  if (!isAnswer(answer)) throw new ApiError('INTERNAL', BAD_ANSWER_MESSAGE);
  if (answer.ok) return answer.data as T;
  throw new ApiError(answer.code || 'INTERNAL', answer.message || BAD_ANSWER_MESSAGE);
}

/**
 * The one generic call: `{ action, data }` to function `fn`, answer unwrapped or ApiError
 * with a Chinese message. `data` and the answer are typed by the function's contract.
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, data: Req<F, A>): Promise<Res<F, A>> {
  const payload = { action, data };
  const answer =
    process.env.TARO_ENV === 'weapp'
      ? await viaCloud(fn, payload)
      : await viaHttp(`/api/${fn}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(payload),
        });
  return unwrap<Res<F, A>>(answer);
}

/** Calls one action of the `public` function (read-only look-up, no login). */
export function callPublic<A extends ActionName<'public'>>(action: A, data: Req<'public', A>): Promise<Res<'public', A>> {
  return call(PUBLIC_FUNCTION, action, data);
}

/** Calls one action of the `resident` function (the caller's own complaints). */
export function callResident<A extends ActionName<'resident'>>(action: A, data: Req<'resident', A>): Promise<Res<'resident', A>> {
  return call(RESIDENT_FUNCTION, action, data);
}

/** Calls one action of the `unit` function (hotline queue; unit staff and county admin). */
export function callUnit<A extends ActionName<'unit'>>(action: A, data: Req<'unit', A>): Promise<Res<'unit', A>> {
  return call(UNIT_FUNCTION, action, data);
}

/** Calls one action of the `cadre` function (village publicity drafts; 驻村干部). */
export function callCadre<A extends ActionName<'cadre'>>(action: A, data: Req<'cadre', A>): Promise<Res<'cadre', A>> {
  return call(CADRE_FUNCTION, action, data);
}

/** Calls one action of the `publish` function (drafts at every level: unit staff, town staff, cadres). */
export function callPublish<A extends ActionName<'publish'>>(action: A, data: Req<'publish', A>): Promise<Res<'publish', A>> {
  return call(PUBLISH_FUNCTION, action, data);
}

/** Calls one action of the `review` function (approve, return, withdraw village publicity; 审核人). */
export function callReview<A extends ActionName<'review'>>(action: A, data: Req<'review', A>): Promise<Res<'review', A>> {
  return call(REVIEW_FUNCTION, action, data);
}

/** Calls one action of the `admin` function (county_admin: the working-day calendar, the audit record). */
export function callAdmin<A extends ActionName<'admin'>>(action: A, data: Req<'admin', A>): Promise<Res<'admin', A>> {
  return call(ADMIN_FUNCTION, action, data);
}

/** Who am I, and accepting an invitation (anyone signed in). */
export const ACCOUNT_FUNCTION = 'account';
export function callAccount<A extends ActionName<'account'>>(action: A, data: Req<'account', A>): Promise<Res<'account', A>> {
  return call(ACCOUNT_FUNCTION, action, data);
}

/** H5 / local cloud only: POSTs a raw file body (e.g. an image) to `path`; answer unwrapped. */
export async function postRaw<T>(path: string, body: Blob, contentType: string): Promise<T> {
  return unwrap<T>(await viaHttp(path, { method: 'POST', headers: { 'content-type': contentType }, body }));
}

// ---- Dev accounts: only the local server (H5, dev) has them; the real cloud has no such endpoint.

export type DevAccount = Pick<Account, 'openid' | 'name' | 'role' | 'regionCodes' | 'unitId'>;

export interface DevAccounts {
  accounts: DevAccount[];
  current: string | null;
}

/** The demo accounts, or null where there are none (weapp, production cloud, any failure). */
export async function getDevAccounts(): Promise<DevAccounts | null> {
  if (process.env.TARO_ENV !== 'h5') return null;
  try {
    const resp = await fetch('/api/dev/accounts', { credentials: 'include' });
    if (!resp.ok) return null;
    const answer: unknown = await resp.json();
    if (!isAnswer(answer) || !answer.ok) return null;
    const data = answer.data as DevAccounts;
    return Array.isArray(data?.accounts) ? data : null;
  } catch {
    return null;
  }
}

export async function devLogin(openid: string): Promise<DevAccount> {
  return unwrap<DevAccount>(
    await viaHttp('/api/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid }),
    }),
  );
}
