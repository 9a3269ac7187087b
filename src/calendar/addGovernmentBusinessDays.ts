import { officialContext } from './_lib/official.js';
import { addBusinessDaysOn } from './_lib/ops.js';
import type { DayInput, IsoDate } from './types.js';

/**
 * The `n`-th government business day after `day`. As with date-fns `addBusinessDays`, `day`
 * itself is never counted, whether or not it is a business day; a negative `n` counts back;
 * `n = 0` returns `day` unchanged. The result is a `YYYY-MM-DD` date in Japan.
 *
 * A table lookup: the cost does not grow with `n`. The result is provisional when it (or `day`)
 * lies after {@link LAST_OFFICIAL_HOLIDAY_YEAR}; check with {@link isProvisional}.
 *
 * @param day - the day to count from (a date, an instant with offset, or a `Date`; taken in Asia/Tokyo)
 * @param n - how many government business days to add (a whole number; negative goes back)
 * @returns the day reached, `YYYY-MM-DD`
 * @throws {@link InvalidArgumentError} when `n` is not a whole number
 * @throws {@link InvalidDateError} for bad input; {@link DateOutOfRangeError} when the input or the result leaves 2000–2099
 * @see {@link countGovernmentBusinessDays} (its inverse), {@link periodEnd} with `{ businessDays }`
 * @example
 * ```ts
 * addGovernmentBusinessDays('2024-12-27', 1); //=> '2025-01-06'
 * addGovernmentBusinessDays('2026-09-18', 3); //=> '2026-09-28'
 * addGovernmentBusinessDays('2025-01-06', -1); //=> '2024-12-27'
 * ```
 */
export function addGovernmentBusinessDays(day: DayInput, n: number): IsoDate {
  return addBusinessDaysOn(officialContext(), day, n);
}
