// The local cloud as a real process (`npx tsx scripts/start.ts`): kill -9 under concurrent
// complaint submissions and retries after a restart, and HTTP fuzzing that counts how often
// the process died. Used by kill9.test.ts (small) and `npm run bench` (bigger).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { CONTRACTS } from '../../../core/api/contracts';
import { ERROR_MESSAGES } from '../../../core/api/errors';
import { seedDemo } from '../../../scripts/seed-lib';
import { openSqliteStore } from '../../../stores/sqlite/store';

const ROOT = join(__dirname, '..', '..', '..');
const JSON_TYPE = { 'content-type': 'application/json' };

export interface CloudProcess {
  url: string;
  child: ChildProcess;
  alive(): boolean;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts scripts/start.ts on a database; resolves once it listens. */
export function startProcess(dbPath: string, h5Dir: string): Promise<CloudProcess> {
  // node itself with tsx's loader, not the tsx wrapper: the wrapper runs the server in a child
  // of its own, and a SIGKILL of the wrapper would leave that child serving.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      DB_PATH: dbPath,
      H5_DIR: h5Dir,
      SESSION_SECRET: 'kill9-session-secret-of-enough-length-0123456789',
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer) => {
      output += c.toString();
      const m = /已启动：(http:\/\/[^\s，]+)/.exec(output);
      if (m) {
        resolve({
          url: m[1],
          child,
          alive: () => child.exitCode === null && child.signalCode === null,
          async kill9() {
            child.kill('SIGKILL');
            await exited;
          },
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`the local cloud exited before listening:\n${output}`)));
  });
}

