/**
 * Day numbers: whole days since 1970-01-01, the calendar's internal currency. Pure integer
 * arithmetic on the proleptic Gregorian calendar; no `Date`, no host time zone.
 *
 * @internal
 * @module
 */

/** Day number of 2000-01-01, the first supported day. @internal */
export const FIRST_DAY = 10957;
/** Day number of 2099-12-31, the last supported day. @internal */
export const LAST_DAY = 47481;
/** First supported year. @internal */
export const FIRST_YEAR = 2000;
/** Last supported year. @internal */
export const LAST_YEAR = 2099;

/**
 * The day number of a Gregorian date (Howard Hinnant's `days_from_civil`).
 *
 * @internal
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A Gregorian date as numbers. @internal */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The Gregorian date of a day number (Howard Hinnant's `civil_from_days`).
 *
 * @internal
 */
export function civilFromDay(dayNumber: number): Civil {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Is `year` a Gregorian leap year? @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. @internal */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Day numbers of 1 January of 2000 … 2101: a constant table of 102 numbers. */
const YEAR_STARTS: Int32Array = /* @__PURE__ */ (() => {
  const starts = new Int32Array(LAST_YEAR - FIRST_YEAR + 3);
  for (let i = 0; i < starts.length; i++) starts[i] = dayFromCivil(FIRST_YEAR + i, 1, 1);
  return starts;
})();

/** Days before the first of each month, in common and in leap years. */
const MONTH_STARTS = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
] as const;

/**
 * The day number of a date of 2000–2099 already known to be valid, by table lookups.
 *
 * @internal
 */
export function supportedDayFromCivil(year: number, month: number, day: number): number {
  const months = MONTH_STARTS[isLeapYear(year) ? 1 : 0];
  return (YEAR_STARTS[year - FIRST_YEAR] as number) + (months[month - 1] as number) + day - 1;
}

/** The year a day number falls in. @internal */
export function yearOf(dayNumber: number): number {
  if (dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY) {
    let index = Math.floor((dayNumber - FIRST_DAY) / 365.25);
    if ((YEAR_STARTS[index] as number) > dayNumber) index -= 1;
    else if ((YEAR_STARTS[index + 1] as number) <= dayNumber) index += 1;
    return FIRST_YEAR + index;
  }
  let year = Math.floor(dayNumber / 365.2425) + 1970;
  if (dayFromCivil(year, 1, 1) > dayNumber) year -= 1;
  else if (dayFromCivil(year + 1, 1, 1) <= dayNumber) year += 1;
  return year;
}

const PAD = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09'];

/** Two-digit zero padding. @internal */
export function pad2(n: number): string {
  return n < 10 ? (PAD[n] as string) : String(n);
}

/** `YYYY-MM-DD` strings of the supported days, made on first use and then shared. */
const FORMATTED: (string | undefined)[] = [];

/** Formats a day number as `YYYY-MM-DD` (strings of supported days are cached and shared). @internal */
export function formatDay(dayNumber: number): string {
  const index = dayNumber - FIRST_DAY;
  if (index >= 0 && index <= LAST_DAY - FIRST_DAY) {
    const cached = FORMATTED[index];
    if (cached !== undefined) return cached;
    return (FORMATTED[index] = formatCivil(dayNumber));
  }
  return formatCivil(dayNumber);
}

function formatCivil(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** English weekday names, Sunday first. @internal */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
