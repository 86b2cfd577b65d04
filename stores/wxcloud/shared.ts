// What every record kind of the cloud store shares: the database handle and its command
// object, the request counter (`calls`), keyset reads in pages of at most MAX_READ, keyed
// reads, bulk puts as parallel single-document sets, transactions retried on conflict,
// versioned replaces, token conditions, and the mapping between records and documents.
import { createHash } from 'node:crypto';
import { MAX_READ } from '../../core/store';
import type { TokenQuery } from '../../core/search/tokens';
import type { CollectionName } from './collections';
import type { WxCommand, WxCondition, WxDatabase, WxDoc, WxDocumentRef, WxOrder, WxTransaction } from './types';

/** Fields this adapter adds to documents; never returned to callers. */
const INTERNAL = new Set(['_id', '_openid', 'tokens', 'codeLen', 'publicityEnd', 'privacyOpen']);
const WRITE_PARALLELISM = 8;
/** wx-server-sdk errCode when a get's result exceeds 1 MB. */
const RESULT_TOO_LARGE = -602001;
/** Transactions that still conflict after runTransaction's own retries are run again this often, after a random wait. */
const CONFLICT_RETRIES = 8;

export type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

export type Sort = Array<[field: string, order: WxOrder]>;
export interface Plan {
  coll: CollectionName;
  where: WxCondition[];
  sort: Sort;
}

export const NEWEST_CREATED: Sort = [
  ['createdAt', 'desc'],
  ['_id', 'desc'],
];

