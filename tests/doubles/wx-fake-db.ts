// An in-memory stand-in for wx-server-sdk's `cloud.database()` (4.0.2), for tests: there is
// no local emulator, and the real SDK kills Node outside the WeChat cloud. Queries run on
// mingo; the platform's limits are enforced so code that passes here does not hit them live:
// - get returns at most 100 documents in a function, 100 when no limit is given; a larger
//   limit is refused (docs: "云函数端不能超过 100 条"; SDK source defaults limit to 100);
// - a get or aggregate result over 1 MB fails with errCode -602001 (SDK error table);
// - aggregate without a limit stage returns 20 results (reported by developers, undocumented);
// - doc(id).get() of a missing document throws "document.get:fail document with _id ... does
//   not exist" (errCode -1) unless the db is created with throwOnNotFound: false (SDK source);
// - add with an existing _id fails (duplicate key); set/update data may not carry _id;
// - collections must exist when `collections` is given (errCode -502005);
// - transactions: only single-document operations (doc, add), where/get/count/aggregate fail;
//   a write takes a lock, and another transaction's write to that document, or one whose
//   document changed since the transaction began, fails with DATABASE_TRANSACTION_CONFLICT;
//   runTransaction retries the callback on conflict only, `times` more times (default 3), and
//   resolves with the callback's value; writes outside transactions wait for locks.
// Reads inside a transaction see committed data plus the transaction's own writes.
// - update commands (_.set, _.remove, _.inc) work in update, never in set or add;
//   where().update() updates every match and answers { stats: { updated } }; doc(id).update()
//   of a missing document answers { stats: { updated: 0 } }, neither failing nor creating it
//   (docs: updated "只可能为 0 或 1"); _.inc counts a missing field as 0, refuses a non-number.
// Each single-document write checks and writes in one step, as the database does: two
// concurrent adds of one _id never both succeed, a conditional update never loses a race.
import { aggregate as mingoAggregate, find } from 'mingo';
import type {
  WxAggregate,
  WxCollection,
  WxCommand,
  WxCondition,
  WxDatabase,
  WxDoc,
  WxDocumentRef,
  WxOrder,
  WxQuery,
  WxTransaction,
} from '../../stores/wxcloud/types';

export interface FakeDbOptions {
  /** false: doc(id).get() of a missing document resolves { data: null } (SDK option). */
  throwOnNotFound?: boolean;
  /** When given, only these collections exist; others fail as on the platform. */
  collections?: readonly string[];
  maxLimit?: number;
  aggregateDefaultLimit?: number;
  maxResultBytes?: number;
}

const ERR_TEXT: Record<string, string> = {
  '-501007': 'invalid parameters',
  '-502001': 'database request fail',
  '-502005': 'database collection not exists',
  '-602001': 'database query result size exceed limit (1MB)',
};

export type FakeDbError = Error & { errCode: number | string; errMsg: string; code?: string };

function sdkError(api: string, errCode: number, detail: string): FakeDbError {
  const text = ERR_TEXT[String(errCode)];
  const err = new Error(`${api}:fail ${text ? `${errCode} ${text}. ` : ''}${detail}`) as FakeDbError;
  err.errCode = errCode;
  err.errMsg = err.message;
  return err;
}

function conflictError(coll: string, id: string): FakeDbError {
  const err = sdkError('transaction', -502001, `database transaction conflict on ${coll}/${id}`);
  err.code = 'DATABASE_TRANSACTION_CONFLICT';
  return err;
}

type CmdKind = 'field' | 'logic' | 'agg' | 'update';
class Cmd {
  constructor(
    readonly kind: CmdKind,
    readonly op: string,
    readonly arg: unknown,
  ) {}
}
class FakeRegExp {
  constructor(
    readonly regexp: string,
    readonly options = '',
  ) {}
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function mongoValue(v: unknown): unknown {
  if (v instanceof FakeRegExp) return new RegExp(v.regexp, v.options);
  if (v instanceof Cmd) throw new Error(`command ${v.op} is not allowed here`);
  if (Array.isArray(v)) return v.map(mongoValue);
  return v;
}

function fieldCmd(path: string, c: Cmd): Record<string, unknown> {
  if (c.kind === 'field') return { [path]: { [c.op]: mongoValue(c.arg) } };
  if (c.kind === 'logic')
    return { [c.op]: (c.arg as unknown[]).map((x) => (x instanceof Cmd ? fieldCmd(path, x) : { [path]: mongoValue(x) })) };
  throw new Error(`command ${c.op} is not a query command`);
}

/** Cloud-database condition -> Mongo criteria: nested plain objects mean nested fields, as on the platform. */
function criteria(cond: unknown): Record<string, unknown> {
  if (cond instanceof Cmd) {
    if (cond.kind !== 'logic') throw new Error(`command ${cond.op} needs a field`);
    return { [cond.op]: (cond.arg as unknown[]).map(criteria) };
  }
  if (!isPlain(cond)) throw new TypeError('a query condition must be an object');
  const parts: Array<Record<string, unknown>> = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      const path = prefix + k;
      if (v instanceof Cmd) parts.push(fieldCmd(path, v));
      else if (isPlain(v)) walk(v, path + '.');
      else parts.push({ [path]: mongoValue(v) });
    }
  };
  walk(cond, '');
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts };
}

