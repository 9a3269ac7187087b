/**
 * Appeals as a process of a case (Chapters 6 and 19).
 *
 * @internal
 * @module
 */
import { defineProcess } from '../process.js';
import { APPEALS_GUARDS, appealsContextSchema, appealsMachine } from './machine.js';

/** @internal */
export const appeals = /* @__PURE__ */ defineProcess({
  name: 'appeals',
  machine: appealsMachine,
  get context() {
    return appealsContextSchema();
  },
  guards: APPEALS_GUARDS,
});
