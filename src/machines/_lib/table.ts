/**
 * A small persistent map from strings to values (the per-instance snapshots of the lifecycle
 * engine): a hash array mapped trie, 32-way bitmap-indexed nodes over a 32-bit string hash, five
 * bits per level, collision nodes when two keys' hashes are equal, and path copying on set, so a
 * table is never changed once returned. Keys are compared as strings (`===`), never looked up as
 * object properties: `'__proto__'`, `'constructor'` and `''` are ordinary keys. There is no
 * delete: instances are never removed.
 *
 * @internal
 * @module
 */

/** A key and its value. */
interface Leaf<V> {
  readonly t: 0;
  readonly hash: number;
  readonly key: string;
  readonly value: V;
}

/** Up to 32 children, one per set bit of `bitmap`, in bit order. */
interface Branch<V> {
  readonly t: 1;
  readonly bitmap: number;
  readonly kids: readonly Slot<V>[];
}

/** Two or more keys whose hashes are equal, in arrival order. */
interface Collision<V> {
  readonly t: 2;
  readonly hash: number;
  readonly pairs: readonly (readonly [string, V])[];
}

type Slot<V> = Leaf<V> | Branch<V> | Collision<V>;

/** The keys, newest first. */
interface Arrivals {
  readonly key: string;
  readonly next: Arrivals | null;
}

/**
 * An immutable map from string keys to values, in arrival order (the order keys were first set).
 * Build it with {@link emptyTable}, {@link tableFrom} and {@link tableSet}.
 *
 * @internal
 */
export interface Table<V> {
  /** How many keys. */
  readonly size: number;
  /** The trie. */
  readonly root: Branch<V>;
  /** The keys, newest first. */
  readonly arrivals: Arrivals | null;
}

const EMPTY: Table<never> = Object.freeze({ size: 0, root: Object.freeze({ t: 1, bitmap: 0, kids: Object.freeze([]) }), arrivals: null });

/**
 * The 32-bit hash of `key`: FNV-1a over its UTF-16 code units, then MurmurHash3's finalizer (a
 * bijection, so FNV-1a's collisions are kept and its low bits, which pick the first levels, are
 * mixed). Exported for the tests, which look for colliding keys.
 *
 * @internal
 */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The number of set bits of `x`. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The empty table (one shared frozen instance).
 *
 * @internal
 */
export function emptyTable<V>(): Table<V> {
  return EMPTY;
}

const MISSING: unique symbol = Symbol('missing');

/** The value of `key` in `t`, or {@link MISSING}. */
function lookup<V>(t: Table<V>, key: string): V | typeof MISSING {
  const hash = hashOf(key);
  let slot: Slot<V> = t.root;
  for (let shift = 0; ; shift += 5) {
    if (slot.t === 1) {
      const bit = 1 << ((hash >>> shift) & 31);
      if ((slot.bitmap & bit) === 0) return MISSING;
      slot = slot.kids[popcount(slot.bitmap & (bit - 1))]!;
    } else if (slot.t === 0) {
      return slot.key === key ? slot.value : MISSING;
    } else {
      if (slot.hash !== hash) return MISSING;
      for (const [k, v] of slot.pairs) if (k === key) return v;
      return MISSING;
    }
  }
}

/**
 * The value of `key` in `t`, or `undefined` if `t` has no such key (see {@link tableHas}).
 * O(log32 n).
 *
 * @internal
 */
export function tableGet<V>(t: Table<V>, key: string): V | undefined {
  const value = lookup(t, key);
  return value === MISSING ? undefined : value;
}

/**
 * Whether `t` has `key` (even with the value `undefined`). O(log32 n).
 *
 * @internal
 */
export function tableHas<V>(t: Table<V>, key: string): boolean {
  return lookup(t, key) !== MISSING;
}

/** Set by {@link setSlot} when the key was not in the trie yet. */
interface Outcome {
  added: boolean;
}

/** `a` with `x` inserted at `i`. */
function insertAt<T>(a: readonly T[], i: number, x: T): T[] {
  const out = a.slice(0, i);
  out.push(x);
  for (let j = i; j < a.length; j++) out.push(a[j]!);
  return out;
}

/** `a` with `x` at `i` instead. */
function replaceAt<T>(a: readonly T[], i: number, x: T): T[] {
  const out = a.slice();
  out[i] = x;
  return out;
}

