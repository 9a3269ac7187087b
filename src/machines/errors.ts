/**
 * Errors of the machines module.
 *
 * @module
 */
import { jsonIssues } from '../_lib/describe.js';
import { IsmapLiuError, brandAs, hasErrorKind } from '../errors.js';
import type { InputIssue } from '../rules/schemas/index.js';

/**
 * A persisted case that cannot be restored: not a case snapshot, from a newer or unknown schema
 * version, with a state or context the machines do not have, not what its log replays to
 * (issue code `tampered`), or with a digest that does not match (`digest_mismatch`). `issues`
 * lists the problems with their JSON paths.
 *
 * @example
 * ```ts
 * try {
 *   restoreCase({ schemaVersion: 2 });
 * } catch (error) {
 *   if (isInvalidSnapshotError(error)) error.code; //=> 'invalid_snapshot'
 * }
 * ```
 */
export class InvalidSnapshotError extends IsmapLiuError {
  /** Every problem found, with its JSON path. */
  readonly issues: readonly InputIssue[];

  /**
   * @param message - what is wrong, in a sentence
   * @param issues - the problems, with their paths
   * @param value - the refused snapshot
   */
  constructor(message: string, issues: readonly InputIssue[], value: unknown) {
    super('invalid_snapshot', message, { value, expected: 'a case snapshot written by persistCase (schemaVersion 1 or 2)' });
    this.name = 'InvalidSnapshotError';
    this.issues = issues;
    brandAs(this, 'InvalidSnapshotError');
  }

  /**
   * A plain JSON-serializable view, with the issues.
   *
   * @returns the fields of {@link IsmapLiuError.toJSON} and `issues`
   * @example
   * ```ts
   * new InvalidSnapshotError('x', [], null).toJSON().code; //=> 'invalid_snapshot'
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: jsonIssues(this.issues) };
  }
}

/**
 * Is `error` an {@link InvalidSnapshotError}, from either build of the package (ESM or
 * CommonJS)? It reads the brand described at {@link IsmapLiuError}; never throws.
 *
 * @param error - anything caught
 * @returns `true` for an InvalidSnapshotError (including subclasses)
 * @example
 * ```ts
 * isInvalidSnapshotError(new InvalidSnapshotError('x', [], null)); //=> true
 * ```
 */
export function isInvalidSnapshotError(error: unknown): error is InvalidSnapshotError {
  return hasErrorKind(error, 'InvalidSnapshotError');
}
