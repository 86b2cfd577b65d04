// @tarojs/taro for the pages project: every API a jest.fn that resolves, storage in a Map,
// router params set per test, and the page hooks as effects (pull-down and reach-bottom kept
// so a test can fire them).
import { jest } from '@jest/globals';
import { useEffect, useRef } from 'react';

type Params = Record<string, string | undefined>;

let routerParams: Params = {};
const storage = new Map<string, unknown>();
const pullDown = new Set<() => void>();
/** The page's latest share handlers (useShareAppMessage, useShareTimeline). */
const shareHandlers: { chat?: () => unknown; timeline?: () => unknown } = {};
const reachBottom = new Set<() => void>();

/** The params the next render's useRouter() returns (the page's query string). */
export function setRouterParams(params: Params): void {
  routerParams = { ...params };
}

/** What the page would share to a chat and to 朋友圈 now (what its handlers return). */
export function currentShare(): { chat: unknown; timeline: unknown } {
  return { chat: shareHandlers.chat?.(), timeline: shareHandlers.timeline?.() };
}

/** Fires every mounted usePullDownRefresh handler. */
export function firePullDownRefresh(): void {
  for (const f of [...pullDown]) f();
}

/** Fires every mounted useReachBottom handler. */
export function fireReachBottom(): void {
  for (const f of [...reachBottom]) f();
}

const ok = () => jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ errMsg: 'ok' }));

const taro = {
  showToast: ok(),
  showModal: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ confirm: true, cancel: false })),
  showLoading: ok(),
  hideLoading: ok(),
  navigateTo: ok(),
  redirectTo: ok(),
  navigateBack: ok(),
  switchTab: ok(),
  reLaunch: ok(),
  setNavigationBarTitle: ok(),
  stopPullDownRefresh: ok(),
  pageScrollTo: ok(),
  setClipboardData: ok(),
  makePhoneCall: ok(),
  previewImage: ok(),
  openDocument: ok(),
  downloadFile: ok(),
  chooseImage: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ tempFiles: [], tempFilePaths: [] })),
  chooseMessageFile: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ tempFiles: [] })),
  request: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ statusCode: 200, data: {} })),
  getCurrentPages: jest.fn((): unknown[] => []),
  getFileSystemManager: jest.fn(() => ({ readFile: jest.fn(), readFileSync: jest.fn() })),
  getStorageSync: jest.fn((key: string): any => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown): void => void storage.set(key, value)),
  removeStorageSync: jest.fn((key: string): void => void storage.delete(key)),
  requestSubscribeMessage: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' })),
  cloud: {
    init: jest.fn(),
    callFunction: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ result: { ok: true, data: {} } })),
    uploadFile: jest.fn((..._args: unknown[]): Promise<any> => Promise.resolve({ fileID: 'cloud://test/file.jpg' })),
  },
};

/** Forgets calls, params, storage and hook handlers (implementations stay). Run before each test. */
export function resetTaro(): void {
  routerParams = {};
  storage.clear();
  pullDown.clear();
  reachBottom.clear();
  delete shareHandlers.chat;
  delete shareHandlers.timeline;
  for (const v of Object.values(taro)) if (typeof v === 'function' && 'mockClear' in v) v.mockClear();
  for (const v of Object.values(taro.cloud)) v.mockClear();
}

export function useRouter(): { params: Params; path: string } {
  return { params: routerParams, path: '' };
}

/** Runs `fn` once after the first render, like a page's first show or load. */
function useOnce(fn: () => void): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => ref.current(), []);
}

/** Keeps `fn` in `set` while the component is mounted. */
function useKept(set: Set<() => void>, fn: () => void): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    const f = () => ref.current();
    set.add(f);
    return () => void set.delete(f);
  }, [set]);
}

export const useDidShow = (fn: () => void) => useOnce(fn);
export const useLoad = (fn: (params: Params) => void) => useOnce(() => fn(routerParams));
export const useReady = (fn: () => void) => useOnce(fn);
export const useLaunch = (fn: () => void) => useOnce(fn);
export const useDidHide = (_fn: () => void) => undefined;
export const useUnload = (_fn: () => void) => undefined;
export const usePullDownRefresh = (fn: () => void) => useKept(pullDown, fn);
export const useReachBottom = (fn: () => void) => useKept(reachBottom, fn);
export const useShareAppMessage = (fn: () => unknown) => void (shareHandlers.chat = fn);
export const useShareTimeline = (fn: () => unknown) => void (shareHandlers.timeline = fn);

export default taro;
