/**
 * Parsing caller input with a schema: every problem, with its path, in words a person can act on.
 *
 * @module
 */
import type { z } from 'zod';
import { fallbackMessage, toInputIssue } from './_lib/issues.js';
import type { InputIssue } from './inputIssue.js';
import { ValidationError } from './validationError.js';

/** A successful {@link safeParseInput}. */
export interface ParseSuccess<T> {
  /** The input matches the schema. */
  readonly ok: true;
  /** The parsed value. */
  readonly value: T;
}

/** A failed {@link safeParseInput}. */
export interface ParseFailure {
  /** The input does not match the schema. */
  readonly ok: false;
  /** Every problem found, with its path. */
  readonly issues: readonly InputIssue[];
}

/** The outcome of {@link safeParseInput}: the parsed value, or every problem found. */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/**
 * Parses `input` with `schema` without throwing.
 *
 * @param schema - any zod schema (those of this module word their own messages; others get a
 *   message naming the expected form and the value received)
 * @param input - anything
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` listing every problem
 * @example
 * ```ts
 * safeParseInput(AuditPeriodSchema, { start: '2024-04-01', end: '2024-03-31' });
 * //=> { ok: false, issues: [{ path: ['end'], pathText: '$.end', code: 'end_before_start', clause: '7.3', … }] }
 * ```
 * @see {@link parseOrThrow}
 */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true, error: fallbackMessage });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map(toInputIssue) };
}

/**
 * Parses `input` with `schema`, or throws a {@link ValidationError} listing every problem.
 *
 * @param schema - any zod schema
 * @param input - anything
 * @param what - the input in words, for the error message (default `'the input'`)
 * @returns the parsed value
 * @throws `ValidationError` (code `validation_failed`) when the input does not match
 * @example
 * ```ts
 * parseOrThrow(IsoDateSchema, '2024-02-29'); //=> '2024-02-29'
 * parseOrThrow(IsoDateSchema, '2023-02-29'); // throws ValidationError
 * ```
 * @see {@link safeParseInput}
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what?: string): z.output<S> {
  const result = safeParseInput(schema, input);
  if (result.ok) return result.value;
  throw new ValidationError(result.issues, input, what);
}
