import { officialContext } from './_lib/official.js';
import { holidayOn } from './_lib/ops.js';
import type { DayInput, GovernmentHoliday } from './types.js';

/**
 * The government holiday on `day`, with its kinds and Japanese name, or `undefined` on a
 * government business day.
 *
 * @param day - a `YYYY-MM-DD` date, an ISO date-time with offset, or a `Date`
 * @returns the holiday record, or `undefined`
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input
 * @see {@link governmentHolidaysBetween}
 * @example
 * ```ts
 * getGovernmentHoliday('2025-01-01');
 * //=> { date: '2025-01-01', kind: 'national', kinds: ['national', 'year-end'], name: '元日', provisional: false }
 * getGovernmentHoliday('2025-01-06'); //=> undefined
 * ```
 */
export function getGovernmentHoliday(day: DayInput): GovernmentHoliday | undefined {
  return holidayOn(officialContext(), day);
}
