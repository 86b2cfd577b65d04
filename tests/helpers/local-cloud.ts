// Starts the real local cloud (HTTP server + SQLite file) on a free port, for integration and
// e2e tests. `seed: 'demo'` (the default) loads the whole demo data set, as the e2e journeys
// need; `seed: 'none'` starts from an empty store holding only the working-day calendar, and
// the test builds its own world with tests/helpers/world.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerOptions } from '../../server/app';
import { seedCalendar, seedDemo } from '../../scripts/seed-lib';
import { openSqliteStore } from '../../stores/sqlite/store';
import type { Store } from '../../core/store';

export interface TestCloud {
  url: string;
  /** The server's own store, for arranging what a test needs (tests/helpers/world.ts). */
  store: Store;
  dbPath: string;
  call<T = unknown>(fn: string, action: string, data?: unknown, cookie?: string): Promise<ApiAnswer<T>>;
  raw(path: string, init?: RequestInit): Promise<Response>;
  login(openid: string): Promise<string>;
  setClock(now: string | Date): Promise<void>;
  close(): Promise<void>;
}

export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

export const FIXED_NOW = new Date('2026-11-26T02:00:00Z'); // 10:00 in Shanghai

export async function startTestCloud(
  opts: { dev?: boolean; now?: Date; h5Dir?: string; server?: Partial<ServerOptions>; seed?: 'none' | 'demo' } = {},
): Promise<TestCloud> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
  const dbPath = join(dir, 'test.sqlite');
  const now = opts.now ?? FIXED_NOW;
  if ((opts.seed ?? 'demo') === 'demo') await seedDemo(dbPath, now);
  else {
    // Even an empty world has the calendar: every deadline is counted in working days.
    const store = openSqliteStore(dbPath);
    try {
      await seedCalendar(store, now);
    } finally {
      await store.close();
    }
  }
  const server = await startServer({
    port: 0,
    dbPath,
    h5Dir: opts.h5Dir ?? join(dir, 'no-h5'),
    dev: opts.dev ?? true,
    now: () => now,
    ...opts.server,
  });
  const raw = (path: string, init?: RequestInit) => fetch(server.url + path, init);
  return {
    url: server.url,
    store: server.store,
    dbPath,
    raw,
    async call<T>(fn: string, action: string, data: unknown = {}, cookie?: string) {
      const res = await raw(`/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ action, data }),
      });
      return (await res.json()) as ApiAnswer<T>;
    },
    async login(openid: string) {
      const res = await raw('/api/dev/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ openid }),
      });
      if (!res.ok) throw new Error(`login failed: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0];
    },
    async setClock(t: string | Date) {
      const res = await raw('/api/dev/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: typeof t === 'string' ? t : t.toISOString() }),
      });
      if (!res.ok) throw new Error(`clock failed: ${res.status}`);
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Unwraps an ok answer or fails the test with the answer's code and message. */
export function ok<T>(answer: ApiAnswer<T>): T {
  if (!answer.ok) throw new Error(`expected ok, got ${answer.code}: ${answer.message}`);
  return answer.data;
}
