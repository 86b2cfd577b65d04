// A seeded county world the reliability suite calls the real function handlers in, on either
// store: SQLite (the local cloud's handlers with an in-process context) or the cloud adapter
// over the faithful fake database (through cloudMainWith, so identity comes only from OPENID
// as in WeChat). Each world offers the demo callers, a handful of resources of two counties,
// a cheap write fingerprint and a way to run a call and then undo its writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account, Caller } from '../../../core/accounts/account';
import type { Complaint } from '../../../core/complaints/model';
import type { Application } from '../../../core/applications/model';
import type { Draft } from '../../../core/publicity/model';
import type { Store } from '../../../core/store';
import { cloudMainWith, type WxSdk } from '../../../cloudfunctions/shared/cloud-entry';
import type { FunctionHandler } from '../../../cloudfunctions/shared/context';
import { FUNCTIONS } from '../../../server/functions';
import { localPlatform } from '../../../server/platform';
import { seedDemo, seedStore } from '../../../scripts/seed-lib';
import { openSqliteStore, type SqliteStore } from '../../../stores/sqlite/store';
import { openWxCloudStore } from '../../../stores/wxcloud/store';
import { createFakeDb, type FakeDb } from '../../doubles/wx-fake-db';
import { FIXED_NOW } from '../../helpers/local-cloud';

export type Answer = { ok: true; data: any } | { ok: false; code: string; message: string };

/** The callers every matrix and fuzz run uses: nobody, a stranger, and the demo roles of two counties. */
export const CALLER_NAMES = [
  'anonymous',
  'stranger',
  'xinjin-resident',
  'xinjin-resident2',
  'xinjin-cadre',
  'xinjin-reviewer',
  'xinjin-unit',
  'xinjin-opengov',
  'xinjin-admin',
  'qingchuan-resident',
  'qingchuan-cadre',
  'qingchuan-reviewer',
  'qingchuan-unit',
  'qingchuan-admin',
] as const;
export type CallerName = (typeof CALLER_NAMES)[number];

const openidOf = (name: CallerName): string | null =>
  name === 'anonymous' ? null : name === 'stranger' ? 'o-stranger-0000000000001' : `demo-${name}`;

/** Resources of both counties, made through the handlers in `build`. */
export interface Resources {
  /** A complaint of each county's demo resident, routed to the housing unit. */
  complaint: Record<'xinjin' | 'qingchuan', Complaint>;
  /** A draft submitted for review (pending_review). */
  pending: Record<'xinjin' | 'qingchuan', Draft>;
  /** A draft approved and published (its disclosure has the same id). */
  published: Record<'xinjin' | 'qingchuan', Draft>;
  /** A unit of each county other than the complaint's (a transfer target). */
  otherUnit: Record<'xinjin' | 'qingchuan', string>;
  /** A village-level catalog item of each county, for drafts. */
  item: Record<'xinjin' | 'qingchuan', string>;
  /** An application for information (依申请公开) of each county's demo resident to its demo unit (submitted). */
  application: Record<'xinjin' | 'qingchuan', Application>;
}

