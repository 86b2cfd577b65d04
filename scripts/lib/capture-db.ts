// A write-only stand-in for the cloud database, enough for the cloud adapter's bulk puts
// (putRegions, putCounty, putUnits, putRoutes, putCatalogItems: each a doc(id).set()): it
// records each document as the database would store it ({ ...data, _id }, the last set of an
// id winning, first-set order kept) so export:county can write exactly what the adapter
// writes. Runtime dependencies only (no mingo: that fake, tests/doubles/wx-fake-db.ts, is for
// tests). Anything else the adapter could ask (reads, add, update, transactions) throws.
import type { WxCollection, WxCommand, WxDatabase, WxDoc } from '../../stores/wxcloud/types';

export interface CaptureDb extends WxDatabase {
  /** The documents set in a collection, in the order their ids were first set. */
  dump(name: string): WxDoc[];
}

function unsupported(what: string): never {
  throw new Error(`capture-db records doc(id).set() only; ${what} is not supported`);
}

export function createCaptureDb(): CaptureDb {
  const data = new Map<string, Map<string, WxDoc>>();
  const table = (name: string) => {
    let t = data.get(name);
    if (!t) data.set(name, (t = new Map()));
    return t;
  };
  const collection = (name: string): WxCollection =>
    new Proxy({} as WxCollection, {
      get(_target, prop) {
        if (prop !== 'doc') return () => unsupported(`collection.${String(prop)}`);
        return (id: string) =>
          new Proxy({} as ReturnType<WxCollection['doc']>, {
            get(_t, op) {
              if (op !== 'set') return () => unsupported(`document.${String(op)}`);
              return async (options: { data: Record<string, unknown> }) => {
                const t = table(name);
                const existed = t.has(id);
                t.set(id, { ...structuredClone(options.data), _id: id });
                return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
              };
            },
          });
      },
    });
  return {
    collection,
    // The adapter reads db.command when it opens; puts never call it.
    command: new Proxy({} as WxCommand, { get: (_t, prop) => () => unsupported(`command.${String(prop)}`) }),
    RegExp: () => unsupported('RegExp'),
    runTransaction: () => unsupported('runTransaction'),
    dump: (name) => structuredClone([...(data.get(name)?.values() ?? [])]),
  };
}
