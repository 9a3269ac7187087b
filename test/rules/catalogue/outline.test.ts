/**
 * The catalogue's outline (src/rules/catalogue/_lib/outline.ts), which `machineClauseCoverage`
 * reads instead of the entries so that `ismap-liu/machines` does not carry the catalogue's text:
 * it must say exactly what the entries say. When a clause is added, removed or moved, or its kind
 * changes to or from `definition`, update the outline.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clauseIds, getClause, isClauseId, listClauses } from '../../../src/rules/catalogue/index.js';
import { inOutline, isDefinition, outlineIds } from '../../../src/rules/catalogue/_lib/outline.js';

describe('the catalogue outline', () => {
  it('lists every clause id of the entries, in document order', () => {
    expect(outlineIds()).toEqual(clauseIds);
    expect(outlineIds()).toHaveLength(213);
    expect(Object.isFrozen(outlineIds())).toBe(true);
  });

  it('marks as definitions exactly the entries of kind definition', () => {
    const definitions = listClauses().filter((c) => c.kind === 'definition').map((c) => c.id);
    expect(outlineIds().filter(isDefinition)).toEqual(definitions);
    // The terms of Chapter 2, and nothing else.
    expect(definitions).toEqual(listClauses().filter((c) => c.chapter === 2).map((c) => c.id));
    expect(definitions).toHaveLength(10);
  });

  it('knows the ids the catalogue knows, and no other', () => {
    for (const id of clauseIds) expect(inOutline(id), id).toBe(true);
    for (const id of ['', '1.3', '2.11', '10.8(5)', 'Supp.2024', 'Appendix4', '3.1 ', ' 3.1', '3.1(1)(a)']) {
      expect(inOutline(id), JSON.stringify(id)).toBe(false);
      expect(isDefinition(id), JSON.stringify(id)).toBe(false);
    }
  });

  test.prop([fc.oneof(fc.constantFrom(...clauseIds), fc.string())])('agrees with isClauseId and getClause on any string', (id) => {
    expect(inOutline(id)).toBe(isClauseId(id));
    expect(isDefinition(id)).toBe(isClauseId(id) && getClause(id).kind === 'definition');
  });
});
