// Turns a handler into a WeChat cloud function entry: the caller's identity comes only
// from getWXContext().OPENID, the store is the cloud database, roles come from the store
// (or, for the first county admins of a deployment, from BOOTSTRAP_ADMINS: see bootstrap.ts).
import cloud from 'wx-server-sdk';
import { ERROR_MESSAGES } from '../../core/api/errors';
import { activeAccount } from '../../core/accounts/account';
import { systemClock } from '../../core/store';
import { openWxCloudStore } from '../../stores/wxcloud/store';
import type { WxDatabase } from '../../stores/wxcloud/types';
import { bootstrapAccount, parseBootstrapAdmins } from './bootstrap';
import type { FunctionHandler } from './context';
import { wxPlatform, type WxCodeOpenApi, type WxOpenApi } from './wx-platform';

// Logs and any Date formatting of a function run in Shanghai time (the cloud's default is
// UTC). Deadlines do not depend on this: core/time computes them in Asia/Shanghai whatever
// the process's zone. Node applies a TZ set at run time to every later Date.
process.env.TZ = 'Asia/Shanghai';

export interface CloudMainOptions {
  /** Callers without an OPENID are served (the `public` function: read-only public data). */
  anonymous?: boolean;
}

/** The part of wx-server-sdk the entry uses (the real module, or a stub in tests). */
export interface WxSdk {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  getWXContext(): { OPENID?: string };
  database(): unknown;
  openapi: unknown;
}

export const UNAUTHENTICATED_ANSWER = { ok: false, code: 'UNAUTHENTICATED', message: '请在微信中打开' } as const;

/** cloudMain over a given SDK object and environment (tests pass stubs; the cloud, the real ones). */
export function cloudMainWith(
  sdk: WxSdk,
  handler: FunctionHandler,
  options: CloudMainOptions = {},
  env: Record<string, string | undefined> = process.env,
) {
  let initialised = false;
  // One store per warm instance, so what core caches per store (county settings, the
  // working-day calendar: a minute each) lives across the instance's invocations.
  let store: ReturnType<typeof openWxCloudStore> | null = null;
  return async (event: unknown) => {
    if (!initialised) {
      // DYNAMIC_CURRENT_ENV is a symbol although the SDK's types say string.
      sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
      initialised = true;
    }
    const { OPENID } = sdk.getWXContext();
    const openid = OPENID || null;
    // A timer trigger has no user; its event says Type: 'Timer'.
    const fromTimer = !openid && (event as { Type?: string } | null)?.Type === 'Timer';
    // No OPENID: not a call from the mini-program (or from outside WeChat). Only the public
    // function and the timer serve those.
    if (!openid && !fromTimer && !options.anonymous) return { ...UNAUTHENTICATED_ANSWER };
    store ??= openWxCloudStore(sdk.database() as WxDatabase);
    let account;
    try {
      // Read per call (never cached), so a changed role or a deactivation counts from the next call.
      account = openid ? activeAccount(await store.getAccount(openid)) : null;
    } catch (e) {
      console.error('[gongkai] reading the caller’s account failed', e);
      return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
    }
    // The deployment's first admins act with a bootstrap account until they have a real one.
    if (!account && openid) account = bootstrapAccount(parseBootstrapAdmins(env.BOOTSTRAP_ADMINS), openid);
    const platform = wxPlatform(sdk.openapi as WxOpenApi & WxCodeOpenApi, store);
    return handler(event, { store, clock: systemClock, caller: { openid, account }, platform, fromTimer });
  };
}

export function cloudMain(handler: FunctionHandler, options: CloudMainOptions = {}) {
  return cloudMainWith(cloud as unknown as WxSdk, handler, options);
}
