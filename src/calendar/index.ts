/**
 * `ismap-liu/calendar`: the Japanese government business-day calendar (行政機関の休日) and
 * Civil Code period arithmetic (民法 140–143), always in Asia/Tokyo whatever the host's zone.
 *
 * Every business-day question is a table lookup over lazily built year tables: nothing is
 * computed at import.
 *
 * @module calendar
 */
export type * from './types.js';
export { LAST_OFFICIAL_HOLIDAY_YEAR, SUPPORTED_RANGE } from './constants.js';
export { toJapanDate, type JapanDate } from './toJapanDate.js';
export { isGovernmentHoliday } from './isGovernmentHoliday.js';
export { isGovernmentBusinessDay } from './isGovernmentBusinessDay.js';
export { getGovernmentHoliday } from './getGovernmentHoliday.js';
export { governmentHolidaysBetween } from './governmentHolidaysBetween.js';
export { addGovernmentBusinessDays } from './addGovernmentBusinessDays.js';
export { countGovernmentBusinessDays } from './countGovernmentBusinessDays.js';
export { nextGovernmentBusinessDay, previousGovernmentBusinessDay } from './nextGovernmentBusinessDay.js';
export { isProvisional } from './isProvisional.js';
export { periodEnd } from './periodEnd.js';
export { createCalendar, isGovernmentCalendar, type GovernmentCalendar } from './createCalendar.js';
export { calendarBasis, HOLIDAY_DATA_BASIS } from './basis.js';
export {
  DateOutOfRangeError,
  InvalidArgumentError,
  InvalidDateError,
  IsmapLiuError,
  isIsmapLiuError,
  type IsmapLiuErrorCode,
  type IsmapLiuErrorOptions,
} from '../errors.js';
