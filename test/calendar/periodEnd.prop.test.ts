/**
 * Laws of `periodEnd` (fast-check): the last day under 民法 140–143 against independent
 * implementations (date-fns on UTC `TZDate`s; `Date.UTC` arithmetic; a day-by-day loop).
 */
import { fc, test } from '@fast-check/vitest';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, getDate, getDaysInMonth, lastDayOfMonth, setDate, startOfMonth, subDays } from 'date-fns';
import { describe, expect } from 'vitest';
import { isGovernmentHoliday, periodEnd, toJapanDate, type PeriodLength } from '../../src/calendar/index.js';
import { businessDaysArb, calendarPeriodArb, dayInputArb, isoDateArb, type CalendarUnit } from './arbitraries.js';
import { addIsoDays, isGovernmentHolidayOracle, naiveNextBusinessDay } from './oracle.js';

const utc = (iso: string): TZDate => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
};
const fmt = (d: Date): string => format(d, 'yyyy-MM-dd');

/** 民法 143 with date-fns: the day before the corresponding day of month S + n, or that month's last day. */
function art143DateFns(startDay: string, n: number): string {
  const s = utc(startDay);
  const target = addMonths(startOfMonth(s), n);
  return getDaysInMonth(target) >= getDate(s) ? fmt(subDays(setDate(target, getDate(s)), 1)) : fmt(lastDayOfMonth(target));
}

/** The same with `Date.UTC`, whose overflow into the next month means "no corresponding day". */
function art143Utc(startDay: string, n: number): string {
  const [y, m, d] = startDay.split('-').map(Number) as [number, number, number];
  const corresponding = new Date(Date.UTC(y, m - 1 + n, d));
  const targetMonth = (((m - 1 + n) % 12) + 12) % 12;
  const last = corresponding.getUTCMonth() === targetMonth ? Date.UTC(y, m - 1 + n, d - 1) : Date.UTC(y, m + n, 0);
  return new Date(last).toISOString().slice(0, 10);
}

const lengthOf = (unit: CalendarUnit, n: number): PeriodLength =>
  unit === 'days' ? { days: n } : unit === 'weeks' ? { weeks: n } : unit === 'months' ? { months: n } : { years: n };

describe('every unit', () => {
  test.prop([dayInputArb, calendarPeriodArb])('lastDay ≥ startDay; extension = first business day on or after lastDay', (from, { unit, n }) => {
    const r = periodEnd(from, lengthOf(unit, n));
    const jst = toJapanDate(from);
    expect(r.from).toBe(jst.date);
    expect(r.startDay).toBe(jst.midnight ? jst.date : addIsoDays(jst.date, 1));
    expect(r.lastDay >= r.startDay).toBe(true);
    expect(r.lastDayIfExtended).toBe(naiveNextBusinessDay(r.lastDay));
    expect(isGovernmentHoliday(r.lastDayIfExtended)).toBe(false);
    expect(r.expiresAt).toBe(`${addIsoDays(r.lastDay, 1)}T00:00:00+09:00`);
    expect(r.provisional).toBe(r.lastDayIfExtended > '2027-12-31');
    expect(r.steps[0]?.article).toBe('民法 140');
    expect(r.steps.at(-1)?.day).toBe(r.lastDayIfExtended);
  });

  test.prop([isoDateArb, isoDateArb, calendarPeriodArb])('a later from never gives an earlier lastDay (monotone)', (a, b, { unit, n }) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    const period = lengthOf(unit, n);
    expect(periodEnd(early, period).lastDay <= periodEnd(late, period).lastDay).toBe(true);
    expect(periodEnd(early, period).lastDayIfExtended <= periodEnd(late, period).lastDayIfExtended).toBe(true);
  });

  test.prop([isoDateArb, isoDateArb, businessDaysArb])('monotone for business days too', (a, b, n) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(periodEnd(early, { businessDays: n }).lastDay <= periodEnd(late, { businessDays: n }).lastDay).toBe(true);
  });
});

describe('days and weeks', () => {
  test.prop([isoDateArb, fc.integer({ min: 1, max: 360 })])('{ days: n } ends on startDay + n − 1; { weeks: n } = { days: 7n }', (from, n) => {
    const r = periodEnd(from, { days: n });
    expect(r.lastDay).toBe(fmt(addDays(utc(r.startDay), n - 1)));
  });
  test.prop([isoDateArb, fc.integer({ min: 1, max: 52 })])('{ weeks: n } = { days: 7n }', (from, n) => {
    expect(periodEnd(from, { weeks: n }).lastDay).toBe(periodEnd(from, { days: 7 * n }).lastDay);
  });
});

describe('months and years (民法 143)', () => {
  test.prop([dayInputArb, fc.integer({ min: 1, max: 11 })], { numRuns: 300 })('months: agrees with a date-fns implementation', (from, n) => {
    const r = periodEnd(from, { months: n });
    expect(r.lastDay).toBe(art143DateFns(r.startDay, n));
  });

  test('{ months: 1 } from every day 2000-01-01 … 2099-10-31: agrees with Date.UTC arithmetic', () => {
    const bad: string[] = [];
    for (let from = '2000-01-01'; from <= '2099-10-31'; from = addIsoDays(from, 1)) {
      if (periodEnd(from, { months: 1 }).lastDay !== art143Utc(addIsoDays(from, 1), 1)) bad.push(from);
    }
    expect(bad).toEqual([]);
  });

  test.prop([isoDateArb, fc.integer({ min: 1, max: 23 })])('{ months: n }: agrees with Date.UTC arithmetic', (from, n) => {
    expect(periodEnd(from, { months: n }).lastDay).toBe(art143Utc(addIsoDays(from, 1), n));
  });

  test.prop([isoDateArb, fc.integer({ min: 0, max: 11 })])('{ years: 1, months: m } = { months: 12 + m }', (from, m) => {
    expect(periodEnd(from, { years: 1, months: m }).lastDay).toBe(periodEnd(from, { months: 12 + m }).lastDay);
    expect(periodEnd(from, { years: 1 }).lastDay).toBe(periodEnd(from, { months: 12 }).lastDay);
  });
});

describe('business days', () => {
  test.prop([dayInputArb, businessDaysArb])('day 1 is the first business day on or after startDay; day n is the last day', (from, n) => {
    const r = periodEnd(from, { businessDays: n });
    let day = addIsoDays(r.startDay, -1);
    for (let k = 0; k < n; ) {
      day = addIsoDays(day, 1);
      if (!isGovernmentHolidayOracle(day)) k++;
    }
    expect(r.lastDay).toBe(day);
    expect(r.lastDayIfExtended).toBe(r.lastDay);
  });
});
