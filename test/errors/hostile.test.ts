/**
 * Every error constructor, and every guard, given the values of issue 11 that used to make a
 * message builder throw or run the caller's code: a Symbol, a null-prototype object, a Proxy
 * whose traps throw, a BigInt, a revoked Proxy, an object with a throwing `toString` or getter,
 * a 10 MB string, a string with ESC/C1/DEL, an array nested 5,000 deep. Each must give a
 * well-formed error (see expectWellFormed): bounded message, no raw control characters, `toJSON`
 * that stringifies.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeValue, isIsmapLiuError } from '../../src/errors.js';
import { isGovernmentCalendar } from '../../src/calendar/createCalendar.js';
import { isInvalidSnapshotError } from '../../src/machines/errors.js';
import { isValidationError } from '../../src/rules/schemas/validationError.js';
import { IN_EVERY_PARAMETER, WITH_VALUE, expectWellFormed } from './_support/constructors.js';

/** Every trap throws. */
function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: () => {
      throw new Error('trap get');
    },
    has: () => {
      throw new Error('trap has');
    },
    ownKeys: () => {
      throw new Error('trap ownKeys');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('trap getOwnPropertyDescriptor');
    },
    getPrototypeOf: () => {
      throw new Error('trap getPrototypeOf');
    },
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function nested(depth: number): unknown[] {
  let value: unknown[] = ['2024-04-01'];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** The values of issue 11, and a few of their cousins. */
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['a Symbol', () => Symbol('hostile\u001b')],
  ['a registered Symbol', () => Symbol.for('ismap-liu.error')],
  ['a null-prototype object', () => Object.create(null) as object],
  ['a Proxy whose traps throw', () => throwingProxy()],
  ['a Proxy of an array whose traps throw', () => throwingProxy([])],
  ['a Proxy of a Date whose traps throw', () => throwingProxy(new Date(0))],
  ['a BigInt', () => 10n],
  ['a BigInt of 2,000 digits', () => 10n ** 2000n],
  ['a revoked Proxy', () => revokedProxy()],
  ['an object with a throwing toString', () => ({ toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } })],
  ['an object with a throwing Symbol.toPrimitive', () => ({ [Symbol.toPrimitive]: () => { throw new Error('toPrimitive'); } })],
  ['an object with throwing getters', () => Object.defineProperties({}, { message: { get: () => { throw new Error('getter'); } }, length: { get: () => { throw new Error('getter'); } } })],
  ['an object with a throwing Symbol.toStringTag', () => ({ get [Symbol.toStringTag](): string { throw new Error('toStringTag'); } })],
  ['a 10 MB string', () => TEN_MB],
  ['a string with ESC, C1 and DEL', () => '\u001b]0;pwned\u0007\u009b31m\u0085\u007f'],
  ['a string with bidi overrides and a lone surrogate', () => '\u202eevil\u2066\ud800'],
  ['a string of 1 MB of control characters', () => '\u0000\u001b\u009b\u202e'.repeat(262_144)],
  ['an array nested 5,000 deep', () => nested(5000)],
  ['a cyclic object', () => { const o: Record<string, unknown> = {}; o['self'] = o; return o; }],
  ['a function', () => () => undefined],
  ['an invalid Date', () => new Date(Number.NaN)],
  ['NaN', () => Number.NaN],
  ['undefined', () => undefined],
];

describe.each(WITH_VALUE)('%s', (_name, make) => {
  it.each(HOSTILE)('with %s as the value: never throws, message under 1 kB, escaped; toJSON stringifies', (_label, value) => {
    const error = make(value());
    expectWellFormed(error, 1024);
  });
});

describe.each(IN_EVERY_PARAMETER)('%s (the value in every parameter, from an untyped caller)', (_name, make) => {
  it.each(HOSTILE)('with %s: never throws, message bounded and escaped; toJSON stringifies', (_label, value) => {
    const error = make(value());
    expectWellFormed(error, 4100);
  });
});

describe('describe', () => {
  it.each(HOSTILE)('%s: at most a few hundred printable characters', (_label, value) => {
    const text = describeValue(value());
    expect(text.length).toBeLessThan(600);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('the guards', () => {
  it.each(HOSTILE)('%s: false, without throwing', (_label, value) => {
    const v = value();
    expect(isIsmapLiuError(v)).toBe(false);
    expect(isValidationError(v)).toBe(false);
    expect(isInvalidSnapshotError(v)).toBe(false);
    expect(isGovernmentCalendar(v)).toBe(false);
  });
});
