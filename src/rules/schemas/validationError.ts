/**
 * The error thrown when an input does not match its schema.
 *
 * @module
 */
import { jsonIssues } from '../../_lib/describe.js';
import { IsmapLiuError, brandAs, hasErrorKind, inline } from '../../errors.js';
import type { InputIssue } from './inputIssue.js';

const LISTED = 10;

/**
 * An input that does not match its schema. `issues` lists every problem with its JSON path; the
 * message lists the first ten.
 *
 * @example
 * ```ts
 * try {
 *   parseOrThrow(AuditPeriodSchema, { start: '2024-04-01', end: '2024-02-30' });
 * } catch (error) {
 *   if (isValidationError(error)) error.issues[0]?.pathText; //=> '$.end'
 * }
 * ```
 */
export class ValidationError extends IsmapLiuError {
  /** Every problem found, in the order the schema found them. */
  readonly issues: readonly InputIssue[];

  /**
   * @param issues - the problems (at least one)
   * @param value - the input that was refused
   * @param what - the input in words, e.g. `'the application'`
   */
  constructor(issues: readonly InputIssue[], value: unknown, what = 'the input') {
    const read = jsonIssues(issues);
    // A list cut by safeParseInput ends with a `too_many_issues` issue counting the rest.
    const last = read.at(-1);
    const omitted = last !== undefined && last['code'] === 'too_many_issues' && typeof last['omitted'] === 'number' ? last['omitted'] : 0;
    const found = omitted === 0 ? read : read.slice(0, -1);
    const total = found.length + omitted;
    const lines = found.slice(0, LISTED).map((i) => `- ${inline(i['pathText'])}: ${inline(i['message'])}`);
    if (total > LISTED) lines.push(`- … and ${total - LISTED} more`);
    const count = total === 1 ? '1 problem' : `${total} problems`;
    const clauses = [...new Set(read.flatMap((i) => (typeof i['clause'] === 'string' ? [i['clause']] : [])))];
    super('validation_failed', `Cannot use ${inline(what)} (${count}):\n${lines.join('\n')}`, {
      value,
      expected: `${inline(what)} in the documented form`,
      ...(clauses.length === 1 && clauses[0] !== undefined ? { clause: clauses[0] } : {}),
    });
    this.name = 'ValidationError';
    this.issues = issues;
    brandAs(this, 'ValidationError');
  }

  /**
   * A plain JSON-serializable view, with the issues.
   *
   * @returns the fields of `IsmapLiuError.toJSON()` and `issues`
   * @example
   * ```ts
   * new ValidationError([], 1).toJSON().code; //=> 'validation_failed'
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: jsonIssues(this.issues) };
  }
}

/**
 * Is `error` a {@link ValidationError}, from either build of the package (ESM or CommonJS)? It
 * reads the brand described at {@link IsmapLiuError}; never throws.
 *
 * @param error - anything caught
 * @returns `true` for a ValidationError (including subclasses)
 * @example
 * ```ts
 * isValidationError(new ValidationError([], null)); //=> true
 * ```
 */
export function isValidationError(error: unknown): error is ValidationError {
  return hasErrorKind(error, 'ValidationError');
}
