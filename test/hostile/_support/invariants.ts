/**
 * What every call of the hostile suite must keep: the built-in prototypes and `globalThis` as they
 * were, the inputs as they were (a structural snapshot that never calls a getter or a trap), and a
 * typed, bounded, printable error when it throws.
 */
import { runInNewContext } from 'node:vm';
import { isIsmapLiuError } from '../../../src/errors.js';
import { isFrozenDeep, isHostileMarker, isOpaqueHostile } from '../../arbitraries/hostile.js';

/** 64 kB: no message, serialized error or result may be larger (issue 11). */
export const MAX_TEXT = 65_536;

/** Does `text` hold a C0 control other than `\n`, DEL or a C1 control (never raw in a message a person reads)? */
export function hasRawControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

const OTHER_REALM_OBJECT_PROTOTYPE = runInNewContext('Object.prototype') as object;

const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Symbol.prototype', Symbol.prototype],
  ['BigInt.prototype', BigInt.prototype],
  ['Date.prototype', Date.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Error.prototype', Error.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Object.prototype of another realm', OTHER_REALM_OBJECT_PROTOTYPE],
];

/** The own properties of the watched prototypes (descriptors by identity) and of `globalThis` (names). */
export interface GlobalState {
  readonly tokens: unknown[];
  readonly globals: PropertyKey[];
}

/** Records the built-in prototypes and the names on `globalThis`. */
export function globalState(): GlobalState {
  const tokens: unknown[] = [];
  for (const [name, proto] of WATCHED) {
    tokens.push(name, Object.getPrototypeOf(proto), Object.isExtensible(proto));
    for (const key of Reflect.ownKeys(proto)) {
      const d = Reflect.getOwnPropertyDescriptor(proto, key);
      tokens.push(key, d?.value, d?.get, d?.set, d?.writable, d?.enumerable, d?.configurable);
    }
    tokens.push('|');
  }
  return { tokens, globals: Reflect.ownKeys(globalThis) };
}

/**
 * A cheap stand-in for {@link globalState}, for every single call: how many own keys each
 * watched prototype has, and the names on `globalThis`. It catches an added or deleted property
 * (pollution); a replaced one shows in the full check that each test makes around its calls.
 */
export function quickGlobalState(): GlobalState {
  return { tokens: WATCHED.map(([, proto]) => Reflect.ownKeys(proto).length), globals: Reflect.ownKeys(globalThis) };
}

/** What changed between two {@link globalState}s (or two {@link quickGlobalState}s), in words (empty when nothing did). */
export function globalChanges(before: GlobalState, after: GlobalState): string[] {
  const changes: string[] = [];
  if (!sameTokens(before.tokens, after.tokens)) {
    const names = WATCHED.map(([name]) => name);
    changes.push(`a built-in prototype changed (one of ${names.join(', ')}): ${firstDifference(before.tokens, after.tokens)}`);
  }
  const was = new Set(before.globals);
  const added = after.globals.filter((k) => !was.has(k));
  const now = new Set(after.globals);
  const removed = before.globals.filter((k) => !now.has(k));
  if (added.length > 0) changes.push(`new on globalThis: ${added.map(String).join(', ')}`);
  if (removed.length > 0) changes.push(`removed from globalThis: ${removed.map(String).join(', ')}`);
  return changes;
}

/** Objects (with what they reach) that belong to the library: snapshotted by identity only. */
const LIBRARY_OWNED = new WeakSet<object>();

/**
 * Marks everything reachable from `roots` (the exported machines, catalogues, schemas) as the
 * library's own, so input snapshots stop there instead of walking XState's node graph.
 */
export function markLibraryOwned(roots: readonly unknown[]): void {
  const stack: unknown[] = [...roots];
  let budget = 2_000_000;
  while (stack.length > 0 && budget > 0) {
    budget -= 1;
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || LIBRARY_OWNED.has(value)) continue;
    LIBRARY_OWNED.add(value);
    if (typeof value === 'function') continue;
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    if (value instanceof Set) for (const v of value) stack.push(v);
  }
}

const DATE_TIME = Date.prototype.getTime;
const MAP_ENTRIES = Map.prototype.entries;
const SET_VALUES = Set.prototype.values;
const toStringTag = (v: object): string => Object.prototype.toString.call(v);

/**
 * A structural snapshot of `value`: every own property descriptor (getters by identity, never
 * called), prototypes and extensibility, `Map`/`Set` contents, `Date` times and boxed primitives,
 * shared and cyclic references by position. Functions, the library's own objects, the opaque
 * hostile proxies and the deep-frozen heavy values (which cannot change) are recorded by identity. Built without recursion, so 5,000-deep
 * inputs are fine.
 */
