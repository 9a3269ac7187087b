/**
 * Day inputs: either a calendar date `YYYY-MM-DD` or an instant with an offset.
 *
 * @module
 */
import { readDayInput } from './_lib/dateText.js';
import { dateField } from './_lib/dateField.js';
import { DAY_INPUT_PATTERN } from './_lib/datePatterns.js';
import type { SchemaFieldOptions } from './_lib/field.js';

/** The form {@link DayInputSchema} expects, as quoted in its messages. */
export const DAY_INPUT_EXPECTED =
  'a YYYY-MM-DD date or an ISO 8601 date-time with an offset (Z or ±hh:mm), in 2000-01-01 … 2099-12-31 in Japan';

/**
 * A schema for a day or an instant, with messages naming the field and clause. A date means
 * "during that day in Japan"; an instant is read in Asia/Tokyo. A date-time without an offset is
 * refused (interpretation I8).
 *
 * @param options - `what` (the field in words) and `clause`, quoted in messages
 * @returns a zod schema of `string`
 * @example
 * ```ts
 * dayInputSchema({ what: 'the date the application was made', clause: '8.2' }).safeParse('2024-13-01').success; //=> false
 * ```
 * @see a date is a day in Japan, an instant carries an offset; interpretation I8
 */
export function dayInputSchema(options: SchemaFieldOptions = {}) {
  return dateField(readDayInput, DAY_INPUT_EXPECTED, 'the date', options, { pattern: DAY_INPUT_PATTERN });
}

/**
 * A calendar date `YYYY-MM-DD` or an ISO 8601 instant with an offset, kept as given.
 *
 * @example
 * ```ts
 * DayInputSchema.safeParse('2024-01-04').success; //=> true
 * DayInputSchema.safeParse('2024-01-03T15:00Z').success; //=> true
 * DayInputSchema.safeParse('2024-01-03 15:00').success; //=> false
 * ```
 * @see a date is a day in Japan, an instant carries an offset; interpretation I8
 */
export const DayInputSchema = /* @__PURE__ */ dayInputSchema();
