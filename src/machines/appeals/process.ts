/**
 * Appeals as a process of a case (Chapters 6 and 19).
 *
 * @internal
 * @module
 */
import { defineProcess } from '../process.js';
import { APPEALS_GUARDS, AppealsContextSchema, appealsMachine } from './machine.js';

/** @internal */
export const appeals = /* @__PURE__ */ defineProcess({
  name: 'appeals',
  machine: appealsMachine,
  context: AppealsContextSchema,
  guards: APPEALS_GUARDS,
});
