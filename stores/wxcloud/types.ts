// The part of wx-server-sdk's `cloud.database()` that the wxcloud store uses, as a structural
// type: the real SDK object and the fake (tests/doubles/wx-fake-db.ts) both satisfy it, and
// nothing here imports wx-server-sdk (whose network path must never run in tests).

export type WxDoc = Record<string, unknown> & { _id?: string };
/** A where condition: field -> value | command, or a logic command (`_.and`, `_.or`). */
export type WxCondition = Record<string, unknown> | WxCommandValue;
/** What `db.command.*(...)` and `db.RegExp(...)` return: opaque to callers. */
export type WxCommandValue = object;
export type WxOrder = 'asc' | 'desc';

export interface WxCommand {
  eq(value: unknown): WxCommandValue;
  neq(value: unknown): WxCommandValue;
  gt(value: unknown): WxCommandValue;
  gte(value: unknown): WxCommandValue;
  lt(value: unknown): WxCommandValue;
  lte(value: unknown): WxCommandValue;
  in(values: unknown[]): WxCommandValue;
  all(values: unknown[]): WxCommandValue;
  and(...conditions: Array<WxCondition | WxCondition[]>): WxCommandValue;
  or(...conditions: Array<WxCondition | WxCondition[]>): WxCommandValue;
  /** Update commands (in update data only): replace a field whole, delete it, add to it. */
  set(value: unknown): WxCommandValue;
  remove(): WxCommandValue;
  inc(n: number): WxCommandValue;
  aggregate: { sum(value: unknown): WxCommandValue };
}

export interface WxQuery {
  where(condition: WxCondition): WxQuery;
  orderBy(field: string, order: WxOrder): WxQuery;
  limit(n: number): WxQuery;
  skip(n: number): WxQuery;
  field(projection: Record<string, boolean>): WxQuery;
  get(): Promise<{ data: WxDoc[] }>;
  count(): Promise<{ total: number }>;
  /** Updates every matching document (server SDK only). */
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
}

export interface WxDocumentRef {
  field(projection: Record<string, boolean>): WxDocumentRef;
  get(): Promise<{ data: WxDoc | null }>;
  set(options: { data: Record<string, unknown> }): Promise<{ _id: string; stats: { updated: number; created: number } }>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface WxAggregate {
  match(condition: WxCondition): WxAggregate;
  group(spec: Record<string, unknown>): WxAggregate;
  sort(spec: Record<string, 1 | -1>): WxAggregate;
  limit(n: number): WxAggregate;
  end(): Promise<{ list: Array<Record<string, unknown>> }>;
}

export interface WxCollection extends WxQuery {
  doc(id: string): WxDocumentRef;
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
  aggregate(): WxAggregate;
}

export interface WxTransaction {
  collection(name: string): WxCollection;
  rollback(reason?: unknown): Promise<unknown>;
}

export interface WxDatabase {
  collection(name: string): WxCollection;
  readonly command: WxCommand;
  RegExp(options: { regexp: string; options?: string }): WxCommandValue;
  /** Retries the callback on transaction conflicts, `times` more times (default 3). */
  runTransaction<T>(callback: (tx: WxTransaction) => Promise<T>, times?: number): Promise<T>;
}
