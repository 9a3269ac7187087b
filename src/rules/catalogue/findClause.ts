import { clauseIndex } from './_lib/lookup.js';
import type { Clause, ClauseId } from './types.js';

/**
 * Looks up a catalogue entry by id, without throwing.
 *
 * The id must be written as in the catalogue (`3.1`, not the text's `3. 1`). Names inherited
 * from `Object.prototype` (`__proto__`, `constructor`, `toString`) are never found.
 *
 * @param id - a clause id such as `'13.2'`, `'4.5(1)'` or `'Supp.2022.2'` (any value is accepted)
 * @returns the entry, or `undefined` when there is none
 * @example
 * ```ts
 * findClause('13.3')?.forms; //=> ['2-8']
 * findClause('13.14'); //=> undefined
 * ```
 * @see {@link getClause} for the throwing variant
 */
export function findClause(id: ClauseId | (string & {})): Clause | undefined {
  return typeof id === 'string' ? clauseIndex().get(id) : undefined;
}