function aggSpec(v: unknown): unknown {
  if (v instanceof Cmd) {
    if (v.kind !== 'agg') throw new Error(`command ${v.op} is not an aggregation operator`);
    return { [v.op]: aggSpec(v.arg) };
  }
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, aggSpec(x)]));
  if (Array.isArray(v)) return v.map(aggSpec);
  return v;
}

function logicArgs(args: unknown[]): unknown[] {
  return args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
}

function arrayArg(op: string, v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new TypeError(`${op} expects an array`);
  return v;
}

const copy = <T>(v: T): T => structuredClone(v);

/** A copy of write data that keeps commands (structuredClone would turn them into plain objects). */
function cloneData(v: unknown): unknown {
  if (v instanceof Cmd) return new Cmd(v.kind, v.op, cloneData(v.arg));
  if (v instanceof FakeRegExp) return v;
  if (Array.isArray(v)) return v.map(cloneData);
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cloneData(x)]));
  return structuredClone(v);
}

function hasCmd(v: unknown): boolean {
  if (v instanceof Cmd) return true;
  if (Array.isArray(v)) return v.some(hasCmd);
  return isPlain(v) && Object.values(v).some(hasCmd);
}

/** An update's data applied to a copy of a document: nested objects field by field, commands run. */
function applyUpdate(doc: WxDoc, data: Record<string, unknown>): WxDoc {
  const apply = (target: Record<string, unknown>, patch: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(patch)) {
      if (v instanceof Cmd) {
        if (v.kind !== 'update') throw new Error(`command ${v.op} is not an update command`);
        if (v.op === '$set') target[k] = copy(v.arg);
        else if (v.op === '$unset') delete target[k];
        else if (v.op === '$inc') {
          // A missing field counts as 0; any other non-number (null included) is refused, as Mongo's $inc does.
          const current = Object.hasOwn(target, k) ? target[k] : 0;
          if (typeof current !== 'number') throw new Error(`inc: field ${k} is not a number`);
          target[k] = current + (v.arg as number);
        } else throw new Error(`update command ${v.op} is not supported by the fake`);
      } else if (isPlain(v)) {
        // Like the platform, nested objects update nested fields rather than replacing the object.
        if (!isPlain(target[k])) target[k] = {};
        apply(target[k] as Record<string, unknown>, v);
      } else target[k] = copy(v);
    }
  };
  const next = copy(doc);
  apply(next, data);
  return next;
}

const keyOf = (coll: string, id: string) => `${coll}\u0000${id}`;

class Tx {
  readonly writes = new Map<string, { coll: string; id: string; doc: WxDoc | null }>();
  aborted = false;
  abortReason: unknown;
  constructor(readonly startSeq: number) {}
}

interface QueryState {
  where: Record<string, unknown>;
  order: Array<[string, 1 | -1]>;
  limit?: number;
  skip?: number;
  projection?: Record<string, 0 | 1>;
}

