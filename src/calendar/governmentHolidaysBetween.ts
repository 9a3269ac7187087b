import { officialContext } from './_lib/official.js';
import { holidaysBetweenOn } from './_lib/ops.js';
import type { DayInput, GovernmentHoliday } from './types.js';

/**
 * Every government holiday from `from` to `to`, both inclusive, in date order: weekends,
 * national, substitute, citizens' and special-act holidays, and 29 December – 3 January, each
 * with its kinds, its Japanese name where it has one, its `names` in Japanese and English (a
 * label for the days without a name), and whether it is provisional.
 *
 * @param from - the first day (a date, an instant with offset, or a `Date`; taken in Asia/Tokyo)
 * @param to - the last day, on or after `from`
 * @returns the holidays, one record per day
 * @throws {@link InvalidArgumentError} when `to` is before `from`
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input
 * @see {@link getGovernmentHoliday}
 * @example
 * ```ts
 * governmentHolidaysBetween('2026-09-19', '2026-09-23').map((h) => `${h.date} ${h.kind}`);
 * //=> ['2026-09-19 weekend', '2026-09-20 weekend', '2026-09-21 national',
 * //    '2026-09-22 citizens', '2026-09-23 national']
 * governmentHolidaysBetween('2026-09-19', '2026-09-23').map((h) => h.names.en);
 * //=> ['Saturday', 'Sunday', 'Respect for the Aged Day', "Citizens' Holiday", 'Autumnal Equinox Day']
 * ```
 */
export function governmentHolidaysBetween(from: DayInput, to: DayInput): GovernmentHoliday[] {
  return holidaysBetweenOn(officialContext(), from, to);
}
