// Property-based fuzzing of every action from its schema (fast-check): arbitrary JSON as an
// action's data, whole arbitrary events, and payloads built from the schema with one field
// mutated (wrong type, too long, empty, unicode junk, huge numbers, deep nesting, missing).
// Each goes through the real function handler as a random caller. What must hold: the answer
// is { ok: true, data } or { ok: false, code, message } with a code from ERROR_MESSAGES (never
// INTERNAL) and a Chinese message; nothing throws; and a payload the action's own schema
// refuses is INVALID_INPUT and writes nothing (the world's write fingerprint is unchanged).
import fc from 'fast-check';
import * as v from 'valibot';
import { CONTRACTS } from '../../../core/api/contracts';
import { ERROR_MESSAGES } from '../../../core/api/errors';
import { FIXTURE_2027 } from '../../fixtures/calendar-2027';
import { CALLER_NAMES, type World } from './world';

const CJK = /[\u4e00-\u9fa5]/;

/** The parts of valibot's schema objects the generator reads. */
interface Node {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: Array<Node | string | number>;
  literal?: unknown;
  pipe?: Array<{ kind: string; type: string; requirement?: unknown }>;
}

/** Payloads whose validity a schema-wide check decides (the generator cannot build those). */
const BASES: Record<string, unknown> = { 'admin.calendar.put': FIXTURE_2027 };

const requirement = (n: Node, type: string) => n.pipe?.find((a) => a.type === type)?.requirement;

/** Values that satisfy common fields by name (regexes the generator cannot invert). */
function hintFor(key: string, w: World): unknown {
  const village = w.accounts.get('xinjin-resident')!.regionCodes[0];
  switch (key) {
    case 'requestId':
      return `fuzz-${Math.random().toString(36).slice(2, 12)}`;
    case 'regionCode':
      return village;
    case 'code':
      return '510118';
    case 'domain':
      return 'rural_housing_renovation';
    case 'id':
      return w.res.complaint.xinjin.id;
    case 'itemId':
      return w.res.item.xinjin;
    case 'publicityStart':
      return '2026-12-01';
    case 'contactPhone':
      return '13812345678';
    case 'date':
      return '2026-11-05';
    case 'year':
      return 2027;
    default:
      return undefined;
  }
}

/** A value the schema most likely accepts (hints first, then the schema's own bounds). */
export function sample(n: Node, key: string, w: World): unknown {
  const hint = hintFor(key, w);
  if (hint !== undefined && n.type !== 'optional' && n.type !== 'nullable' && n.type !== 'object') return hint;
  switch (n.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(n.entries ?? {})) {
        const val = e.type === 'optional' ? (hintFor(k, w) !== undefined ? sample(e.wrapped!, k, w) : undefined) : sample(e, k, w);
        if (val !== undefined) out[k] = val;
      }
      return out;
    }
    case 'optional':
    case 'nullable':
      return sample(n.wrapped!, key, w);
    case 'string': {
      const min = Number(requirement(n, 'min_length') ?? 0);
      return '公开监督测试内容'.repeat(Math.max(1, Math.ceil(min / 8))).slice(0, Math.max(min, 6));
    }
    case 'number':
      return Number(requirement(n, 'min_value') ?? 1);
    case 'boolean':
      return false;
    case 'picklist':
      return n.options![0];
    case 'literal':
      return n.literal;
    case 'union':
      return sample(n.options![n.options!.length - 1] as Node, key, w);
    case 'array':
      return [];
    default:
      return undefined;
  }
}

/** Hostile values for one field. */
const junk = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    1.5,
    '',
    ' ',
    '\u0000',
    '\ud800',
    '\u202e\u200b\ufeff',
    '😀'.repeat(500),
    'x'.repeat(100_000),
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '{"$gt":""}',
    [],
    [null],
    {},
    { $gt: '' },
    { __proto__: { polluted: 1 } },
    JSON.parse('{"__proto__":{"polluted":1}}'),
  ),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 20, max: 200 }).map((depth) => {
    let o: unknown = 'deep';
    for (let i = 0; i < depth; i++) o = { a: o };
    return o;
  }),
  fc.constant(undefined),
);

/** Every field path of a schema-built payload: top-level keys and one level into objects. */
function paths(value: unknown): string[][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [
    [k],
    ...paths(v)
      .map((p) => [k, ...p])
      .filter((p) => p.length <= 2),
  ]);
}

function mutate(base: Record<string, unknown>, path: string[], to: unknown): Record<string, unknown> {
  const out = structuredClone(base);
  let o = out as Record<string, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (to === undefined) delete o[last];
  else o[last] = to;
  return out;
}