export class FakeDb implements WxDatabase {
  /** Requests made (every get, count, set, update, remove, add and aggregate). */
  calls = 0;
  /** Each collection get, with what the caller asked for (to check limits and paging). */
  readonly gets: Array<{ collection: string; limit?: number; skip?: number }> = [];
  readonly command: WxCommand = {
    eq: (v) => new Cmd('field', '$eq', v),
    gt: (v) => new Cmd('field', '$gt', v),
    gte: (v) => new Cmd('field', '$gte', v),
    lt: (v) => new Cmd('field', '$lt', v),
    lte: (v) => new Cmd('field', '$lte', v),
    in: (v) => new Cmd('field', '$in', arrayArg('in', v)),
    all: (v) => new Cmd('field', '$all', arrayArg('all', v)),
    and: (...c) => new Cmd('logic', '$and', logicArgs(c)),
    or: (...c) => new Cmd('logic', '$or', logicArgs(c)),
    neq: (v) => new Cmd('field', '$ne', v),
    set: (v) => new Cmd('update', '$set', v),
    remove: () => new Cmd('update', '$unset', ''),
    inc: (n) => {
      if (typeof n !== 'number') throw new TypeError('inc expects a number');
      return new Cmd('update', '$inc', n);
    },
    aggregate: { sum: (v) => new Cmd('agg', '$sum', v) },
  };
  readonly options: Required<Omit<FakeDbOptions, 'collections'>> & { collections?: readonly string[] };
  private readonly data = new Map<string, Map<string, WxDoc>>();
  private readonly versions = new Map<string, number>();
  private readonly locks = new Map<string, { tx: Tx; released: Promise<void>; release: () => void }>();
  private seq = 0;

  constructor(options: FakeDbOptions = {}) {
    this.options = {
      throwOnNotFound: options.throwOnNotFound ?? true,
      maxLimit: options.maxLimit ?? 100,
      aggregateDefaultLimit: options.aggregateDefaultLimit ?? 20,
      maxResultBytes: options.maxResultBytes ?? 1024 * 1024,
      collections: options.collections,
    };
    for (const name of options.collections ?? []) this.data.set(name, new Map());
  }

  RegExp(options: { regexp: string; options?: string }): object {
    new RegExp(options.regexp, options.options); // invalid patterns fail here, as the SDK validates
    return new FakeRegExp(options.regexp, options.options);
  }

  collection(name: string): WxCollection {
    return new FakeCollection(this, name, null, { where: {}, order: [] });
  }

  async runTransaction<T>(callback: (tx: WxTransaction) => Promise<T>, times = 3): Promise<T> {
    const tx = new Tx(this.seq);
    const api: WxTransaction = {
      collection: (name) => new FakeCollection(this, name, tx, { where: {}, order: [] }),
      rollback: async (reason) => {
        tx.aborted = true;
        tx.abortReason = reason;
      },
    };
    try {
      const result = await callback(api);
      if (tx.aborted) throw tx.abortReason;
      this.commit(tx);
      return result;
    } catch (e) {
      this.release(tx);
      if ((e as FakeDbError | null)?.code === 'DATABASE_TRANSACTION_CONFLICT' && times > 0) {
        return this.runTransaction(callback, times - 1);
      }
      throw e;
    }
  }

  /** A copy of a collection's stored documents, internal fields included (for tests). */
  dump(name: string): WxDoc[] {
    return copy([...(this.data.get(name)?.values() ?? [])]);
  }

  // ---- internals used by the query classes ----

  table(api: string, name: string): Map<string, WxDoc> {
    let t = this.data.get(name);
    if (!t) {
      if (this.options.collections) throw sdkError(api, -502005, `collection ${name} does not exist`);
      t = new Map();
      this.data.set(name, t);
    }
    return t;
  }

  checkSize(api: string, result: unknown): void {
    if (Buffer.byteLength(JSON.stringify(result)) > this.options.maxResultBytes) {
      throw sdkError(api, -602001, 'result too large');
    }
  }

  read(api: string, coll: string, id: string, tx: Tx | null): WxDoc | null {
    const key = keyOf(coll, id);
    const own = tx?.writes.get(key);
    if (own) return own.doc;
    return this.table(api, coll).get(id) ?? null;
  }

  /**
   * One single-document write: `next` sees the current document (a transaction's own writes
   * included) and returns the new one, null to delete, or undefined to leave it. Outside a
   * transaction it waits for locks, then reads and writes with no await in between.
   */
  async modify(
    api: string,
    coll: string,
    id: string,
    tx: Tx | null,
    next: (current: WxDoc | null) => WxDoc | null | undefined,
  ): Promise<void> {
    const table = this.table(api, coll);
    const key = keyOf(coll, id);
    if (tx) {
      const doc = next(this.read(api, coll, id, tx));
      if (doc === undefined) return;
      const lock = this.locks.get(key);
      if ((lock && lock.tx !== tx) || (this.versions.get(key) ?? 0) > tx.startSeq) throw conflictError(coll, id);
      if (!lock) {
        let release = () => {};
        const released = new Promise<void>((r) => (release = r));
        this.locks.set(key, { tx, released, release });
      }
      tx.writes.set(key, { coll, id, doc });
      return;
    }
    for (let lock = this.locks.get(key); lock; lock = this.locks.get(key)) await lock.released;
    const doc = next(table.get(id) ?? null);
    if (doc === undefined) return;
    if (doc) table.set(id, doc);
    else table.delete(id);
    this.versions.set(key, ++this.seq);
  }

