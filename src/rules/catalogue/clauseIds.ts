import { CLAUSES } from './data/clauses.js';
import type { ClauseId } from './types.js';

/**
 * Every id of the clause catalogue, in document order: Chapters 1–19 (clauses, items and
 * sub-items), the Supplementary Provisions, Appended Table 1, Appendices 1–3, then `BR3.5`.
 *
 * @example
 * ```ts
 * clauseIds[0]; //=> '1.1'
 * clauseIds.includes('10.8(1)(a)'); //=> true
 * clauseIds.at(-1); //=> 'BR3.5'
 * ```
 * @see getClause, listClauses
 */
export const clauseIds: readonly ClauseId[] = /* @__PURE__ */ (() => Object.freeze(CLAUSES.map((clause) => clause.id)))();
