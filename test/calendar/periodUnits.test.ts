/**
 * Periods in days, weeks, months and years worked by hand under 民法 140 and 143, with the
 * month ends that "add months and clamp" gets wrong.
 */
import { describe, expect, test } from 'vitest';
import { periodEnd, type PeriodLength } from '../../src/calendar/index.js';

// [from, period, startDay, lastDay, why]
const monthCases: readonly (readonly [string, PeriodLength, string, string, string])[] = [
  ['2024-01-31', { months: 1 }, '2024-02-01', '2024-02-29', 'corresponding day 03-01'],
  ['2023-01-31', { months: 1 }, '2023-02-01', '2023-02-28', 'corresponding day 03-01'],
  ['2023-01-30', { months: 1 }, '2023-01-31', '2023-02-28', 'no 31 February: month end'],
  ['2024-01-29', { months: 1 }, '2024-01-30', '2024-02-29', 'no 30 February: month end'],
  ['2024-01-28', { months: 1 }, '2024-01-29', '2024-02-28', '29 February exists in 2024: the day before it'],
  ['2023-01-28', { months: 1 }, '2023-01-29', '2023-02-28', 'no 29 February in 2023: month end'],
  ['2024-02-28', { months: 1 }, '2024-02-29', '2024-03-28', 'corresponding day 03-29'],
  ['2023-02-28', { months: 1 }, '2023-03-01', '2023-03-31', 'corresponding day 04-01'],
  ['2024-03-31', { months: 1 }, '2024-04-01', '2024-04-30', 'corresponding day 05-01'],
  ['2024-03-30', { months: 1 }, '2024-03-31', '2024-04-30', 'no 31 April: month end'],
  ['2024-04-30', { months: 1 }, '2024-05-01', '2024-05-31', 'corresponding day 06-01'],
  ['2024-12-31', { months: 2 }, '2025-01-01', '2025-02-28', 'corresponding day 03-01'],
  ['2024-11-30', { months: 3 }, '2024-12-01', '2025-02-28', 'corresponding day 03-01'],
  ['2024-02-28', { years: 1 }, '2024-02-29', '2025-02-28', 'no 29 February in 2025: month end'],
  ['2024-02-29', { years: 4 }, '2024-03-01', '2028-02-29', 'corresponding day 2028-03-01'],
  ['2027-02-28', { years: 1 }, '2027-03-01', '2028-02-29', 'corresponding day 2028-03-01'],
  ['2024-01-31T00:00+09:00', { months: 1 }, '2024-01-31', '2024-02-29', 'first day counts; no 31 February'],
  ['2024-03-01T00:00+09:00', { months: 1 }, '2024-03-01', '2024-03-31', 'first day counts; corresponding day 04-01'],
  ['2024-02-29T00:00+09:00', { years: 1 }, '2024-02-29', '2025-02-28', 'first day counts; no 29 February in 2025'],
  ['2028-02-29T00:00+09:00', { years: 4 }, '2028-02-29', '2032-02-28', 'first day counts; 2032-02-29 exists: the day before it'],
  ['2023-09-30', { months: 16 }, '2023-10-01', '2025-01-31', 'BR3.5 written in months'],
];

describe('months and years (民法 143)', () => {
  test.each(monthCases)('%s + %o: start %s, last day %s (%s)', (from, period, startDay, lastDay) => {
    const r = periodEnd(from, period);
    expect([r.startDay, r.lastDay]).toEqual([startDay, lastDay]);
  });

  test('not "add a month and clamp": one month from 2024-02-29 ends on 03-31, not 03-29', () => {
    expect(periodEnd('2024-02-29', { months: 1 }).lastDay).toBe('2024-03-31');
  });

  test('{ years: 1 } is { months: 12 }; { years: 1, months: 4 } is { months: 16 }', () => {
    for (const from of ['2024-02-28', '2024-02-29', '2023-09-30', '2024-12-31', '2025-01-30']) {
      expect(periodEnd(from, { years: 1 }).lastDay).toBe(periodEnd(from, { months: 12 }).lastDay);
      expect(periodEnd(from, { years: 1, months: 4 }).lastDay).toBe(periodEnd(from, { months: 16 }).lastDay);
      expect(periodEnd(from, { years: 0, months: 3 }).lastDay).toBe(periodEnd(from, { months: 3 }).lastDay);
    }
  });

  test('the steps name the corresponding day, or say there is none', () => {
    const corresponding = periodEnd('2024-02-29', { months: 1 }).steps[1];
    expect(corresponding).toMatchObject({ article: '民法 143', day: '2024-03-31' });
    expect(corresponding?.text).toContain('2024-04-01');
    const none = periodEnd('2024-01-30', { months: 1 }).steps[1];
    expect(none).toMatchObject({ article: '民法 143', day: '2024-02-29' });
    expect(none?.text).toMatch(/no day 31/);
  });
});

describe('days and weeks', () => {
  test.each([
    ['2024-02-28', { days: 1 }, '2024-02-29', '2024-02-29'],
    ['2024-02-28', { days: 2 }, '2024-02-29', '2024-03-01'],
    ['2023-02-28', { days: 2 }, '2023-03-01', '2023-03-02'],
    ['2024-06-03T00:00:00+09:00', { days: 1 }, '2024-06-03', '2024-06-03'],
    ['2024-12-31', { days: 365 }, '2025-01-01', '2025-12-31'],
    ['2024-06-03', { weeks: 1 }, '2024-06-04', '2024-06-10'],
    ['2024-06-03', { weeks: 2 }, '2024-06-04', '2024-06-17'],
    ['2024-06-02T15:00Z', { weeks: 1 }, '2024-06-03', '2024-06-09'],
  ] as const)('%s + %o: start %s, last day %s', (from, period, startDay, lastDay) => {
    const r = periodEnd(from, period);
    expect([r.startDay, r.lastDay]).toEqual([startDay, lastDay]);
  });

  test('{ weeks: n } is { days: 7n }', () => {
    for (const n of [1, 2, 3, 52]) expect(periodEnd('2024-02-20', { weeks: n }).lastDay).toBe(periodEnd('2024-02-20', { days: 7 * n }).lastDay);
  });
});

describe('lastDayIfExtended', () => {
  test.each([
    ['2024-02-29', { months: 1 }, '2024-03-31', '2024-04-01'], // Sunday → Monday
    ['2024-06-03', { days: 5 }, '2024-06-08', '2024-06-10'], // Saturday → Monday
    ['2024-12-25', { days: 5 }, '2024-12-30', '2025-01-06'], // year end
    ['2025-04-28', { days: 5 }, '2025-05-03', '2025-05-07'], // Golden Week
    ['2026-09-17', { days: 4 }, '2026-09-21', '2026-09-24'], // 敬老の日, 国民の休日, 秋分の日
    ['2024-06-03', { days: 4 }, '2024-06-07', '2024-06-07'], // a Friday: no change
  ] as const)('%s + %o: %s → %s', (from, period, lastDay, extended) => {
    expect(periodEnd(from, period)).toMatchObject({ lastDay, lastDayIfExtended: extended });
  });

  test('a business-day period always ends on a business day', () => {
    for (const from of ['2024-12-26', '2025-04-25', '2026-09-17', '2019-04-26']) {
      const r = periodEnd(from, { businessDays: 1 });
      expect(r.lastDayIfExtended).toBe(r.lastDay);
    }
  });
});
