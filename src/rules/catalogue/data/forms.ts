/**
 * The forms table: Forms 1-1 … 1-6 and 2-1 … 2-21, in Appended Table 1 order.
 *
 * @module
 */
import type { Form } from '../types.js';
import { deepFreeze } from '../_lib/deepFreeze.js';
import { FORMS_1 } from './forms-1.js';
import { FORMS_2_A, FORMS_2_B } from './forms-2.js';

/**
 * Every form, frozen, in Appended Table 1 order.
 *
 * @internal
 */
export const FORMS: readonly Form[] = /* @__PURE__ */ (() => deepFreeze([...FORMS_1, ...FORMS_2_A, ...FORMS_2_B]))();
