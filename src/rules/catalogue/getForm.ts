import { formIndex } from './_lib/lookup.js';
import type { Form, FormNumber } from './types.js';
import { UnknownFormError } from './UnknownFormError.js';

/**
 * Gets a form of the rules by number: its names, the clauses that use it, who sends it to whom,
 * and its submission method under Appended Table 1.
 *
 * @param number - a form number, `'1-1'` … `'1-6'` or `'2-1'` … `'2-21'`
 * @returns the form, frozen
 * @throws {@link UnknownFormError} for any other value (code `unknown_clause`)
 * @example
 * ```ts
 * getForm('2-19').name; //=> 'Notice of Suspended Registration'
 * getForm('2-20').clauses; //=> ['10.8', '10.9', 'AppendedTable1']
 * getForm('2-21').appendedTableName; //=> 'Application Form in Regard to Suspended Registration'
 * ```
 * @see Appended Table 1
 */
export function getForm(number: FormNumber | (string & {})): Form {
  const form = typeof number === 'string' ? formIndex().get(number) : undefined;
  if (form === undefined) throw new UnknownFormError(number);
  return form;
}
