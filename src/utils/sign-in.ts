// Signed out: how to tell from an API error, and what to tell the person.
import type { ApiError } from '../services/api';

/** H5 without a dev session, weapp without an openid (should not happen): what to do. */
export function signInText(): string {
  return process.env.TARO_ENV === 'h5' ? '请先在首页选择演示账号' : '请先登录微信后再试';
}

export function isSignedOut(e: ApiError | null): boolean {
  return e?.code === 'UNAUTHENTICATED';
}
