import { clauseIndex } from './_lib/lookup.js';
import type { Clause, ClauseId } from './types.js';
import { UnknownClauseError } from './UnknownClauseError.js';

/**
 * Gets a catalogue entry by id.
 *
 * The lookup is a `Map` built on first use (O(1) afterwards). The id must be written as in the
 * catalogue: `3.1`, not the text's `3. 1`; `Supp.2022.1`, `AppendedTable1`, `BR3.5`.
 *
 * @param id - a clause id such as `'13.2'`, `'10.8(1)(a)'` or `'Supp.2023-11-10.1'`
 * @returns the entry, frozen
 * @throws {@link UnknownClauseError} when the id is not in the catalogue (including
 *   `__proto__`, `constructor` and other `Object.prototype` names, and non-strings)
 * @example
 * ```ts
 * getClause('10.8').forms; //=> ['2-1', '2-2', '2-19', '2-20', '2-21']
 * getClause('13.2').kind; //=> 'period'
 * getClause('3. 1'); // throws UnknownClauseError (suggestions: ['3.1'])
 * ```
 * @see {@link findClause} for a variant that returns `undefined`
 */
export function getClause(id: ClauseId | (string & {})): Clause {
  const clause = typeof id === 'string' ? clauseIndex().get(id) : undefined;
  if (clause === undefined) throw new UnknownClauseError(id);
  return clause;
}