export interface World {
  kind: 'sqlite' | 'wxcloud';
  store: Store;
  accounts: Map<string, Account>;
  res: Resources;
  /** Calls a function as a named caller (or any caller); answers what the function answers (or throws). */
  call(fn: string, event: unknown, caller: CallerName | Caller): Promise<unknown>;
  /** Changes whenever anything is written. */
  fingerprint(): string;
  /** Runs `work`, then undoes every write it made. */
  isolated<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const COUNTIES = ['xinjin', 'qingchuan'] as const;

async function extraAccounts(store: Store) {
  const r = (await store.getAccount('demo-xinjin-resident'))!;
  await store.putAccounts([{ ...r, openid: 'demo-xinjin-resident2', name: '同村另一位村民' }]);
}

async function loadAccounts(store: Store): Promise<Map<string, Account>> {
  const out = new Map<string, Account>();
  for (const n of CALLER_NAMES) {
    const o = openidOf(n);
    const a = o ? await store.getAccount(o) : null;
    if (a) out.set(n, a);
    else if (n !== 'anonymous' && n !== 'stranger') throw new Error(`no demo account ${o}`);
  }
  return out;
}

const ok = (a: unknown, what: string): any => {
  const r = a as Answer;
  if (!r || !r.ok) throw new Error(`${what}: ${JSON.stringify(r)}`);
  return r.data;
};

/** Files a complaint and a pending and a published draft in each county, through the handlers. */
async function build(w: Omit<World, 'res'>): Promise<Resources> {
  const res = { complaint: {}, pending: {}, published: {}, otherUnit: {}, item: {}, application: {} } as Resources;
  for (const k of COUNTIES) {
    const resident = w.accounts.get(`${k}-resident`)!;
    const cadre = w.accounts.get(`${k}-cadre`)!;
    const county = resident.regionCodes[0].slice(0, 6);
    const filed = ok(
      await w.call(
        'resident',
        {
          action: 'complaints.submit',
          data: {
            requestId: `authz-${k}-complaint`,
            kind: '投诉举报',
            category: '内容不准确',
            text: '公示的危房改造补助名单和实际情况不一致，请核实。',
            regionCode: resident.regionCodes[0],
            domain: 'rural_housing_renovation',
          },
        },
        `${k}-resident` as CallerName,
      ),
      `${k} complaint`,
    );
    res.complaint[k] = (await w.store.getComplaint(filed.ticket))!;
    const units = await w.store.listUnits(county);
    res.otherUnit[k] = units.find((u) => u.id !== res.complaint[k].unitId && !u.id.endsWith('-gov'))!.id;
    const items = await w.store.listCatalogItems(county, 'rural_housing_renovation');
    res.item[k] = items.find((i) => i.levels.includes('village'))!.id;
    const applied = ok(
      await w.call(
        'resident',
        {
          action: 'applications.submit',
          data: {
            requestId: `authz-${k}-application`,
            unitId: w.accounts.get(`${k}-unit`)!.unitId,
            description: '本村2026年农村危房改造补助资金拨付文件',
            delivery: '在线',
            name: '张秀兰',
            idNumber: '510118198003151230',
            phone: '13800001234',
          },
        },
        `${k}-resident` as CallerName,
      ),
      `${k} application`,
    );
    res.application[k] = (await w.store.getApplication(applied.id))!;
    for (const which of ['pending', 'published'] as const) {
      const saved = ok(
        await w.call(
          'cadre',
          {
            action: 'drafts.save',
            data: {
              requestId: `authz-${k}-${which}`,
              regionCode: cadre.regionCodes[0],
              itemId: res.item[k],
              title: '农村危房改造补助对象公示',
              body: '经村民代表评议，拟补助对象如下，请监督。',
              formedOn: '2026-11-20',
            },
          },
          `${k}-cadre` as CallerName,
        ),
        `${k} draft`,
      );
      const sub = ok(
        await w.call(
          'cadre',
          { action: 'drafts.submit', data: { id: saved.draft.id, version: saved.draft.version } },
          `${k}-cadre` as CallerName,
        ),
        `${k} submit`,
      );
      if (which === 'published') {
        ok(
          await w.call('review', { action: 'reviews.approve', data: { id: sub.id, version: sub.version } }, `${k}-reviewer` as CallerName),
          `${k} approve`,
        );
      }
      res[which][k] = (await w.store.getDraft(sub.id))!;
    }
  }
  return res;
}

/** The local cloud's handlers over a seeded SQLite file, in this process. */
export async function sqliteWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-world-'));
  const dbPath = join(dir, 'w.sqlite');
  await seedDemo(dbPath, FIXED_NOW);
  const store: SqliteStore = openSqliteStore(dbPath);
  await extraAccounts(store);
  const accounts = await loadAccounts(store);
  const platform = localPlatform(store, join(dir, 'files'), () => 'https://gongkai.example.cn');
  const clock = { now: () => FIXED_NOW };
  const callerOf = (c: CallerName | Caller): Caller =>
    typeof c === 'string' ? { openid: openidOf(c), account: accounts.get(c) ?? null } : c;
  const changes = store.db.prepare('SELECT total_changes() AS n');
  const base = {
    kind: 'sqlite' as const,
    store,
    accounts,
    call: (fn: string, event: unknown, c: CallerName | Caller) => {
      const h: FunctionHandler | undefined = FUNCTIONS[fn];
      if (!h) throw new Error(`no function ${fn}`);
      return h(event, { store, clock, caller: callerOf(c), platform });
    },
    fingerprint: () => String((changes.get() as { n: number }).n),
    async isolated<T>(work: () => Promise<T>) {
      // Nested transactions of the adapter become savepoints inside this one.
      store.db.exec('BEGIN');
      try {
        return await work();
      } finally {
        store.db.exec('ROLLBACK');
      }
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return { ...base, res: await build(base) };
}

/** What the fake database keeps per collection (its private map, read for snapshots). */
type FakeInternals = { data: Map<string, Map<string, unknown>>; seq: number };

/** The cloud functions' entries (cloudMainWith) over the cloud adapter on the fake database. */
export async function wxcloudWorld(): Promise<World> {
  const db: FakeDb = createFakeDb({ throwOnNotFound: true });
  const store = openWxCloudStore(db);
  await seedStore(store, FIXED_NOW);
  await extraAccounts(store);
  const accounts = await loadAccounts(store);
  let OPENID = '';
  const sdk: WxSdk = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    getWXContext: () => ({ OPENID }),
    database: () => db,
    openapi: {
      security: { msgSecCheck: async () => ({ errCode: 0, result: { suggest: 'pass', label: 100 } }) },
      subscribeMessage: { send: async () => ({ errCode: 0 }) },
      // A binary answer, as the SDK resolves an image (cloudfunctions/shared/wx-platform.ts).
      wxacode: { getUnlimited: async () => ({ errCode: 0, contentType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }) },
    },
  };
  const env = {};
  const mains = new Map<string, (event: unknown) => Promise<unknown>>();
  for (const [name, h] of Object.entries(FUNCTIONS)) mains.set(name, cloudMainWith(sdk, h, { anonymous: name === 'public' }, env));
  const internals = db as unknown as FakeInternals;
  const base = {
    kind: 'wxcloud' as const,
    store,
    accounts,
    async call(fn: string, event: unknown, c: CallerName | Caller) {
      const main = mains.get(fn);
      if (!main) throw new Error(`no function ${fn}`);
      // The entry reads the caller's account from the database by OPENID; only the openid matters.
      OPENID = (typeof c === 'string' ? openidOf(c) : c.openid) ?? '';
      return main(event);
    },
    fingerprint: () => String(internals.seq),
    async isolated<T>(work: () => Promise<T>) {
      // The fake replaces a document on every write (never changes one in place), so a shallow
      // copy of each collection's map is a snapshot.
      const saved = new Map<string, Map<string, unknown>>();
      for (const [name, docs] of internals.data) saved.set(name, new Map(docs));
      try {
        return await work();
      } finally {
        for (const name of [...internals.data.keys()]) if (!saved.has(name)) internals.data.delete(name);
        for (const [name, docs] of saved) internals.data.set(name, docs);
      }
    },
    async close() {
      /* nothing to release */
    },
  };
  return { ...base, res: await build(base) };
}
