/**
 * The date fields as ajv sees them: the JSON Schema that `z.toJSONSchema` writes for each of the
 * three date schemas, compiled with ajv, next to the zod schema itself.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { DayInputSchema, InstantSchema, IsoDateSchema } from '../../../src/rules/schemas/index.js';
import { strictAjv } from './ajv.js';

/** Bad dates and instants: refused by every kind of date field, by ajv and by zod. */
export const BAD_DATES: readonly string[] = [
  '2023-02-29', // no 29 February in 2023
  '2100-02-29',
  '2024-02-30',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-1-01',
  '20240101',
  'tomorrow',
  '',
  '1999-12-31', // before the supported range
  '2100-01-01', // after it
  ' 2024-01-01',
  '2024-01-01 ',
  '2024-01-01\n',
  '２０２４-01-01',
  '2024-01-01T10:00', // no offset (I8)
  '2024-01-01T10:00:00',
  '2024-01-01 10:00+09:00',
  '2024-01-01t10:00Z',
  '2024-01-01T10:00z',
  '2024-01-01T24:00Z',
  '2024-01-01T10:60Z',
  '2024-01-01T10:00:60Z',
  '2024-01-01T10:00+15:00',
  '2024-01-01T10:00+0900',
  '2024-01-01T10:00:00.1234567890Z',
  '2023-02-29T10:00+09:00',
];

/** One kind of date field. */
export interface DateKind {
  readonly name: 'date' | 'instant' | 'day input';
  readonly zod: z.ZodType;
  readonly ajv: ValidateFunction;
}

const kind = (name: DateKind['name'], schema: z.ZodType): DateKind => ({
  name,
  zod: schema,
  ajv: strictAjv().compile(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })),
});

/** The three date schemas of the library. */
export const KINDS: readonly DateKind[] = [kind('date', IsoDateSchema), kind('instant', InstantSchema), kind('day input', DayInputSchema)];

/**
 * An instant written on a day at an end of the supported range (1999-12-31, 2000-01-01,
 * 2099-12-31, 2100-01-01): there the pattern, which reads the date as written, and the library,
 * which reads the day in Japan, may differ (documented in docs/guides/json-schema.md).
 */
export function isRangeEdgeInstant(text: string): boolean {
  return /^(1999-12-31|2000-01-01|2099-12-31|2100-01-01)T/.test(text);
}
