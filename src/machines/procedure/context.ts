/**
 * The context of a procedure round (Chapters 3–11): the facts of the Prior Application, the
 * audit, the application, the review and the decision, with the deadlines they set.
 *
 * @module
 */
import * as z from 'zod';
import {
  ApplicationDocumentsSchema,
  AssessmentReportSchema,
  AuditPeriodSchema,
  PastDeletionSchema,
  PriorApplicationSchema,
  type ApplicationDocuments,
  type AssessmentReport,
  type AuditPeriod,
  type DisclosureItem,
  type OathItem,
  type PastDeletion,
  type PriorApplication,
} from '../../rules/schemas/index.js';
import { typed } from '../../rules/schemas/_lib/field.js';
import { REVIEW_FIELDS as review } from '../events/procedureEvents.js';
import { ListEntryInputSchema } from '../events/fields.js';
import type { ListEntryInput } from '../events/caseFile.js';
import { Day, DeadlineRecordSchema, DeadlinesSchema } from '../_lib/contextSchemas.js';
import type { DeadlineRecord, Deadlines } from '../_lib/deadlines.js';
import { once } from '../../rules/schemas/_lib/once.js';

/**
 * The context of {@link procedureMachine}: one round of the procedure (Chapters 3–11), initial,
 * renewal (12.2) or re-application (17.1), with what the earlier rounds leave. Days are
 * `YYYY-MM-DD` in Japan.
 */
export interface ProcedureContext {
  /** The number of the current round (0 before the first Prior Application). */
  readonly round: number;
  /** Applications for registration made in all rounds (19.1 reads whether one was made). */
  readonly applicationsMade: number;
  /** Why the round was started: a first registration, a renewal (12.2), or a re-application (17.1). */
  readonly purpose: 'initial' | 'renewal' | 'reApplication' | null;
  /** Whether the round is under way (it ends with a registration, a rejection or a lapse). */
  readonly active: boolean;
  /** The Prior Application of the round (3.1, 4.2), as amended in answer to inquiries (4.4). */
  readonly priorApplication: PriorApplication | null;
  /** Inquiries on the current Prior Application or application (4.4, 9.5). */
  readonly inquiries: number;
  /** The day of the last inquiry. */
  readonly inquiredOn: string | null;
  /** OSO's report on the Prior Application (5.1, 5.2), or `null` before it. */
  readonly eligibilityReview: {
    /** Whether a low impact level was justified (5.1(2)); `null` when not assessed. */
    readonly lowImpactJustified: boolean | null;
    /** Unreasonable points were found in the Prior Application Documents (5.1(3)). */
    readonly unreasonablePointsFound: boolean;
    /** Another violation was found (5.1(5)). */
    readonly otherViolationsFound: boolean;
    /** The past deletions the review considered (5.1(4)). */
    readonly pastDeletions: PastDeletion[];
  } | null;
  /** The ministries' judgment of eligibility (5.3), or `null` before it. */
  readonly eligible: boolean | null;
  /** The deletions of this case's registrations known when the round started (5.1(4)). */
  readonly pastDeletions: PastDeletion[];
  /** For a renewal, the audit period of the registration being renewed (7.14). */
  readonly previousAuditPeriod: AuditPeriod | null;
  /** The day the internal audit was completed (7.6(7)). */
  readonly internalAuditCompletedOn: string | null;
  /**
   * The record-keeping duties of earlier internal audits (7.6(7)) that may still run, oldest
   * first: each audit's records are kept for three years after it was completed, whatever later
   * audits follow. The latest audit's duty is `deadlines['7.6(7)']`. A snapshot persisted without
   * this field restores with none.
   */
  readonly earlierInternalAudits: DeadlineRecord[];
  /** The Assessment Report of the round (7), the new one after a Suspended Registration (10.8). */
  readonly assessmentReport: AssessmentReport | null;
  /** The day the assessment started, when given. */
  readonly assessmentStartedOn: string | null;
  /** The application for registration (8.1, 8.2), or `null` before it. */
  readonly application: {
    /** When it was made, as given. */
    readonly appliedAt: string;
    /** Its day in Japan. */
    readonly appliedOn: string;
    /** The Application Documents submitted (8.1). */
    readonly documents: ApplicationDocuments;
    /** Whether their contents are complete (9.1). */
    readonly contentsComplete: boolean;
    /** Whether they describe the same service as the Prior Application (9.1). */
    readonly sameServiceContents: boolean;
    /** The list-entry fields the application gave (11.5). */
    readonly listEntry: ListEntryInput | null;
  } | null;
  /** OSO's review on Form 2-5 (10.1(1), (5)–(8)), or `null` before it. */
  readonly review: {
    /** 10.1(1): the basic Statement requirements are met. */
    readonly statementRequirementsMet: boolean;
    /** 10.1(5): the matters of 7.5 disclosed. */
    readonly disclosed: DisclosureItem[];
    /** 10.1(6): the matters of 7.6 sworn to. */
    readonly sworn: OathItem[];
    /** 10.1(7): the internal audit meets Appendix 2. */
    readonly internalAuditMeetsAppendix2: boolean;
    /** 10.1(8): another violation was found. */
    readonly otherViolationsFound: boolean;
  } | null;
  /** Hearings on the findings held (10.4). */
  readonly hearings: number;
  /** Requests for information during the review (10.2, 10.3). */
  readonly infoRequests: number;
  /** The day the Registrant told the assessor of the changes to the declaration since the previous assessment (12.3, renewal), or `null`. */
  readonly assessorInformedOn: string | null;
  /**
   * OSO's requests for more information for the eligibility review not yet answered (5.2), one
   * slot for each party asked: the day of the first request not answered, or `null`. A snapshot
   * persisted with the older single slot (`eligibilityInfoRequest`) restores with it in its
   * party's slot.
   */
  readonly eligibilityInfoRequests: {
    /** Of the Applicant. */
    readonly applicant: string | null;
    /** Of the government agency, etc., that evaluated the impact. */
    readonly agency: string | null;
  };
  /** A Suspended Registration (10.6–10.11), or `null`. */
  readonly suspension: {
    /** The day of the notice of the decision (10.6). */
    readonly noticeOn: string;
    /** The controls requiring assessment (10.6). */
    readonly controls: string[];
    /** Whether the Letter of Intent requests an examination (10.8); `null` before it. */
    readonly requestsExamination: boolean | null;
    /** Whether the improved controls were in operation when the new assessment period began (10.8(1)(b)); `null` before the application. */
    readonly improvedControlsAtStart: boolean | null;
    /** The Assessment Report the decision was made on. */
    readonly originalReport: AssessmentReport;
  } | null;
  /** Whether the round is in the Suspended Registration Examination (10.8(4), 10.11). */
  readonly examination: boolean;
  /** The Steering Committee's decision (10.5, 10.6), or `null` before it. */
  readonly decision: 'register' | 'reject' | 'suspend' | null;
  /** How the round ended: the clause and the day, or `null` while it is under way. */
  readonly outcome: {
    /** The clause it ended under (e.g. `11.1`, `4.5(1)`, `10.9`). */
    readonly clause: string;
    /** The day. */
    readonly on: string;
  } | null;
  /** The deadlines the round has set, by the clause that sets them. */
  readonly deadlines: Deadlines;
}

