/**
 * Assembling a {@link CheckResult}.
 *
 * @internal
 * @module
 */
import type { CheckFailure, CheckResult } from '../types.js';

/**
 * `{ ok: true, checked, ...facts }` when there are no failures, else `{ ok: false, ... }`.
 *
 * @internal
 */
export function result<T extends object>(checked: readonly string[], failures: readonly CheckFailure[], facts: T): CheckResult<T> {
  return failures.length === 0
    ? { ...facts, ok: true, checked }
    : { ...facts, ok: false, checked, failures };
}
