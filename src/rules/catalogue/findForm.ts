import { formIndex } from './_lib/lookup.js';
import type { Form, FormNumber } from './types.js';

/**
 * Looks up a form by number, without throwing.
 *
 * @param number - a form number such as `'2-19'` (not `'Form 2-19'`; any value is accepted)
 * @returns the form, or `undefined` when the rules have no such form
 * @example
 * ```ts
 * findForm('2-8')?.name; //=> 'Information Security Incident Report'
 * findForm('2-22'); //=> undefined
 * ```
 * @see {@link getForm} for the throwing variant
 */
export function findForm(number: FormNumber | (string & {})): Form | undefined {
  return typeof number === 'string' ? formIndex().get(number) : undefined;
}
