/**
 * Hostile inputs for fuzz tests: anything at all, objects with prototype-polluting keys, huge
 * strings, and valid records with one field broken.
 */
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';

/** Keys that could pollute prototypes, plus names the schemas use. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

const FIELD_KEYS = [
  'date', 'start', 'end', 'submittedAt', 'appliedAt', 'recognizedAt', 'evaluations', 'findings', 'documents', 'submitted',
  'assessmentReport', 'auditPeriod', 'priorApplication', 'criteria', 'id', 'agency', 'result',
] as const;

/** A string of 100 000 to 300 000 characters. */
export const arbHugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('2024-01-01', 'x', '9', 'T00:00Z', '\u0000', '𠮷'), fc.integer({ min: 100_000, max: 300_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** Objects whose keys include `__proto__`, `constructor`, `prototype` and schema field names. */
export const arbProtoObject: fc.Arbitrary<Record<string, unknown>> = fc.object({
  key: fc.constantFrom(...DANGEROUS_KEYS, ...FIELD_KEYS),
  maxDepth: 3,
  withObjectString: true,
  withNullPrototype: true,
});

/** Every kind of value `fc.anything` can make (null-prototype objects, BigInts, Dates, typed and sparse arrays, boxed values, Maps, Sets). */
export const EVERY_KIND = {
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
} as const;

/** Anything: `fc.anything` with every option, proto-key objects, huge strings. */
export const arbHostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ ...EVERY_KIND, maxDepth: 3 }),
  arbProtoObject,
  arbHugeString,
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, '', new Date(Number.NaN), [], {}, Object.create(null) as object),
);

/**
 * A valid record with one field replaced by a hostile value (or deleted, or an extra key added).
 */
export function arbBroken<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), arbHostile, fc.constantFrom('replace', 'delete', 'extra'))
    .map(([value, n, hostile, how]) => {
      const keys = Object.keys(value);
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const key = keys[n % Math.max(keys.length, 1)] ?? 'x';
      if (how === 'replace') copy[key] = hostile;
      else if (how === 'delete') delete copy[key];
      else Object.defineProperty(copy, DANGEROUS_KEYS[n % DANGEROUS_KEYS.length] ?? '__proto__', { value: hostile, enumerable: true, configurable: true, writable: true });
      return copy;
    });
}

/** The own property names of `Object.prototype`, to check it stays clean. */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]);
}

// ---------------------------------------------------------------------------------------------
// The hostile-input suite (test/hostile): named hostile values and the marker error they throw.
// ---------------------------------------------------------------------------------------------

/**
 * The error every hostile Proxy trap and throwing getter of these tests throws. A library may let
 * a caller's own exception propagate, so the hostile suite accepts this one (and only this one)
 * besides the library's typed errors.
 */
export class HostileProxyError extends Error {
  constructor(where: string) {
    super(`hostile ${where}`);
    this.name = 'HostileProxyError';
  }
}

/** Is `error` the marker thrown by a hostile value of these tests? */
export function isHostileMarker(error: unknown): error is HostileProxyError {
  return error instanceof HostileProxyError;
}

const OPAQUE = new WeakSet<object>();

/**
 * Is `value` one of the proxies made here? Their contents are not snapshotted (touching a trap
 * throws, or answers differently each time), only their identity.
 */
export function isOpaqueHostile(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && OPAQUE.has(value);
}

const TRAPS = [
  'apply', 'construct', 'defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor', 'getPrototypeOf',
  'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf',
] as const;

/** A Proxy whose every trap throws {@link HostileProxyError} (`typeof` still answers). */
export function throwingProxy(target: object = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw new HostileProxyError(`Proxy trap ${trap}`);
    };
  }
  const proxy = new Proxy(target, handler);
  OPAQUE.add(proxy);
  return proxy;
}

/**
 * A Proxy that answers differently every time it is asked: each read returns the next of a
 * cycle of plausible and implausible values, `has` flips, and its keys change on every look.
 */
export function changingProxy(): object {
  const answers: unknown[] = ['2024-04-01', 1, null, {}, [], 'x', '2024-04-01T00:00+09:00', undefined, Number.NaN, true, 'applicant.submittedPriorApplication'];
  let n = 0;
  const next = (): unknown => answers[n++ % answers.length];
  const proxy = new Proxy({} as Record<PropertyKey, unknown>, {
    get: (_t, key) => (key === Symbol.toPrimitive ? undefined : next()),
    has: () => n++ % 2 === 0,
    ownKeys: () => (n++ % 2 === 0 ? ['type', 'at', 'service', 'events', 'asOf', String(n)] : ['name', String(n)]),
    getOwnPropertyDescriptor: (_t, key) => ({ value: typeof key === 'string' ? next() : undefined, writable: true, enumerable: true, configurable: true }),
  });
  OPAQUE.add(proxy);
  return proxy;
}

