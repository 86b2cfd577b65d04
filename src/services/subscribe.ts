// The platform's subscribe-message ask behind a small port: weapp asks with
// Taro.requestSubscribeMessage (it must run inside a tap, before any await); H5 has no such
// messages, so nothing is asked there and the prompt is not shown.
import Taro from '@tarojs/taro';

export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter';

export interface SubscribePort {
  /** False where the platform has no subscribe messages: do not offer to ask. */
  supported: boolean;
  /** Asks for these template ids; answers by id (null: the ask itself failed or was not possible). */
  ask(tmplIds: string[]): Promise<Record<string, SubscribeAnswer> | null>;
}

const ANSWERS = new Set<string>(['accept', 'reject', 'ban', 'filter']);

const weappPort: SubscribePort = {
  supported: true,
  async ask(tmplIds) {
    if (tmplIds.length === 0) return null;
    try {
      const r = (await Taro.requestSubscribeMessage({ tmplIds } as Parameters<
        typeof Taro.requestSubscribeMessage
      >[0])) as unknown as Record<string, string>;
      const out: Record<string, SubscribeAnswer> = {};
      for (const id of tmplIds) if (ANSWERS.has(r[id])) out[id] = r[id] as SubscribeAnswer;
      return out;
    } catch {
      // 20004 (the main switch is off) and the like: the person said no by their settings.
      return Object.fromEntries(tmplIds.map((id) => [id, 'reject' as const]));
    }
  },
};

const noPort: SubscribePort = { supported: false, ask: async () => null };

let port: SubscribePort = process.env.TARO_ENV === 'weapp' ? weappPort : noPort;

export function subscribePort(): SubscribePort {
  return port;
}

/** Tests (and a future platform) put their own port in. */
export function setSubscribePort(p: SubscribePort): void {
  port = p;
}
