/**
 * The context of re-auditing (Chapter 16).
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { Day } from '../_lib/contextSchemas.js';
import type { InternalOf, Routed } from '../_lib/routed.js';
import type { ParsedEventOf } from '../events/catalogue.js';

/** @internal */
export const ReAuditContextSchema = /* @__PURE__ */ z.strictObject({
  count: z.number().int().min(0),
  basis: z.enum(['16.1', '16.5']).nullable(),
  requestedOn: Day.nullable(),
  dueOn: Day.nullable(),
  incidentId: z.string().nullable(),
  submittedOn: Day.nullable(),
  result: z.strictObject({ confirmed: z.boolean(), on: Day }).nullable(),
});

/** @internal */
export type ReAuditContext = z.infer<typeof ReAuditContextSchema>;

/** @internal */
export const INITIAL_RE_AUDIT_CONTEXT: ReAuditContext = { count: 0, basis: null, requestedOn: null, dueOn: null, incidentId: null, submittedOn: null, result: null };

/** @internal */
export type ReAuditEvent =
  | Routed<ParsedEventOf<'applicant.submittedReAudit' | 'oso.notifiedReAuditResult' | 'oso.requestedReApplication'>>
  | Routed<InternalOf<'case.reAuditRequested'>>
  | Routed<InternalOf<'case.registrationEnded'>>;