/** A revoked Proxy: every operation on it throws a `TypeError` from the engine. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  OPAQUE.add(proxy);
  return proxy;
}

/** Field names the library reads, each a getter that throws {@link HostileProxyError}. */
const READ_FIELDS = ['type', 'at', 'service', 'events', 'name', 'asOf', 'schemaVersion', 'processes', 'log', 'digest', 'length', 'start', 'end', 'date', 'then', 'toJSON', 'calendar', 'months', 'days'] as const;

/** An object whose likely fields are getters that throw {@link HostileProxyError}. */
export function throwingGetters(): object {
  const value: Record<string, unknown> = {};
  for (const key of READ_FIELDS) {
    Object.defineProperty(value, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw new HostileProxyError(`getter ${key}`);
      },
    });
  }
  return value;
}

/** An array of three whose middle element is a getter that throws {@link HostileProxyError}. */
export function throwingIndexArray(): unknown[] {
  const value: unknown[] = ['2024-04-01', undefined, '2024-04-02'];
  Object.defineProperty(value, 1, {
    enumerable: true,
    configurable: true,
    get() {
      throw new HostileProxyError('getter [1]');
    },
  });
  return value;
}

/** Objects whose own keys are `__proto__`, `constructor` and `prototype` (made by `JSON.parse`). */
export function protoKeyObjects(): Record<string, unknown>[] {
  return [
    '{"__proto__":{"polluted":true,"type":"applicant.submittedPriorApplication"}}',
    '{"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}',
    '{"service":{"name":"X","__proto__":{"polluted":true}},"events":[{"type":"__proto__","at":"2024-04-01","__proto__":{"polluted":true}}]}',
    '{"type":"constructor","at":"2024-04-01","constructor":{"prototype":{"polluted":true}}}',
    '{"asOf":"2025-03-01","__proto__":{"asOf":"2025-03-01","polluted":true}}',
    '{"schemaVersion":2,"processes":[{"process":"__proto__","id":"__proto__","value":"__proto__","context":{"__proto__":{"polluted":true}}}],"__proto__":{"polluted":true}}',
  ].map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** A sparse array of `length` (2**32-1 by default) with two present rows, first and last (none if `undefined`). */
export function sparseArray(length = 2 ** 32 - 1, first: unknown = '2024-12-27T15:00+09:00', last: unknown = '2026-09-18T10:00+09:00'): unknown[] {
  const value: unknown[] = [];
  value.length = length;
  if (first !== undefined) value[0] = first;
  if (last !== undefined) value[length - 1] = last;
  return value;
}

/** Arrays nested `depth` deep (`[[[…[leaf]…]]]`), built without recursion. */
export function deepArray(depth: number, leaf: unknown = '2024-04-01'): unknown[] {
  let value: unknown[] = [leaf];
  for (let n = 1; n < depth; n += 1) value = [value];
  return value;
}

/** Objects nested `depth` deep (`{a:{a:…{a:leaf}…}}`), built without recursion. */
export function deepObject(depth: number, leaf: unknown = '2024-04-01', key = 'a'): Record<string, unknown> {
  let value: Record<string, unknown> = { [key]: leaf };
  for (let n = 1; n < depth; n += 1) value = { [key]: value };
  return value;
}

const FROZEN = new WeakSet<object>();

/**
 * Freezes `value` and everything it reaches (without recursion) and marks it: a call cannot change
 * it (a write throws in strict code, which the suite reports), so the suite checks it by identity
 * instead of snapshotting 5,000 levels twice per call.
 */
export function frozenDeep<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  if (typeof value === 'object' && value !== null) FROZEN.add(value);
  return value;
}

/** Was `value` made by {@link frozenDeep}? */
export function isFrozenDeep(value: unknown): boolean {
  return typeof value === 'object' && value !== null && FROZEN.has(value);
}

/** A string of `length` characters repeating `unit` (cut to length). */
export function hugeString(length: number, unit = 'x'): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Numbers that break naive arithmetic and formatting. */
export const ODD_NUMBERS: readonly number[] = [Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, 2 ** 53, 0.1, Number.MIN_VALUE, -1, 2 ** 31, 4_102_444_800_000];

