/**
 * A string field read by one of the date readers, with a message that names the value, the
 * expected form, why it was refused and the clause.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { describe } from '../../../errors.js';
import type { DateJsonSchema } from './datePatterns.js';
import type { DateReading } from './dateText.js';
import { capitalize, cite, fieldOptions, params, wrongType, type SchemaFieldOptions } from './field.js';

/**
 * A string schema that accepts what `read` accepts. Its metadata (`jsonSchema` and a
 * `description`) goes into the JSON Schema that `z.toJSONSchema` writes; a pattern cannot express
 * everything `read` checks, so `read` remains the authority.
 *
 * @internal
 */
export function dateField(read: (text: string) => DateReading, expected: string, fallbackWhat: string, given: SchemaFieldOptions, jsonSchema: DateJsonSchema) {
  const options = fieldOptions(given);
  const what = options.what ?? fallbackWhat;
  return z
    .string({ error: (iss) => wrongType(what, expected, iss.input, options.clause) })
    .superRefine((value, ctx) => {
      const reading = read(value);
      if (reading.ok) return;
      const interpretation = reading.code === 'missing_offset' ? 'I8' : undefined;
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `${capitalize(what)} ${describe(value)} cannot be used: ${reading.detail}; expected ${expected}${cite(options.clause)}.`,
        params: { ...params(reading.code, expected, options.clause), ...(interpretation ? { interpretation } : {}) },
      });
    })
    .meta({ ...jsonSchema, description: `${capitalize(what)}: ${expected}${cite(options.clause)}.` });
}
