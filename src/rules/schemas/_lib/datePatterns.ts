/**
 * The regular expressions that the JSON Schema of the date fields carries (`pattern`), so that a
 * validator in another language refuses what the library's readers refuse: real days only
 * (months of 30 and 31 days, 29 February only in leap years) from 2000-01-01 to 2099-12-31, and
 * instants only with an offset (interpretation I8).
 *
 * Written in the subset of regular expressions that JSON Schema recommends (ECMA-262 `^ $ ( ) |
 * [ ] { }`, no `\d`, no lookaround, no non-capturing groups), so that Java, .NET and Python read
 * them alike. They are the JSON Schema's view only: the readers of `dateText.ts` remain the
 * authority. One difference is left: an instant is checked on the date as written, not on its day
 * in Japan, so near the ends of the range (`1999-12-31T15:00Z` is 2000-01-01 in Japan) the two
 * can differ.
 *
 * @internal
 * @module
 */

/** Years 2000–2099 divisible by 4, every one a leap year (2000 is divisible by 400). */
const LEAP_YEAR = '20([02468][048]|[13579][26])';
const MONTH_DAY = '((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))';
/** A real day 2000-01-01 … 2099-12-31, unanchored. */
const DAY = `(20[0-9][0-9]-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
/** `Thh:mm`, optional seconds and up to nine digits of fraction, then `Z` or `±hh:mm` (hours at most 14). */
const TIME_AND_OFFSET = 'T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])';

/**
 * `YYYY-MM-DD`, a real day from 2000-01-01 to 2099-12-31.
 *
 * @example
 * ```ts
 * new RegExp(DATE_PATTERN, 'u').test('2024-02-29'); //=> true
 * new RegExp(DATE_PATTERN, 'u').test('2023-02-29'); //=> false
 * ```
 * @internal
 */
export const DATE_PATTERN = `^${DAY}$`;

/**
 * An ISO 8601 date-time with an offset whose written date is a real day from 2000-01-01 to
 * 2099-12-31.
 *
 * @example
 * ```ts
 * new RegExp(INSTANT_PATTERN, 'u').test('2024-01-04T10:00+09:00'); //=> true
 * new RegExp(INSTANT_PATTERN, 'u').test('2024-01-04T10:00'); //=> false (no offset, I8)
 * ```
 * @internal
 */
export const INSTANT_PATTERN = `^${DAY}${TIME_AND_OFFSET}$`;

/**
 * {@link DATE_PATTERN} or {@link INSTANT_PATTERN}.
 *
 * @example
 * ```ts
 * new RegExp(DAY_INPUT_PATTERN, 'u').test('2024-01-04'); //=> true
 * new RegExp(DAY_INPUT_PATTERN, 'u').test('tomorrow'); //=> false
 * ```
 * @internal
 */
export const DAY_INPUT_PATTERN = `^${DAY}(${TIME_AND_OFFSET})?$`;

/**
 * What the JSON Schema of a date field carries besides its `description`: a `pattern`, and
 * `format: 'date'` for a date (RFC 3339 `full-date`). An instant has no `format`: RFC 3339's
 * `date-time` requires seconds, which the library's instants may omit.
 *
 * @example
 * ```ts
 * const meta: DateJsonSchema = { format: 'date', pattern: DATE_PATTERN };
 * ```
 * @internal
 */
export interface DateJsonSchema {
  /** `date` for a `YYYY-MM-DD` date only. */
  readonly format?: 'date';
  /** The regular expression (ECMA-262, anchored). */
  readonly pattern: string;
}
