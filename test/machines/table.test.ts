/**
 * The persistent string-keyed table of the lifecycle engine, against a JS `Map` (which keeps keys
 * in first-insertion order too): random set/get sequences over tricky keys, including keys whose
 * hashes collide in full or in their low bits, old tables unchanged by later sets, and depth.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { emptyTable, hashOf, tableEntries, tableFrom, tableGet, tableHas, tableKeys, tableSet, type Table } from '../../src/machines/_lib/table.js';

const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 100) };

/** Tries before a search for keys gives up (a 32-bit birthday collision takes about 80,000). */
const LIMIT = 2_000_000;

/** Two keys `prefix + n` (base 36) whose hashes agree on `mask` but, with `differ`, not in full. */
function colliding(prefix: string, mask: number, differ: boolean): readonly [string, string] {
  const seen = new Map<number, string>();
  for (let n = 0; n < LIMIT; n++) {
    const key = prefix + n.toString(36);
    const h = hashOf(key);
    const other = seen.get((h & mask) >>> 0);
    if (other !== undefined && (!differ || hashOf(other) !== h)) return [other, key];
    seen.set((h & mask) >>> 0, key);
  }
  throw new Error(`no keys ${prefix}… colliding on ${mask >>> 0}`);
}

/** A key `prefix + n` whose hash agrees with `hash` on `mask` but not in full. */
function near(prefix: string, hash: number, mask: number): string {
  for (let n = 0; n < LIMIT; n++) {
    const key = prefix + n.toString(36);
    const h = hashOf(key);
    if (((h ^ hash) & mask) === 0 && h !== hash) return key;
  }
  throw new Error(`no key ${prefix}… near ${hash}`);
}

// Four keys with one hash: FNV-1a's state is only the running hash (the finalizer comes last), so
// if `a` and `b` collide, `a + s` and `b + s` collide for any `s`; and `a + s1`, `a + s2` are
// found colliding among the extensions of `a`.
const [A, B] = colliding('k', -1, false);
const [AS1, AS2] = colliding(A, -1, false);
const COLLIDING = [AS1, AS2, B + AS1.slice(A.length), B + AS2.slice(A.length)] as const;
const H = hashOf(AS1);
/** Shares the collision's hash below bit 10: pushes the collision node two levels down. */
const NEAR_COLLIDING = near('n', H, 0x3ff);
/** Hashes equal in their low 30 bits (the trie's first six levels), different in bits 30 and 31. */
const DEEP = colliding('d', 0x3fffffff, true);

const OBJECT_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length', '0'];
const TRICKY = [
  ...OBJECT_KEYS,
  '',
  ' ',
  '\0',
  'a\0',
  'é',
  'e\u0301',
  '日本',
  '😀',
  '\u{1D4B3}',
  '\uD800',
  '\uDC00',
  'x'.repeat(10_000),
  'x'.repeat(10_001),
];
const KEYS = ['a', 'b', 'c', 'd', ...TRICKY, ...COLLIDING, NEAR_COLLIDING, ...DEEP];

type Op = { readonly kind: 'set'; readonly key: string; readonly value: unknown } | { readonly kind: 'get'; readonly key: string };
const SHARED = { shared: true };
const values = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(undefined, null, SHARED, '', 'x'), fc.constant(null).map(() => ({})));
const ops = (keys: fc.Arbitrary<string>): fc.Arbitrary<Op[]> =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), key: keys, value: values }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('get' as const), key: keys }) },
    ),
    { maxLength: 80 },
  );

/** `t` holds exactly `model`, in `model`'s order; `probe` lists keys to look up. */
function expectModel(t: Table<unknown>, model: ReadonlyMap<string, unknown>, probe: readonly string[]): void {
  expect(t.size).toBe(model.size);
  expect(tableKeys(t)).toStrictEqual([...model.keys()]);
  expect(tableEntries(t)).toStrictEqual([...model.entries()]);
  for (const key of probe) {
    expect(tableHas(t, key), key).toBe(model.has(key));
    expect(tableGet(t, key), key).toBe(model.get(key));
  }
}

/** Runs `list` on a table and a `Map`, checking them after every step; every table and snapshot. */
function run(list: readonly Op[], probe: readonly string[]): { tables: Table<unknown>[]; models: Map<string, unknown>[] } {
  let t = emptyTable<unknown>();
  const model = new Map<string, unknown>();
  const tables = [t];
  const models = [new Map(model)];
  for (const op of list) {
    if (op.kind === 'get') {
      expect(tableGet(t, op.key)).toBe(model.get(op.key));
      expect(tableHas(t, op.key)).toBe(model.has(op.key));
      continue;
    }
    const unchanged = model.has(op.key) && model.get(op.key) === op.value;
    const next = tableSet(t, op.key, op.value);
    model.set(op.key, op.value);
    expect(next === t).toBe(unchanged);
    t = next;
    expectModel(t, model, probe);
    tables.push(t);
    models.push(new Map(model));
  }
  return { tables, models };
}

