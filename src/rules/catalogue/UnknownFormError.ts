import { IsmapLiuError, brandAs, describe } from '../../errors.js';
import { closestMatches } from './_lib/closestMatches.js';
import { FORMS } from './data/forms.js';
import type { FormNumber } from './types.js';

/**
 * A form number that the rules do not have.
 *
 * Its code is `unknown_form`; a form is a row of Appended Table 1, an entry of the catalogue,
 * and `clause` is set to `'AppendedTable1'`.
 *
 * @example
 * ```ts
 * try {
 *   getForm('2020');
 * } catch (error) {
 *   if (error instanceof UnknownFormError) {
 *     error.code; //=> 'unknown_form'
 *     error.suggestions; //=> ['2-20']
 *   }
 * }
 * ```
 * @see Appended Table 1
 */
export class UnknownFormError extends IsmapLiuError {
  /** Every form number, `1-1` … `1-6`, `2-1` … `2-21`. */
  readonly validNumbers: readonly FormNumber[];
  /** The form numbers closest to the refused one, best first (may be empty). */
  readonly suggestions: readonly FormNumber[];

  /**
   * @param number - the refused form number (any value)
   */
  constructor(number: unknown) {
    const validNumbers = Object.freeze(FORMS.map((form) => form.number));
    const suggestions = closestMatches(number, validNumbers, 3);
    const hint = suggestions.length > 0 ? `Closest: ${suggestions.join(', ')}` : 'Forms are numbered 1-1 … 1-6 and 2-1 … 2-21';
    super('unknown_form', `Unknown form ${describe(number)}. ${hint} (Appended Table 1).`, {
      value: number,
      expected: 'a form number such as "1-1" or "2-19", without the word "Form"',
      clause: 'AppendedTable1',
    });
    this.name = 'UnknownFormError';
    brandAs(this, 'UnknownFormError');
    this.validNumbers = validNumbers;
    this.suggestions = Object.freeze(suggestions);
  }
}
