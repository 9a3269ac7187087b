/**
 * The error thrown when an input does not match its schema.
 *
 * @module
 */
import { IsmapLiuError } from '../../errors.js';
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
    const lines = issues.slice(0, LISTED).map((i) => `- ${i.pathText}: ${i.message}`);
    if (issues.length > LISTED) lines.push(`- … and ${issues.length - LISTED} more`);
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const clauses = [...new Set(issues.flatMap((i) => (i.clause === undefined ? [] : [i.clause])))];
    super('validation_failed', `Cannot use ${what} (${count}):\n${lines.join('\n')}`, {
      value,
      expected: `${what} in the documented form`,
      ...(clauses.length === 1 && clauses[0] !== undefined ? { clause: clauses[0] } : {}),
    });
    this.name = 'ValidationError';
    this.issues = issues;
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
    return { ...super.toJSON(), issues: this.issues };
  }
}

/**
 * Is `error` a {@link ValidationError}?
 *
 * @param error - anything caught
 * @returns `true` for a ValidationError
 * @example
 * ```ts
 * isValidationError(new ValidationError([], null)); //=> true
 * ```
 */
export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError;
}
