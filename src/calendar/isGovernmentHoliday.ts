import { officialContext } from './_lib/official.js';
import { isHolidayOn } from './_lib/ops.js';
import type { DayInput } from './types.js';

/**
 * Is `day` a government holiday (行政機関の休日)? That is a Saturday or Sunday, a holiday under
 * the Act on National Holidays (including substitute, citizens' and special-act holidays), or
 * a day from 29 December to 3 January (行政機関の休日に関する法律 Art. 1(1)).
 *
 * The day is always taken in Asia/Tokyo: an instant is converted, a `Date` is the instant it is.
 * Days after {@link LAST_OFFICIAL_HOLIDAY_YEAR} are answered from the statutory rules but are
 * provisional (see {@link isProvisional}).
 *
 * @param day - a `YYYY-MM-DD` date, an ISO date-time with offset, or a `Date`
 * @returns `true` on a government holiday
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input
 * @see {@link isGovernmentBusinessDay}, {@link getGovernmentHoliday}
 * @example
 * ```ts
 * isGovernmentHoliday('2025-01-03'); //=> true  (year-end)
 * isGovernmentHoliday('2026-09-22'); //=> true  (国民の休日)
 * isGovernmentHoliday('2024-12-27T15:00:00Z'); //=> true (2024-12-28 in Japan)
 * isGovernmentHoliday('2025-01-06'); //=> false
 * ```
 */
export function isGovernmentHoliday(day: DayInput): boolean {
  return isHolidayOn(officialContext(), day);
}
