import { isProvisionalDay } from './_lib/describeHoliday.js';
import { parseDay } from './_lib/parse.js';
import type { DayInput } from './types.js';

/**
 * Is `day` after the last officially published holiday year ({@link LAST_OFFICIAL_HOLIDAY_YEAR})?
 * Holidays there follow the statutes, but the equinox days are only fixed in February of the
 * previous year, so any answer that depends on such a day is provisional.
 *
 * @param day - a `YYYY-MM-DD` date, an ISO date-time with offset, or a `Date`
 * @returns `true` for a day in 2028 or later (with the current data)
 * @example
 * ```ts
 * isProvisional('2027-12-31'); //=> false
 * isProvisional('2028-01-04'); //=> true
 * ```
 */
export function isProvisional(day: DayInput): boolean {
  return isProvisionalDay(parseDay(day).day);
}
