/**
 * Filtering and navigation.
 */
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../../src/errors.js';
import { UnknownClauseError, childClauses, clauseIds, listClauses } from '../../../src/rules/catalogue/index.js';
import type { ClauseFilter } from '../../../src/rules/catalogue/index.js';

const ids = (filter?: ClauseFilter): string[] => listClauses(filter).map((c) => c.id);

describe('listClauses', () => {
  it('returns the whole catalogue without a filter', () => {
    expect(ids()).toEqual(clauseIds);
  });

  it('filters by chapter, actor, form and kind, combined with AND', () => {
    expect(ids({ chapter: 6 })).toEqual(['6.1', '6.2']);
    expect(ids({ form: '2-19' })).toEqual(['10.6', '10.7', '10.8', 'AppendedTable1']);
    expect(ids({ chapter: 13, form: '2-8' })).toEqual(['13.3']);
    expect(ids({ actor: 'MIN' })).toEqual(['5.1', '5.3', '6.1', '6.2', '7.6', '7.6(2)', '15.1']);
    expect(ids({ chapter: 18, kind: 'ground' })).toEqual([
      '18.1(1)', '18.1(2)', '18.2(1)', '18.2(2)', '18.2(3)', '18.2(4)', '18.2(5)', '18.2(7)',
    ]);
    expect(ids({ kind: 'definition' })).toHaveLength(10);
    expect(ids({ chapter: 'BR' })).toEqual(['BR3.5']);
    expect(ids({ chapter: 4, actor: 'MIN' })).toEqual([]);
  });

  it('includes parents for the forms of their items', () => {
    expect(ids({ form: '2-21' })).toEqual(['10.8', '10.8(4)', '10.9', 'AppendedTable1']);
  });

  it('refuses unknown keys and values with InvalidArgumentError', () => {
    expect(() => listClauses({ chapter: 20 } as unknown as ClauseFilter)).toThrow(InvalidArgumentError);
    expect(() => listClauses({ actor: 'ministry' } as unknown as ClauseFilter)).toThrow(/filter\.actor/);
    expect(() => listClauses({ form: 'Form 2-1' } as unknown as ClauseFilter)).toThrow(/filter\.form/);
    expect(() => listClauses({ kind: 'rule' } as unknown as ClauseFilter)).toThrow(/filter\.kind/);
    expect(() => listClauses({ chapters: 1 } as unknown as ClauseFilter)).toThrow(/filter key/);
    expect(() => listClauses(JSON.parse('{"__proto__": {"polluted": 1}}') as ClauseFilter)).toThrow(InvalidArgumentError);
    expect(() => listClauses(null as unknown as ClauseFilter)).toThrow(InvalidArgumentError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('childClauses', () => {
  it('lists direct items in order, or all descendants with deep', () => {
    expect(childClauses('8.1').map((c) => c.id)).toEqual(Array.from({ length: 9 }, (_, i) => `8.1(${i + 1})`));
    expect(childClauses('10.8').map((c) => c.id)).toEqual(['10.8(1)', '10.8(2)', '10.8(3)', '10.8(4)']);
    expect(childClauses('10.8', { deep: true }).map((c) => c.id)).toEqual([
      '10.8(1)', '10.8(1)(a)', '10.8(1)(b)', '10.8(2)', '10.8(3)', '10.8(4)', '10.8(4)(a)', '10.8(4)(b)', '10.8(4)(c)',
    ]);
    expect(childClauses('15.2', { deep: true })).toHaveLength(7);
    expect(childClauses('Supp.2022').map((c) => c.id)).toEqual(['Supp.2022.1', 'Supp.2022.2', 'Supp.2022.3']);
  });

  it('throws UnknownClauseError for an unknown id, prototype names included', () => {
    expect(() => childClauses('8.10')).toThrow(UnknownClauseError);
    expect(() => childClauses('constructor')).toThrow(UnknownClauseError);
    expect(() => childClauses('__proto__')).toThrow(UnknownClauseError);
  });
});