export function cap(limit: number): number {
  return Math.max(1, Math.min(MAX_READ, Math.floor(limit)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function strip<T>(doc: WxDoc): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!INTERNAL.has(k)) out[k] = v;
  return out as T;
}

/** Same plain-JSON shape the SQLite store returns: undefined fields dropped. */
export function plain(record: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

/** _id of a submission's idempotency record: the same client request from the same person. */
export function requestKey(ownerOpenid: string, requestId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([ownerOpenid, requestId]))
    .digest('hex');
}

function isConflict(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'DATABASE_TRANSACTION_CONFLICT';
}

function isNotFound(e: unknown): boolean {
  const err = e as { errMsg?: unknown; message?: unknown } | null;
  return /does not exist/i.test(String(err?.errMsg ?? err?.message ?? ''));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isTooLarge(e: unknown): boolean {
  const err = e as { errCode?: unknown; message?: unknown } | null;
  return err?.errCode === RESULT_TOO_LARGE || /size exceed/i.test(String(err?.message ?? ''));
}

/** The shared context each record kind's part of the cloud store is built on. */
export interface WxContext {
  readonly db: WxDatabase;
  readonly _: WxCommand;
  /** Database requests made so far (reads and writes): each request adds one. */
  calls: number;
  /** Up to `want` rows of a plan, in pages of at most MAX_READ, resuming after `start`. */
  read(plan: Plan, want: number, start?: Record<string, unknown>): Promise<WxDoc[]>;
  byId<T>(coll: CollectionName, id: string): Promise<T | null>;
  /** One set per id, the last given winning, a few in parallel. */
  putAll<T extends object>(
    coll: CollectionName,
    records: T[],
    idOf: (r: T) => string,
    extra?: (r: T) => Record<string, unknown>,
  ): Promise<void>;
  /** A document read in a transaction: missing is null (the SDK answers null there, or throws outside one). */
  getOrNull(ref: WxDocumentRef): Promise<WxDoc | null>;
  /** Runs a transaction again, after a growing random wait, while it keeps conflicting. */
  transact<T>(run: (tx: WxTransaction) => Promise<T>): Promise<T>;
  /** Replaces a versioned document only if its stored version is still `expectedVersion`: one conditional update. */
  replaceIfVersion(
    coll: CollectionName,
    id: string,
    record: object,
    optional: Record<string, true>,
    expectedVersion: number,
  ): Promise<boolean>;
  /** Conditions matching every token of a query (null for an empty query). */
  tokenConds(q: TokenQuery): WxCondition[] | null;
}

export function wxContext(db: WxDatabase): WxContext {
  const _ = db.command;

  const and = (conds: WxCondition[]): WxCondition => (conds.length === 0 ? {} : conds.length === 1 ? conds[0] : _.and(conds));

  /** Rows strictly after `last` in the order `sort` (the last sort field must be unique). */
  function after(sort: Sort, last: Record<string, unknown>): WxCondition {
    const branches = sort.map(([field, order], i) => {
      const cond: Record<string, unknown> = {};
      for (const [prev] of sort.slice(0, i)) cond[prev] = _.eq(last[prev]);
      cond[field] = order === 'asc' ? _.gt(last[field]) : _.lt(last[field]);
      return cond;
    });
    return branches.length === 1 ? branches[0] : _.or(branches);
  }

  async function getPage(plan: Plan, conds: WxCondition[], n: number): Promise<WxDoc[]> {
    let q = db.collection(plan.coll).where(and(conds));
    for (const [field, order] of plan.sort) q = q.orderBy(field, order);
    ctx.calls++;
    return (await q.limit(n).field({ tokens: false }).get()).data;
  }

  async function read(plan: Plan, want: number, start?: Record<string, unknown>): Promise<WxDoc[]> {
    const out: WxDoc[] = [];
    let last = start;
    let size = MAX_READ;
    while (out.length < want) {
      const n = Math.min(size, want - out.length);
      let page: WxDoc[];
      try {
        page = await getPage(plan, last ? [...plan.where, after(plan.sort, last)] : plan.where, n);
      } catch (e) {
        // A page of big documents (long bodies, tables) can pass the platform's 1 MB result cap.
        if (isTooLarge(e) && n > 1) {
          size = Math.ceil(n / 2);
          continue;
        }
        throw e;
      }
      out.push(...page);
      if (page.length < n) break;
      last = page[page.length - 1];
    }
    return out;
  }

  async function byId<T>(coll: CollectionName, id: string): Promise<T | null> {
    ctx.calls++;
    const { data } = await db.collection(coll).where({ _id: id }).field({ tokens: false }).limit(1).get();
    return data[0] ? strip<T>(data[0]) : null;
  }

  async function putAll<T extends object>(
    coll: CollectionName,
    records: T[],
    idOf: (r: T) => string,
    extra: (r: T) => Record<string, unknown> = () => ({}),
  ): Promise<void> {
    // One write per id, the last given winning, as the SQLite store's upserts in order do.
    const latest = [...new Map(records.map((r) => [idOf(r), r])).entries()];
    for (let i = 0; i < latest.length; i += WRITE_PARALLELISM) {
      await Promise.all(
        latest.slice(i, i + WRITE_PARALLELISM).map(([id, r]) => {
          ctx.calls++;
          return db
            .collection(coll)
            .doc(id)
            .set({ data: { ...plain(r), ...extra(r) } });
        }),
      );
    }
  }

  async function getOrNull(ref: WxDocumentRef): Promise<WxDoc | null> {
    ctx.calls++;
    try {
      return (await ref.get()).data ?? null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async function transact<T>(run: (tx: WxTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await db.runTransaction<T>(run);
      } catch (e) {
        if (!isConflict(e) || attempt >= CONFLICT_RETRIES) throw e;
        await sleep(Math.random() * Math.min(1000, 20 * 2 ** attempt));
      }
    }
  }

  /** Update data that makes the stored record equal to `record`: objects and arrays replaced whole, absent optional fields removed. */
  function replacement(record: object, optional: Record<string, true>): Record<string, unknown> {
    const doc = plain(record);
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(doc)) data[k] = v !== null && typeof v === 'object' ? _.set(v) : v;
    for (const k of Object.keys(optional)) if (!(k in doc)) data[k] = _.remove();
    return data;
  }

  async function replaceIfVersion(
    coll: CollectionName,
    id: string,
    record: object,
    optional: Record<string, true>,
    expectedVersion: number,
  ): Promise<boolean> {
    ctx.calls++;
    const { stats } = await db
      .collection(coll)
      .where({ _id: id, version: expectedVersion })
      .update({ data: replacement(record, optional) });
    return stats.updated === 1;
  }

  function tokenConds(q: TokenQuery): WxCondition[] | null {
    const conds: WxCondition[] = [];
    if (q.all.length) conds.push({ tokens: _.all(q.all) });
    // The cloud database matches a regexp against each element of an array field.
    if (q.prefix) conds.push({ tokens: db.RegExp({ regexp: '^' + escapeRegExp(q.prefix) }) });
    return conds.length ? conds : null;
  }

  const ctx: WxContext = { db, _, calls: 0, read, byId, putAll, getOrNull, transact, replaceIfVersion, tokenConds };
  return ctx;
}
