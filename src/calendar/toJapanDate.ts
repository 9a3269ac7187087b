import { formatDay } from './_lib/days.js';
import { formatInstantJst, parseDay } from './_lib/parse.js';
import type { DayInput, IsoDate } from './types.js';

/** A {@link DayInput} read in Asia/Tokyo, as returned by {@link toJapanDate}. */
export interface JapanDate {
  /** The calendar date in Japan. */
  readonly date: IsoDate;
  /** `true` for an instant at exactly 00:00:00.000 JST (the day then counts under 民法 140). */
  readonly midnight: boolean;
  /** For an instant, the same instant written in +09:00 (`2024-06-03T00:00:00.000+09:00`); absent for a date. */
  readonly instant?: string;
}

/**
 * Reads a date or instant the way every function of the library does (a date is a day in Japan; an instant carries an offset, I8): a
 * `YYYY-MM-DD` date is a day in Japan; an ISO date-time must carry an offset and is converted
 * to Asia/Tokyo; a `Date` is the instant it is, seen in Asia/Tokyo whatever the host's zone.
 *
 * @param input - a `YYYY-MM-DD` date, an ISO date-time with `Z` or `±hh:mm`, or a `Date`
 * @returns the date in Japan, whether it is exactly midnight JST, and the instant in +09:00
 * @throws {@link InvalidDateError} for malformed or impossible input or a date-time without offset (I8)
 * @throws {@link DateOutOfRangeError} outside 2000-01-01 … 2099-12-31
 * @see interpretation I8 (an instant carries an offset)
 * @example
 * ```ts
 * toJapanDate('2024-06-02T15:00Z');
 * //=> { date: '2024-06-03', midnight: true, instant: '2024-06-03T00:00:00.000+09:00' }
 * toJapanDate('2024-02-29'); //=> { date: '2024-02-29', midnight: false }
 * ```
 */
export function toJapanDate(input: DayInput): JapanDate {
  const parsed = parseDay(input);
  const date = formatDay(parsed.day);
  return parsed.epochMs === undefined
    ? { date, midnight: false }
    : { date, midnight: parsed.midnight, instant: formatInstantJst(parsed.epochMs) };
}
