/**
 * Calendar dates: `YYYY-MM-DD`, a real day of the Gregorian calendar, 2000-01-01 … 2099-12-31.
 *
 * @module
 */
import { readIsoDate } from './_lib/dateText.js';
import { dateField } from './_lib/dateField.js';
import { DATE_PATTERN } from './_lib/datePatterns.js';
import type { SchemaFieldOptions } from './_lib/field.js';

/** The form {@link IsoDateSchema} expects, as quoted in its messages. */
export const ISO_DATE_EXPECTED = 'a YYYY-MM-DD date from 2000-01-01 to 2099-12-31';

/**
 * A schema for a calendar date in Japan, with messages that say which date it is and which
 * clause asks for it. A date names an event "during that day" (a date is a day in Japan; an instant carries an offset, I8), so a date-time is
 * refused here: use {@link dayInputSchema} where a time of day may be given.
 *
 * @param options - `what` (the field in words) and `clause`, quoted in messages
 * @returns a zod schema of `string`
 * @example
 * ```ts
 * isoDateSchema({ what: 'the date of the Assessment Report', clause: '7.3' }).safeParse('2024-02-30').success; //=> false
 * ```
 * @see interpretation I8 (an instant carries an offset)
 */
export function isoDateSchema(options: SchemaFieldOptions = {}) {
  return dateField(readIsoDate, ISO_DATE_EXPECTED, 'the date', options, { format: 'date', pattern: DATE_PATTERN });
}

/**
 * A calendar date `YYYY-MM-DD`: a real day (no 2023-02-29), from 2000-01-01 to 2099-12-31.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2024-02-29').success; //=> true
 * IsoDateSchema.safeParse('2023-02-29').success; //=> false
 * ```
 * @see the supported range 2000–2099; a date is a day in Japan, an instant carries an offset (I8)
 */
export const IsoDateSchema = /* @__PURE__ */ isoDateSchema();
