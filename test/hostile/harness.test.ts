/**
 * The hostile suite's own checks can fail: each misbehaviour it looks for, committed on purpose
 * by a stand-in function, is reported.
 */
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, IsmapLiuError } from '../../src/errors.js';
import { changingProxy, deepArray, frozenDeep, HostileProxyError, throwingGetters, throwingProxy } from '../arbitraries/hostile.js';
import { globalChanges, globalState, sameTokens, snapshot } from './_support/invariants.js';
import { runCases } from './_support/heavy.js';
import { SELFTEST_IDS } from './_support/heavySelftest.js';
import { probe } from './_support/probe.js';

const check = (call: () => unknown, inputs: unknown[] = [], maxResult = 1000) => probe('harness', call, inputs, maxResult).problems;

describe('the hostile harness reports', () => {
  test('nothing for an answer, a typed error or the caller\'s own marker', () => {
    expect(check(() => 'fine')).toEqual([]);
    expect(check(() => { throw new InvalidArgumentError('x', 1, 'a string'); })).toEqual([]);
    expect(check(() => { throw new HostileProxyError('trap'); })).toEqual([]);
  });

  test('a TypeError, a plain Error, a stack overflow and a thrown non-Error', () => {
    expect(check(() => (null as unknown as { a: number }).a)).toEqual([expect.stringMatching(/^threw TypeError/)]);
    expect(check(() => { throw new Error('plain'); })).toEqual(['threw Error: plain']);
    const recurse = (n: number): number => recurse(n + 1) + 1;
    expect(check(() => recurse(0))).toEqual([expect.stringMatching(/^threw RangeError: Maximum call stack/)]);
    expect(check(() => { throw 'a string'; })).toEqual(['threw a thrown "a string"']);
  });

  test('a typed error with a huge message, or raw control characters in its message or its JSON', () => {
    // A stand-in: the library's own errors bound and escape what they carry.
    class Unbounded extends IsmapLiuError {
      constructor(message: string, json: Record<string, unknown> = {}) {
        super('invalid_argument', 'placeholder');
        Object.defineProperty(this, 'message', { value: message });
        this.toJSON = () => json;
      }
    }
    expect(check(() => { throw new Unbounded('x'.repeat(70_000), { m: 'x'.repeat(70_000) }); })).toEqual([
      expect.stringMatching(/message of 70000 characters/),
      expect.stringMatching(/toJSON\(\) serializes to \d+ characters/),
    ]);
    expect(check(() => { throw new Unbounded('a \u001b[31mred\u001b[0m thing'); })).toEqual([expect.stringMatching(/raw control character/)]);
    expect(check(() => { throw new Unbounded('fine', { value: 'C1 \u009b here' }); })).toEqual([expect.stringMatching(/raw DEL or C1/)]);
    expect(check(() => { throw new Unbounded('fine', { value: 1n }); })).toEqual([expect.stringMatching(/could not be serialized/)]);
  });

  test('a string result over the bound', () => {
    expect(check(() => 'x'.repeat(1001), [], 1000)).toEqual(['returned a string of 1001 characters (bound 1000)']);
  });

  test('a changed input, however deep, without calling its getters', () => {
    const input = { a: [1, { b: 'c' }], d: new Map([['k', 1]]) };
    expect(check(() => { (input.a[1] as { b: string }).b = 'changed'; }, [input])).toEqual(['changed its argument 0 ([object Object])']);
    expect(check(() => { input.d.set('k', 2); }, [input])).toEqual(['changed its argument 0 ([object Object])']);
    const deep = deepArray(5000);
    expect(check(() => { (deep as unknown[]).push(1); }, [deep])).toEqual(['changed its argument 0 ([object Array])']);
    expect(check(() => undefined, [throwingGetters(), throwingProxy(), changingProxy()])).toEqual([]);
  });

  test('a write to a deep-frozen heavy value, as the TypeError it throws', () => {
    const frozen = frozenDeep(deepArray(10));
    expect(check(() => { (frozen as unknown[]).push(1); }, [frozen])).toEqual([expect.stringMatching(/^threw TypeError/)]);
  });

  test('a polluted prototype and a new global', () => {
    const proto = Object.prototype as unknown as Record<string, unknown>;
    try {
      expect(check(() => { proto['polluted'] = true; })).toEqual([expect.stringMatching(/built-in prototype changed/)]);
    } finally {
      delete proto['polluted'];
    }
    const g = globalThis as unknown as Record<string, unknown>;
    try {
      expect(check(() => { g['hostileLeak'] = 1; })).toEqual(['new on globalThis: hostileLeak']);
    } finally {
      delete g['hostileLeak'];
    }
  });

  test('a replaced prototype method, in the full comparison', () => {
    const before = globalState();
    const original = Array.prototype.includes;
    try {
      Array.prototype.includes = function includes() { return true; };
      expect(globalChanges(before, globalState())).toEqual([expect.stringMatching(/built-in prototype changed/)]);
    } finally {
      Array.prototype.includes = original;
    }
    expect(globalChanges(before, globalState())).toEqual([]);
  });

  test('snapshots tell -0 from 0, NaN from NaN, and a getter from its value', () => {
    expect(sameTokens(snapshot({ a: -0 }), snapshot({ a: 0 }))).toBe(false);
    expect(sameTokens(snapshot({ a: Number.NaN }), snapshot({ a: Number.NaN }))).toBe(true);
    expect(sameTokens(snapshot({ get a() { return 1; } }), snapshot({ a: 1 }))).toBe(false);
  });
});

describe('the heavy runner', () => {
  test(
    'reports a child that exits or hangs against its case, and goes on with the next',
    async () => {
      const result = await runCases('selftest', SELFTEST_IDS, 1500);
      expect(result.total).toBe(4);
      expect(result.finished).toBe(2);
      expect(result.failures.map((f) => `${f.name}: ${f.problem.replace(/\(.*\)/u, '(…)')}`)).toEqual([
        'exits: crashed or timed out (…) with a 512 MB heap and 1.5 s per call',
        'hangs: crashed or timed out (…) with a 512 MB heap and 1.5 s per call',
        'answers again: reported',
      ]);
    },
    60_000,
  );
});
