/**
 * The context of re-auditing (Chapter 16).
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
 * The context of {@link reAuditMachine}: the current re-audit (Chapter 16), requested after
 * monitoring (16.1) or an incident (16.5). Days are `YYYY-MM-DD` in Japan.
 */
export interface ReAuditContext {
  /** Re-audits requested so far. */
  readonly count: number;
  /** The clause it was requested under: `16.1` (Form 2-13) or `16.5` (Form 2-14). */
  readonly basis: '16.1' | '16.5' | null;
  /** The day it was requested, or `null`. */
  readonly requestedOn: string | null;
  /** The day it is due, as the notice gives it (16.2, 16.6), or `null`. */
  readonly dueOn: string | null;
  /** The incident it follows (16.5), or `null`. */
  readonly incidentId: string | null;
  /** The day the re-audit was submitted (16.2, 16.6), or `null`. */
  readonly submittedOn: string | null;
  /**
   * The results OSO has yet to report to the Steering Committee, oldest first: one report each,
   * under 16.3 (not confirmed) or 16.7 (confirmed), from the day of the result. A report
   * discharges the oldest.
   */
  readonly committeeReports: {
    /** `16.3` (requirements not confirmed) or `16.7` (confirmed). */
    readonly clause: '16.3' | '16.7';
    /** The day of the result. */
    readonly since: string;
  }[];
  /** The result (16.3, 16.7), or `null` before it. */
  readonly result: {
    /** Whether the requirements were confirmed. */
    readonly confirmed: boolean;
    /** The day. */
    readonly on: string;
  } | null;
}

/** The schema of a persisted {@link ReAuditContext}, built on first use (only restoring a case needs it). @internal */
export const reAuditContextSchema = /* @__PURE__ */ once(() =>
  typed<ReAuditContext>()(
    z.strictObject({
      count: z.number().int().min(0),
      basis: z.enum(['16.1', '16.5']).nullable(),
      requestedOn: Day.nullable(),
      dueOn: Day.nullable(),
      incidentId: z.string().nullable(),
      submittedOn: Day.nullable(),
      committeeReports: z.array(z.strictObject({ clause: z.enum(['16.3', '16.7']), since: Day })),
      result: z.strictObject({ confirmed: z.boolean(), on: Day }).nullable(),
    }),
  ),
);

/** @internal */
export const INITIAL_RE_AUDIT_CONTEXT: ReAuditContext = { count: 0, basis: null, requestedOn: null, dueOn: null, incidentId: null, submittedOn: null, committeeReports: [], result: null };

/**
 * The events {@link reAuditMachine} receives, each stamped with its {@link Routing}: the
 * submission and result of the re-audit, a re-application request (16.4), the request of a
 * re-audit by monitoring or an incident (`case.reAuditRequested`) and the end of the registration
 * (`case.registrationEnded`).
 */
export type ReAuditEvent =
  | Routed<CaseEventOf<'applicant.submittedReAudit' | 'oso.notifiedReAuditResult' | 'oso.reportedReAuditToCommittee' | 'oso.requestedReApplication'>>
  | Routed<InternalOf<'case.reAuditRequested'>>
  | Routed<InternalOf<'case.registrationEnded'>>;
