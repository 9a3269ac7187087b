/**
 * The corporate number (法人番号) that lets the Applicant omit the Certificate of Registered
 * Matters (8.1(1)).
 *
 * @module
 */
import * as z from 'zod';
import { describe } from '../../errors.js';
import { params, wrongType } from './_lib/field.js';

const EXPECTED = 'a 13-digit corporate number (法人番号) with a valid check digit';

/**
 * Does a 13-digit string carry a valid check digit? The first digit is the check digit of the
 * other twelve: 9 − (Σ Pn × Qn mod 9), where Pn is the n-th digit from the right and Qn is 1
 * for odd n and 2 for even n (Ordinance on the Corporate Number, Art. 2).
 *
 * @param digits - 13 ASCII digits
 * @returns `true` when the check digit matches (`false` for anything that is not a string of 13 digits)
 * @example
 * ```ts
 * isValidCorporateNumber('7000012050002'); //=> true (National Tax Agency)
 * isValidCorporateNumber('1000012050002'); //=> false
 * ```
 * @see 8.1(1)
 */
export function isValidCorporateNumber(digits: string): boolean {
  if (typeof digits !== 'string' || !/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(digits[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(digits[0]) === 9 - (sum % 9);
}

/**
 * A corporate number: 13 ASCII digits whose first digit is the check digit.
 *
 * @example
 * ```ts
 * CorporateNumberSchema.safeParse('7000012050002').success; //=> true
 * CorporateNumberSchema.safeParse('700001205000').success; //=> false
 * ```
 * @see 8.1(1)
 */
export const CorporateNumberSchema = /* @__PURE__ */ (() => z
  .string({ error: (iss) => wrongType('the corporate number', EXPECTED, iss.input, '8.1(1)') })
  .superRefine((value, ctx) => {
    if (isValidCorporateNumber(value)) return;
    const why = /^\d{13}$/.test(value) ? 'its check digit (the first digit) does not match' : 'it is not 13 digits';
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `The corporate number ${describe(value)} cannot be used: ${why}; expected ${EXPECTED} (see 8.1(1)).`,
      params: params(/^\d{13}$/.test(value) ? 'bad_check_digit' : 'not_a_corporate_number', EXPECTED, '8.1(1)'),
    });
  }))();
