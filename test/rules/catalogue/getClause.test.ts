/**
 * Lookups: O(1) map, prototype-key safety, typed errors that list the valid ids.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isIsmapLiuError } from '../../../src/errors.js';
import {
  UnknownClauseError,
  clauseIds,
  findClause,
  getClause,
  isClauseId,
} from '../../../src/rules/catalogue/index.js';

const PROTOTYPE_KEYS = [
  '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__defineGetter__', '__lookupGetter__', 'prototype', '',
];

const prototypeSnapshot = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

/** Any string, weighted towards real ids, near-misses, prototype names and very long strings. */
const anyId = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...clauseIds),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.tuple(fc.constantFrom(...clauseIds), fc.string({ maxLength: 3 })).map(([id, extra]) => id + extra),
  fc.constantFrom(...clauseIds).map((id) => id.replace('.', '. ')),
  fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1_000, max: 200_000 })).map(([s, n]) => s.repeat(n)),
);

describe('getClause', () => {
  it('returns the entry for every id', () => {
    for (const id of clauseIds) expect(getClause(id).id).toBe(id);
  });

  it('returns the same frozen object each time', () => {
    expect(getClause('13.2')).toBe(getClause('13.2'));
    expect(findClause('13.2')).toBe(getClause('13.2'));
  });

  it('throws a typed error naming the bad id, the closest ids and the count', () => {
    const error = (() => {
      try {
        getClause('3. 1');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownClauseError);
    if (!(error instanceof UnknownClauseError)) return;
    expect(isIsmapLiuError(error)).toBe(true);
    expect(error.code).toBe('unknown_clause');
    expect(error.name).toBe('UnknownClauseError');
    expect(error.value).toBe('3. 1');
    expect(error.suggestions[0]).toBe('3.1');
    expect(error.message).toContain('"3. 1"');
    expect(error.message).toContain('Closest: 3.1');
    expect(error.message).toContain(`${clauseIds.length} ids in all`);
    expect(error.validIds).toEqual(clauseIds);
    expect(error.toJSON()).toMatchObject({ code: 'unknown_clause', value: '3. 1', suggestions: error.suggestions });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'unknown_clause' });
  });

  it('suggests the clause a typo in the text means', () => {
    expect(() => getClause('10.9(4)')).toThrow(/10\.8\(4\)/);
    expect(() => getClause('13.14')).toThrow(/Closest: 13\.1\b/);
    expect(() => getClause('Supp.2022-11-01.1')).toThrow(UnknownClauseError);
  });

  it('keeps the message short even for a huge id, with the full list in validIds', () => {
    try {
      getClause('x'.repeat(1_000_000));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownClauseError);
      expect((error as UnknownClauseError).message.length).toBeLessThan(300);
      expect((error as UnknownClauseError).validIds).toHaveLength(clauseIds.length);
    }
  });

  it.each(PROTOTYPE_KEYS)('never resolves the prototype name %j', (key) => {
    expect(() => getClause(key)).toThrow(UnknownClauseError);
    expect(findClause(key)).toBeUndefined();
    expect(isClauseId(key)).toBe(false);
  });

  it('refuses non-strings from untyped callers with the same error', () => {
    for (const value of [undefined, null, 13.2, {}, ['13.2'], Symbol.iterator]) {
      expect(() => getClause(value as unknown as string)).toThrow(UnknownClauseError);
      expect(findClause(value as unknown as string)).toBeUndefined();
      expect(isClauseId(value)).toBe(false);
    }
  });

  test.prop([anyId], { numRuns: 300 })('returns an entry with that id or throws UnknownClauseError', (id) => {
    const before = prototypeSnapshot();
    let result: unknown;
    try {
      result = getClause(id);
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownClauseError);
      expect((error as UnknownClauseError).value).toBe(id.length > 80 ? `${id.slice(0, 77)}...` : id);
      expect(isClauseId(id)).toBe(false);
      expect(findClause(id)).toBeUndefined();
      result = undefined;
    }
    if (result !== undefined) {
      expect((result as { id: string }).id).toBe(id);
      expect(isClauseId(id)).toBe(true);
    }
    expect(prototypeSnapshot()).toEqual(before);
  });

  it('leaves Object.prototype unpolluted', () => {
    const before = prototypeSnapshot();
    for (const key of PROTOTYPE_KEYS) {
      try {
        getClause(key);
      } catch {
        // expected
      }
    }
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>)['unknown_clause']).toBeUndefined();
    expect(Object.getPrototypeOf(getClause('1.1'))).toBe(Object.prototype);
  });
});
