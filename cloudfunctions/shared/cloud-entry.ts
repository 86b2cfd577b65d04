// Turns a handler into a WeChat cloud function entry: the caller's identity comes only
// from getWXContext().OPENID, the store is the cloud database, roles come from the store.
import cloud from 'wx-server-sdk';
import { systemClock } from '../../core/store';
import { openWxCloudStore } from '../../stores/wxcloud/store';
import type { WxDatabase } from '../../stores/wxcloud/types';
import type { FunctionHandler } from './context';
import { wxPlatform, type WxOpenApi } from './wx-platform';

let initialised = false;

export function cloudMain(handler: FunctionHandler) {
  return async (event: unknown) => {
    if (!initialised) {
      // DYNAMIC_CURRENT_ENV is a symbol although the SDK's types say string.
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
      initialised = true;
    }
    const { OPENID } = cloud.getWXContext();
    const store = openWxCloudStore(cloud.database() as unknown as WxDatabase);
    const openid = OPENID || null;
    const account = openid ? await store.getAccount(openid) : null;
    // A timer trigger has no user; its event says Type: 'Timer'.
    const fromTimer = !openid && (event as { Type?: string } | null)?.Type === 'Timer';
    const platform = wxPlatform(cloud.openapi as unknown as WxOpenApi, store);
    return handler(event, { store, clock: systemClock, caller: { openid, account }, platform, fromTimer });
  };
}
