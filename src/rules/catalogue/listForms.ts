import { FORMS } from './data/forms.js';
import type { Form } from './types.js';

/**
 * Lists every form of the rules, in Appended Table 1 order (1-1 … 1-6, 2-1 … 2-21).
 *
 * @returns the 27 forms, frozen
 * @example
 * ```ts
 * listForms().length; //=> 27
 * listForms().filter((f) => f.submittedBy === 'A').map((f) => f.number).slice(0, 3); //=> ['1-1', '1-2', '1-5']
 * ```
 * @see {@link getForm}
 */
export function listForms(): readonly Form[] {
  return FORMS;
}