export function snapshot(value: unknown): unknown[] {
  const tokens: unknown[] = [];
  const seen = new Map<object, number>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) {
      tokens.push(typeof v, v);
      continue;
    }
    const at = seen.get(v);
    if (at !== undefined) {
      tokens.push('ref', at);
      continue;
    }
    seen.set(v, seen.size);
    if (typeof v === 'function' || LIBRARY_OWNED.has(v) || isOpaqueHostile(v) || isFrozenDeep(v)) {
      tokens.push('identity', v);
      continue;
    }
    tokens.push('object', Object.getPrototypeOf(v), Object.isExtensible(v), toStringTag(v));
    const keys = Reflect.ownKeys(v);
    tokens.push(keys.length);
    const children: unknown[] = [];
    for (const key of keys) {
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d === undefined) continue;
      tokens.push(key, d.get, d.set, d.writable, d.enumerable, d.configurable);
      if ('value' in d) children.push(d.value);
    }
    internals(v, tokens, children);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  return tokens;
}

const UNBOX: Readonly<Record<string, (this: unknown) => unknown>> = {
  '[object String]': String.prototype.valueOf,
  '[object Number]': Number.prototype.valueOf,
  '[object Boolean]': Boolean.prototype.valueOf,
  '[object Symbol]': Symbol.prototype.valueOf,
  '[object BigInt]': BigInt.prototype.valueOf,
};

/** The contents behind internal slots (a Date's time, a Map's entries, a boxed primitive). */
function internals(v: object, tokens: unknown[], children: unknown[]): void {
  // The tag only chooses what to try (it can be spoofed; then the try fails and says so).
  const tag = toStringTag(v);
  try {
    if (tag === '[object Date]') tokens.push(DATE_TIME.call(v));
    if (tag === '[object Map]') {
      const entries = [...(MAP_ENTRIES.call(v as Map<unknown, unknown>) as IterableIterator<[unknown, unknown]>)];
      tokens.push('map', entries.length);
      for (const [k, x] of entries) children.push(k, x);
    }
    if (tag === '[object Set]') {
      const values = [...(SET_VALUES.call(v as Set<unknown>) as IterableIterator<unknown>)];
      tokens.push('set', values.length);
      children.push(...values);
    }
    const unbox = UNBOX[tag];
    if (unbox !== undefined) tokens.push(unbox.call(v));
  } catch {
    tokens.push('a spoofed tag');
  }
}

/** Are two token lists the same (`Object.is` element by element)? */
export function sameTokens(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function firstDifference(a: readonly unknown[], b: readonly unknown[]): string {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    if (!Object.is(a[i], b[i])) return `at token ${i}: ${show(a[i])} became ${show(b[i])} (near ${a.slice(Math.max(0, i - 3), i).map(show).join(', ')})`;
  }
  return `length ${a.length} became ${b.length}`;
}

/** A short description of anything, for failure reports (never calls a getter or a trap). */
export function show(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...(${value.length} chars)` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return `function ${value.name}`;
    if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? '-0' : String(value);
    if (isOpaqueHostile(value)) return 'a hostile Proxy';
    return Object.prototype.toString.call(value);
  } catch {
    return 'an unprintable value';
  }
}

/** The outcome of one call. */
export type Outcome = { readonly kind: 'returned'; readonly value: unknown } | { readonly kind: 'threw'; readonly error: unknown };

/** Runs `call` and records what happened, without letting anything escape. */
export function attempt(call: () => unknown): Outcome {
  try {
    return { kind: 'returned', value: call() };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

function errorHead(error: unknown): string {
  try {
    if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
      const e = error as Error;
      const line = String(e.message).split('\n')[0] ?? '';
      return `${String(e.name)}: ${line.length > 160 ? `${line.slice(0, 157)}...` : line}`;
    }
    return `a thrown ${show(error)}`;
  } catch {
    return 'an unprintable error';
  }
}

/**
 * The problems with an outcome: a throw that is neither the library's typed error nor the
 * caller's own marker; a typed error whose message or `toJSON()` is over 64 kB, carries raw
 * control characters or cannot be serialized; a string result over `maxResult`.
 */
export function outcomeProblems(outcome: Outcome, maxResult: number): string[] {
  if (outcome.kind === 'returned') {
    const v = outcome.value;
    if (typeof v === 'string' && v.length > maxResult) return [`returned a string of ${v.length} characters (bound ${maxResult})`];
    return [];
  }
  const { error } = outcome;
  if (isHostileMarker(error)) return [];
  if (!isIsmapLiuError(error)) return [`threw ${errorHead(error)}`];
  const problems: string[] = [];
  const message = error.message;
  if (message.length > MAX_TEXT) problems.push(`${error.name} message of ${message.length} characters`);
  if (hasRawControl(message)) problems.push(`${error.name} message with a raw control character: ${JSON.stringify(message.slice(0, 120))}`);
  let json: string | undefined;
  try {
    json = JSON.stringify(error.toJSON());
  } catch (e) {
    problems.push(`${error.name}.toJSON() could not be serialized: ${errorHead(e)}`);
  }
  if (json !== undefined) {
    if (json.length > MAX_TEXT) problems.push(`${error.name}.toJSON() serializes to ${json.length} characters`);
    if (hasRawControl(json)) problems.push(`${error.name}.toJSON() carries a raw DEL or C1 character`);
  }
  return problems;
}
