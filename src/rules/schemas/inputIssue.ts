/**
 * The shape of one problem found in an input.
 *
 * @module
 */

/**
 * One problem with an input, at a JSON path.
 *
 * * `path`: the keys and indexes leading to the value (`['events', 3, 'at']`);
 * * `pathText`: the same as a JSON path (`'$.events[3].at'`);
 * * `message`: a sentence naming the value, the expected form and the clause;
 * * `code`: a stable code, e.g. `'invalid_type'`, `'unrecognized_keys'`, `'no_such_day'`,
 *   `'missing_offset'`, `'out_of_range'`, `'end_before_start'`, `'duplicate_id'`;
 * * `expected` / `received`: the expected form and a description of the value received;
 * * `clause` / `interpretation`: the clause and interpretation behind the rule, if any.
 */
export interface InputIssue {
  /** The keys and indexes leading to the value. */
  readonly path: readonly (string | number)[];
  /** The path as text, `$.events[3].at`. */
  readonly pathText: string;
  /** What is wrong, in a sentence a person can act on. */
  readonly message: string;
  /** A stable machine-readable code. */
  readonly code: string;
  /** The form that was expected. */
  readonly expected?: string;
  /** A description of the value received (strings quoted, cut at 80 characters). */
  readonly received?: string;
  /** The clause that asks for the value. */
  readonly clause?: string;
  /** The interpretation of the register behind the rule (e.g. `I8`). */
  readonly interpretation?: string;
  /**
   * Only on the last issue of a list that was cut (code `too_many_issues`): how many more
   * problems were found and not listed.
   */
  readonly omitted?: number;
}