  private commit(tx: Tx): void {
    const seq = ++this.seq;
    for (const [key, w] of tx.writes) {
      const table = this.table('transaction.commit', w.coll);
      if (w.doc) table.set(w.id, w.doc);
      else table.delete(w.id);
      this.versions.set(key, seq);
    }
    this.release(tx);
  }

  private release(tx: Tx): void {
    for (const [key, lock] of this.locks) {
      if (lock.tx === tx) {
        this.locks.delete(key);
        lock.release();
      }
    }
    tx.writes.clear();
  }
}

class FakeQuery implements WxQuery {
  constructor(
    protected readonly db: FakeDb,
    protected readonly name: string,
    protected readonly tx: Tx | null,
    protected readonly s: QueryState,
  ) {}

  protected with(patch: Partial<QueryState>): FakeQuery {
    return new FakeQuery(this.db, this.name, this.tx, { ...this.s, ...patch });
  }

  where(condition: WxCondition): WxQuery {
    return this.with({ where: criteria(condition) });
  }

  orderBy(field: string, order: WxOrder): WxQuery {
    if (order !== 'asc' && order !== 'desc') throw new TypeError(`orderBy: order must be asc or desc`);
    return this.with({ order: [...this.s.order, [field, order === 'asc' ? 1 : -1]] });
  }

  limit(n: number): WxQuery {
    if (!Number.isInteger(n)) throw new TypeError('limit must be an integer');
    return this.with({ limit: n });
  }

  skip(n: number): WxQuery {
    if (!Number.isInteger(n)) throw new TypeError('skip must be an integer');
    return this.with({ skip: n });
  }

  field(projection: Record<string, boolean>): WxQuery {
    return this.with({ projection: Object.fromEntries(Object.entries(projection).map(([k, v]) => [k, v ? 1 : 0])) });
  }

  protected batch(api: string): WxDoc[] {
    this.db.calls++;
    if (this.tx) throw sdkError(api, -502001, 'only single-document operations (doc, add) are allowed in a transaction');
    return [...this.db.table(api, this.name).values()];
  }

  async get(): Promise<{ data: WxDoc[] }> {
    const api = 'collection.get';
    const docs = this.batch(api);
    this.db.gets.push({ collection: this.name, limit: this.s.limit, skip: this.s.skip });
    const { maxLimit } = this.db.options;
    const { limit = 0, skip = 0 } = this.s;
    if (limit < 0 || limit > maxLimit) throw sdkError(api, -501007, `limit must be between 1 and ${maxLimit}, got ${limit}`);
    const cursor = find(docs, this.s.where, this.s.projection);
    if (this.s.order.length) cursor.sort(Object.fromEntries(this.s.order));
    // The SDK sends limit 100 when none (or 0) is given.
    const data = copy(
      cursor
        .skip(skip)
        .limit(limit || maxLimit)
        .all() as WxDoc[],
    );
    this.db.checkSize(api, data);
    return { data };
  }

  async count(): Promise<{ total: number }> {
    const docs = this.batch('collection.count');
    return { total: find(docs, this.s.where).all().length };
  }

  /** Updates every matching document (the platform's multi update), each in one step. */
  async update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }> {
    const api = 'collection.update';
    const docs = this.batch(api);
    const data = writable(api, options?.data);
    let updated = 0;
    for (const { _id } of find(docs, this.s.where).all() as WxDoc[]) {
      await this.db.modify(api, this.name, _id as string, null, (doc) => {
        // Matched again at write time: the document may have changed while waiting for a lock.
        if (!doc || find([doc], this.s.where).all().length === 0) return undefined;
        updated++;
        return applyUpdate(doc, data);
      });
    }
    return { stats: { updated } };
  }
}

class FakeCollection extends FakeQuery implements WxCollection {
  doc(id: string): WxDocumentRef {
    if (typeof id !== 'string' || id === '') throw new TypeError('doc id must be a non-empty string');
    return new FakeDocument(this.db, this.name, this.tx, id);
  }

  async add(options: { data: Record<string, unknown> }): Promise<{ _id: string }> {
    this.db.calls++;
    if (!isPlain(options?.data)) throw sdkError('collection.add', -501007, 'data must be an object');
    if (hasCmd(options.data)) throw sdkError('collection.add', -501007, 'update commands are not allowed in add');
    const id = typeof options.data._id === 'string' ? options.data._id : randomId();
    const data = copy(options.data);
    await this.db.modify('collection.add', this.name, id, this.tx, (current) => {
      if (current) {
        throw sdkError(
          'collection.add',
          -502001,
          `E11000 duplicate key error collection: ${this.name} index: _id_ dup key: { _id: "${id}" }`,
        );
      }
      return { ...data, _id: id };
    });
    return { _id: id };
  }

