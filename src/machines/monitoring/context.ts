/**
 * The context of monitoring (Chapter 15).
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { Day } from '../_lib/contextSchemas.js';
import type { InternalOf, Routed } from '../_lib/routed.js';
import type { ParsedEventOf } from '../events/catalogue.js';

/** @internal */
export const MonitoringContextSchema = /* @__PURE__ */ z.strictObject({
  count: z.number().int().min(0),
  trigger: z.enum(['15.1(1)', '15.1(2)', '15.1(3)']).nullable(),
  noticedOn: Day.nullable(),
  repliedOn: Day.nullable(),
  interviews: z.number().int().min(0),
  result: z.strictObject({ confirmed: z.boolean(), unconfirmed: z.array(z.enum(['statement', 'other'])), on: Day }).nullable(),
  explanationRequestedOn: Day.nullable(),
});

/** @internal */
export type MonitoringContext = z.infer<typeof MonitoringContextSchema>;

/** @internal */
export const INITIAL_MONITORING_CONTEXT: MonitoringContext = {
  count: 0,
  trigger: null,
  noticedOn: null,
  repliedOn: null,
  interviews: 0,
  result: null,
  explanationRequestedOn: null,
};

/** @internal */
export type MonitoringEvent =
  | Routed<
      ParsedEventOf<
        | 'oso.notifiedMonitoring'
        | 'applicant.repliedToMonitoring'
        | 'oso.interviewedRegistrant'
        | 'oso.notifiedMonitoringResult'
        | 'applicant.requestedExplanation'
        | 'oso.closedMonitoring'
        | 'oso.requestedReApplication'
      >
    >
  | Routed<InternalOf<'case.registrationEnded'>>;
