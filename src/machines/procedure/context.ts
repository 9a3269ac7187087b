/**
 * The context of a procedure round (Chapters 3–11): the facts of the Prior Application, the
 * audit, the application, the review and the decision, with the deadlines they set.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import {
  ApplicationDocumentsSchema,
  AssessmentReportSchema,
  AuditPeriodSchema,
  PastDeletionSchema,
  PriorApplicationSchema,
} from '../../rules/schemas/index.js';
import { REVIEW_FIELDS as review } from '../events/procedureEvents.js';
import { ListEntryInputSchema } from '../events/fields.js';
import { Day, DeadlinesSchema } from '../_lib/contextSchemas.js';


/** @internal */
export const ProcedureContextSchema = /* @__PURE__ */ z.strictObject({
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
      statementRequirementsMet: review.statementRequirementsMet,
      disclosed: review.disclosed,
      sworn: review.sworn,
      internalAuditMeetsAppendix2: review.internalAuditMeetsAppendix2,
      otherViolationsFound: review.otherViolationsFound,
    })
    .nullable(),
  hearings: z.number().int().min(0),
  infoRequests: z.number().int().min(0),
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
});

/** @internal */
export type ProcedureContext = z.infer<typeof ProcedureContextSchema>;

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
  assessmentReport: null,
  assessmentStartedOn: null,
  application: null,
  review: null,
  hearings: 0,
  infoRequests: 0,
  suspension: null,
  examination: false,
  decision: null,
  outcome: null,
  deadlines: {},
};
