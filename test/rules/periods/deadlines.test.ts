/**
 * `deadlines`, the batch form of `deadline`: the same days, row by row, with a bad row's error
 * in its column instead of an exception.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCalendar } from '../../../src/calendar/index.js';
import { deadline, deadlines, isIsmapLiuError, type PeriodClauseId } from '../../../src/rules/index.js';
import { clauseArb, eventArb } from './arbitraries.js';

describe('deadlines', () => {
  test('hand-worked rows, a refused date and a provision not in force', () => {
    const cols = deadlines('13.2', ['2024-12-27T15:00+09:00', '2026-09-18T10:00+09:00', '2024-06-02T15:00Z', 'nope', '2023-05-01']);
    expect(cols.clause).toBe('13.2');
    expect(cols.from).toEqual(['2024-12-27', '2026-09-18', '2024-06-03', null, null]);
    expect(cols.startDay).toEqual(['2024-12-28', '2026-09-19', '2024-06-03', null, null]);
    expect(cols.lastDay).toEqual(['2025-01-08', '2026-09-28', '2024-06-05', null, null]);
    expect(cols.calendarDays).toEqual([12, 10, 2, null, null]);
    expect(cols.provisional).toEqual([false, false, false, null, null]);
    expect(cols.error[3]).toMatch(/"nope"/);
    expect(cols.error[4]).toMatch(/2024-01-04.*Supplementary Provisions \(2023-11-10\)/);
    expect(cols.error.slice(0, 3)).toEqual([null, null, null]);
  });

  test('8.2 from 29 February: strict and extended columns differ', () => {
    const cols = deadlines('8.2', ['2024-02-29']);
    expect([cols.lastDay[0], cols.lastDayIfExtended[0], cols.calendarDays[0], cols.calendarDaysIfExtended[0]]).toEqual(['2024-03-31', '2024-04-01', 31, 32]);
  });

  test('an empty batch is empty; bad clause, options or froms are typed errors', () => {
    expect(deadlines('8.2', []).lastDay).toEqual([]);
    for (const call of [
      () => deadlines('nope' as PeriodClauseId, []),
      () => deadlines('8.2', 'x' as unknown as string[]),
      () => deadlines('8.2', [], { calendar: {} as never }),
    ]) {
      expect(() => call()).toThrow();
      try {
        call();
      } catch (error) {
        expect(isIsmapLiuError(error)).toBe(true);
      }
    }
  });

  test.prop([clauseArb.chain((clause) => fc.tuple(fc.constant(clause), fc.array(eventArb(clause), { maxLength: 20 })))])(
    'every row equals deadline() for the same event',
    ([clause, events]) => {
      const inputs = events.map((e) => e.input);
      const cols = deadlines(clause, inputs);
      inputs.forEach((input, i) => {
        const d = deadline(clause, input);
        expect([cols.from[i], cols.startDay[i], cols.lastDay[i], cols.lastDayIfExtended[i], cols.provisional[i], cols.error[i]]).toEqual([
          d.from,
          d.startDay,
          d.lastDay,
          d.lastDayIfExtended,
          d.provisional,
          null,
        ]);
      });
    },
  );

  test('a custom calendar is used for every row', () => {
    const calendar = createCalendar({ addHolidays: ['2026-12-28'] });
    const cols = deadlines('13.2', ['2026-12-24T10:00+09:00'], { calendar });
    expect(cols.lastDay[0]).toBe(deadline('13.2', '2026-12-24T10:00+09:00', { calendar }).lastDay);
    expect(cols.lastDay[0]).not.toBe(deadline('13.2', '2026-12-24T10:00+09:00').lastDay);
  });
});
