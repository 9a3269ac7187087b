/**
 * The interpretation register: I1–I8 against the readings of the calendar, the periods and 16.4
 * (docs/reference/calendar.md, periods.md), I9–I17 against the readings the machines take; and the
 * citations of the periods.
 */
import { describe, expect, test } from 'vitest';
import { isIsmapLiuError } from '../../../src/errors.js';
import { INTERPRETATIONS, getInterpretation, type InterpretationId } from '../../../src/rules/interpretations/index.js';
import { PERIODS } from '../../../src/rules/periods/index.js';
import { INTERPRETATION_IDS } from '../../../src/rules/interpretations/ids.js';

// The readings of the calendar, the periods and 16.4 (I1–I8) and those the code takes (I9–I17),
// written out by hand: the words each reading and alternative must contain.
const SPEC: readonly { id: InterpretationId; question: RegExp; reading: RegExp[]; alternative: RegExp | null; clauses: string[] }[] = [
  { id: 'I1', question: /13\.2/, reading: [/^No\b/, /140/, /00:00 JST/], alternative: /counts/i, clauses: ['13.2'] },
  { id: 'I2', question: /holiday/i, reading: [/^No\b/, /lastDay/, /lastDayIfExtended/], alternative: /142/, clauses: [] },
  { id: 'I3', question: /BR3\.5/, reading: [/143/, /2023-09-30/, /2025-01-31/], alternative: /one day later/i, clauses: ['BR3.5'] },
  { id: 'I4', question: /5\.3/, reading: [/made/], alternative: /accepted/, clauses: ['5.3'] },
  {
    id: 'I5',
    question: /3\.3/,
    reading: [/counted back from the submission/, /Art\. 140/, /Art\. 143 applied backwards/, /1 March/, /2024-02-29 → from 2023-03-01/, /2025-03-01 → from 2024-02-29/],
    alternative: /^Counted forward from the evaluation.*49 pairs.*29 February.*1 March/,
    clauses: ['3.3'],
  },
  { id: 'I6', question: /13\.1.13\.7/, reading: [/on or after 2024-01-04/, /JST/], alternative: null, clauses: ['13.2', '13.3', '18.2(6)'] },
  { id: 'I7', question: /16\.4/, reading: [/re-application/i, /Chapter 17/], alternative: null, clauses: ['16.4'] },
  { id: 'I8', question: /offset/i, reading: [/rejected/i], alternative: /Asia\/Tokyo/, clauses: [] },
  { id: 'I9', question: /5\.1\(4\).*17\.1/, reading: [/^Yes, as written/, /not eligible/, /5\.1\(4\)/], alternative: /disregarded/, clauses: ['5.1(4)', '17.1', '18.2(4)'] },
  { id: 'I10', question: /13\.7/, reading: [/Urgent Report \(13\.2\)/, /need not/], alternative: /both/, clauses: ['13.7', '13.2', '13.3'] },
  { id: 'I11', question: /BR3\.5.*Suspended Registration Examination/, reading: [/original Assessment Report/, /11\.5\(8\)/], alternative: /new assessment period/, clauses: ['BR3.5', '10.8(1)', '10.11'] },
  { id: 'I12', question: /Letter of Intent/, reading: [/decides again under 10\.5/, /not suspend it again/], alternative: /rejected at once/, clauses: ['10.7', '10.8', '10.5'] },
  { id: 'I13', question: /16\.7/, reading: [/^Not by the confirmation itself/, /13\.10/], alternative: /lifts the suspension itself/, clauses: ['16.7', '13.10', '13.11'] },
  { id: 'I14', question: /4\.4/, reading: [/replace/, /day the Prior Application was submitted/], alternative: /day of the answer/, clauses: ['3.3', '4.4'] },
  { id: 'I15', question: /4\.5\(1\), 9\.6\(1\)/, reading: [/automatically/, /day after the last day/, /still do not meet/], alternative: /always needs OSO's decision/, clauses: ['4.5(1)', '9.6(1)'] },
  { id: 'I16', question: /7\.14/, reading: [/day after/, /overlap/, /9\.1\(4\)/], alternative: /10\.1\(8\)/, clauses: ['7.14', '9.1(4)'] },
  { id: 'I17', question: /missed period/, reading: [/day after the period's last day/, /Art\. 141/], alternative: /noticed/, clauses: ['4.5(1)', '9.6(1)', '10.9', '18.2(1)'] },
  { id: 'I18', question: /appeal/, reading: [/say nothing of what a reply/, /changes nothing else/], alternative: /reopens/, clauses: ['6.1', '6.2', '19.1', '19.2'] },
];

const IDS = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9', 'I10', 'I11', 'I12', 'I13', 'I14', 'I15', 'I16', 'I17', 'I18'];

describe('INTERPRETATIONS', () => {
  test('holds I1 … I18, in id order, each once', () => {
    expect(INTERPRETATIONS.map((i) => i.id)).toEqual(IDS);
    expect(SPEC.map((s) => s.id)).toEqual(IDS);
  });

  test.each(SPEC)('$id says what it should', (spec) => {
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

  test('I9 … I17 each state a question, a reading, at least one alternative, clauses and sources', () => {
    for (const entry of INTERPRETATIONS.filter((i) => Number(i.id.slice(1)) >= 9)) {
      expect(entry.question.endsWith('?'), entry.id).toBe(true);
      expect(entry.reading.length, entry.id).toBeGreaterThan(40);
      expect(entry.alternatives.length, entry.id).toBeGreaterThan(0);
      expect(entry.clauses.length, entry.id).toBeGreaterThan(0);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  test('the sources cite clauses and statutes, never a specification file', () => {
    const bad = INTERPRETATIONS.flatMap((i) => i.sources.filter((s) => /\.md\b/.test(s)).map((s) => `${i.id}: ${s}`));
    expect(bad).toEqual([]);
    for (const entry of INTERPRETATIONS) {
      for (const text of [entry.question, entry.reading, ...entry.alternatives]) expect(text, entry.id).not.toMatch(/\.md\b/);
    }
  });

  test('I5 no longer relies on I2: counting back, no holiday extension arises', () => {
    expect(getInterpretation('I5').reading).toMatch(/No holiday extension arises counting back/);
    expect(getInterpretation('I5').sources).toEqual(['Rules 3.3', '民法 140', '民法 143']);
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

  test.each(['I0', 'I19', 'i1', 'I1 ', 'I01', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%j: a typed error listing the ids', (id) => {
    let caught: unknown;
    try {
      getInterpretation(id as InterpretationId);
    } catch (error) {
      caught = error;
    }
    expect(isIsmapLiuError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe('invalid_argument');
    expect((caught as Error).message).toContain('I1');
    expect((caught as Error).message).toContain('I18');
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

  // The readings of how a period is counted (I1–I6) are cited by the periods they name, and the
  // other way round. I8 (no offset) applies to every period's input but is only relied on when
  // refusing it. I9–I17 are readings of procedures and consequences: they may name a period's
  // clause (I15 and I17 name 4.5(1), I14 names 3.3) without the period's count relying on them.
  const COUNTING = new Set(['I1', 'I2', 'I3', 'I4', 'I5', 'I6']);

  test('an entry about counting a period is cited by the periods it names, and the other way round', () => {
    const mismatches: string[] = [];
    for (const rule of Object.values(PERIODS)) {
      for (const entry of INTERPRETATIONS) {
        const names = entry.clauses.includes(rule.clause);
        const cites = rule.interpretations.includes(entry.id);
        const general = entry.clauses.includes('all periods');
        if (names && !cites && COUNTING.has(entry.id)) mismatches.push(`${entry.id} names ${rule.clause} but ${rule.clause} does not cite it`);
        if (cites && !names && !general) mismatches.push(`${rule.clause} cites ${entry.id} which does not name it`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the register ids apart from the register (kept out of the machines bundle)', () => {
  test('are the ids of INTERPRETATIONS, in order', () => {
    expect([...INTERPRETATION_IDS]).toEqual(INTERPRETATIONS.map((i) => i.id));
  });
});
