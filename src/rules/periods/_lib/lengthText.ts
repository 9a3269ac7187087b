/**
 * A period's length in words, generated from the length itself so that the two cannot disagree.
 *
 * @internal
 * @module
 */
import type { PeriodLength } from '../../../calendar/index.js';

/** The words of 5.3's period (interpretation I4), which is not a number of units. */
export const HALF_TERM_TEXT = 'to the end of the third month after its fiscal half-term';

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * `length` in words: `'3 government business days'`, `'2 weeks'`, `'1 year 4 months'`, or the
 * words of 5.3's half-term.
 *
 * @param length - a period length of `PERIODS`
 * @returns the length in words
 * @internal
 */
export function lengthText(length: PeriodLength | 'half-term'): string {
  if (length === 'half-term') return HALF_TERM_TEXT;
  if ('days' in length) return plural(length.days, 'day');
  if ('weeks' in length) return plural(length.weeks, 'week');
  if ('businessDays' in length) return plural(length.businessDays, 'government business day');
  const parts = [];
  if (length.years !== undefined && length.years > 0) parts.push(plural(length.years, 'year'));
  if (length.months !== undefined && length.months > 0) parts.push(plural(length.months, 'month'));
  return parts.join(' ');
}
