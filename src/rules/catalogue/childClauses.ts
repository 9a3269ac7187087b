import { optionalChoice, readOptions } from '../../_lib/args.js';
import { childIndex } from './_lib/lookup.js';
import { getClause } from './getClause.js';
import type { Clause, ClauseId } from './types.js';

/** Options of {@link childClauses}. */
export interface ChildClausesOptions {
  /** Also return the items of items (`10.8(1)(a)` under `10.8`), depth first. Default `false`. */
  readonly deep?: boolean;
}

/**
 * The items of a catalogue entry, in document order.
 *
 * @param id - the entry whose items are wanted (`'8.1'`, `'10.8'`, `'Supp.2022'`)
 * @param options - `{ deep: true }` for items of items as well
 * @returns its items (direct ones unless `deep`); empty for an entry without items
 * @throws {@link UnknownClauseError} when `id` is not in the catalogue
 * @example
 * ```ts
 * childClauses('18.2').map((c) => c.id); //=> ['18.2(1)', '18.2(2)', …, '18.2(7)']
 * childClauses('10.8(1)').map((c) => c.id); //=> ['10.8(1)(a)', '10.8(1)(b)']
 * childClauses('10.8', { deep: true }).length; //=> 9
 * childClauses('13.2'); //=> []
 * ```
 * @see {@link Clause.parent}
 */
export function childClauses(id: ClauseId | (string & {}), options: ChildClausesOptions = {}): readonly Clause[] {
  getClause(id);
  const { deep } = readOptions(options, 'options of childClauses', ['deep']);
  const direct = childIndex().get(id) ?? [];
  if (optionalChoice(deep, 'options.deep', [true, false]) !== true) return direct;
  return direct.flatMap((child) => [child, ...childClauses(child.id, options)]);
}
