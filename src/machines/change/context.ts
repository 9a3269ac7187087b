/**
 * The context of one change to a registered service (Chapter 14).
 *
 * @module
 */
import * as z from 'zod';
import { typed } from '../../rules/schemas/_lib/field.js';
import { Day } from '../_lib/contextSchemas.js';
import type { InternalOf, Routed } from '../_lib/routed.js';
import type { CaseEventOf } from '../events/catalogue.js';
import { once } from '../../rules/schemas/_lib/once.js';

/**
 * The context of {@link changeMachine}: one change to a registered service (Chapter 14),
 * notified (14.1, 14.2) or found unnotified and suspended until notified (14.3–14.5). Days are
 * `YYYY-MM-DD` in Japan.
 */
export interface ChangeContext {
  /** The change's id in the case (`changeId` of its events). */
  readonly id: string | null;
  /** `14.1` (a significant control change) or `14.2` (a change of listed content). */
  readonly kind: '14.1' | '14.2' | null;
  /** What changed, when given. */
  readonly description: string | null;
  /** The day it was notified (Form 2-10 or 2-11), or `null`. */
  readonly notifiedOn: string | null;
  /** The day OSO suspended the registration for it being unnotified (14.3), or `null`. */
  readonly suspendedOn: string | null;
  /** The day that suspension was lifted on the notice (14.4), or `null`. */
  readonly liftedOn: string | null;
  /** The day it was closed (the registration ended), or `null`. */
  readonly closedOn: string | null;
  /** The day the change (or an event that could lead to one) occurred, when recorded (14.1, 14.2, 7.6(3)), or `null`. */
  readonly occurredOn: string | null;
  /** The day OSO requested the notice of a change it found unnotified (14.3), or `null`. */
  readonly requestedOn: string | null;
}

/** The schema of a persisted {@link ChangeContext}, built on first use (only restoring a case needs it). @internal */
export const changeContextSchema = /* @__PURE__ */ once(() =>
  typed<ChangeContext>()(
    z.strictObject({
      id: z.string().nullable(),
      kind: z.enum(['14.1', '14.2']).nullable(),
      description: z.string().nullable(),
      notifiedOn: Day.nullable(),
      suspendedOn: Day.nullable(),
      liftedOn: Day.nullable(),
      closedOn: Day.nullable(),
      occurredOn: Day.nullable(),
      requestedOn: Day.nullable(),
    }),
  ),
);

/** @internal */
export const INITIAL_CHANGE_CONTEXT: ChangeContext = { id: null, kind: null, description: null, notifiedOn: null, suspendedOn: null, liftedOn: null, closedOn: null, occurredOn: null, requestedOn: null };

/**
 * The events {@link changeMachine} receives, each stamped with its {@link Routing}: the notices of
 * 14.1 and 14.2, the suspension of 14.3, and the end of the registration (`case.registrationEnded`).
 */
export type ChangeEvent =
  | Routed<CaseEventOf<'applicant.madeChange' | 'oso.requestedChangeNotice' | 'applicant.notifiedSignificantControlChange' | 'applicant.notifiedListedContentChange' | 'oso.suspendedForUnnotifiedChange'>>
  | Routed<InternalOf<'case.registrationEnded'>>;
