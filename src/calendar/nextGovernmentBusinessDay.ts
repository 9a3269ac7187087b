import { officialContext } from './_lib/official.js';
import { nextBusinessDayOn, previousBusinessDayOn } from './_lib/ops.js';
import type { DayInput, IsoDate } from './types.js';

/**
 * The first government business day on or after `day` (`day` itself when it is one). This is
 * how `lastDayIfExtended` is found.
 *
 * @param day - a date, an instant with offset, or a `Date` (taken in Asia/Tokyo)
 * @returns `YYYY-MM-DD`
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input or a result after 2099
 * @see {@link previousGovernmentBusinessDay}
 * @example
 * ```ts
 * nextGovernmentBusinessDay('2024-12-28'); //=> '2025-01-06'
 * nextGovernmentBusinessDay('2025-01-06'); //=> '2025-01-06'
 * ```
 */
export function nextGovernmentBusinessDay(day: DayInput): IsoDate {
  return nextBusinessDayOn(officialContext(), day);
}

/**
 * The last government business day on or before `day` (`day` itself when it is one).
 *
 * @param day - a date, an instant with offset, or a `Date` (taken in Asia/Tokyo)
 * @returns `YYYY-MM-DD`
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input or a result before 2000
 * @see {@link nextGovernmentBusinessDay}
 * @example
 * ```ts
 * previousGovernmentBusinessDay('2025-01-05'); //=> '2024-12-27'
 * ```
 */
export function previousGovernmentBusinessDay(day: DayInput): IsoDate {
  return previousBusinessDayOn(officialContext(), day);
}
