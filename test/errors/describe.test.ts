/**
 * How an error names the value it refuses: `describe` (messages) and `toJSON().value`, worked
 * by hand for each kind of value, including those that must not be shown or run.
 */
import { describe as group, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError, IsmapLiuError, describe } from '../../src/errors.js';

/** An object every operation on which throws: a Proxy whose traps throw, counting the calls. */
function trap(): { value: object; calls: () => number } {
  let calls = 0;
  const handler = new Proxy(
    {},
    {
      get: () => () => {
        calls += 1;
        throw new Error('a trap ran');
      },
    },
  );
  return { value: new Proxy({}, handler), calls: () => calls };
}

group('describe', () => {
  it.each([
    ['a string, quoted', '2024-02-30', '"2024-02-30"'],
    ['an empty string', '', '""'],
    ['a string with ESC, C1 and DEL, escaped', '\u001b[31m\u0085\u009b\u007f', '"\\u001b[31m\\u0085\\u009b\\u007f"'],
    ['a bidirectional override, escaped', 'a\u202eb', '"a\\u202eb"'],
    ['a line break, escaped by JSON', 'a\nb', '"a\\nb"'],
    ['a number', 42, '42'],
    ['minus zero', -0, '-0'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', -Infinity, '-Infinity'],
    ['a boolean', false, 'false'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a BigInt, with its n', 10n, '10n'],
    ['a negative BigInt', -12n, '-12n'],
    ['a BigInt of 41 digits, by its length', 10n ** 40n, 'a BigInt of 41 digits'],
    ['a Symbol, by its description', Symbol('id'), 'Symbol(id)'],
    ['a Symbol without description', Symbol(), 'Symbol()'],
    ['a Symbol whose description has ESC', Symbol('\u001b[2J'), 'Symbol(\\u001b[2J)'],
    ['a Date', new Date(Date.UTC(2024, 0, 3, 15)), 'Date(2024-01-03T15:00:00.000Z)'],
    ['an invalid Date', new Date(Number.NaN), 'Invalid Date'],
    ['an array', ['2024-06-03'], 'an array'],
    ['an object', { at: '2024-06-03' }, 'an object'],
    ['a null-prototype object', Object.create(null) as object, 'an object'],
    ['a function', () => '2024-06-03', 'a function'],
    ['a Map', new Map(), 'an object'],
    ['an object that only has Date.prototype', Object.create(Date.prototype) as object, 'an object'],
  ])('%s', (_label, value, expected) => {
    expect(describe(value)).toBe(expected);
  });

  it('cuts a long string at 80 characters and gives its length', () => {
    const text = 'x'.repeat(10_000_000);
    expect(describe(text)).toBe(`"${'x'.repeat(79)}… (10000000 characters)"`);
  });

  it('a long string of control characters stays under 1 kB', () => {
    const text = '\u009b'.repeat(1_000_000);
    const described = describe(text);
    expect(described.length).toBeLessThan(1024);
    expect(described).toMatch(/^"(\\u009b){79}… \(1000000 characters\)"$/);
  });

  it('a revoked Proxy is named as one (Array.isArray throws on it)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describe(proxy)).toBe('a revoked Proxy');
  });

  it('runs none of the value\'s code: no trap, getter, toString, valueOf or toStringTag', () => {
    const { value, calls } = trap();
    let ran = 0;
    const getters = {
      get [Symbol.toStringTag]() {
        ran += 1;
        return 'Date';
      },
      toString() {
        ran += 1;
        return 'x';
      },
      valueOf() {
        ran += 1;
        return 1;
      },
    };
    expect(describe(value)).toBe('an object');
    expect(describe(getters)).toBe('an object');
    const dateProxy = new Proxy(new Date(0), {
      get: () => {
        ran += 1;
        return undefined;
      },
      getPrototypeOf: () => {
        ran += 1;
        return Date.prototype;
      },
    });
    expect(describe(dateProxy)).toBe('an object');
    expect(calls()).toBe(0);
    expect(ran).toBe(0);
  });

  it('a Date whose own getTime is replaced is read through Date.prototype', () => {
    const date = Object.assign(new Date(Date.UTC(2025, 0, 6)), {
      getTime: () => {
        throw new Error('never called');
      },
    });
    expect(describe(date)).toBe('Date(2025-01-06T00:00:00.000Z)');
  });

  it('an array nested 5,000 deep is an array (nothing is walked)', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    expect(describe(deep)).toBe('an array');
  });
});

