/**
 * The context of one information security incident (Chapter 13).
 *
 * @module
 */
import * as z from 'zod';
import { INCIDENT_SERIOUSNESS, type Incident } from '../../rules/schemas/index.js';
import { typed } from '../../rules/schemas/_lib/field.js';
import { Day, DeadlinesSchema } from '../_lib/contextSchemas.js';
import type { Deadlines } from '../_lib/deadlines.js';
import type { InternalOf, Routed } from '../_lib/routed.js';
import type { CaseEventOf } from '../events/catalogue.js';
import type { INCIDENT_EVENTS } from '../events/otherEvents.js';
import { once } from '../../rules/schemas/_lib/once.js';

/**
 * The context of {@link incidentMachine}: one information security incident (Chapter 13), its
 * reports, and the suspensions it caused. Days are `YYYY-MM-DD` in Japan.
 */
export interface IncidentContext {
  /** The incident's id in the case (`incidentId` of its events). */
  readonly id: string | null;
  /** When the occurrence was recognized (13.1), as given: the periods of 13.2 and 13.3 count from it. */
  readonly recognizedAt: string | null;
  /** Its day in Japan. */
  readonly recognizedOn: string | null;
  /** When the incident occurred, when given (18.2(6) counts one year from it). */
  readonly occurredAt: string | null;
  /** What happened. */
  readonly description: string | null;
  /** How serious it was judged (13.1). */
  readonly seriousness: Incident['seriousness'] | null;
  /** Who judged it: the Registrant (`A`, 13.1(1)) or OSO (13.1(2)). */
  readonly judgedBy: 'A' | 'OSO' | null;
  /** The day OSO requested a report (13.1(2)), or `null`. */
  readonly osoRequestedOn: string | null;
  /** The day of the Urgent Report (13.2), or `null`. */
  readonly urgentReportedOn: string | null;
  /** The day of the Confirmed Report on Form 2-8 (13.3), or `null`. */
  readonly confirmedReportedOn: string | null;
  /** Additional reports made (13.2, 13.4). */
  readonly furtherReports: number;
  /** Requests for additional information (13.4), answered or not. */
  readonly infoRequests: number;
  /** OSO's requests for additional information not yet answered (13.4), oldest first: each is owed its own answer. */
  readonly openInfoRequests: {
    /** The day OSO made it. */
    readonly on: string;
  }[];
  /** The requests of a ministry or OSO to confirm the details of the incident not yet answered (7.6(2)), oldest first: each is owed its own answer. */
  readonly openConfirmationRequests: {
    /**
     * Who asked: `MIN` (a ministry or agency responsible for the System) or `OSO`; `null` for a
     * request kept by an earlier version, which did not record it (any answer discharges it).
     */
    readonly by: 'MIN' | 'OSO' | null;
    /** The day it was made. */
    readonly on: string;
  }[];
  /** The suspension by OSO for a missing report (13.5, 13.6), or `null`. */
  readonly osoSuspension: {
    /** The report missing: `urgent` (13.2) or `confirmed` (13.3). */
    readonly missing: 'urgent' | 'confirmed';
    /** The day of the suspension. */
    readonly on: string;
    /** The day it was lifted (13.6), or `null`. */
    readonly liftedOn: string | null;
  } | null;
  /** The suspension by the Steering Committee for a particularly serious incident (13.7–13.11), or `null`. */
  readonly scSuspension: {
    /** The day of the suspension (13.7). */
    readonly on: string;
    /** The Suspension Lifting Conditions notified (13.8), or `null` before them. */
    readonly conditions: string[] | null;
    /** The day the Application for Reinstatement was submitted (13.9), or `null`. */
    readonly reinstatementAppliedOn: string | null;
    /** The day a re-audit requested instead is due (13.11, 16.5), or `null`. */
    readonly reAuditDueOn: string | null;
    /** The day it was lifted (13.10), or `null`. */
    readonly liftedOn: string | null;
    /**
     * The first day on which the ground of deletion of 18.2(6) exists ("one year has passed since the
     * occurrence of the incident"): not a deadline, nobody owes an act by it.
     */
    readonly deletionGroundFrom: string | null;
  } | null;
  /** The day the incident was closed (the registration ended), or `null`. */
  readonly closedOn: string | null;
  /** The deadlines it set (13.2, 13.3), by the clause that sets them. */
  readonly deadlines: Deadlines;
}

/** The schema of a persisted {@link IncidentContext}, built on first use (only restoring a case needs it). @internal */
export const incidentContextSchema = /* @__PURE__ */ once(() =>
  typed<IncidentContext>()(
    z.strictObject({
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
      openInfoRequests: z.array(z.strictObject({ on: Day })),
      openConfirmationRequests: z.array(z.strictObject({ by: z.enum(['MIN', 'OSO']).nullable(), on: Day })),
      osoSuspension: z.strictObject({ missing: z.enum(['urgent', 'confirmed']), on: Day, liftedOn: Day.nullable() }).nullable(),
      scSuspension: z
        .strictObject({
          on: Day,
          conditions: z.array(z.string()).nullable(),
          reinstatementAppliedOn: Day.nullable(),
          reAuditDueOn: Day.nullable(),
          liftedOn: Day.nullable(),
          deletionGroundFrom: Day.nullable(),
        })
        .nullable(),
      closedOn: Day.nullable(),
      deadlines: DeadlinesSchema,
    }),
  ),
);

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
  openInfoRequests: [],
  openConfirmationRequests: [],
  osoSuspension: null,
  scSuspension: null,
  closedOn: null,
  deadlines: {},
};

/**
 * The events {@link incidentMachine} receives, each stamped with its {@link Routing}: the case
 * events of Chapter 13 (`applicant.recognizedIncident` … `sc.requestedReAudit`, exactly those
 * routed to incidents, see {@link EVENT_CATALOGUE}), the end of the registration
 * (`case.registrationEnded`, 18.2) and a confirmed re-audit (`case.reAuditConfirmed`, 16.7).
 */
export type IncidentEvent =
  | Routed<CaseEventOf<(typeof INCIDENT_EVENTS)[number]['type']>>
  | Routed<InternalOf<'case.registrationEnded'>>
  | Routed<InternalOf<'case.reAuditConfirmed'>>;
