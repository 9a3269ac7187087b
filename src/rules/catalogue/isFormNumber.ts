import { formIndex } from './_lib/lookup.js';
import type { FormNumber } from './types.js';

/**
 * Is `value` a form number of the rules?
 *
 * @param value - anything
 * @returns `true` (narrowing to {@link FormNumber}) for `'1-1'` … `'1-6'` and `'2-1'` … `'2-21'`
 * @example
 * ```ts
 * isFormNumber('2-21'); //=> true
 * isFormNumber('Form 2-21'); //=> false
 * ```
 * @see {@link getForm}
 */
export function isFormNumber(value: unknown): value is FormNumber {
  return typeof value === 'string' && formIndex().has(value);
}
