/**
 * The context of one information security incident (Chapter 13).
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { INCIDENT_SERIOUSNESS } from '../../rules/schemas/index.js';
import { Day, DeadlinesSchema } from '../_lib/contextSchemas.js';
import type { InternalOf, Routed } from '../_lib/routed.js';
import type { ParsedEventOf } from '../events/catalogue.js';
import type { INCIDENT_EVENTS } from '../events/otherEvents.js';

/** @internal */
export const IncidentContextSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().nullable(),
  recognizedAt: z.string().nullable(),
  recognizedOn: Day.nullable(),
  occurredAt: z.string().nullable(),
  description: z.string().nullable(),
  seriousness: z.enum(INCIDENT_SERIOUSNESS).nullable(),
  judgedBy: z.enum(['A', 'OSO']).nullable(),
  osoRequestedOn: Day.nullable(),
  urgentReportedOn: Day.nullable(),
  confirmedReportedOn: Day.nullable(),
  furtherReports: z.number().int().min(0),
  infoRequests: z.number().int().min(0),
  osoSuspension: z.strictObject({ missing: z.enum(['urgent', 'confirmed']), on: Day, liftedOn: Day.nullable() }).nullable(),
  scSuspension: z
    .strictObject({
      on: Day,
      conditions: z.array(z.string()).nullable(),
      reinstatementAppliedOn: Day.nullable(),
      reAuditDueOn: Day.nullable(),
      liftedOn: Day.nullable(),
    })
    .nullable(),
  closedOn: Day.nullable(),
  deadlines: DeadlinesSchema,
});

/** @internal */
export type IncidentContext = z.infer<typeof IncidentContextSchema>;

/** @internal */
export const INITIAL_INCIDENT_CONTEXT: IncidentContext = {
  id: null,
  recognizedAt: null,
  recognizedOn: null,
  occurredAt: null,
  description: null,
  seriousness: null,
  judgedBy: null,
  osoRequestedOn: null,
  urgentReportedOn: null,
  confirmedReportedOn: null,
  furtherReports: 0,
  infoRequests: 0,
  osoSuspension: null,
  scSuspension: null,
  closedOn: null,
  deadlines: {},
};

/** The case events routed to an incident: exactly those defined in `INCIDENT_EVENTS`. */
type IncidentCaseEvent = ParsedEventOf<(typeof INCIDENT_EVENTS)[number]['type']>;

/** @internal */
export type IncidentEvent = Routed<IncidentCaseEvent> | Routed<InternalOf<'case.registrationEnded'>> | Routed<InternalOf<'case.reAuditConfirmed'>>;