/** A subtrie holding `a` and `b` (different keys), at the level of `shift`. */
function join<V>(a: Leaf<V> | Collision<V>, b: Leaf<V>, shift: number): Slot<V> {
  if (a.hash === b.hash) {
    // Only a leaf can be met by an equal hash here: a collision node takes its hash's keys in.
    const leaf = a as Leaf<V>;
    return { t: 2, hash: a.hash, pairs: [[leaf.key, leaf.value], [b.key, b.value]] };
  }
  // The hashes agree below `shift` and differ somewhere above it, so `shift` is at most 30.
  const ia = (a.hash >>> shift) & 31;
  const ib = (b.hash >>> shift) & 31;
  if (ia === ib) return { t: 1, bitmap: 1 << ia, kids: [join(a, b, shift + 5)] };
  return { t: 1, bitmap: (1 << ia) | (1 << ib), kids: ia < ib ? [a, b] : [b, a] };
}

/** `slot` (at the level of `shift`) with `key` set to `value`; `slot` itself if unchanged. */
function setSlot<V>(slot: Slot<V>, shift: number, hash: number, key: string, value: V, out: Outcome): Slot<V> {
  if (slot.t === 1) {
    const bit = 1 << ((hash >>> shift) & 31);
    const i = popcount(slot.bitmap & (bit - 1));
    if ((slot.bitmap & bit) === 0) {
      out.added = true;
      return { t: 1, bitmap: slot.bitmap | bit, kids: insertAt(slot.kids, i, { t: 0, hash, key, value }) };
    }
    const kid = slot.kids[i]!;
    const next = setSlot(kid, shift + 5, hash, key, value, out);
    return next === kid ? slot : { t: 1, bitmap: slot.bitmap, kids: replaceAt(slot.kids, i, next) };
  }
  if (slot.t === 0) {
    if (slot.key === key) return slot.value === value ? slot : { t: 0, hash, key, value };
  } else if (slot.hash === hash) {
    const i = slot.pairs.findIndex(([k]) => k === key);
    if (i < 0) {
      out.added = true;
      return { t: 2, hash, pairs: [...slot.pairs, [key, value]] };
    }
    return slot.pairs[i]![1] === value ? slot : { t: 2, hash, pairs: replaceAt(slot.pairs, i, [key, value] as const) };
  }
  out.added = true;
  return join(slot, { t: 0, hash, key, value }, shift);
}

/**
 * `t` with `key` set to `value`: a new key goes last in arrival order, a key already there keeps
 * its place. Returns `t` itself when `key` already maps to the very same value (`===`, so setting
 * `NaN` again gives a new, equal table, and `-0` over `0` is no change). O(log32 n): only the path
 * to the key is copied; `t` is unchanged.
 *
 * @internal
 */
export function tableSet<V>(t: Table<V>, key: string, value: V): Table<V> {
  const out: Outcome = { added: false };
  const root = setSlot(t.root, 0, hashOf(key), key, value, out) as Branch<V>;
  if (root === t.root) return t;
  return out.added ? { size: t.size + 1, root, arrivals: { key, next: t.arrivals } } : { size: t.size, root, arrivals: t.arrivals };
}

/**
 * The keys of `t`, in arrival order. O(n).
 *
 * @internal
 */
export function tableKeys<V>(t: Table<V>): readonly string[] {
  const keys = new Array<string>(t.size);
  let i = t.size;
  for (let a = t.arrivals; a !== null; a = a.next) keys[--i] = a.key;
  return keys;
}

/**
 * The keys of `t` with their values, in arrival order. O(n) (a lookup per key, at most seven
 * levels deep).
 *
 * @internal
 */
export function tableEntries<V>(t: Table<V>): readonly (readonly [string, V])[] {
  return tableKeys(t).map((key) => [key, lookup(t, key) as V] as const);
}

/**
 * A table of `entries`, set in order (a later entry for the same key replaces the value and keeps
 * the key's first place, as `new Map(entries)` does).
 *
 * @internal
 */
export function tableFrom<V>(entries: Iterable<readonly [string, V]>): Table<V> {
  let t = emptyTable<V>();
  for (const [key, value] of entries) t = tableSet(t, key, value);
  return t;
}
