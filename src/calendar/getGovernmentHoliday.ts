import { officialContext } from './_lib/official.js';
import { holidayOn } from './_lib/ops.js';
import type { DayInput, GovernmentHoliday } from './types.js';

/**
 * The government holiday on `day`, with its kinds and its names in Japanese and English, or
 * `undefined` on a government business day. A day without a name in law is still labelled:
 * 29 December – 3 January as 年末年始の休日 (行政機関の休日に関する法律 1(1)(iii)), a weekend by its
 * day of the week.
 *
 * @param day - a `YYYY-MM-DD` date, an ISO date-time with offset, or a `Date`
 * @returns the holiday record, or `undefined`
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for bad input
 * @see {@link governmentHolidaysBetween}
 * @example
 * ```ts
 * getGovernmentHoliday('2025-01-01');
 * //=> { date: '2025-01-01', kind: 'national', kinds: ['national', 'year-end'], name: '元日',
 * //     names: { ja: '元日', en: "New Year's Day" }, provisional: false }
 * getGovernmentHoliday('2024-12-30')?.names; //=> { ja: '年末年始の休日', en: 'Year-end and New Year holiday' }
 * getGovernmentHoliday('2025-01-04')?.names.en; //=> 'Saturday'
 * getGovernmentHoliday('2025-01-06'); //=> undefined
 * ```
 */
export function getGovernmentHoliday(day: DayInput): GovernmentHoliday | undefined {
  return holidayOn(officialContext(), day);
}
