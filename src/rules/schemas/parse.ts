/**
 * Parsing caller input with a schema: every problem, with its path, in words a person can act on.
 *
 * @module
 */
import type * as z from 'zod';
import { fallbackMessage, toInputIssue } from './_lib/issues.js';
import { InvalidArgumentError } from '../../errors.js';
import { isArray, isRecord } from '../../_lib/args.js';
import { MAX_ISSUES, inputLimitIssue, moreIssues } from './_lib/limits.js';
import type { InputIssue } from './inputIssue.js';

/** Does `value` look like a zod schema (an object with a `safeParse` method)? Never throws. */
function isSchema(value: unknown): value is z.ZodType {
  try {
    return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';
  } catch {
    return false;
  }
}
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
  /**
   * The problems found, with their paths: at most 100, then one last issue (code
   * `too_many_issues`, with `omitted`) counting the rest.
   */
  readonly issues: readonly InputIssue[];
}

/** The outcome of {@link safeParseInput}: the parsed value, or every problem found. */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/**
 * Parses `input` with `schema` without throwing.
 *
 * Before the schema reads it, the input is checked against limits that no real input reaches
 * and that keep a hostile one from overflowing the stack or filling memory: arrays and objects
 * nested at most 64 deep, arrays of at most 1,000,000 items, at most 5,000,000 values in all
 * (codes `too_deep`, `too_many_items`, `too_many_values`). At most 100 problems are listed.
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
  if (!isSchema(schema)) throw new InvalidArgumentError('schema', schema, 'a zod schema, e.g. CaseFileSchema');
  const limit = inputLimitIssue(input);
  if (limit !== null) return { ok: false, issues: [limit] };
  const result: unknown = schema.safeParse(input, { reportInput: true, error: fallbackMessage });
  if (!isRecord(result) || !('success' in result)) throw new InvalidArgumentError('schema', schema, 'a zod schema whose safeParse returns { success, data | error }');
  if (result.success === true) return { ok: true, value: result['data'] as z.output<S> };
  if (!isRecord(result['error']) || !isArray(result['error']['issues'])) throw new InvalidArgumentError('schema', schema, 'a zod schema whose safeParse returns { success, data | error }');
  const issues = result['error']['issues'] as z.core.$ZodIssue[];
  const listed = issues.slice(0, MAX_ISSUES).map(toInputIssue);
  return { ok: false, issues: issues.length > MAX_ISSUES ? [...listed, moreIssues(issues.length - MAX_ISSUES)] : listed };
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