export async function login(url: string, openid: string): Promise<string> {
  const res = await fetch(`${url}/api/dev/login`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ openid }) });
  if (!res.ok) throw new Error(`login ${openid}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

/** A seeded database in a temporary folder with `residents` extra demo residents (demo-kill9-<i>). */
export async function seededDir(residents: number): Promise<{ dir: string; dbPath: string; h5Dir: string; village: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-process-'));
  const dbPath = join(dir, 'cloud.sqlite');
  const h5Dir = join(dir, 'h5');
  mkdirSync(h5Dir);
  await seedDemo(dbPath);
  const store = openSqliteStore(dbPath);
  const village = (await store.getAccount('demo-xinjin-resident'))!.regionCodes[0];
  await store.putAccounts(
    Array.from({ length: residents }, (_, i) => ({
      openid: `demo-kill9-${i}`,
      name: `居民${i}`,
      role: 'resident' as const,
      regionCodes: [village],
      demo: true,
    })),
  );
  await store.close();
  return { dir, dbPath, h5Dir, village };
}

export interface Kill9Report {
  requests: number;
  /** Answered ok before the kill. */
  acknowledged: number;
  /** Sent before the kill without an answer. */
  unanswered: number;
  /** Acknowledged tickets missing after the restart, or answered with another ticket on retry. */
  lost: number;
  /** (person, requestId) pairs with more than one complaint. */
  duplicated: number;
  /** Retries after the restart that did not answer ok. */
  retryFailures: number;
}

/**
 * Fires `requests` complaints.submit at once from several residents (at most 8 each: the
 * daily limit is 10), SIGKILLs the process once `killAfter` were acknowledged, restarts it
 * on the same file and retries every request, answered or not.
 */
export async function kill9Run(requests: number, killAfter: number): Promise<Kill9Report> {
  const perPerson = 8;
  const people = Math.ceil(requests / perPerson);
  const { dir, dbPath, h5Dir, village } = await seededDir(people);
  try {
    const reqs = Array.from({ length: requests }, (_, i) => ({ who: i % people, requestId: `kill9-${i}-abcdefgh` }));
    const submit = (url: string, cookie: string, requestId: string) =>
      fetch(`${url}/api/resident`, {
        method: 'POST',
        headers: { ...JSON_TYPE, cookie },
        body: JSON.stringify({
          action: 'complaints.submit',
          data: { requestId, kind: '咨询', category: '其他', text: '请问危房改造补助什么时候发放？', regionCode: village },
        }),
      }).then((r) => r.json() as Promise<{ ok: boolean; data?: { ticket: string } }>);

    let cloud = await startProcess(dbPath, h5Dir);
    let cookies = await Promise.all(Array.from({ length: people }, (_, i) => login(cloud.url, `demo-kill9-${i}`)));
    const acked = new Map<string, string>();
    let killing: Promise<void> | null = null;
    await Promise.all(
      reqs.map(async (r) => {
        try {
          const a = await submit(cloud.url, cookies[r.who], r.requestId);
          // Whatever answered is acknowledged, even an answer that raced the kill.
          if (a.ok && a.data) {
            acked.set(r.requestId, a.data.ticket);
            if (acked.size >= killAfter && !killing) killing = cloud.kill9();
          }
        } catch {
          // the process died under this request: no answer
        }
      }),
    );
    await (killing ?? cloud.kill9());
    const acknowledged = acked.size;

    cloud = await startProcess(dbPath, h5Dir);
    let lost = 0;
    let retryFailures = 0;
    try {
      cookies = await Promise.all(Array.from({ length: people }, (_, i) => login(cloud.url, `demo-kill9-${i}`)));
      await Promise.all(
        reqs.map(async (r) => {
          const a = await submit(cloud.url, cookies[r.who], r.requestId);
          if (!a.ok || !a.data) retryFailures++;
          else if (acked.has(r.requestId) && acked.get(r.requestId) !== a.data.ticket) lost++;
        }),
      );
    } finally {
      await cloud.stop();
    }
    const db = new Database(dbPath, { readonly: true });
    try {
      const has = db.prepare('SELECT 1 FROM complaints WHERE id = ?');
      for (const ticket of acked.values()) if (!has.get(ticket)) lost++;
      const dup = db
        .prepare(
          `SELECT COUNT(*) AS n FROM (SELECT owner, json_extract(doc, '$.requestId') AS rid FROM complaints
           WHERE owner LIKE 'demo-kill9-%' GROUP BY owner, rid HAVING COUNT(*) > 1)`,
        )
        .get() as { n: number };
      return {
        requests,
        acknowledged,
        unanswered: requests - acknowledged,
        lost,
        duplicated: dup.n,
        retryFailures,
      };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface HttpFuzzReport {
  events: number;
  /** Answers with a 5xx status. */
  status5xx: number;
  /** Answers that were not the JSON shape with a known code and a Chinese message. */
  unstructured: number;
  /** Times the process was found dead (it is restarted to go on). */
  deaths: number;
  failures: string[];
}

/**
 * Posts `events` fuzzed bodies to /api/<function> of a real process, as nobody and as the
 * demo roles: arbitrary JSON, known actions with arbitrary data, raw junk bytes. Every answer
 * must be < 500 and the JSON error shape; the process must stay up.
 */
export async function httpFuzzRun(events: number, seed?: number): Promise<HttpFuzzReport> {
  const { dir, dbPath, h5Dir } = await seededDir(0);
  const r: HttpFuzzReport = { events: 0, status5xx: 0, unstructured: 0, deaths: 0, failures: [] };
  const roles = ['resident', 'cadre', 'reviewer', 'unit', 'opengov', 'admin'];
  let cloud = await startProcess(dbPath, h5Dir);
  const logins = async () => [undefined, ...(await Promise.all(roles.map((x) => login(cloud.url, `demo-xinjin-${x}`))))];
  let cookies = await logins();
  const fns = [...Object.keys(CONTRACTS), 'timer', 'nope'];
  const body = fc.oneof(
    fc
      .record({ action: fc.constantFrom(...Object.values(CONTRACTS).flatMap((c) => Object.keys(c))), data: fc.jsonValue({ maxDepth: 4 }) })
      .map((e) => JSON.stringify(e)),
    fc.jsonValue({ maxDepth: 4 }).map((e) => JSON.stringify(e)),
    fc.string({ unit: 'binary', maxLength: 300 }),
  );
  try {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fns), body, fc.integer({ min: 0, max: roles.length }), async (fn, text, who) => {
        r.events++;
        try {
          const res = await fetch(`${cloud.url}/api/${fn}`, {
            method: 'POST',
            headers: { ...JSON_TYPE, ...(cookies[who] ? { cookie: cookies[who]! } : {}) },
            body: text,
          });
          const raw = await res.text();
          if (res.status >= 500) {
            r.status5xx++;
            if (r.failures.length < 20) r.failures.push(`${res.status} ${fn} ${text.slice(0, 200)}`);
          }
          const a = JSON.parse(raw) as { ok?: unknown; code?: unknown; message?: unknown };
          if (
            typeof a.ok !== 'boolean' ||
            (!a.ok && !(typeof a.code === 'string' && Object.hasOwn(ERROR_MESSAGES, a.code) && /[\u4e00-\u9fa5]/.test(String(a.message))))
          ) {
            r.unstructured++;
            if (r.failures.length < 20) r.failures.push(`shape ${raw.slice(0, 200)}: ${fn} ${text.slice(0, 200)}`);
          }
        } catch (e) {
          if (!cloud.alive()) {
            r.deaths++;
            if (r.failures.length < 20) r.failures.push(`died on ${fn} ${text.slice(0, 200)}`);
            cloud = await startProcess(dbPath, h5Dir);
            cookies = await logins();
          } else {
            r.unstructured++;
            if (r.failures.length < 20) r.failures.push(`${String(e)}: ${fn} ${text.slice(0, 200)}`);
          }
        }
      }),
      { numRuns: events, seed },
    );
    if (!cloud.alive()) r.deaths++;
  } finally {
    await cloud.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return r;
}
