/**
 * An independent oracle for the last day of every period of the rules, from 民法 140–143 as
 * docs/reference/calendar.md applies them and the table in ./spec.ts. Nothing here imports `src/`.
 */
import { addDays } from '../../_support/days.js';
import { isGovernmentHolidayOracle, naiveNextBusinessDay } from '../../_support/holidays.js';
import { specRow, type SpecClause } from './spec.js';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 民法 143: the last day of an `n`-month period whose first day is `start`. */
export function monthsLastDay(start: string, n: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d <= daysInMonth(year, month)) return addDays(iso(year, month, d), -1);
  return iso(year, month, daysInMonth(year, month));
}

/** 5.3 (I4): the end of the third month after the fiscal half-term of `date`. */
export function halfTermLastDay(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 4 && month <= 9) return `${year}-12-31`;
  return `${month >= 10 ? year + 1 : year}-06-30`;
}

/** The start day and last day of `clause` for an event on `date` (at 00:00 JST when `midnight`). */
export function expectedPeriod(clause: SpecClause, date: string, midnight: boolean, isHoliday: (iso: string) => boolean = isGovernmentHolidayOracle): { startDay: string; lastDay: string } {
  const startDay = midnight ? date : addDays(date, 1);
  const { length } = specRow(clause);
  if (length === 'half-term') return { startDay, lastDay: halfTermLastDay(date) };
  if ('days' in length) return { startDay, lastDay: addDays(startDay, length.days - 1) };
  if ('weeks' in length) return { startDay, lastDay: addDays(startDay, 7 * length.weeks - 1) };
  if ('months' in length) return { startDay, lastDay: monthsLastDay(startDay, length.months) };
  let day = startDay;
  while (isHoliday(day)) day = addDays(day, 1);
  for (let left = length.businessDays - 1; left > 0; ) {
    day = addDays(day, 1);
    if (!isHoliday(day)) left--;
  }
  return { startDay, lastDay: day };
}

/** The first day on or after `iso` that is not a holiday. */
export function firstBusinessDayFrom(iso: string, isHoliday: (iso: string) => boolean = isGovernmentHolidayOracle): string {
  if (isHoliday === isGovernmentHolidayOracle) return naiveNextBusinessDay(iso);
  let day = iso;
  while (isHoliday(day)) day = addDays(day, 1);
  return day;
}
