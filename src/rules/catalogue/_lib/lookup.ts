/**
 * Lazily built indexes over the catalogue. Nothing is built at import time; each `Map` is made
 * on first use and kept. A `Map` (not an object) keeps `__proto__`, `constructor` and other
 * `Object.prototype` names from ever matching.
 *
 * @module
 * @internal
 */
import { CLAUSES } from '../data/clauses.js';
import { FORMS } from '../data/forms.js';
import type { Clause, Form } from '../types.js';

let clausesById: Map<string, Clause> | undefined;
let childrenById: Map<string, Clause[]> | undefined;
let formsByNumber: Map<string, Form> | undefined;

/**
 * The catalogue entries by id.
 *
 * @returns a map from id to entry, built on first call
 * @internal
 */
export function clauseIndex(): ReadonlyMap<string, Clause> {
  clausesById ??= new Map(CLAUSES.map((clause) => [clause.id, clause]));
  return clausesById;
}

/**
 * The direct children of each entry that has items, in document order.
 *
 * @returns a map from parent id to its items, built on first call
 * @internal
 */
export function childIndex(): ReadonlyMap<string, readonly Clause[]> {
  if (childrenById === undefined) {
    childrenById = new Map();
    for (const clause of CLAUSES) {
      if (clause.parent === undefined) continue;
      const siblings = childrenById.get(clause.parent);
      if (siblings === undefined) childrenById.set(clause.parent, [clause]);
      else siblings.push(clause);
    }
    for (const siblings of childrenById.values()) Object.freeze(siblings);
  }
  return childrenById;
}

/**
 * The forms by number.
 *
 * @returns a map from form number to form, built on first call
 * @internal
 */
export function formIndex(): ReadonlyMap<string, Form> {
  formsByNumber ??= new Map(FORMS.map((form) => [form.number, form]));
  return formsByNumber;
}
