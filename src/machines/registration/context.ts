/**
 * The context of the registration (Chapters 11, 12, 18).
 *
 * @module
 */
import * as z from 'zod';
import { AuditPeriodSchema, PastDeletionSchema, type AuditPeriod, type PastDeletion } from '../../rules/schemas/index.js';
import { typed } from '../../rules/schemas/_lib/field.js';
import { ListEntryInputSchema } from '../events/fields.js';
import type { ListEntryInput } from '../events/caseFile.js';
import { Day, DeadlinesSchema } from '../_lib/contextSchemas.js';
import type { Deadlines } from '../_lib/deadlines.js';
import type { CaseFacts, InternalEvent, Routed } from '../_lib/routed.js';
import type { CaseEventOf } from '../events/catalogue.js';
import { once } from '../../rules/schemas/_lib/once.js';

/**
 * The context of {@link registrationMachine}: the registration of the service (11.1, 11.2), its
 * expiry (12.1, BR3.5), withdrawal (18.1) or deletion (18.2), and its list entry (11.5). Days
 * are `YYYY-MM-DD` in Japan.
 */
export interface RegistrationContext {
  /** The day of the current registration or last renewal (11.5(4)), or `null`. */
  readonly registeredOn: string | null;
  /** The day of the first registration. */
  readonly firstRegisteredOn: string | null;
  /** Renewals granted since the first registration (12.2). */
  readonly renewals: number;
  /** The audit period the registration was granted on (11.5(8), 7.14). */
  readonly auditPeriod: AuditPeriod | null;
  /** Whether an improvement plan was submitted (11.5(10)). */
  readonly improvementPlan: boolean | null;
  /** The list-entry fields given so far (11.5), merged from the application and change notices. */
  readonly listEntry: ListEntryInput;
  /** The day a renewal was applied for while it is pending (12.2), or `null`. */
  readonly renewalApplicationDate: string | null;
  /** A ground of 18.1 the Registrant recorded (the service ended, or it cannot keep its registration), before its notice, or `null`. */
  readonly withdrawalGround: {
    /** `18.1(1)` or `18.1(2)`. */
    readonly reason: '18.1(1)' | '18.1(2)';
    /** The day it arose. */
    readonly on: string;
  } | null;
  /** The day the registration became subject to a suspension or deletion while the Registrant has not yet told the procuring bodies (7.6(5)), or `null`. */
  readonly procuringNoticePendingSince: string | null;
  /** The day of a deletion under 18.2(3)–(6) while Form 2-16 has not yet been sent (18.3), or `null`. */
  readonly reApplicationNoticePendingSince: string | null;
  /** The Notice of Withdrawal of Registration (18.1), or `null`. */
  readonly withdrawal: {
    /** The reason: `18.1(1)` or `18.1(2)`. */
    readonly reason: '18.1(1)' | '18.1(2)';
    /** The day. */
    readonly on: string;
  } | null;
  /** How the registration ended (18.2(1)–(7), or `12.1`), or `null` while it stands. */
  readonly deletion: {
    /** The clause of the ground. */
    readonly ground: string;
    /** The day. */
    readonly on: string;
  } | null;
  /** Every deletion of this case's registrations (read by 5.1(4) in a later round). */
  readonly pastDeletions: PastDeletion[];
  /** The day a re-application was requested (15.2(5)(b), 16.4), or `null`. */
  readonly reApplicationRequestedOn: string | null;
  /** The deadlines in force (`BR3.5`: the expiration date), by the clause that sets them. */
  readonly deadlines: Deadlines;
}

/** The schema of a persisted {@link RegistrationContext}, built on first use (only restoring a case needs it). @internal */
export const registrationContextSchema = /* @__PURE__ */ once(() =>
  typed<RegistrationContext>()(
    z.strictObject({
      registeredOn: Day.nullable(),
      firstRegisteredOn: Day.nullable(),
      renewals: z.number().int().min(0),
      auditPeriod: AuditPeriodSchema.nullable(),
      improvementPlan: z.boolean().nullable(),
      listEntry: ListEntryInputSchema,
      renewalApplicationDate: Day.nullable(),
      procuringNoticePendingSince: Day.nullable(),
      reApplicationNoticePendingSince: Day.nullable(),
      withdrawalGround: z.strictObject({ reason: z.enum(['18.1(1)', '18.1(2)']), on: Day }).nullable(),
      withdrawal: z.strictObject({ reason: z.enum(['18.1(1)', '18.1(2)']), on: Day }).nullable(),
      deletion: z.strictObject({ ground: z.string(), on: Day }).nullable(),
      pastDeletions: z.array(PastDeletionSchema),
      reApplicationRequestedOn: Day.nullable(),
      deadlines: DeadlinesSchema,
    }),
  ),
);

/** @internal */
export const INITIAL_REGISTRATION_CONTEXT: RegistrationContext = {
  registeredOn: null,
  firstRegisteredOn: null,
  renewals: 0,
  auditPeriod: null,
  improvementPlan: null,
  listEntry: {},
  renewalApplicationDate: null,
  procuringNoticePendingSince: null,
  reApplicationNoticePendingSince: null,
  withdrawalGround: null,
  withdrawal: null,
  deletion: null,
  pastDeletions: [],
  reApplicationRequestedOn: null,
  deadlines: {},
};

/**
 * The events {@link registrationMachine} receives, each stamped with its {@link Routing}: a
 * withdrawal (18.1), a deletion (18.2), the clock (`time.passed`, for the expiry 12.1), and the
 * follow-ups of the procedure and of changes and monitoring ({@link InternalEvent}: registered,
 * renewal applied, withdrawn or rejected, list entry changed, re-application requested).
 */
export type RegistrationEvent =
  | Routed<CaseEventOf<'applicant.foundWithdrawalGround' | 'applicant.notifiedProcuringBodies' | 'sc.sentReApplicationRequest'>>
  | Routed<CaseEventOf<'applicant.submittedWithdrawal'>>
  | Routed<CaseEventOf<'sc.deletedRegistration'>>
  | Routed<CaseEventOf<'time.passed'>>
  | Routed<
      Exclude<
        InternalEvent,
        {
          /** The follow-ups for other processes. */
          type: 'case.registrationEnded' | 'case.reAuditRequested' | 'case.reAuditConfirmed';
        }
      >
    >;

export type { CaseFacts };