  aggregate(): WxAggregate {
    return new FakeAggregate(this.db, this.name, this.tx, []);
  }
}

function randomId(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

function writable(api: string, data: unknown): Record<string, unknown> {
  if (!isPlain(data) || Object.keys(data).length === 0) throw sdkError(api, -501007, 'data must be a non-empty object');
  if ('_id' in data) throw sdkError(api, -501007, '_id cannot be updated');
  return cloneData(data) as Record<string, unknown>;
}

class FakeDocument implements WxDocumentRef {
  constructor(
    private readonly db: FakeDb,
    private readonly name: string,
    private readonly tx: Tx | null,
    private readonly id: string,
    private readonly projection?: Record<string, 0 | 1>,
  ) {}

  field(projection: Record<string, boolean>): WxDocumentRef {
    const p = Object.fromEntries(Object.entries(projection).map(([k, v]) => [k, v ? 1 : 0] as const));
    return new FakeDocument(this.db, this.name, this.tx, this.id, p);
  }

  async get(): Promise<{ data: WxDoc | null }> {
    this.db.calls++;
    const doc = this.db.read('document.get', this.name, this.id, this.tx);
    if (!doc) {
      if (!this.db.options.throwOnNotFound) return { data: null };
      const err = new Error(`document.get:fail document with _id ${this.id} does not exist`) as FakeDbError;
      err.errCode = -1;
      err.errMsg = err.message;
      throw err;
    }
    const [data] = copy(find([doc], {}, this.projection).all() as WxDoc[]);
    return { data };
  }

  async set(options: { data: Record<string, unknown> }) {
    this.db.calls++;
    const data = writable('document.set', options?.data);
    if (hasCmd(data)) throw sdkError('document.set', -501007, 'update commands are not allowed in set');
    let existed = false;
    await this.db.modify('document.set', this.name, this.id, this.tx, (current) => {
      existed = current !== null;
      return { ...data, _id: this.id };
    });
    return { _id: this.id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
  }

  async update(options: { data: Record<string, unknown> }) {
    this.db.calls++;
    const data = writable('document.update', options?.data);
    let updated = 0;
    await this.db.modify('document.update', this.name, this.id, this.tx, (current) => {
      if (!current) return undefined;
      updated = 1;
      return applyUpdate(current, data);
    });
    return { stats: { updated } };
  }

  async remove() {
    this.db.calls++;
    let existed = false;
    await this.db.modify('document.remove', this.name, this.id, this.tx, (current) => {
      existed = current !== null;
      return existed ? null : undefined;
    });
    return { stats: { removed: existed ? 1 : 0 } };
  }
}

class FakeAggregate implements WxAggregate {
  constructor(
    private readonly db: FakeDb,
    private readonly name: string,
    private readonly tx: Tx | null,
    private readonly stages: Array<Record<string, unknown>>,
  ) {}

  private stage(stage: Record<string, unknown>): WxAggregate {
    return new FakeAggregate(this.db, this.name, this.tx, [...this.stages, stage]);
  }

  match(condition: WxCondition) {
    return this.stage({ $match: criteria(condition) });
  }
  group(spec: Record<string, unknown>) {
    return this.stage({ $group: aggSpec(spec) });
  }
  sort(spec: Record<string, 1 | -1>) {
    return this.stage({ $sort: spec });
  }
  limit(n: number) {
    if (!Number.isInteger(n) || n < 1) throw new TypeError('limit must be a positive integer');
    return this.stage({ $limit: n });
  }

  async end(): Promise<{ list: Array<Record<string, unknown>> }> {
    const api = 'collection.aggregate';
    this.db.calls++;
    if (this.tx) throw sdkError(api, -502001, 'aggregate is not allowed in a transaction');
    let list = mingoAggregate([...this.db.table(api, this.name).values()], this.stages) as Array<Record<string, unknown>>;
    if (!this.stages.some((s) => '$limit' in s)) list = list.slice(0, this.db.options.aggregateDefaultLimit);
    list = copy(list);
    this.db.checkSize(api, list);
    return { list };
  }
}

export function createFakeDb(options?: FakeDbOptions): FakeDb {
  return new FakeDb(options);
}
