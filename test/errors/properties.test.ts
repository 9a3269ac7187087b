/**
 * Properties of every error constructor and guard over anything at all: `fc.anything` with
 * every option (binary strings with lone surrogates and controls), with Proxies whose traps
 * throw, revoked Proxies, Symbols, huge BigInts and huge strings as leaves. Never throws; the
 * message is bounded and printable; `toJSON()` stringifies; the guards answer `false` for all
 * of it and never throw.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isGovernmentCalendar } from '../../src/calendar/createCalendar.js';
import { describe as describeValue, isIsmapLiuError } from '../../src/errors.js';
import { isInvalidSnapshotError } from '../../src/machines/errors.js';
import { isValidationError } from '../../src/rules/schemas/validationError.js';
import { EVERY_KIND, arbHostile, arbHugeString } from '../arbitraries/hostile.js';
import { IN_EVERY_PARAMETER, WITH_VALUE, expectWellFormed } from './_support/constructors.js';

const OPTIONS = {
  ...EVERY_KIND,
  stringUnit: 'binary',
  maxDepth: 4,
} as const;

/**
 * fast-check itself looks into the values it generates (`in`, to find a clone method), so the
 * hostile Proxies are armed only while a property body runs: before (generation) and after
 * (reporting a counterexample) they behave as their targets; while armed, every trap throws, and
 * the revocable ones are revoked.
 */
let armed = false;
const toRevoke: (() => void)[] = [];

function whileArmed(body: () => void): void {
  armed = true;
  for (const revoke of toRevoke.splice(0)) revoke();
  try {
    body();
  } finally {
    armed = false;
  }
}

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'set', 'apply'] as const;

/** A Proxy every trap of which throws while armed (made fresh, with any target). */
const arbThrowingProxy: fc.Arbitrary<object> = fc.constantFrom('object', 'array', 'date', 'function', 'null-prototype').map((kind) => {
  const target = { object: {}, array: [], date: new Date(0), function: () => 1, 'null-prototype': Object.create(null) as object }[kind];
  const handler: ProxyHandler<object> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = (...args: unknown[]): unknown => {
      if (armed) throw new Error(`trap ${trap}`);
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return new Proxy(target, handler);
});

/** A Proxy revoked when the body starts. */
const arbRevokedProxy: fc.Arbitrary<object> = fc.constant(null).map(() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  toRevoke.push(revoke);
  return proxy;
});

/** Leaves no JSON or string conversion survives. */
const arbHostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  arbThrowingProxy,
  arbRevokedProxy,
  fc.string({ unit: 'binary' }).map((d) => Symbol(d)),
  fc.bigInt({ min: -(10n ** 3000n), max: 10n ** 3000n }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant({ toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } }),
);

/** Anything, with the hostile leaves anywhere in it. */
const arbValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(OPTIONS),
  fc.anything({ ...OPTIONS, values: [arbHostileLeaf, fc.string({ unit: 'binary' }), fc.integer(), fc.constant(null)] }),
  arbHostileLeaf,
  arbHostile,
  arbHugeString,
);

describe('every error constructor', () => {
  test.prop([fc.constantFrom(...WITH_VALUE), arbValue], { numRuns: 400 })('given anything as the value: well formed, message under 1 kB', ([, make], value) => {
    whileArmed(() => expectWellFormed(make(value), 1024));
  });

  test.prop([fc.constantFrom(...IN_EVERY_PARAMETER), arbValue], { numRuns: 300 })('given anything in every parameter: well formed, message bounded', ([, make], value) => {
    whileArmed(() => expectWellFormed(make(value), 4100));
  });
});

test.prop([arbValue], { numRuns: 400 })('describe never throws and gives short printable text', (value) => {
  whileArmed(() => {
    const text = describeValue(value);
    expect(text.length).toBeLessThan(600);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});

test.prop([arbValue], { numRuns: 400 })('the guards answer false for anything not made by the library, and never throw', (value) => {
  whileArmed(() => {
    expect(isIsmapLiuError(value)).toBe(false);
    expect(isValidationError(value)).toBe(false);
    expect(isInvalidSnapshotError(value)).toBe(false);
    expect(isGovernmentCalendar(value)).toBe(false);
  });
});
