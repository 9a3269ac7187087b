/**
 * What checking a fixture gives: one result per expectation, with the differences in lines a
 * person reads, and the expected and actual values for machine-readable reports.
 *
 * @module
 */

/** The outcome of one expectation of a fixture. */
export interface ExpectationResult {
  /** The expectation in words, e.g. `obligations (exact, 2 rows)`. */
  readonly name: string;
  /** Its JSON path in the fixture file, e.g. `$[1].expect.obligations`. */
  readonly at: string;
  /** Whether the evaluation says what the fixture expects. */
  readonly passed: boolean;
  /** The differences, one per line (empty when passed): `- missing …`, `+ unexpected …`, or `key: field: expected …, actual …`. */
  readonly diff: readonly string[];
  /** The expectation as the fixture gives it. */
  readonly expected: unknown;
  /** The part of the evaluation it was compared with. */
  readonly actual: unknown;
}

/** The outcome of one fixture. */
export interface FixtureResult {
  /** The fixture file, as named on the command line or found in a folder. */
  readonly file: string;
  /** The fixture's JSON path in its file: `$` for a file of one fixture, `$[i]` in an array. */
  readonly at: string;
  /** The fixture's name. */
  readonly name: string;
  /** Its as-of, as given. */
  readonly asOf: string;
  /** One result per expectation, in the order of the format (status, obligations, allowed, notAllowed, refused, listEntry). */
  readonly expectations: readonly ExpectationResult[];
}

/**
 * A value on one line for a diff: JSON, so that a string shows its quotes and `null` is not
 * mistaken for a string.
 *
 * @param value - any JSON value (`undefined` reads as `absent`)
 * @returns e.g. `"2026-01-31"`, `null`, `{"clause":"12.1"}`
 * @example
 * ```ts
 * show('2026-01-31'); //=> '"2026-01-31"'
 * ```
 */
export function show(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

/**
 * A result from its differences: passed when there are none.
 *
 * @param name - the expectation in words
 * @param at - its JSON path in the fixture file
 * @param diff - the differences found
 * @param expected - the expectation as given
 * @param actual - what it was compared with
 * @returns the result
 * @example
 * ```ts
 * outcome('status.headline', '$.expect.status.headline', [], 'Registered', 'Registered').passed; //=> true
 * ```
 */
export function outcome(name: string, at: string, diff: readonly string[], expected: unknown, actual: unknown): ExpectationResult {
  return { name, at, passed: diff.length === 0, diff, expected, actual };
}
