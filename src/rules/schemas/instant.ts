/**
 * Instants: an ISO 8601 date-time with an offset (`Z` or `±hh:mm`), read in Asia/Tokyo.
 *
 * @module
 */
import { readInstant } from './_lib/dateText.js';
import { dateField } from './_lib/dateField.js';
import { INSTANT_PATTERN } from './_lib/datePatterns.js';
import type { SchemaFieldOptions } from './_lib/field.js';

/** The form {@link InstantSchema} expects, as quoted in its messages. */
export const INSTANT_EXPECTED = 'an ISO 8601 date-time with an offset, e.g. 2024-01-04T10:00+09:00 or 2024-01-04T01:00Z';

/**
 * A schema for an instant, with messages naming the field and clause. A date-time without an
 * offset is refused with a message that says so (interpretation I8: it would depend on the
 * reader's zone). Seconds and fractions are optional; the offset is at most ±14:00; the
 * instant's day in Japan must lie in 2000-01-01 … 2099-12-31.
 *
 * @param options - `what` (the field in words) and `clause`, quoted in messages
 * @returns a zod schema of `string`
 * @example
 * ```ts
 * instantSchema({ what: 'the time the incident was recognized', clause: '13.2' }).safeParse('2024-01-04T10:00').success; //=> false
 * ```
 * @see a date is a day in Japan, an instant carries an offset; interpretation I8
 */
export function instantSchema(options: SchemaFieldOptions = {}) {
  return dateField(readInstant, INSTANT_EXPECTED, 'the instant', options, { pattern: INSTANT_PATTERN });
}

/**
 * An ISO 8601 date-time with an offset. The value is kept as given; the calendar reads it in
 * Asia/Tokyo (`2024-01-03T15:00Z` is 2024-01-04 in Japan).
 *
 * @example
 * ```ts
 * InstantSchema.safeParse('2024-01-03T15:00Z').success; //=> true
 * InstantSchema.safeParse('2024-01-03T15:00:00').success; //=> false (no offset, I8)
 * ```
 * @see a date is a day in Japan, an instant carries an offset; interpretation I8
 */
export const InstantSchema = /* @__PURE__ */ instantSchema();
