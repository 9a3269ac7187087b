/**
 * Constants of the government calendar.
 *
 * @module
 */

/**
 * The last year whose national holidays are officially published (the Cabinet Office fixes the
 * equinox days in February of the previous year). Results that depend on a later year are
 * flagged `provisional`.
 *
 * @example
 * ```ts
 * LAST_OFFICIAL_HOLIDAY_YEAR; //=> 2027
 * ```
 */
export const LAST_OFFICIAL_HOLIDAY_YEAR = 2027;

/**
 * The days the calendar supports, inclusive. Outside them every function throws
 * {@link DateOutOfRangeError} (before 1992 only the 2nd and 4th Saturdays were government holidays).
 *
 * @example
 * ```ts
 * SUPPORTED_RANGE.first; //=> '2000-01-01'
 * ```
 */
export const SUPPORTED_RANGE: {
  /** The first supported day. */
  readonly first: '2000-01-01';
  /** The last supported day. */
  readonly last: '2099-12-31';
} = Object.freeze({ first: '2000-01-01', last: '2099-12-31' } as const);
