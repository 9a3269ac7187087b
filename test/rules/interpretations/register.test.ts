/**
 * The interpretation register against lifecycle.md ("Interpretation register"), and the
 * citations of the periods.
 */
import { describe, expect, test } from 'vitest';
import { isIsmapLiuError } from '../../../src/errors.js';
import { INTERPRETATIONS, getInterpretation, type InterpretationId } from '../../../src/rules/interpretations/index.js';
import { PERIODS } from '../../../src/rules/periods/index.js';

// lifecycle.md, written out by hand: the words each reading and alternative must contain.
const SPEC: readonly { id: InterpretationId; question: RegExp; reading: RegExp[]; alternative: RegExp | null; clauses: string[] }[] = [
  { id: 'I1', question: /13\.2/, reading: [/^No\b/, /140/, /00:00 JST/], alternative: /counts/i, clauses: ['13.2'] },
  { id: 'I2', question: /holiday/i, reading: [/^No\b/, /lastDay/, /lastDayIfExtended/], alternative: /142/, clauses: [] },
  { id: 'I3', question: /BR3\.5/, reading: [/143/, /2023-09-30/, /2025-01-31/], alternative: /one day later/i, clauses: ['BR3.5'] },
  { id: 'I4', question: /5\.3/, reading: [/made/], alternative: /accepted/, clauses: ['5.3'] },
  { id: 'I5', question: /3\.3/, reading: [/on or before the last day/, /1-year period/, /evaluation/], alternative: null, clauses: ['3.3'] },
  { id: 'I6', question: /13\.1.13\.7/, reading: [/on or after 2024-01-04/, /JST/], alternative: null, clauses: ['13.2', '13.3', '18.2(6)'] },
  { id: 'I7', question: /16\.4/, reading: [/re-application/i, /Chapter 17/], alternative: null, clauses: ['16.4'] },
  { id: 'I8', question: /offset/i, reading: [/rejected/i], alternative: /Asia\/Tokyo/, clauses: [] },
];

describe('INTERPRETATIONS', () => {
  test('holds I1 … I8, in id order, each once', () => {
    expect(INTERPRETATIONS.map((i) => i.id)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8']);
  });

  test.each(SPEC)('$id says what lifecycle.md says', (spec) => {
    const entry = getInterpretation(spec.id);
    expect(entry.question).toMatch(spec.question);
    for (const pattern of spec.reading) expect(entry.reading).toMatch(pattern);
    if (spec.alternative === null) {
      expect(entry.alternatives).toEqual([]);
    } else {
      expect(entry.alternatives.some((a) => spec.alternative!.test(a))).toBe(true);
    }
    for (const clause of spec.clauses) expect(entry.clauses).toContain(clause);
    expect(entry.sources.length).toBeGreaterThan(0);
  });

  test('every entry is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(INTERPRETATIONS))).toStrictEqual(INTERPRETATIONS);
  });

  test('the register and its entries are frozen', () => {
    const open: string[] = [];
    if (!Object.isFrozen(INTERPRETATIONS)) open.push('INTERPRETATIONS');
    for (const entry of INTERPRETATIONS) {
      for (const [name, value] of [[entry.id, entry], [`${entry.id}.alternatives`, entry.alternatives], [`${entry.id}.clauses`, entry.clauses], [`${entry.id}.sources`, entry.sources]] as const) {
        if (!Object.isFrozen(value)) open.push(name);
      }
    }
    expect(open).toEqual([]);
  });
});

describe('getInterpretation', () => {
  test.each(INTERPRETATIONS.map((i) => [i.id, i]))('%s returns the entry of the register', (id, entry) => {
    expect(getInterpretation(id as InterpretationId)).toBe(entry);
  });

  test.each(['I0', 'I9', 'i1', 'I1 ', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%j: a typed error listing the ids', (id) => {
    let caught: unknown;
    try {
      getInterpretation(id as InterpretationId);
    } catch (error) {
      caught = error;
    }
    expect(isIsmapLiuError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe('invalid_argument');
    expect((caught as Error).message).toContain('I1');
    expect((caught as Error).message).toContain('I8');
  });

  test.each([null, undefined, 1, {}, []])('%j: a typed error', (id) => {
    let caught: unknown;
    try {
      getInterpretation(id as unknown as InterpretationId);
    } catch (error) {
      caught = error;
    }
    expect(isIsmapLiuError(caught)).toBe(true);
  });
});

describe('the periods cite the register consistently', () => {
  const ids = new Set<string>(INTERPRETATIONS.map((i) => i.id));

  test.each(Object.values(PERIODS).map((rule) => [rule.clause, rule]))('%s cites only entries that exist, and I2', (_, rule) => {
    for (const id of rule.interpretations) expect(ids.has(id)).toBe(true);
    expect(rule.interpretations).toContain('I2');
  });

  test('an entry that names a period clause is cited by that period, and the other way round', () => {
    const mismatches: string[] = [];
    for (const rule of Object.values(PERIODS)) {
      for (const entry of INTERPRETATIONS) {
        const names = entry.clauses.includes(rule.clause);
        const cites = rule.interpretations.includes(entry.id);
        const general = entry.clauses.includes('all periods');
        // I8 (no offset) applies to every period's input but is only relied on when refusing it.
        if (names && !cites) mismatches.push(`${entry.id} names ${rule.clause} but ${rule.clause} does not cite it`);
        if (cites && !names && !general) mismatches.push(`${rule.clause} cites ${entry.id} which does not name it`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
