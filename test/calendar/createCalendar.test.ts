/**
 * Caller changes to the official calendar (docs/reference/calendar.md, "Government holidays";
 * 行政機関の休日に関する法律 1): added and removed holidays, recorded
 * in the results, without touching the official calendar.
 */
import { describe, expect, test } from 'vitest';
import {
  InvalidArgumentError,
  addGovernmentBusinessDays,
  createCalendar,
  getGovernmentHoliday,
  isGovernmentBusinessDay,
  isIsmapLiuError,
  periodEnd,
  type CalendarChanges,
} from '../../src/calendar/index.js';

describe('addHolidays', () => {
  const cal = createCalendar({ addHolidays: ['2026-12-28'] });

  test('an added day is a holiday of kind custom', () => {
    expect(cal.isGovernmentBusinessDay('2026-12-28')).toBe(false);
    expect(cal.isGovernmentHoliday('2026-12-28')).toBe(true);
    expect(cal.getGovernmentHoliday('2026-12-28')).toEqual({ date: '2026-12-28', kind: 'custom', kinds: ['custom'], names: { ja: '追加の休日', en: 'custom holiday' }, provisional: false });
    expect(cal.governmentHolidaysBetween('2026-12-28', '2026-12-28').map((h) => h.kind)).toEqual(['custom']);
  });

  test('13.2 from 2026-12-24 (Thu): 12-25, then 2027-01-04 and 01-05', () => {
    const custom = cal.periodEnd('2026-12-24T10:00+09:00', { businessDays: 3 });
    expect(custom).toMatchObject({
      lastDay: '2027-01-05',
      calendar: { id: 'custom', addHolidays: ['2026-12-28'], removeHolidays: [] },
    });
    const official = periodEnd('2026-12-24T10:00+09:00', { businessDays: 3 });
    expect(official).toMatchObject({ lastDay: '2027-01-04', calendar: { id: 'official' } });
  });

  test('business-day arithmetic skips the added day', () => {
    expect(cal.addGovernmentBusinessDays('2026-12-25', 1)).toBe('2027-01-04');
    expect(cal.countGovernmentBusinessDays('2026-12-24', '2027-01-04')).toBe(2);
    expect(cal.nextGovernmentBusinessDay('2026-12-28')).toBe('2027-01-04');
    expect(cal.previousGovernmentBusinessDay('2026-12-28')).toBe('2026-12-25');
    expect(cal.periodEnd('2026-12-24', { days: 4 })).toMatchObject({ lastDay: '2026-12-28', lastDayIfExtended: '2027-01-04' });
  });

  test('an added Saturday keeps its weekend reason too', () => {
    expect(createCalendar({ addHolidays: ['2026-06-06'] }).getGovernmentHoliday('2026-06-06')?.kinds).toEqual(
      expect.arrayContaining(['custom', 'weekend']),
    );
  });
});

describe('removeHolidays', () => {
  const cal = createCalendar({ removeHolidays: ['2026-09-22'] });

  test('a removed day is a business day', () => {
    expect(cal.isGovernmentBusinessDay('2026-09-22')).toBe(true);
    expect(cal.getGovernmentHoliday('2026-09-22')).toBeUndefined();
    expect(cal.addGovernmentBusinessDays('2026-09-18', 1)).toBe('2026-09-22');
    expect(cal.periodEnd('2026-09-18T10:00+09:00', { businessDays: 3 })).toMatchObject({
      lastDay: '2026-09-25',
      calendar: { id: 'custom', addHolidays: [], removeHolidays: ['2026-09-22'] },
    });
    expect(cal.governmentHolidaysBetween('2026-09-19', '2026-09-23').map((h) => h.date)).toEqual(['2026-09-19', '2026-09-20', '2026-09-21', '2026-09-23']);
  });
});

describe('the official calendar is unaffected', () => {
  test('before, between and after custom calendars are used', () => {
    expect(isGovernmentBusinessDay('2026-12-28')).toBe(true);
    const a = createCalendar({ addHolidays: ['2026-12-28'], removeHolidays: ['2026-09-22'] });
    const b = createCalendar({ addHolidays: ['2026-09-24'] });
    expect(a.isGovernmentBusinessDay('2026-12-28')).toBe(false);
    expect(b.isGovernmentBusinessDay('2026-12-28')).toBe(true);
    expect(b.isGovernmentBusinessDay('2026-09-22')).toBe(false);
    expect(a.isGovernmentBusinessDay('2026-09-24')).toBe(true);
    expect(isGovernmentBusinessDay('2026-12-28')).toBe(true);
    expect(getGovernmentHoliday('2026-09-22')?.kind).toBe('citizens');
    expect(addGovernmentBusinessDays('2026-09-18', 1)).toBe('2026-09-24');
  });

  test('info is sorted, unique, frozen, and a copy of the caller’s lists', () => {
    const add = ['2026-12-28', '2026-08-14', '2026-12-28'];
    const cal = createCalendar({ addHolidays: add });
    add.push('2026-12-25');
    expect(cal.info).toEqual({ id: 'custom', addHolidays: ['2026-08-14', '2026-12-28'], removeHolidays: [] });
    expect(cal.isGovernmentHoliday('2026-12-25')).toBe(false);
    expect(Object.isFrozen(cal.info)).toBe(true);
    expect(cal.periodEnd('2026-08-13', { days: 1 }).calendar).toBe(cal.info);
  });

  test('an empty change list is still recorded as custom', () => {
    expect(createCalendar().periodEnd('2024-06-03', { days: 1 }).calendar).toEqual({ id: 'custom', addHolidays: [], removeHolidays: [] });
  });
});

describe('malformed changes (invalid_argument)', () => {
  const refuse = (changes: unknown, ...mentions: string[]): void => {
    let caught: unknown;
    try {
      createCalendar(changes as CalendarChanges);
    } catch (error) {
      caught = error;
    }
    expect(isIsmapLiuError(caught)).toBe(true);
    const error = caught as Error & { code: string };
    expect(['invalid_argument', 'invalid_date', 'date_out_of_range']).toContain(error.code);
    for (const m of mentions) expect(error.message).toContain(m);
  };

  test('a day in both lists', () => {
    refuse({ addHolidays: ['2026-12-28'], removeHolidays: ['2026-12-28'] }, '2026-12-28');
    expect(() => createCalendar({ addHolidays: ['2026-12-28'], removeHolidays: ['2026-12-28'] })).toThrow(InvalidArgumentError);
    expect(() => createCalendar({ addHolidays: ['2026-12-28'], removeHolidays: ['2026-12-28'] })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });

  test('not an object, an unknown key, not an array, not a date', () => {
    refuse(null, 'null');
    refuse(['2026-12-28'], 'array');
    refuse({ holidays: ['2026-12-28'] }, 'holidays');
    refuse({ addHolidays: '2026-12-28' }, '2026-12-28');
    refuse({ addHolidays: [20261228] }, '20261228');
    refuse({ addHolidays: ['2026-12-28T00:00+09:00'] }, '2026-12-28T00:00+09:00');
    refuse({ removeHolidays: ['2026-02-30'] }, '2026-02-30');
    refuse({ removeHolidays: ['1999-12-31'] }, '1999-12-31');
  });
});