group('the value in messages and toJSON', () => {
  it('a BigInt: named in the message, a string in JSON (JSON.stringify would throw on it)', () => {
    const error = new InvalidDateError(10n, 'a YYYY-MM-DD date');
    expect(error.message).toBe('Invalid date 10n: expected a YYYY-MM-DD date.');
    expect(error.value).toBe(10n);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'InvalidDateError',
      code: 'invalid_date',
      message: 'Invalid date 10n: expected a YYYY-MM-DD date.',
      value: '10n',
      expected: 'a YYYY-MM-DD date',
    });
  });

  it('a Symbol: its description in the message and in JSON', () => {
    const id = Symbol('13.2');
    const error = new InvalidArgumentError('clause', id, 'a clause id');
    expect(error.message).toBe('Invalid clause Symbol(13.2): expected a clause id.');
    expect(error.value).toBe(id);
    expect(error.toJSON()['value']).toBe('Symbol(13.2)');
  });

  it('a non-finite number is a string in JSON (JSON would write null)', () => {
    expect(new InvalidArgumentError('n', Number.NaN, 'an integer').toJSON()['value']).toBe('NaN');
    expect(new InvalidArgumentError('n', Infinity, 'an integer').toJSON()['value']).toBe('Infinity');
    expect(new InvalidArgumentError('n', 3, 'an integer').toJSON()['value']).toBe(3);
  });

  it('a Date is its instant in JSON; an invalid one says so', () => {
    expect(new InvalidDateError(new Date(Date.UTC(2099, 11, 31, 15)), 'x').toJSON()['value']).toBe('2099-12-31T15:00:00.000Z');
    expect(new InvalidDateError(new Date(Number.NaN), 'x').toJSON()['value']).toBe('Invalid Date');
  });

  it('keeps the caller\'s object itself as value, and never reads it', () => {
    const { value, calls } = trap();
    const error = new InvalidDateError(value, 'a date');
    expect(error.value).toBe(value);
    expect(error.message).toBe('Invalid date an object: expected a date.');
    expect(JSON.stringify(error)).toContain('"value":"an object"');
    expect(calls()).toBe(0);
  });

  it('keeps a long string cut to 77 characters and "..."', () => {
    const error = new InvalidDateError('9'.repeat(10_000_000), 'a date');
    expect(error.value).toBe(`${'9'.repeat(77)}...`);
    expect(error.message.length).toBeLessThan(200);
  });

  it('escapes control characters in every part of the message, not only the value', () => {
    const error = new InvalidArgumentError('changes.\u001b[2J', '\u001b', 'a\u0085b\nc', '13.2\u202e');
    expect(error.message).toBe('Invalid changes.\\u001b[2J "\\u001b": expected a\\u0085b\\u000ac.');
    expect(error.argument).toBe('changes.\\u001b[2J');
    expect(error.clause).toBe('13.2\\u202e');
  });

  it('a message given directly is cut at 4,000 characters and escaped (line breaks kept)', () => {
    const error = new IsmapLiuError('invalid_argument', `one\ntwo\u001b${'z'.repeat(10_000)}`);
    expect(error.message.startsWith('one\ntwo\\u001bzzz')).toBe(true);
    expect(error.message.endsWith('… (10008 characters)')).toBe(true);
    expect(error.message.length).toBeLessThan(4100);
  });
});

group('a message keeps its line breaks and escapes every other control character', () => {
  it('escapes a tab, as fast-check found a message of "\\t" reaching the terminal raw', () => {
    const error = new IsmapLiuError('invalid_argument', 'a\tb\nc');
    expect(error.message).toBe('a\\u0009b\nc');
  });
});
