/**
 * The government-holiday rule (行政機関の休日に関する法律 Art. 1(1)) rebuilt without `src/`, the
 * tests' one oracle for it: Saturday or Sunday, 29 Dec – 3 Jan, or a holiday listed by
 * `@holiday-jp/holiday_jp` (whose data ends in 2050) or, for 2051–2099, by `japanese-holidays`.
 * Business days are then counted one day at a time.
 */
import holiday_jp from '@holiday-jp/holiday_jp';
import JapaneseHolidays from 'japanese-holidays';
import { dayNumber, isoOf, weekdayOf } from './days.js';

/** holiday_jp's table, keyed `YYYY-MM-DD`. */
export const HOLIDAY_JP: Readonly<Record<string, { readonly name: string; readonly name_en: string }>> = holiday_jp.holidays;

/** The last year holiday_jp covers completely. */
export const HOLIDAY_JP_LAST_YEAR = 2050;

const laterYears = new Map<number, ReadonlySet<string>>();

function listedHoliday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  if (year <= HOLIDAY_JP_LAST_YEAR) return iso in HOLIDAY_JP;
  let set = laterYears.get(year);
  if (set === undefined) {
    set = new Set(
      JapaneseHolidays.getHolidaysOf(year).map((h) => `${year}-${String(h.month).padStart(2, '0')}-${String(h.date).padStart(2, '0')}`),
    );
    laterYears.set(year, set);
  }
  return set.has(iso);
}

/** The government-holiday rule, rebuilt without `src/`. */
export function isGovernmentHolidayOracle(iso: string): boolean {
  const wd = weekdayOf(iso);
  const md = iso.slice(5);
  return wd === 0 || wd === 6 || md >= '12-29' || md <= '01-03' || listedHoliday(iso);
}

/** The n-th business day after `iso` (`iso` itself never counts), one day at a time. */
export function naiveAddBusinessDays(iso: string, n: number): string {
  let day = dayNumber(iso);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (!isGovernmentHolidayOracle(isoOf(day))) left--;
  }
  return isoOf(day);
}

/** The first business day on or after `iso`, one day at a time. */
export function naiveNextBusinessDay(iso: string): string {
  let day = dayNumber(iso);
  while (isGovernmentHolidayOracle(isoOf(day))) day++;
  return isoOf(day);
}

/** Business days `d` with `from < d <= to` (signed), one day at a time. */
export function naiveCount(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -naiveCount(to, from);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (!isGovernmentHolidayOracle(isoOf(d))) count++;
  return count;
}
