/**
 * The context of the registration (Chapters 11, 12, 18).
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { AuditPeriodSchema, PastDeletionSchema } from '../../rules/schemas/index.js';
import { ListEntryInputSchema } from '../events/fields.js';
import { Day, DeadlinesSchema } from '../_lib/contextSchemas.js';
import type { CaseFacts, InternalEvent, Routed } from '../_lib/routed.js';
import type { ParsedEventOf } from '../events/catalogue.js';

/** @internal */
export const RegistrationContextSchema = /* @__PURE__ */ z.strictObject({
  registeredOn: Day.nullable(),
  firstRegisteredOn: Day.nullable(),
  renewals: z.number().int().min(0),
  auditPeriod: AuditPeriodSchema.nullable(),
  improvementPlan: z.boolean().nullable(),
  listEntry: ListEntryInputSchema,
  renewalApplicationDate: Day.nullable(),
  withdrawal: z.strictObject({ reason: z.enum(['18.1(1)', '18.1(2)']), on: Day }).nullable(),
  deletion: z.strictObject({ ground: z.string(), on: Day }).nullable(),
  pastDeletions: z.array(PastDeletionSchema),
  reApplicationRequestedOn: Day.nullable(),
  deadlines: DeadlinesSchema,
});

/** @internal */
export type RegistrationContext = z.infer<typeof RegistrationContextSchema>;

/** @internal */
export const INITIAL_REGISTRATION_CONTEXT: RegistrationContext = {
  registeredOn: null,
  firstRegisteredOn: null,
  renewals: 0,
  auditPeriod: null,
  improvementPlan: null,
  listEntry: {},
  renewalApplicationDate: null,
  withdrawal: null,
  deletion: null,
  pastDeletions: [],
  reApplicationRequestedOn: null,
  deadlines: {},
};

/** @internal */
export type RegistrationEvent =
  | Routed<ParsedEventOf<'applicant.submittedWithdrawal'>>
  | Routed<ParsedEventOf<'sc.deletedRegistration'>>
  | Routed<ParsedEventOf<'time.passed'>>
  | Routed<Exclude<InternalEvent, { type: 'case.registrationEnded' | 'case.reAuditRequested' | 'case.reAuditConfirmed' }>>;

export type { CaseFacts };
