/**
 * `deadline` on arbitrary input: it returns a deadline or throws one of the library's typed
 * errors (`isIsmapLiuError`), never any other exception, and never pollutes Object.prototype.
 */
import { afterEach, beforeAll, describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isIsmapLiuError } from '../../../src/errors.js';
import { PERIODS, deadline } from '../../../src/rules/periods/index.js';
import { SPEC_CLAUSES } from './spec.js';

/** What `deadline` did with an input: a plain result or a typed error; anything else is reported. */
function outcome(clause: unknown, from: unknown, options?: unknown): 'value' | 'typed error' | string {
  try {
    // @ts-expect-error: arbitrary input on purpose
    const d = options === undefined ? deadline(clause, from) : deadline(clause, from, options);
    expect(Object.prototype.hasOwnProperty.call(PERIODS, d.clause)).toBe(true);
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
    return 'value';
  } catch (error) {
    if (isIsmapLiuError(error)) {
      expect(typeof error.message).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
      return 'typed error';
    }
    return `untyped ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

const OBJECT_PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();

function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTO_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_KEYS);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'calendar', 'clause', 'isAdmin', 'periodEnd']) expect(probe[key]).toBeUndefined();
}

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'calendar', 'periodEnd', 'info'];
const keyArb = fc.oneof(fc.string(), fc.constantFrom(...DANGEROUS_KEYS));

const anythingArb = fc.anything({
  key: keyArb,
  withObjectString: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withDate: true,
  withBigInt: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Objects whose own keys include `__proto__` and `constructor`, as JSON.parse makes them. */
const protoObjectArb = fc
  .record({ key: fc.constantFrom('__proto__', 'constructor', 'prototype'), inner: fc.constantFrom('polluted', 'calendar', 'periodEnd', 'toString'), value: fc.jsonValue() })
  .map(({ key, inner, value }) => JSON.parse(`{"${key}": {"${inner}": ${JSON.stringify(value) ?? 'null'}}, "calendar": {"${key}": {"${inner}": 1}}}`) as unknown);

const ODD_CLAUSES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', '', ' ', '13.2\u0000', '１３.２', '13.2 ', '10.8(1)(a)', 'BR3.5'.repeat(1000)];
// None of these is a clause of PERIODS (the list of clause-like strings is refused in table.test.ts too).

const HUGE_STRINGS = ['9'.repeat(1_000_000), '2024-01-01'.repeat(100_000), ' '.repeat(1_000_000), `2024-01-01T${'0'.repeat(1_000_000)}`, `2024-01-01T10:00${'+09:00'.repeat(100_000)}`, `${'2'.repeat(500_000)}-01-01`];

/** A valid date or instant with a few characters inserted, removed or replaced. */
const nearValidArb = fc
  .tuple(
    fc.constantFrom('2024-12-27', '2024-12-27T15:00+09:00', '2024-06-02T15:00Z', '2026-09-18T10:00:00.123+09:00', '2024-02-29'),
    fc.nat(),
    fc.nat({ max: 3 }),
    fc.string({ maxLength: 3 }),
  )
  .map(([s, at, drop, insert]) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + insert + s.slice(i + drop);
  });

const clauseArb = fc.oneof(fc.constantFrom(...SPEC_CLAUSES), fc.constantFrom(...ODD_CLAUSES), fc.string(), anythingArb, protoObjectArb);
const smallFromArb = fc.oneof(nearValidArb, fc.date({ noInvalidDate: false }), fc.string({ maxLength: 40 }), anythingArb, protoObjectArb);
// Huge strings only where a failure would not print a megabyte of counterexample.
const fromArb = fc.oneof(smallFromArb, fc.constantFrom(...HUGE_STRINGS));
const optionsArb = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  anythingArb,
  protoObjectArb,
  fc.record({ calendar: anythingArb }),
);

describe('deadline on arbitrary input', () => {
  beforeAll(() => {
    expectNoPollution();
  });
  afterEach(() => {
    expectNoPollution();
  });

  test.prop([clauseArb, fromArb], { numRuns: 3000 })('clause and from: a value or a typed error', (clause, from) => {
    const result = outcome(clause, from);
    // Keep the report short when `from` is huge.
    if (!/^(value|typed error)$/.test(result)) expect.fail(`${result} for clause ${String(clause).slice(0, 40)}, from ${String(from).slice(0, 40)}`);
    expectNoPollution();
  });

  test.prop([fc.constantFrom(...SPEC_CLAUSES), nearValidArb], { numRuns: 2000 })('near-valid dates: a value or a typed error', (clause, from) => {
    expect(outcome(clause, from)).toMatch(/^(value|typed error)$/);
  });

  test.prop([clauseArb, smallFromArb, optionsArb], { numRuns: 3000 })('clause, from and options: a value or a typed error', (clause, from, options) => {
    expect(outcome(clause, from, options)).toMatch(/^(value|typed error)$/);
    expectNoPollution();
  });

  test.each(ODD_CLAUSES.map((c) => [c.length > 20 ? `${c.slice(0, 20)}… (${c.length} characters)` : c, c]))('clause %j is refused with a typed error', (_, clause) => {
    expect(outcome(clause, '2024-06-03')).toBe('typed error');
  });

  test.each(HUGE_STRINGS.map((s) => [s.slice(0, 20), s]))('huge string %j… is refused with a typed error', (_, from) => {
    expect(outcome('13.2', from)).toBe('typed error');
  });

  // Counterexamples found by the property above, pinned.
  test('options that are not { calendar?: GovernmentCalendar } get a typed error, not a TypeError', () => {
    const cases: Record<string, unknown> = {
      null: null,
      '{ calendar: {} }': { calendar: {} },
      '{ calendar: "x" }': { calendar: 'x' },
      '{ calendar: { periodEnd: () => 42 } }': { calendar: { periodEnd: () => 42 } },
    };
    const got = Object.fromEntries(Object.entries(cases).map(([name, options]) => [name, outcome('8.2', '2024-06-03', options)]));
    expect(got).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, 'typed error'])));
  });

  test('from objects that pass `instanceof Date` without being Dates: a typed error, not a TypeError', () => {
    const got = {
      'Object.create(Date.prototype)': outcome('8.2', Object.create(Date.prototype)),
      'new Proxy(new Date(), {})': outcome('8.2', new Proxy(new Date('2024-06-03T00:00:00Z'), {})),
    };
    expect(got).toEqual({ 'Object.create(Date.prototype)': 'typed error', 'new Proxy(new Date(), {})': 'typed error' });
  });

  test('clause objects with a toString are not read as clauses', () => {
    expect(outcome({ toString: () => '8.2' }, '2024-06-03')).toBe('typed error');
    expect(outcome(['8.2'], '2024-06-03')).toBe('typed error');
    expect(outcome(Object('8.2'), '2024-06-03')).toBe('typed error');
  });
});
