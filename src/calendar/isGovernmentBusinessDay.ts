import { officialContext } from './_lib/official.js';
import { isHolidayOn } from './_lib/ops.js';
import type { DayInput } from './types.js';

/**
 * Is `day` a government business day, i.e. not a government holiday
 * (行政機関の休日に関する法律 Art. 1(1))? The day is taken in Asia/Tokyo.
 *
 * @param day - a `YYYY-MM-DD` date, an ISO date-time with offset, or a `Date`
 * @returns `true` on a government business day
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input
 * @see {@link isGovernmentHoliday}
 * @example
 * ```ts
 * isGovernmentBusinessDay('2025-01-06'); //=> true
 * isGovernmentBusinessDay('2024-12-30'); //=> false (29 Dec – 3 Jan)
 * ```
 */
export function isGovernmentBusinessDay(day: DayInput): boolean {
  return !isHolidayOn(officialContext(), day);
}
