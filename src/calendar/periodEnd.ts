import { officialContext } from './_lib/official.js';
import { periodEndOn } from './_lib/ops.js';
import type { DayInput, PeriodEndResult, PeriodLength } from './types.js';

/**
 * Where a period counted under the Civil Code ends (民法 140–143), with every step and the
 * article behind it.
 *
 * * **民法 140**: the day of the event is not counted; the period starts the next day, unless
 *   `from` is an instant at exactly 00:00:00.000 JST, when that day counts. A `YYYY-MM-DD`
 *   date always means "during that day".
 * * **days**: last day = start + N − 1. **weeks** (民法 143): start + 7N − 1.
 * * **months / years** (民法 143): counted by the calendar: the day before the corresponding
 *   day N months later, or the last day of that month when it has no corresponding day. This
 *   is not "add months and clamp": one month from 2024-02-29 ends on 2024-03-31.
 * * **businessDays** (行政機関の休日に関する法律 1): day 1 is the first government business day
 *   on or after the start day.
 * * **民法 141**: the period expires at the end (24:00 JST) of its last day (`expiresAt`).
 * * `lastDay` is strict; `lastDayIfExtended` moves a last day that is a government holiday to
 *   the next government business day (interpretation I2: the rules are neither a law nor an
 *   order, so the extension does not apply automatically; both are reported).
 *
 * @param from - the event: a `YYYY-MM-DD` date, an ISO date-time with offset, or a `Date`
 * @param period - `{ days }`, `{ weeks }`, `{ months, years? }`, `{ years, months? }` or `{ businessDays }`
 * @returns the start day, last day, extended last day, expiry instant, provisional flag, steps and calendar
 * @throws {@link InvalidArgumentError} for a malformed period
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input or a result after 2099
 * @see 民法 140, 141, 143; 行政機関の休日に関する法律 1
 * @example
 * ```ts
 * const p = periodEnd('2024-02-29', { months: 1 });
 * p.startDay; //=> '2024-03-01'
 * p.lastDay; //=> '2024-03-31'
 * p.lastDayIfExtended; //=> '2024-04-01' (03-31 is a Sunday)
 *
 * periodEnd('2024-12-27T15:00+09:00', { businessDays: 3 }).lastDay; //=> '2025-01-08'
 * periodEnd('2023-09-30', { years: 1, months: 4 }).lastDay; //=> '2025-01-31'
 * ```
 */
export function periodEnd(from: DayInput, period: PeriodLength): PeriodEndResult {
  return periodEndOn(officialContext(), from, period);
}