export interface FuzzReport {
  /** Calls made. */
  events: number;
  /** Calls whose payload the schema refused. */
  invalid: number;
  /** Calls that threw instead of answering (the HTTP layer would make a 5xx of these). */
  thrown: number;
  /** Answers not of the structured shape, with an unknown or INTERNAL code, or a message without Chinese. */
  unstructured: number;
  /** Refused payloads that were not INVALID_INPUT or that wrote. */
  badRefusals: number;
  /** Schema-built bases the schema accepts (so one mutation is what makes them bad). */
  validBases: number;
  failures: string[];
}

/** Fuzzes every action of every function: `runs` cases per action and kind of case. */
export async function runFuzz(w: World, runs: number, seed?: number): Promise<FuzzReport> {
  const r: FuzzReport = { events: 0, invalid: 0, thrown: 0, unstructured: 0, badRefusals: 0, validBases: 0, failures: [] };
  const fail = (what: string) => r.failures.length < 30 && r.failures.push(what);
  const caller = fc.constantFrom(...CALLER_NAMES);

  async function check(fn: string, action: string, event: unknown, who: (typeof CALLER_NAMES)[number], schema: v.GenericSchema | null) {
    const data = event && typeof event === 'object' ? ((event as { data?: unknown }).data ?? {}) : undefined;
    const valid = schema !== null && event !== null && typeof event === 'object' && v.safeParse(schema, data).success;
    if (!valid) r.invalid++;
    r.events++;
    const label = () => `${fn}.${action} as ${who}: ${JSON.stringify(event)?.slice(0, 200)}`;
    await w.isolated(async () => {
      const before = w.fingerprint();
      let answer: unknown;
      try {
        answer = await w.call(fn, event, who);
      } catch (e) {
        r.thrown++;
        fail(`threw ${String(e)}: ${label()}`);
        return;
      }
      const a = answer as { ok?: unknown; code?: unknown; message?: unknown };
      if (!a || typeof a !== 'object' || typeof a.ok !== 'boolean') {
        r.unstructured++;
        fail(`shape ${JSON.stringify(answer)?.slice(0, 200)}: ${label()}`);
        return;
      }
      if (!a.ok) {
        const known = typeof a.code === 'string' && Object.hasOwn(ERROR_MESSAGES, a.code) && a.code !== 'INTERNAL';
        if (!known || typeof a.message !== 'string' || !CJK.test(a.message)) {
          r.unstructured++;
          fail(`${String(a.code)} ${String(a.message)}: ${label()}`);
          return;
        }
      }
      // Bad data is INVALID_INPUT (or, from the cloud entry, UNAUTHENTICATED before reading it) and writes nothing.
      if (!valid) {
        const code = a.ok ? 'ok' : a.code;
        const acceptable = code === 'INVALID_INPUT' || code === 'UNKNOWN_ACTION' || (code === 'UNAUTHENTICATED' && who === 'anonymous');
        if (!acceptable || w.fingerprint() !== before) {
          r.badRefusals++;
          fail(`refused payload answered ${code}${w.fingerprint() !== before ? ' and wrote' : ''}: ${label()}`);
        }
      }
    });
  }

  const params = (i: number) => ({ numRuns: runs, seed: seed === undefined ? undefined : seed + i, endOnFailure: true });
  let i = 0;
  for (const [fn, contract] of Object.entries(CONTRACTS)) {
    for (const [action, spec] of Object.entries(contract)) {
      const schema = spec.req as v.GenericSchema;
      // (a) arbitrary JSON as the data.
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), caller, async (data, who) => {
          await check(fn, action, { action, data }, who, schema);
        }),
        params(i++),
      );
      // (b) the schema's own payload with one field mutated.
      const base = (BASES[`${fn}.${action}`] ?? sample(schema as unknown as Node, '', w)) as Record<string, unknown>;
      if (v.safeParse(schema, base).success) r.validBases++;
      const fields = paths(base);
      if (fields.length > 0) {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...fields), junk, caller, async (path, to, who) => {
            await check(fn, action, { action, data: mutate(base, path, to) }, who, schema);
          }),
          params(i++),
        );
      }
      // ... and extra fields no schema names.
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 12 }), junk, caller, async (k, to, who) => {
          await check(fn, action, { action, data: { ...base, [k]: to } }, who, schema);
        }),
        params(i++),
      );
    }
    // (c) whole events of any shape: unknown actions, non-objects, anything.
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ maxDepth: 3 }),
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
        caller,
        async (data, action, who) => {
          const known = Object.hasOwn(contract, action);
          await check(fn, action, { action, data }, who, known ? (contract as Record<string, { req: v.GenericSchema }>)[action].req : null);
        },
      ),
      params(i++),
    );
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 2 }), caller, async (event, who) => {
        const e = event as { action?: unknown } | null;
        const action = e && typeof e === 'object' ? e.action : undefined;
        const known = typeof action === 'string' && Object.hasOwn(contract, action);
        await check(fn, String(action), event, who, known ? (contract as Record<string, { req: v.GenericSchema }>)[action].req : null);
      }),
      params(i++),
    );
  }
  return r;
}
