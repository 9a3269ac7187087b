/**
 * Independent oracles for the calendar tests. Nothing here imports `src/`:
 *
 * * day arithmetic goes through `Date.UTC` and `toISOString` (never the host's zone);
 * * the government-holiday rule (行政機関の休日に関する法律 Art. 1(1)) is rebuilt from
 *   `@holiday-jp/holiday_jp` (whose data ends in 2050) and, for 2051–2099, from
 *   `japanese-holidays`' year lists: Saturday or Sunday, a listed holiday, or 29 Dec – 3 Jan.
 */
import holiday_jp from '@holiday-jp/holiday_jp';
import JapaneseHolidays from 'japanese-holidays';

export const MS_PER_DAY = 86_400_000;
export const JST_OFFSET_MS = 9 * 3_600_000;

/** holiday_jp's table, keyed `YYYY-MM-DD`. */
export const HOLIDAY_JP: Readonly<Record<string, { readonly name: string; readonly name_en: string }>> = holiday_jp.holidays;

/** The last year holiday_jp covers completely. */
export const HOLIDAY_JP_LAST_YEAR = 2050;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` plus `n` days. */
export function addIsoDays(iso: string, n: number): string {
  return isoOf(dayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

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
