/**
 * The context of appeals (Chapters 6 and 19).
 *
 * @module
 */
import * as z from 'zod';
import { typed } from '../../rules/schemas/_lib/field.js';
import { Day } from '../_lib/contextSchemas.js';
import type { Routed } from '../_lib/routed.js';
import type { CaseEventOf } from '../events/catalogue.js';
import { once } from '../../rules/schemas/_lib/once.js';

/** One appeal (Form 1-5 or Form 2-17) and its answer. Days are `YYYY-MM-DD` in Japan. */
export interface Appeal {
  /** The day it was filed. */
  readonly filedOn: string;
  /** The day it was answered (Form 1-6 or Form 2-18), or `null` while pending. */
  readonly answeredOn: string | null;
  /** The measure appealed against, when given. */
  readonly measure: string | null;
}

/**
 * The context of {@link appealsMachine}: every appeal of the case, in the order filed, one list
 * per kind. The last of a list is the one pending or last answered.
 */
export interface AppealsContext {
  /** Appeals against measures related to a Prior Application (6.1, Form 1-5; answered 6.2, Form 1-6). */
  readonly priorApplication: Appeal[];
  /** Appeals against registration procedures (19.1, Form 2-17; answered 19.2, Form 2-18). */
  readonly registration: Appeal[];
}

/** The schema of a persisted {@link AppealsContext}, built on first use (only restoring a case needs it). @internal */
export const appealsContextSchema = /* @__PURE__ */ once(() => {
  const appeal = z.strictObject({ filedOn: Day, answeredOn: Day.nullable(), measure: z.string().nullable() });
  return typed<AppealsContext>()(z.strictObject({ priorApplication: z.array(appeal), registration: z.array(appeal) }));
});

/**
 * The events {@link appealsMachine} receives, each stamped with its {@link Routing}: the appeals
 * of 6.1 and 19.1 and their answers (6.2, 19.2).
 */
export type AppealsEvent = Routed<
  CaseEventOf<'applicant.appealedPriorApplication' | 'min.answeredPriorApplicationAppeal' | 'applicant.appealedRegistration' | 'sc.answeredAppeal'>
>;
