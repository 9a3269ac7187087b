import { officialContext } from './_lib/official.js';
import { countBusinessDaysOn } from './_lib/ops.js';
import type { DayInput } from './types.js';

/**
 * How many government business days lie after `from` up to and including `to`
 * (`from` excluded, `to` included), negative when `to` is before `from`.
 *
 * This is the inverse of {@link addGovernmentBusinessDays}: for every day `d` and whole `n`,
 * `countGovernmentBusinessDays(d, addGovernmentBusinessDays(d, n)) === n`.
 *
 * @param from - the day counted from (excluded)
 * @param to - the day counted to (included)
 * @returns the number of government business days, signed
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input
 * @example
 * ```ts
 * countGovernmentBusinessDays('2024-12-27', '2025-01-06'); //=> 1
 * countGovernmentBusinessDays('2024-12-27', '2025-01-05'); //=> 0
 * countGovernmentBusinessDays('2025-01-06', '2024-12-27'); //=> -1
 * ```
 */
export function countGovernmentBusinessDays(from: DayInput, to: DayInput): number {
  return countBusinessDaysOn(officialContext(), from, to);
}
