import { IsmapLiuError, brandAs, describe } from '../../errors.js';
import { closestMatches } from './_lib/closestMatches.js';
import { clauseIds } from './clauseIds.js';
import type { ClauseId } from './types.js';

/** Sample ids the message shows when nothing is close to the refused one. */
const SAMPLE: readonly ClauseId[] = ['1.1', '4.5(1)', '10.8(1)(a)', 'Supp.2022.2', 'AppendedTable1', 'Appendix2', 'BR3.5'];

/**
 * An id that is not in the clause catalogue (code `unknown_clause`).
 *
 * The message names the refused id and the closest valid ids (a stray space as in the text's
 * "3. 1" is ignored when looking for them), then the total count; the complete list is in
 * {@link UnknownClauseError.validIds}.
 *
 * @example
 * ```ts
 * try {
 *   getClause('3. 1');
 * } catch (error) {
 *   if (error instanceof UnknownClauseError) {
 *     error.code; //=> 'unknown_clause'
 *     error.suggestions[0]; //=> '3.1'
 *     error.validIds.length; //=> 213
 *     error.message; //=> 'Unknown clause "3. 1". Closest: 3.1, 1.1, 2.1, 3.2, 3.3 (213 ids in all, listed in validIds).'
 *   }
 * }
 * ```
 * @see getClause, listClauses
 */
export class UnknownClauseError extends IsmapLiuError {
  /** Every id of the catalogue, in document order. */
  readonly validIds: readonly ClauseId[];
  /** The valid ids closest to the refused one, best first (at most 5; may be empty). */
  readonly suggestions: readonly ClauseId[];

  /**
   * @param id - the refused id (any value; long strings are shortened in the message)
   */
  constructor(id: unknown) {
    const suggestions = closestMatches(id, clauseIds);
    const hint =
      suggestions.length > 0
        ? `Closest: ${suggestions.join(', ')}`
        : `Ids look like ${SAMPLE.join(', ')}`;
    super(
      'unknown_clause',
      `Unknown clause ${describe(id)}. ${hint} (${clauseIds.length} ids in all, listed in validIds).`,
      { value: id, expected: 'a clause id of the ISMAP-LIU catalogue, e.g. "13.2", "4.5(1)" or "Supp.2022.2"' },
    );
    this.name = 'UnknownClauseError';
    brandAs(this, 'UnknownClauseError');
    this.validIds = clauseIds;
    this.suggestions = Object.freeze(suggestions);
  }

  /**
   * A plain JSON view of the error, with the suggestions (not the full id list).
   *
   * @returns the fields of {@link IsmapLiuError.toJSON} plus `suggestions`
   * @example
   * ```ts
   * new UnknownClauseError('2.11').toJSON().suggestions; //=> ['2.1', '2.10', '7.11']
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), suggestions: [...this.suggestions] };
  }
}
