/**
 * Dates and instants (docs/reference/calendar.md): every instant is read in Asia/Tokyo, and only an instant
 * at exactly 00:00:00.000 JST makes the first day count (民法 140).
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { getGovernmentHoliday, isGovernmentHoliday, periodEnd, toJapanDate } from '../../src/calendar/index.js';

describe('toJapanDate', () => {
  test.each([
    // [input, date in Japan, midnight, instant in +09:00]
    ['2024-06-03T00:00+09:00', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-03T00:00:00.000+09:00', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-03T00:00:00.001+09:00', '2024-06-03', false, '2024-06-03T00:00:00.001+09:00'],
    ['2024-06-02T23:59:59.999+09:00', '2024-06-02', false, '2024-06-02T23:59:59.999+09:00'],
    ['2024-06-02T15:00Z', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-02T15:00:00Z', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-02T15:00:00.000000000Z', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-02T14:59:59.999Z', '2024-06-02', false, '2024-06-02T23:59:59.999+09:00'],
    ['2024-06-02T15:00:00.5Z', '2024-06-03', false, '2024-06-03T00:00:00.500+09:00'],
    ['2024-06-02T15:00:00.25+00:00', '2024-06-03', false, '2024-06-03T00:00:00.250+09:00'],
    ['2024-06-02T15:00:00.123456789Z', '2024-06-03', false, '2024-06-03T00:00:00.123+09:00'],
    ['2024-06-02T10:00-05:00', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-02T09:59:59.999-05:00', '2024-06-02', false, '2024-06-02T23:59:59.999+09:00'],
    ['2024-06-02T03:00-12:00', '2024-06-03', true, '2024-06-03T00:00:00.000+09:00'],
    ['2024-06-03T14:00+14:00', '2024-06-03', false, '2024-06-03T09:00:00.000+09:00'],
    ['2024-06-03T05:45+05:45', '2024-06-03', false, '2024-06-03T09:00:00.000+09:00'],
    ['2024-06-02T20:30-00:00', '2024-06-03', false, '2024-06-03T05:30:00.000+09:00'],
    ['1999-12-31T15:00Z', '2000-01-01', true, '2000-01-01T00:00:00.000+09:00'],
    ['2099-12-31T14:59:59.999Z', '2099-12-31', false, '2099-12-31T23:59:59.999+09:00'],
  ] as const)('%s → %s (midnight %s)', (input, date, midnight, instant) => {
    expect(toJapanDate(input)).toEqual({ date, midnight, instant });
  });

  test('a calendar date is a day, never an instant', () => {
    expect(toJapanDate('2024-02-29')).toEqual({ date: '2024-02-29', midnight: false });
  });

  test('Date inputs are the instant they are, seen in Asia/Tokyo', () => {
    expect(toJapanDate(new Date(Date.UTC(2024, 5, 2, 15)))).toEqual({ date: '2024-06-03', midnight: true, instant: '2024-06-03T00:00:00.000+09:00' });
    expect(toJapanDate(new Date(Date.UTC(2024, 5, 2, 15, 0, 0, 1)))).toMatchObject({ date: '2024-06-03', midnight: false });
    expect(toJapanDate(new Date(Date.UTC(2024, 5, 2, 14, 59, 59, 999)))).toMatchObject({ date: '2024-06-02', midnight: false });
    expect(toJapanDate(new Date('2024-12-27T15:00:00Z')).date).toBe('2024-12-28');
  });

  // A Date made in another realm (node:vm, an iframe, jsdom) fails `instanceof Date` but is a
  // Date all the same; src/calendar/_lib/parse.ts refuses it as "a value of type object".
  test('a Date from another realm is a Date', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2024, 5, 2, 15))') as Date;
    expect(toJapanDate(foreign)).toEqual({ date: '2024-06-03', midnight: true, instant: '2024-06-03T00:00:00.000+09:00' });
  });

  test('a string and the Date it parses to give the same answer', () => {
    for (const s of ['2024-06-02T15:00Z', '2024-06-02T10:00-05:00', '2024-06-03T05:45+05:45', '2024-06-02T14:59:59.999Z']) {
      expect(toJapanDate(new Date(s)), s).toEqual(toJapanDate(s));
    }
  });
});

describe('a UTC instant whose Japanese date is the next day', () => {
  test('Friday 20:00 UTC is Saturday 05:00 in Japan: a government holiday', () => {
    expect(isGovernmentHoliday('2024-06-07T20:00Z')).toBe(true);
    expect(isGovernmentHoliday('2024-06-07T14:59Z')).toBe(false);
    expect(isGovernmentHoliday(new Date('2024-06-07T20:00:00Z'))).toBe(true);
  });

  test('2024-12-27T15:00Z is 2024-12-28 in Japan', () => {
    expect(isGovernmentHoliday('2024-12-27T15:00:00Z')).toBe(true);
    expect(getGovernmentHoliday('2024-12-31T16:00Z')).toMatchObject({ date: '2025-01-01', name: '元日' });
  });
});

describe('the first day and 00:00 JST (民法 140)', () => {
  test('an instant at 00:00 JST: the first day counts', () => {
    for (const from of ['2024-06-03T00:00+09:00', '2024-06-02T15:00Z', '2024-06-02T10:00-05:00', new Date('2024-06-02T15:00:00.000Z')]) {
      expect(periodEnd(from, { days: 1 }), String(from)).toMatchObject({ from: '2024-06-03', fromMidnight: true, startDay: '2024-06-03', lastDay: '2024-06-03' });
    }
  });

  test('one millisecond later it does not', () => {
    for (const from of ['2024-06-03T00:00:00.001+09:00', '2024-06-02T15:00:00.001Z', new Date('2024-06-02T15:00:00.001Z')]) {
      expect(periodEnd(from, { days: 1 }), String(from)).toMatchObject({ from: '2024-06-03', fromMidnight: false, startDay: '2024-06-04' });
    }
  });

  test('a calendar date never counts its own day', () => {
    expect(periodEnd('2024-06-03', { days: 1 })).toMatchObject({ fromMidnight: false, startDay: '2024-06-04' });
  });

  // 民法 140 proviso, as the library reads it (docs/reference/calendar.md, "Counting a period"):
  // only an instant at exactly 00:00:00.000 JST begins at midnight. 100 ns past
  // midnight is not exactly midnight, but src/calendar/_lib/parse.ts truncates the fraction to
  // milliseconds before testing for midnight.
  test('100 ns after 00:00 JST is not exactly midnight', () => {
    expect(toJapanDate('2024-06-02T15:00:00.0000001Z').midnight).toBe(false);
    expect(periodEnd('2024-06-02T15:00:00.0000001Z', { days: 1 }).startDay).toBe('2024-06-04');
  });
});