describe('test keys', () => {
  it('collide as intended', () => {
    expect(new Set(COLLIDING).size).toBe(4);
    for (const key of COLLIDING) expect(hashOf(key)).toBe(H);
    expect(hashOf(NEAR_COLLIDING) & 0x3ff).toBe(H & 0x3ff);
    expect(hashOf(NEAR_COLLIDING)).not.toBe(H);
    expect(hashOf(DEEP[0]) & 0x3fffffff).toBe(hashOf(DEEP[1]) & 0x3fffffff);
    expect(hashOf(DEEP[0])).not.toBe(hashOf(DEEP[1]));
  });

  it('hashOf gives unsigned 32-bit integers', () => {
    for (const key of KEYS) {
      const h = hashOf(key);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });
});

describe('table against Map', () => {
  test.prop([ops(fc.constantFrom(...KEYS))], RUNS)('random set/get over tricky and colliding keys', (list) => {
    run(list, KEYS);
  }, 60_000);

  test.prop([ops(fc.oneof(fc.constantFrom(...KEYS), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme' })))], RUNS)(
    'random set/get over any strings',
    (list) => {
      run(list, [...KEYS, ...list.map((op) => op.key)]);
    },
    60_000,
  );

  test.prop([ops(fc.constantFrom(...KEYS))], RUNS)('every earlier table still holds its own snapshot after later sets', (list) => {
    const { tables, models } = run(list, KEYS);
    tables.forEach((t, i) => expectModel(t, models[i]!, KEYS));
  }, 60_000);

  test.prop([fc.array(fc.tuple(fc.constantFrom(...KEYS), values), { maxLength: 60 })], RUNS)('tableFrom is new Map', (entries) => {
    expectModel(tableFrom(entries), new Map(entries), KEYS);
  }, 60_000);
});

describe('tableSet', () => {
  it('returns the table itself when the key already maps to the very same value', () => {
    const value = { v: 1 };
    const t = tableFrom<unknown>([['a', value], ['b', undefined], ['', 0], [COLLIDING[0], 'x'], [COLLIDING[1], value]]);
    expect(tableSet(t, 'a', value)).toBe(t);
    expect(tableSet(t, 'b', undefined)).toBe(t);
    expect(tableSet(t, '', 0)).toBe(t);
    expect(tableSet(t, COLLIDING[0], 'x')).toBe(t);
    expect(tableSet(t, COLLIDING[1], value)).toBe(t);
    const copy = tableSet(t, 'a', { v: 1 });
    expect(copy).not.toBe(t);
    expect(tableGet(copy, 'a')).not.toBe(value);
    expect(tableGet(t, 'a')).toBe(value);
    expect(tableKeys(copy)).toStrictEqual(tableKeys(t));
  });

  it('puts a new key last and keeps an existing key in its place', () => {
    let t = tableFrom([['b', 1], ['a', 2], ['c', 3]]);
    t = tableSet(t, 'a', 20);
    t = tableSet(t, 'd', 4);
    expect(tableEntries(t)).toStrictEqual([['b', 1], ['a', 20], ['c', 3], ['d', 4]]);
  });

  it('leaves the table it was given unchanged', () => {
    const t1 = tableFrom([['a', 1]]);
    const t2 = tableSet(t1, 'b', 2);
    const t3 = tableSet(t2, 'a', 10);
    expect(tableEntries(t1)).toStrictEqual([['a', 1]]);
    expect(tableEntries(t2)).toStrictEqual([['a', 1], ['b', 2]]);
    expect(tableEntries(t3)).toStrictEqual([['a', 10], ['b', 2]]);
    expect(t1.size).toBe(1);
    expect(tableHas(t1, 'b')).toBe(false);
  });
});

describe('emptyTable', () => {
  it('is empty and frozen', () => {
    const t = emptyTable<number>();
    expect(t.size).toBe(0);
    expect(tableKeys(t)).toStrictEqual([]);
    expect(tableEntries(t)).toStrictEqual([]);
    expect(Object.isFrozen(t)).toBe(true);
    expect(tableSet(t, 'a', 1)).not.toBe(t);
    expect(t.size).toBe(0);
  });

  it.each(KEYS.map((k) => [`${JSON.stringify(k).slice(0, 24)} (${k.length})`, k] as const))('has no key %s', (_, key) => {
    expect(tableHas(emptyTable(), key)).toBe(false);
    expect(tableGet(emptyTable(), key)).toBeUndefined();
  });
});

describe('tricky keys are ordinary keys', () => {
  it.each(TRICKY.map((k) => [`${JSON.stringify(k).slice(0, 24)} (${k.length})`, k] as const))('%s', (_, key) => {
    const t = tableSet(emptyTable<string>(), key, 'value');
    expect(t.size).toBe(1);
    expect(tableGet(t, key)).toBe('value');
    expect(tableHas(t, key)).toBe(true);
    expect(tableKeys(t)).toStrictEqual([key]);
    for (const other of KEYS) {
      if (other === key) continue;
      expect(tableHas(t, other), other).toBe(false);
      expect(tableGet(t, other), other).toBeUndefined();
    }
  });

  it('object property names find nothing in an empty or other table', () => {
    const t = tableFrom([['a', 1]]);
    for (const key of OBJECT_KEYS) {
      expect(tableGet(t, key)).toBeUndefined();
      expect(tableHas(t, key)).toBe(false);
    }
  });

  it("'__proto__' set to an object is a value like any other", () => {
    const proto = { polluted: true };
    const t = tableFrom<unknown>([['__proto__', proto], ['constructor', 'c']]);
    expect(tableGet(t, '__proto__')).toBe(proto);
    expect(tableGet(t, 'polluted')).toBeUndefined();
    expect(tableGet(t, 'constructor')).toBe('c');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(tableEntries(t)).toStrictEqual([['__proto__', proto], ['constructor', 'c']]);
  });

  it('a key with the value undefined is there', () => {
    const t = tableSet(emptyTable<undefined>(), 'k', undefined);
    expect(tableHas(t, 'k')).toBe(true);
    expect(tableGet(t, 'k')).toBeUndefined();
    expect(t.size).toBe(1);
  });

  it('strings that differ in one code unit, or in normalization, are different keys', () => {
    const keys = ['é', 'e\u0301', '\uD800', '\uDC00', '\uD800\uDC00', '\u{10000}', 'x'.repeat(10_000), 'x'.repeat(9_999) + 'y'];
    const t = tableFrom(keys.map((k, i) => [k, i] as const));
    expect(t.size).toBe(keys.length - 1); // '\uD800\uDC00' is '\u{10000}'
    expect(tableGet(t, 'é')).toBe(0);
    expect(tableGet(t, 'e\u0301')).toBe(1);
    expect(tableGet(t, '\u{10000}')).toBe(5);
    expect(tableGet(t, 'x'.repeat(10_000))).toBe(6);
    expect(tableGet(t, 'x'.repeat(9_999) + 'y')).toBe(7);
    expect(tableKeys(t)).toStrictEqual(['é', 'e\u0301', '\uD800', '\uDC00', '\uD800\uDC00', 'x'.repeat(10_000), 'x'.repeat(9_999) + 'y']);
  });
});

describe('colliding keys', () => {
  it('keeps all keys of one hash, updates one in place and splits when another key comes near', () => {
    let t = tableFrom(COLLIDING.map((k, i) => [k, i] as const));
    expect(t.size).toBe(4);
    COLLIDING.forEach((k, i) => expect(tableGet(t, k)).toBe(i));
    const before = t;
    t = tableSet(t, COLLIDING[1], 10);
    expect(tableKeys(t)).toStrictEqual([...COLLIDING]);
    expect(tableGet(t, COLLIDING[1])).toBe(10);
    expect(tableGet(before, COLLIDING[1])).toBe(1);
    t = tableSet(t, NEAR_COLLIDING, 5);
    expect(tableEntries(t)).toStrictEqual([[COLLIDING[0], 0], [COLLIDING[1], 10], [COLLIDING[2], 2], [COLLIDING[3], 3], [NEAR_COLLIDING, 5]]);
    expect(tableHas(before, NEAR_COLLIDING)).toBe(false);
  });

  it('an absent key of the same hash is not found', () => {
    const t = tableFrom([[COLLIDING[0], 0], [COLLIDING[1], 1]]);
    expect(tableHas(t, COLLIDING[2])).toBe(false);
    expect(tableGet(t, COLLIDING[3])).toBeUndefined();
  });

  it('keys equal in the low 30 bits of their hashes split at the last level', () => {
    const t = tableFrom([[DEEP[0], 0], [DEEP[1], 1]]);
    expect(tableGet(t, DEEP[0])).toBe(0);
    expect(tableGet(t, DEEP[1])).toBe(1);
  });
});

describe('depth', () => {
  it('holds 100,000 keys', () => {
    const N = 100_000;
    const key = (i: number) => `instance-${i}`;
    let t = emptyTable<number>();
    let half = t;
    for (let i = 0; i < N; i++) {
      t = tableSet(t, key(i), i);
      if (i === N / 2 - 1) half = t;
    }
    expect(t.size).toBe(N);
    for (let i = 0; i < N; i += 997) {
      expect(tableGet(t, key(i))).toBe(i);
      expect(tableHas(half, key(i))).toBe(i < N / 2);
    }
    expect(tableGet(t, key(N - 1))).toBe(N - 1);
    expect(tableGet(t, key(N))).toBeUndefined();
    expect(half.size).toBe(N / 2);
    const keys = tableKeys(t);
    expect(keys.length).toBe(N);
    expect(keys[0]).toBe(key(0));
    expect(keys[N - 1]).toBe(key(N - 1));
    expect(keys[12_345]).toBe(key(12_345));
    const entries = tableEntries(t);
    expect(entries[54_321]).toStrictEqual([key(54_321), 54_321]);
    expect(tableFrom(entries).size).toBe(N);
  });
});
