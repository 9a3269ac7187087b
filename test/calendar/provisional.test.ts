/**
 * Provisional answers (docs/reference/calendar.md, "Supported range and provisional years"):
 * 2027 is the last officially published holiday year; anything that depends on a day in 2028 or
 * later says so.
 */
import { describe, expect, test } from 'vitest';
import {
  LAST_OFFICIAL_HOLIDAY_YEAR,
  SUPPORTED_RANGE,
  getGovernmentHoliday,
  governmentHolidaysBetween,
  isProvisional,
  periodEnd,
} from '../../src/calendar/index.js';

test('constants', () => {
  expect(LAST_OFFICIAL_HOLIDAY_YEAR).toBe(2027);
  expect(SUPPORTED_RANGE).toEqual({ first: '2000-01-01', last: '2099-12-31' });
  expect(Object.isFrozen(SUPPORTED_RANGE)).toBe(true);
});

describe('isProvisional', () => {
  test.each([
    ['2000-01-01', false],
    ['2027-12-31', false],
    ['2027-12-31T14:59:59.999Z', false], // 23:59:59.999 JST
    ['2027-12-31T15:00Z', true], // 2028-01-01 00:00 JST
    ['2028-01-01', true],
    ['2099-12-31', true],
  ])('%s → %s', (day, expected) => {
    expect(isProvisional(day)).toBe(expected);
  });
});

test('holiday records carry the flag', () => {
  expect(getGovernmentHoliday('2027-03-22')).toMatchObject({ kind: 'substitute', provisional: false });
  expect(getGovernmentHoliday('2027-12-31')?.provisional).toBe(false);
  expect(getGovernmentHoliday('2028-01-01')?.provisional).toBe(true);
  const flags = governmentHolidaysBetween('2027-12-25', '2028-01-10').map((h) => `${h.date} ${h.provisional}`);
  expect(flags).toEqual([
    '2027-12-25 false',
    '2027-12-26 false',
    '2027-12-29 false',
    '2027-12-30 false',
    '2027-12-31 false',
    '2028-01-01 true',
    '2028-01-02 true',
    '2028-01-03 true',
    '2028-01-08 true',
    '2028-01-09 true',
    '2028-01-10 true', // 成人の日, second Monday
  ]);
});

describe('periodEnd is provisional when a consulted day lies in 2028 or later', () => {
  test('13.2 from 2027-12-24 (Fri): two business days stay in 2027', () => {
    const r = periodEnd('2027-12-24T10:00+09:00', { businessDays: 2 });
    expect(r).toMatchObject({ lastDay: '2027-12-28', provisional: false });
  });

  test('13.2 from 2027-12-24: the third business day is 2028-01-04', () => {
    const r = periodEnd('2027-12-24T10:00+09:00', { businessDays: 3 });
    expect(r).toMatchObject({ lastDay: '2028-01-04', lastDayIfExtended: '2028-01-04', provisional: true });
  });

  test('a last day in 2027 whose extension lands in 2028', () => {
    // Start 2027-12-01; corresponding day 2028-01-01; last day 2027-12-31 (year end).
    const r = periodEnd('2027-11-30', { months: 1 });
    expect(r).toMatchObject({ lastDay: '2027-12-31', lastDayIfExtended: '2028-01-04', provisional: true });
  });

  test('a period wholly in 2027 or wholly in 2030', () => {
    expect(periodEnd('2027-06-01', { months: 1 }).provisional).toBe(false);
    expect(periodEnd('2030-06-03', { businessDays: 3 }).provisional).toBe(true);
  });
});
