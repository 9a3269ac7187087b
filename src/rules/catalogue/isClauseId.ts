import { clauseIndex } from './_lib/lookup.js';
import type { ClauseId } from './types.js';

/**
 * Is `value` an id of the clause catalogue?
 *
 * @param value - anything
 * @returns `true` (narrowing `value` to {@link ClauseId}) when it is a catalogue id
 * @example
 * ```ts
 * isClauseId('18.2(6)'); //=> true
 * isClauseId('3. 1'); //=> false (write '3.1')
 * isClauseId('__proto__'); //=> false
 * ```
 * @see {@link clauseIds}
 */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && clauseIndex().has(value);
}