/** Text that a person must never see raw: controls, escape sequences, bidi overrides, a lone surrogate. */
export const NASTY_TEXT = '\u0000\u0007\u001b[31mred\u001b[0m\r\u0085\u009b\u007f\u202e\u2066evil\ud800end\n';

/** A hostile value with a name, made fresh on every use. */
export interface NamedHostile {
  /** A short description for failure reports. */
  readonly name: string;
  /** Makes the value (a fresh one each call). */
  readonly make: () => unknown;
  /** Heavy: run in a child process with a memory limit and a timeout (test/hostile/_support/heavyChild.ts). */
  readonly heavy?: boolean;
}

/**
 * Values from another realm (`node:vm`): `instanceof` fails on them while `Array.isArray` and
 * `Object.prototype.toString` still answer.
 */
export function crossRealm(source: string): unknown {
  return runInNewContext(source);
}

/** The hostile values every export is called with, each in every argument position. */
export const NAMED_HOSTILES: readonly NamedHostile[] = [
  { name: 'null', make: () => null },
  { name: 'undefined', make: () => undefined },
  ...ODD_NUMBERS.map((n): NamedHostile => ({ name: `number ${Object.is(n, -0) ? '-0' : String(n)}`, make: () => n })),
  { name: 'bigint 10n', make: () => 10n },
  { name: 'bigint 2**64', make: () => 2n ** 64n },
  { name: 'true', make: () => true },
  { name: 'empty string', make: () => '' },
  { name: 'nasty text', make: () => NASTY_TEXT },
  { name: 'string "__proto__"', make: () => '__proto__' },
  { name: 'string "constructor"', make: () => 'constructor' },
  { name: 'string "toString"', make: () => 'toString' },
  { name: 'impossible date 2024-02-30', make: () => '2024-02-30' },
  { name: 'date-time without offset', make: () => '2024-04-01T10:00' },
  { name: 'Symbol()', make: () => Symbol('hostile') },
  { name: 'Symbol.iterator', make: () => Symbol.iterator },
  { name: 'function', make: () => function hostile() { return '2024-04-01'; } },
  { name: 'class', make: () => class Hostile {} },
  { name: 'Invalid Date', make: () => new Date(Number.NaN) },
  { name: 'Date 8.64e15', make: () => new Date(8.64e15) },
  { name: 'Date with overridden getTime', make: () => Object.assign(new Date(0), { getTime: () => { throw new HostileProxyError('getTime'); } }) },
  { name: 'fake Date (prototype Date.prototype)', make: () => Object.create(Date.prototype) as object },
  { name: 'empty object', make: () => ({}) },
  { name: 'null-prototype object', make: () => Object.create(null) as object },
  { name: 'null-prototype case file', make: () => Object.assign(Object.create(null) as object, { service: Object.assign(Object.create(null) as object, { name: 'X' }), events: [] }) },
  { name: 'empty array', make: () => [] },
  { name: 'array of three holes', make: () => new Array<unknown>(3) },
  { name: 'frozen array of dates', make: () => Object.freeze(['2024-04-01', '2024-04-02']) },
  { name: 'Map', make: () => new Map<unknown, unknown>([['type', 'x'], [{}, 1]]) },
  { name: 'Set', make: () => new Set(['2024-04-01', 1]) },
  { name: 'Uint8Array', make: () => new Uint8Array([1, 2, 3]) },
  { name: 'Float64Array', make: () => new Float64Array([Number.NaN, -0]) },
  { name: 'ArrayBuffer', make: () => new ArrayBuffer(8) },
  { name: 'boxed String', make: () => Object('2024-04-01') as object },
  { name: 'boxed Number', make: () => Object(1) as object },
  { name: 'boxed Boolean', make: () => Object(false) as object },
  { name: 'boxed Symbol', make: () => Object(Symbol('boxed')) as object },
  { name: 'RegExp', make: () => /x/g },
  { name: 'Error', make: () => new Error('not yours') },
  { name: 'Promise', make: () => Promise.resolve('2024-04-01') },
  { name: 'WeakMap', make: () => new WeakMap() },
  { name: 'object with toString: 1', make: () => ({ toString: 1, valueOf: 1 }) },
  { name: 'object whose toPrimitive throws', make: () => ({ [Symbol.toPrimitive]: () => { throw new HostileProxyError('Symbol.toPrimitive'); } }) },
  { name: 'object whose toString throws', make: () => ({ toString: () => { throw new HostileProxyError('toString'); } }) },
  { name: 'thenable', make: () => ({ then: () => { throw new HostileProxyError('then'); } }) },
  { name: 'cyclic object', make: () => { const o: Record<string, unknown> = { type: 'x', at: '2024-04-01' }; o['self'] = o; o['events'] = [o]; o['service'] = o; return o; } },
  { name: 'cyclic array', make: () => { const a: unknown[] = ['2024-04-01']; a.push(a); return a; } },
  { name: 'throwing Proxy', make: () => throwingProxy() },
  { name: 'throwing Proxy of an array', make: () => throwingProxy([]) },
  { name: 'throwing Proxy of a function', make: () => throwingProxy(() => undefined) },
  { name: 'changing Proxy', make: () => changingProxy() },
  { name: 'revoked Proxy', make: () => revokedProxy() },
  { name: 'getters that throw', make: () => throwingGetters() },
  { name: 'array with a throwing index getter', make: () => throwingIndexArray() },
  ...protoKeyObjects().map((_, i): NamedHostile => ({ name: `proto keys via JSON.parse #${i + 1}`, make: () => protoKeyObjects()[i] })),
  { name: 'cross-realm object', make: () => crossRealm('({ name: "X", type: "x", at: "2024-04-01" })') },
  { name: 'cross-realm array', make: () => crossRealm('["2024-04-01", "2024-04-02"]') },
  { name: 'cross-realm Date', make: () => crossRealm('new Date(Date.UTC(2024, 3, 1))') },
  { name: 'cross-realm null-prototype object', make: () => crossRealm('Object.create(null)') },
  { name: 'cross-realm Map', make: () => crossRealm('new Map([["a", 1]])') },
  { name: 'cross-realm function', make: () => crossRealm('(function () { return 1; })') },
  { name: 'cross-realm Error', make: () => crossRealm('new TypeError("other realm")') },
  { name: 'cross-realm case file', make: () => crossRealm('({ service: { name: "X" }, events: [{ type: "oso.acceptedPriorApplication", at: "2024-04-15" }] })') },
  { name: 'sparse array of length 2**32-1', make: () => frozenDeep(sparseArray()), heavy: true },
  { name: 'sparse array of length 2**32-1, no rows', make: () => frozenDeep(sparseArray(2 ** 32 - 1, undefined, undefined)), heavy: true },
  { name: 'array nested 5,000 deep', make: () => frozenDeep(deepArray(5000)), heavy: true },
  { name: 'object nested 5,000 deep', make: () => frozenDeep(deepObject(5000)), heavy: true },
  { name: 'string of 1 MB ("x")', make: () => hugeString(1_000_000), heavy: true },
  { name: 'string of 10 MB ("2024-01-01")', make: () => hugeString(10_000_000, '2024-01-01'), heavy: true },
  { name: 'string of 2 MB of controls', make: () => hugeString(2_000_000, '\u0000\u001b\u009b\u202e'), heavy: true },
];

