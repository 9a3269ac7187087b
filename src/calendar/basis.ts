import { InvalidArgumentError } from '../errors.js';
import { HOLIDAY_DATA_BASIS } from './_lib/official.js';
import { contextOf, isGovernmentCalendar, type GovernmentCalendar } from './createCalendar.js';
import type { CalendarBasis } from './types.js';

export { HOLIDAY_DATA_BASIS };

/**
 * What a calendar's answers are computed under: the calendar (official, or custom with its
 * changes) and the holiday data ({@link HOLIDAY_DATA_BASIS}). `periodEnd` and `deadline()`
 * results carry it as `basis` (under `basis.calendar` for a deadline); the functions that answer
 * with a day or a boolean are computed under the same basis, which this function gives.
 *
 * @param calendar - a calendar made by `createCalendar` (by either build of the package); omitted for the official one
 * @returns the {@link CalendarBasis}, frozen
 * @throws {@link InvalidArgumentError} when `calendar` is not a calendar
 * @example
 * ```ts
 * calendarBasis().id; //=> 'official'
 * calendarBasis().holidayData.lastOfficialYear; //=> 2027
 * calendarBasis(createCalendar({ addHolidays: ['2026-12-28'] })).addHolidays; //=> ['2026-12-28']
 * ```
 */
export function calendarBasis(calendar?: GovernmentCalendar): CalendarBasis {
  if (calendar !== undefined && !isGovernmentCalendar(calendar)) {
    throw new InvalidArgumentError('calendar', calendar, 'a calendar made by createCalendar, or nothing for the official calendar');
  }
  return contextOf(calendar).basis;
}