/** The schema of a persisted {@link ProcedureContext}, built on first use (only restoring a case needs it). @internal */
export const procedureContextSchema = /* @__PURE__ */ once(() =>
  typed<ProcedureContext>()(
    z.strictObject({
      round: z.number().int().min(0),
      applicationsMade: z.number().int().min(0),
      purpose: z.enum(['initial', 'renewal', 'reApplication']).nullable(),
      active: z.boolean(),
      priorApplication: PriorApplicationSchema.nullable(),
      inquiries: z.number().int().min(0),
      inquiredOn: Day.nullable(),
      eligibilityReview: z
        .strictObject({
          lowImpactJustified: z.boolean().nullable(),
          unreasonablePointsFound: z.boolean(),
          otherViolationsFound: z.boolean(),
          pastDeletions: z.array(PastDeletionSchema),
        })
        .nullable(),
      eligible: z.boolean().nullable(),
      pastDeletions: z.array(PastDeletionSchema),
      previousAuditPeriod: AuditPeriodSchema.nullable(),
      internalAuditCompletedOn: Day.nullable(),
      earlierInternalAudits: z.array(DeadlineRecordSchema),
      assessmentReport: AssessmentReportSchema.nullable(),
      assessmentStartedOn: Day.nullable(),
      application: z
        .strictObject({
          appliedAt: z.string(),
          appliedOn: Day,
          documents: ApplicationDocumentsSchema,
          contentsComplete: z.boolean(),
          sameServiceContents: z.boolean(),
          listEntry: ListEntryInputSchema.nullable(),
        })
        .nullable(),
      review: z
        .strictObject({
          statementRequirementsMet: review().statementRequirementsMet,
          disclosed: review().disclosed,
          sworn: review().sworn,
          internalAuditMeetsAppendix2: review().internalAuditMeetsAppendix2,
          otherViolationsFound: review().otherViolationsFound,
        })
        .nullable(),
      hearings: z.number().int().min(0),
      infoRequests: z.number().int().min(0),
      assessorInformedOn: Day.nullable(),
      eligibilityInfoRequests: z.strictObject({ applicant: Day.nullable(), agency: Day.nullable() }),
      suspension: z
        .strictObject({
          noticeOn: Day,
          controls: z.array(z.string()),
          requestsExamination: z.boolean().nullable(),
          improvedControlsAtStart: z.boolean().nullable(),
          originalReport: AssessmentReportSchema,
        })
        .nullable(),
      examination: z.boolean(),
      decision: z.enum(['register', 'reject', 'suspend']).nullable(),
      outcome: z.strictObject({ clause: z.string(), on: Day }).nullable(),
      deadlines: DeadlinesSchema,
    }),
  ),
);

/** The context before any Prior Application. @internal */
export const INITIAL_PROCEDURE_CONTEXT: ProcedureContext = {
  round: 0,
  applicationsMade: 0,
  purpose: null,
  active: false,
  priorApplication: null,
  inquiries: 0,
  inquiredOn: null,
  eligibilityReview: null,
  eligible: null,
  pastDeletions: [],
  previousAuditPeriod: null,
  internalAuditCompletedOn: null,
  earlierInternalAudits: [],
  assessmentReport: null,
  assessmentStartedOn: null,
  application: null,
  review: null,
  hearings: 0,
  infoRequests: 0,
  assessorInformedOn: null,
  eligibilityInfoRequests: { applicant: null, agency: null },
  suspension: null,
  examination: false,
  decision: null,
  outcome: null,
  deadlines: {},
};
