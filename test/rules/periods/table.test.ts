/**
 * The period table against the periods of the rules (hard-coded in ./spec.ts): every period is there,
 * with who owes it, hard or target, and the consequence of missing it; 10.8(1)(a) is refused.
 */
import { describe, expect, test } from 'vitest';
import { PERIODS, deadline, type PeriodClauseId } from '../../../src/rules/periods/index.js';
import { isIsmapLiuError } from '../../../src/errors.js';
import { REQUIRED_INTERPRETATIONS, SPEC_CLAUSES, SPEC_TABLE } from './spec.js';

// A day that every period accepts (after 2024-01-04, far from holidays: a Wednesday).
const FROM = '2025-06-11';

describe('the periods of the rules', () => {
  test('PERIODS has exactly the clauses of the table', () => {
    expect(Object.keys(PERIODS).sort()).toEqual([...SPEC_CLAUSES].sort());
  });

  describe.each(SPEC_TABLE)('$clause', (row) => {
    const clause = row.clause as PeriodClauseId;

    test(`owed by ${row.owedBy}, ${row.kind}`, () => {
      const d = deadline(clause, FROM);
      expect({ clause: d.clause, owedBy: d.owedBy, kind: d.kind }).toEqual({ clause: row.clause, owedBy: row.owedBy, kind: row.kind });
      expect({ owedBy: PERIODS[clause].owedBy, kind: PERIODS[clause].kind }).toEqual({ owedBy: row.owedBy, kind: row.kind });
    });

    if (row.consequence === null) {
      test('a target: no consequence', () => {
        expect(deadline(clause, FROM).consequence).toBeNull();
      });
    } else {
      test(`consequence: ${row.consequence}`, () => {
        const { consequence } = deadline(clause, FROM);
        expect(typeof consequence).toBe('string');
        for (const pattern of row.mentions) expect(consequence).toMatch(pattern);
      });
    }

    test(`cites at least ${REQUIRED_INTERPRETATIONS[row.clause].join(', ')}`, () => {
      const cited = deadline(clause, FROM).interpretations;
      for (const id of REQUIRED_INTERPRETATIONS[row.clause]) expect(cited).toContain(id);
      expect(new Set(cited).size).toBe(cited.length);
    });

    test('says what it is counted from and names the period', () => {
      const d = deadline(clause, FROM);
      for (const key of ['title', 'countedFrom', 'period', 'act'] as const) {
        expect(typeof d[key]).toBe('string');
        expect(d[key].length).toBeGreaterThan(0);
      }
      expect(Array.isArray(d.forms)).toBe(true);
    });
  });

  test('7.6(7) is about keeping the records until the last day', () => {
    expect(deadline('7.6(7)', FROM).act).toMatch(/keep/i);
  });
});

describe('10.8(1)(a) is a minimum length, not a deadline', () => {
  test('deadline refuses it with a typed error that points elsewhere', () => {
    let caught: unknown;
    try {
      deadline('10.8(1)(a)' as PeriodClauseId, '2024-06-03');
    } catch (error) {
      caught = error;
    }
    expect(isIsmapLiuError(caught)).toBe(true);
    const error = caught as Error & { code: string; clause?: string };
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toContain('10.8(1)(a)');
    expect(error.message).toMatch(/minimum length/i);
    // It points to the function that checks it.
    expect(error.message).toMatch(/checkAssessmentPeriodLength/);
  });

  test('the function it points to is exported from ismap-liu/rules', async () => {
    const rules: Record<string, unknown> = await import('../../../src/rules/index.js');
    expect(typeof rules['checkAssessmentPeriodLength']).toBe('function');
  });

  test('it is not in PERIODS', () => {
    expect(Object.prototype.hasOwnProperty.call(PERIODS, '10.8(1)(a)')).toBe(false);
  });
});

describe('unknown clauses', () => {
  test.each(['13.1', '13', '13.2 ', ' 13.2', '13,2', 'br3.5', '10.8(1)', '5.3(1)', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%j is refused with a typed error listing the clauses',
    (clause) => {
      let caught: unknown;
      try {
        deadline(clause as PeriodClauseId, '2024-06-03');
      } catch (error) {
        caught = error;
      }
      expect(isIsmapLiuError(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe('invalid_argument');
      expect((caught as Error).message).toContain('13.2');
      expect((caught as Error).message).toContain('BR3.5');
    },
  );
});

describe('PERIODS is constant data', () => {
  test('the table, every rule and every list in it are frozen', () => {
    const open: string[] = [];
    if (!Object.isFrozen(PERIODS)) open.push('PERIODS');
    for (const clause of SPEC_CLAUSES) {
      const rule = PERIODS[clause as PeriodClauseId];
      if (!Object.isFrozen(rule)) open.push(clause);
      if (!Object.isFrozen(rule.forms)) open.push(`${clause}.forms`);
      if (!Object.isFrozen(rule.interpretations)) open.push(`${clause}.interpretations`);
    }
    expect(open).toEqual([]);
  });
});
