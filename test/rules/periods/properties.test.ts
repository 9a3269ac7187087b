/**
 * Laws of `deadline`, for every clause that sets a period (./spec.ts) and every form of `from`.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createCalendar } from '../../../src/calendar/index.js';
import { isIsmapLiuError } from '../../../src/errors.js';
import { INTERPRETATIONS } from '../../../src/rules/interpretations/index.js';
import { PERIODS, deadline, type PeriodClauseId } from '../../../src/rules/periods/index.js';
import { addDays } from '../../_support/days.js';
import { isGovernmentHolidayOracle } from '../../_support/holidays.js';
import { clauseEventArb, orderedPairArb, type EventSample } from './arbitraries.js';
import { expectedPeriod, firstBusinessDayFrom } from './oracle.js';
import type { SpecClause } from './spec.js';

const RUNS = { numRuns: 400 };
const ids = new Set(INTERPRETATIONS.map((i) => i.id));
const run = (clause: SpecClause, event: EventSample) => deadline(clause as PeriodClauseId, event.input);

describe('deadline laws', () => {
  test.prop([clauseEventArb], RUNS)('lastDay is never before startDay', ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.lastDay >= d.startDay).toBe(true);
  });

  test.prop([clauseEventArb], RUNS)('from, fromMidnight and startDay follow 民法 140 in Asia/Tokyo', ({ clause, event }) => {
    const d = run(clause, event);
    expect({ from: d.from, fromMidnight: d.fromMidnight, startDay: d.startDay }).toEqual({
      from: event.date,
      fromMidnight: event.midnight,
      startDay: event.midnight ? event.date : addDays(event.date, 1),
    });
  });

  test.prop([clauseEventArb], RUNS)('lastDay agrees with an independent reading of 民法 140–143', ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.lastDay).toBe(expectedPeriod(clause, event.date, event.midnight).lastDay);
  });

  test.prop([clauseEventArb], RUNS)('lastDayIfExtended is the first government business day on or after lastDay', ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.lastDayIfExtended).toBe(firstBusinessDayFrom(d.lastDay));
    expect(isGovernmentHolidayOracle(d.lastDayIfExtended)).toBe(false);
  });

  test.prop([clauseEventArb], RUNS)('expiresAt is 24:00 JST of lastDay, written with +09:00', ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.expiresAt).toMatch(/\+09:00$/);
    expect(new Date(d.expiresAt).getTime()).toBe(Date.parse(`${addDays(d.lastDay, 1)}T00:00:00+09:00`));
  });

  test.prop([clauseEventArb], RUNS)('provisional exactly when the answer reaches past 2027', ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.provisional).toBe(d.lastDayIfExtended >= '2028-01-01');
  });

  test.prop([orderedPairArb], { numRuns: 1500 })('a later from never gives an earlier lastDay or lastDayIfExtended', ({ clause, a, b }) => {
    const da = run(clause, a);
    const db = run(clause, b);
    expect(db.lastDay >= da.lastDay).toBe(true);
    expect(db.lastDayIfExtended >= da.lastDayIfExtended).toBe(true);
  });

  test.prop([clauseEventArb], RUNS)('the result survives JSON.parse(JSON.stringify(x)) unchanged', ({ clause, event }) => {
    const d = run(clause, event);
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
  });

  test.prop([clauseEventArb], RUNS)("the steps' first entry cites the clause; every step cites something", ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.steps[0]?.article).toBe(clause);
    for (const step of d.steps) {
      expect(step.article.length).toBeGreaterThan(0);
      expect(step.text.length).toBeGreaterThan(0);
    }
    expect(d.steps.some((s) => s.article === '民法 141')).toBe(true);
  });

  test.prop([clauseEventArb], RUNS)('every interpretation cited exists in INTERPRETATIONS', ({ clause, event }) => {
    const d = run(clause, event);
    expect(d.interpretations.length).toBeGreaterThan(0);
    for (const id of d.interpretations) expect(ids.has(id)).toBe(true);
  });

  test.prop([clauseEventArb], RUNS)('without a calendar option the result records the official calendar', ({ clause, event }) => {
    expect(run(clause, event).calendar).toEqual({ id: 'official' });
  });

  test.prop([clauseEventArb.filter(({ clause }) => clause === '13.2')], RUNS)('13.2 never ends on a government holiday', ({ clause, event }) => {
    const d = run(clause, event);
    expect(isGovernmentHolidayOracle(d.lastDay)).toBe(false);
    expect(d.lastDayIfExtended).toBe(d.lastDay);
  });
});

describe('deadline on a custom calendar', () => {
  // Changes near the event, so that they matter: offsets in days from the event's date.
  const changesArb = fc.record({
    add: fc.uniqueArray(fc.integer({ min: -3, max: 45 }), { maxLength: 6 }),
    remove: fc.uniqueArray(fc.integer({ min: -3, max: 45 }), { maxLength: 6 }),
  });

  test.prop([clauseEventArb, changesArb], RUNS)('calendar records the changes and the days follow them', ({ clause, event }, { add, remove }) => {
    const removeOnly = remove.filter((n) => !add.includes(n));
    const addHolidays = add.map((n) => addDays(event.date, n));
    const removeHolidays = removeOnly.map((n) => addDays(event.date, n));
    const inRange = [...addHolidays, ...removeHolidays].every((d) => d >= '2000-01-01' && d <= '2099-12-31');
    fc.pre(inRange);
    const calendar = createCalendar({ addHolidays, removeHolidays });
    const d = deadline(clause as PeriodClauseId, event.input, { calendar });
    expect(d.calendar).toEqual({ id: 'custom', addHolidays: [...addHolidays].sort(), removeHolidays: [...removeHolidays].sort() });
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);

    const added = new Set(addHolidays);
    const removed = new Set(removeHolidays);
    const isHoliday = (iso: string) => added.has(iso) || (!removed.has(iso) && isGovernmentHolidayOracle(iso));
    expect(d.lastDay).toBe(expectedPeriod(clause, event.date, event.midnight, isHoliday).lastDay);
    expect(d.lastDayIfExtended).toBe(firstBusinessDayFrom(d.lastDay, isHoliday));
  });

  test('an added holiday moves 13.2 and is recorded', () => {
    const calendar = createCalendar({ addHolidays: ['2025-01-08'] });
    const d = deadline('13.2', '2024-12-27T15:00+09:00', { calendar });
    // Days 01-06, 01-07, then 01-08 is closed: day 3 is 01-09.
    expect([d.lastDay, d.lastDayIfExtended]).toEqual(['2025-01-09', '2025-01-09']);
    expect(d.calendar).toEqual({ id: 'custom', addHolidays: ['2025-01-08'], removeHolidays: [] });
  });

  test("a removed holiday shortens 13.2 in the September run", () => {
    const calendar = createCalendar({ removeHolidays: ['2026-09-22'] });
    const d = deadline('13.2', '2026-09-18T10:00+09:00', { calendar });
    // Days 09-22, 09-24, 09-25.
    expect(d.lastDay).toBe('2026-09-25');
    expect(d.calendar).toEqual({ id: 'custom', addHolidays: [], removeHolidays: ['2026-09-22'] });
  });

  test('5.3 uses the custom calendar for the extended day and records it', () => {
    const calendar = createCalendar({ addHolidays: ['2025-01-06'] });
    const d = deadline('5.3', '2024-09-30', { calendar });
    expect([d.lastDay, d.lastDayIfExtended]).toEqual(['2024-12-31', '2025-01-07']);
    expect(d.calendar).toEqual({ id: 'custom', addHolidays: ['2025-01-06'], removeHolidays: [] });
  });

  test('8.2 uses the custom calendar for the extended day', () => {
    const calendar = createCalendar({ addHolidays: ['2024-04-01'] });
    expect(deadline('8.2', '2024-02-29', { calendar }).lastDayIfExtended).toBe('2024-04-02');
  });

  test('a custom calendar that changes nothing still says so', () => {
    const d = deadline('8.2', '2024-02-29', { calendar: createCalendar({}) });
    expect(d.calendar).toEqual({ id: 'custom', addHolidays: [], removeHolidays: [] });
    expect(d.lastDayIfExtended).toBe('2024-04-01');
  });
});

describe('results are data', () => {
  // Checked without mutating anything: a field is safe when it is frozen or not shared.
  test('two results share no mutable array or object (with each other or with PERIODS)', () => {
    const shared: string[] = [];
    const check = (name: string, x: unknown, y: unknown) => {
      if (typeof x === 'object' && x !== null && x === y && !Object.isFrozen(x)) shared.push(name);
    };
    for (const clause of Object.keys(PERIODS) as PeriodClauseId[]) {
      const a = deadline(clause, '2024-06-03');
      const b = deadline(clause, '2024-06-03');
      for (const key of ['forms', 'interpretations', 'steps', 'calendar'] as const) check(`${clause} ${key}`, a[key], b[key]);
      a.steps.forEach((step, i) => check(`${clause} steps[${i}]`, step, b.steps[i]));
      check(`${clause} forms = PERIODS.forms`, a.forms, PERIODS[clause].forms);
      check(`${clause} interpretations = PERIODS.interpretations`, a.interpretations, PERIODS[clause].interpretations);
    }
    expect(shared).toEqual([]);
  });

  test('errors for bad dates are typed', () => {
    for (const from of ['2024-02-30', '2024-13-01', '2024-06-03T10:00', '2024-06-03 10:00+09:00', '1999-12-31', '2100-01-01', 'yesterday', new Date(Number.NaN)]) {
      let caught: unknown;
      try {
        deadline('8.2', from);
      } catch (error) {
        caught = error;
      }
      expect(isIsmapLiuError(caught), String(from)).toBe(true);
      expect(['invalid_date', 'date_out_of_range']).toContain((caught as { code: string }).code);
    }
  });
});