/** `fc.anything` with every option on. */
export const arbAnything: fc.Arbitrary<unknown> = fc.anything({
  ...EVERY_KIND,
  maxDepth: 4,
  maxKeys: 6,
});

const LIGHT_HOSTILES = NAMED_HOSTILES.filter((h) => h.heavy !== true);

/**
 * A hostile value to make inside a property, with a label for the report. Proxies and throwing
 * getters cannot be handed to fast-check itself (it probes every value for its clone method, and
 * prints counterexamples through their getters), so properties receive this recipe instead.
 */
export interface HostileRecipe {
  /** Makes the value (fresh, for a named hostile; the generated value, for `fc.anything`). */
  readonly make: () => unknown;
  /** What it is, for failure reports. */
  readonly label: string;
}

function recipe(make: () => unknown, label: string): HostileRecipe {
  const short = label.length > 200 ? `${label.slice(0, 197)}...` : label;
  return { make, label: short, [fc.toStringMethod]: () => short } as HostileRecipe;
}

/**
 * A hostile value for property runs: `fc.anything` with every option, prototype-key objects,
 * binary strings, odd numbers, or one of the light {@link NAMED_HOSTILES} (made fresh).
 */
export const arbHostileRecipe: fc.Arbitrary<HostileRecipe> = fc.oneof(
  { arbitrary: fc.oneof(arbAnything, arbProtoObject, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...ODD_NUMBERS)).map((v) => recipe(() => v, fc.stringify(v))), weight: 7 },
  { arbitrary: fc.constantFrom(...LIGHT_HOSTILES).map((h) => recipe(h.make, h.name)), weight: 2 },
);
