/**
 * The context of monitoring (Chapter 15).
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
 * The context of {@link monitoringMachine}: the current round of monitoring (Chapter 15), from the
 * Notice of Monitoring (Form 2-12) to its result (Form 2-13). Days are `YYYY-MM-DD` in Japan.
 */
export interface MonitoringContext {
  /** Rounds of monitoring started so far. */
  readonly count: number;
  /** The trigger of the current round: `15.1(1)` (a report or notice), `15.1(2)` (doubts) or `15.1(3)` (as OSO deems necessary). */
  readonly trigger: '15.1(1)' | '15.1(2)' | '15.1(3)' | null;
  /** The day of the Notice of Monitoring, or `null`. */
  readonly noticedOn: string | null;
  /** The day of the written reply (15.2(2)), or `null`. */
  readonly repliedOn: string | null;
  /** Interviews held (15.2(3)). */
  readonly interviews: number;
  /** The Notice of Monitoring Results (15.2(4), 15.2(5)), or `null` before it. */
  readonly result: {
    /** Whether the requirements were confirmed. */
    readonly confirmed: boolean;
    /** What could not be confirmed: Statement matters (15.2(5)(a)) and/or others (15.2(5)(b)). */
    readonly unconfirmed: ('statement' | 'other')[];
    /** The day. */
    readonly on: string;
  } | null;
  /** The day the Registrant last requested an opportunity for explanation (15.2(5)), or `null`. */
  readonly explanationRequestedOn: string | null;
  /** The day the explanation requested was last heard, or `null`. */
  readonly explanationHeldOn: string | null;
  /**
   * The day of the request for explanation while it is not yet heard, or `null`: OSO owes the
   * opportunity until then, and a new round of monitoring keeps it (with `explanationRequestedOn`
   * and `explanationHeldOn`).
   */
  readonly explanationPendingSince: string | null;
  /**
   * The results not confirming the requirements that OSO has yet to report to the Steering
   * Committee (15.2(5)), oldest first, each by its day `on`: one report each, kept across rounds.
   * A report discharges the oldest.
   */
  readonly committeeReportsPending: {
    /** The day of the result. */
    readonly on: string;
  }[];
}

/** The schema of a persisted {@link MonitoringContext}, built on first use (only restoring a case needs it). @internal */
export const monitoringContextSchema = /* @__PURE__ */ once(() =>
  typed<MonitoringContext>()(
    z.strictObject({
      count: z.number().int().min(0),
      trigger: z.enum(['15.1(1)', '15.1(2)', '15.1(3)']).nullable(),
      noticedOn: Day.nullable(),
      repliedOn: Day.nullable(),
      interviews: z.number().int().min(0),
      result: z.strictObject({ confirmed: z.boolean(), unconfirmed: z.array(z.enum(['statement', 'other'])), on: Day }).nullable(),
      explanationRequestedOn: Day.nullable(),
      explanationHeldOn: Day.nullable(),
      explanationPendingSince: Day.nullable(),
      committeeReportsPending: z.array(z.strictObject({ on: Day })),
    }),
  ),
);

/** @internal */
export const INITIAL_MONITORING_CONTEXT: MonitoringContext = {
  count: 0,
  trigger: null,
  noticedOn: null,
  repliedOn: null,
  interviews: 0,
  result: null,
  explanationRequestedOn: null,
  explanationHeldOn: null,
  explanationPendingSince: null,
  committeeReportsPending: [],
};

/**
 * The events {@link monitoringMachine} receives, each stamped with its {@link Routing}: the case
 * events of Chapter 15 (notice, reply, interview, result, explanation, closing, re-application
 * request) and the end of the registration (`case.registrationEnded`).
 */
export type MonitoringEvent =
  | Routed<
      CaseEventOf<
        | 'oso.notifiedMonitoring'
        | 'applicant.repliedToMonitoring'
        | 'oso.interviewedRegistrant'
        | 'oso.notifiedMonitoringResult'
        | 'applicant.requestedExplanation'
        | 'oso.heldExplanation'
        | 'oso.reportedMonitoringToCommittee'
        | 'oso.closedMonitoring'
        | 'oso.requestedReApplication'
      >
    >
  | Routed<InternalOf<'case.registrationEnded'>>;
