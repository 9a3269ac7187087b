/**
 * `expect.allowed` and `expect.notAllowed`: events that may, or must not, happen next.
 *
 * @module
 */
import type { Evaluation } from '../../../machines/index.js';
import { outcome, show, type ExpectationResult } from '../result.js';
import type { AllowedItem } from '../schema.js';

/** An allowed event of the evaluation, as the comparison reads it. */
export interface ActualAllowed {
  readonly type: string;
  readonly instance: string | null;
  readonly until: string | null;
}

/** Whether the allowed event `a` is one `item` describes: same type, and the instance and `until` when given. */
function matches(item: AllowedItem, a: ActualAllowed): boolean {
  if (typeof item === 'string') return a.type === item;
  return a.type === item.type && (item.instance === undefined || item.instance === a.instance) && (item.until === undefined || item.until === a.until);
}

/**
 * The result of `expect.allowed` (`must` true: each item must match an allowed event) or
 * `expect.notAllowed` (`must` false: no allowed event may match any item). A string item is an
 * event type whatever its instance; an object item also compares the `instance` and `until` it
 * gives.
 *
 * @param items - the items
 * @param must - `true` for `allowed`, `false` for `notAllowed`
 * @param evaluation - the evaluation
 * @param at - the JSON path of the list in the fixture file
 * @returns the result, a line per item that fails
 */
export function checkAllowed(items: readonly AllowedItem[], must: boolean, evaluation: Evaluation, at: string): ExpectationResult {
  const actual: ActualAllowed[] = evaluation.allowed.map((a) => ({ type: a.type, instance: a.instance, until: a.until }));
  const diff: string[] = [];
  for (const item of items) {
    const found = actual.filter((a) => matches(item, a));
    if (must && found.length === 0) {
      const sameType = actual.filter((a) => a.type === (typeof item === 'string' ? item : item.type));
      diff.push(`- not allowed ${show(item)}${sameType.length === 0 ? '' : `; allowed as ${sameType.map((a) => show(a)).join(', ')}`}`);
    }
    if (!must && found.length > 0) diff.push(`+ allowed     ${found.map((a) => show(a)).join(', ')}`);
  }
  const name = `${must ? 'allowed' : 'notAllowed'} (${items.length} event${items.length === 1 ? '' : 's'})`;
  return outcome(name, at, diff, items, actual);
}
