/**
 * Event types of one registration procedure round: Prior Application (Chapters 3–5), the audit
 * (Chapter 7), application and acceptance (8–9), review and decision (10), registration or
 * rejection (11).
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  ApplicationDocumentsSchema,
  AuditPeriodSchema,
  DISCLOSURE_ITEMS,
  FindingsSchema,
  ImpactEvaluationsSchema,
  OATH_ITEMS,
  PRIOR_APPLICATION_DOCUMENT_IDS,
  PastDeletionSchema,
  isoDateSchema,
} from '../../rules/schemas/index.js';
import { choice, flag, list, text } from '../../rules/schemas/_lib/field.js';
import { once } from '../../rules/schemas/_lib/once.js';
import { defineEvent } from './define.js';
import { ListEntryInputSchema, ground } from './fields.js';

const pa = /* @__PURE__ */ once(() => ({
  submitted: list(choice(PRIOR_APPLICATION_DOCUMENT_IDS, { what: 'a Prior Application Document', clause: '3.1' }), {
    what: 'the list of submitted Prior Application Documents',
    clause: '3.1',
  }),
  inJapanese: flag({ what: 'whether the Prior Application Documents are in Japanese', clause: '4.1(1)' }),
  contentsComplete: flag({ what: 'whether the contents of the Prior Application Documents are complete', clause: '4.1(2)' }),
  onListOfTargetOperations: flag({ what: 'whether the operations are on the List of Target Operations', clause: '5.1(1)' }),
  evaluations: ImpactEvaluationsSchema,
}));
const review = /* @__PURE__ */ once(() => ({
  statementRequirementsMet: flag({ what: 'whether the basic Statement requirements are met', clause: '10.1(1)' }),
  disclosed: list(choice(DISCLOSURE_ITEMS, { what: 'a disclosed matter', clause: '7.5' }), { what: 'the matters of 7.5 disclosed', clause: '10.1(5)' }),
  sworn: list(choice(OATH_ITEMS, { what: 'a matter sworn to', clause: '7.6' }), { what: 'the matters of 7.6 sworn to', clause: '10.1(6)' }),
  internalAuditMeetsAppendix2: flag({ what: 'whether the internal audit meets Appendix 2', clause: '10.1(7)' }),
  otherViolationsFound: flag({ what: 'whether there is another violation', clause: '10.1(8)' }),
}));

/** The review facts of Form 2-5 (10.1(1), (5)–(8)), built on first use. @internal */
export const REVIEW_FIELDS = review;

/** @internal */
export const PROCEDURE_EVENTS = [
  defineEvent('applicant.submittedPriorApplication', { label: 'Prior Application submitted', actor: 'A', clauses: ['3.1', '3.3', '4.2'], forms: ['1-1', '1-2'], process: 'procedure' }, () => ({
    submitted: pa().submitted,
    inJapanese: pa().inJapanese,
    contentsComplete: pa().contentsComplete,
    onListOfTargetOperations: pa().onListOfTargetOperations,
    evaluations: pa().evaluations,
  })),
  defineEvent('oso.requestedPriorApplicationInfo', { label: 'OSO asked for more on the Prior Application', actor: 'OSO', clauses: ['4.4'], forms: [], process: 'procedure' }, () => ({
    matters: text({ what: 'the matters asked about', clause: '4.4' }).optional(),
  })),
  defineEvent('applicant.answeredPriorApplicationInquiry', { label: 'Inquiry on the Prior Application answered', actor: 'A', clauses: ['4.4', '4.5(1)'], forms: ['1-1', '1-2'], process: 'procedure' }, () => ({
    submitted: pa().submitted.optional(),
    inJapanese: pa().inJapanese.optional(),
    contentsComplete: pa().contentsComplete.optional(),
    onListOfTargetOperations: pa().onListOfTargetOperations.optional(),
    evaluations: pa().evaluations.optional(),
  })),
  defineEvent('oso.acceptedPriorApplication', { label: 'Prior Application accepted', actor: 'OSO', clauses: ['4.1'], forms: [], process: 'procedure' }, () => ({})),
  defineEvent('oso.declinedPriorApplication', { label: 'Prior Application not accepted', actor: 'OSO', clauses: ['4.5'], forms: [], process: 'procedure' }, () => ({
    ground: ground(['4.5(1)', '4.5(2)'], '4.5'),
  })),
  defineEvent('oso.requestedEligibilityInfo', { label: 'OSO asked for more information for the eligibility review', actor: 'OSO', clauses: ['5.2'], forms: [], process: 'procedure' }, () => ({
    from: choice(['applicant', 'agency'], { what: 'whom the information was asked of', clause: '5.2' }),
  })),
  defineEvent('oso.receivedEligibilityInfo', { label: 'OSO received the information requested for the eligibility review', actor: 'OSO', clauses: ['5.2'], forms: [], process: 'procedure' }, () => ({
    from: choice(['applicant', 'agency'], { what: 'whose information was received (needed when both were asked)', clause: '5.2' }).optional(),
  })),
  defineEvent('oso.reportedPriorApplicationReview', { label: 'Review Report on Prior Application sent to the ministries', actor: 'OSO', clauses: ['5.1'], forms: ['1-3'], process: 'procedure' }, () => ({
    lowImpactJustified: flag({ what: 'whether it is justified that the results are low', clause: '5.1(2)' }).optional(),
    unreasonablePointsFound: flag({ what: 'whether the evaluation sheet has unreasonable points', clause: '5.1(3)' }),
    otherViolationsFound: flag({ what: 'whether there is another violation', clause: '5.1(4)' }),
    pastDeletions: list(PastDeletionSchema, { what: 'the past deletions known to OSO', clause: '5.1(4)' }).optional(),
  })),
  defineEvent('min.judgedEligibility', { label: 'Eligibility for ISMAP-LIU judged', actor: 'MIN', clauses: ['5.3'], forms: [], process: 'procedure' }, () => ({
    eligible: flag({ what: 'whether the service is eligible for ISMAP-LIU', clause: '5.3' }),
  })),
  defineEvent('oso.notifiedPriorApplicationResult', { label: 'Notice of Results for Prior Application sent', actor: 'OSO', clauses: ['5.4', '5.5'], forms: ['1-4'], process: 'procedure' }, () => ({})),
  defineEvent('applicant.reportedInternalAudit', { label: 'Internal Auditing Report submitted', actor: 'A', clauses: ['7.2', '7.6(7)'], forms: ['2-3'], process: 'procedure' }, () => ({
    completedOn: isoDateSchema({ what: 'the day the internal audit was completed', clause: '7.6(7)' }),
  })),
  defineEvent('applicant.informedAssessor', { label: 'The assessor told of the changes to the declaration since the previous assessment (renewal)', actor: 'A', clauses: ['12.3'], forms: [], process: 'procedure' }, () => ({})),
  defineEvent('assessor.issuedAssessmentReport', { label: 'Assessment Report issued', actor: 'assessor', clauses: ['7.1', '7.3', '7.4', '10.8(3)'], forms: ['2-1', '2-2'], process: 'procedure' }, () => ({
    auditPeriod: AuditPeriodSchema,
    findings: FindingsSchema,
    assessmentStartedOn: isoDateSchema({ what: 'the day the assessment started', clause: '12.3' }).optional(),
  })),
  defineEvent('applicant.submittedApplication', { label: 'Application for Service Registration submitted', actor: 'A', clauses: ['8.1', '8.2', '8.3', '9.2'], forms: ['2-4'], process: 'procedure' }, () => ({
    documents: ApplicationDocumentsSchema,
    contentsComplete: flag({ what: 'whether the contents of the Application Documents are complete', clause: '9.1(3)' }),
    sameServiceContents: flag({ what: 'whether the service contents are the same as those judged eligible', clause: '9.1(5)' }),
    listEntry: ListEntryInputSchema.optional(),
  })),
  defineEvent('oso.requestedApplicationInfo', { label: 'OSO asked for more on the application', actor: 'OSO', clauses: ['9.4'], forms: [], process: 'procedure' }, () => ({
    matters: text({ what: 'the matters asked about', clause: '9.4' }).optional(),
  })),
  defineEvent('applicant.answeredApplicationInquiry', { label: 'Inquiry on the application answered', actor: 'A', clauses: ['9.5'], forms: ['2-4'], process: 'procedure' }, () => ({
    documents: ApplicationDocumentsSchema.optional(),
    contentsComplete: flag({ what: 'whether the contents are now complete', clause: '9.1(3)' }).optional(),
    sameServiceContents: flag({ what: 'whether the service contents are the same as those judged eligible', clause: '9.1(5)' }).optional(),
  })),
  defineEvent('oso.acceptedApplication', { label: 'Application accepted', actor: 'OSO', clauses: ['9.1'], forms: [], process: 'procedure' }, () => ({})),
  defineEvent('oso.declinedApplication', { label: 'Application not accepted', actor: 'OSO', clauses: ['9.1', '9.6(1)'], forms: [], process: 'procedure' }, () => ({
    ground: ground(['9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)', '9.6(1)'], '9.6'),
  })),
  defineEvent('oso.requestedReviewInfo', { label: 'OSO requested additional information for the review', actor: 'OSO', clauses: ['10.2', '10.3'], forms: [], process: 'procedure' }, () => ({
    from: choice(['applicant', 'assessor'], { what: 'whom the information was asked of', clause: '10.2' }),
  })),
  defineEvent('applicant.answeredReviewRequest', { label: 'Request for information answered', actor: 'A', clauses: ['10.3'], forms: [], process: 'procedure' }, () => ({})),
  defineEvent('oso.heldFindingsHearing', { label: 'Hearing on the findings held', actor: 'OSO', clauses: ['10.4'], forms: [], process: 'procedure' }, () => ({})),
  defineEvent('oso.reportedReview', { label: 'Review Report sent to the Steering Committee', actor: 'OSO', clauses: ['10.1'], forms: ['2-5'], process: 'procedure' }, () => ({
    statementRequirementsMet: review().statementRequirementsMet,
    disclosed: review().disclosed,
    sworn: review().sworn,
    internalAuditMeetsAppendix2: review().internalAuditMeetsAppendix2,
    otherViolationsFound: review().otherViolationsFound,
  })),
  defineEvent('sc.decidedApplication', { label: 'Steering Committee decided on the application', actor: 'SC', clauses: ['10.5', '10.6'], forms: ['2-19'], process: 'procedure' }, () => ({
    decision: choice(['register', 'reject', 'suspend'], { what: 'the decision', clause: '10.5' }),
    controls: list(text({ what: 'a control requiring assessment', clause: '10.6' }), { what: 'the controls requiring assessment', clause: '10.6' }).optional(),
  })),
  defineEvent('applicant.submittedLetterOfIntent', { label: 'Letter of Intent in Regard to Suspended Registration submitted', actor: 'A', clauses: ['10.7', '10.8'], forms: ['2-20'], process: 'procedure' }, () => ({
    requestsExamination: flag({ what: 'whether the Applicant requests a Suspended Registration Examination', clause: '10.8' }),
  })),
  defineEvent('applicant.submittedSuspendedRegistrationApplication', { label: 'Suspended Registration Application submitted', actor: 'A', clauses: ['10.8(4)', '10.11'], forms: ['2-21', '2-1', '2-2'], process: 'procedure' }, () => ({
    improvedControlsInOperationAtStart: flag({ what: 'whether the improved controls were in operation when the assessment period began', clause: '10.8(1)(b)' }),
  })),
  defineEvent('oso.registeredService', { label: 'Service registered and Registration Notification sent', actor: 'OSO', clauses: ['11.1', '11.2', '11.5'], forms: ['2-6'], process: 'procedure' }, () => ({
    expiresOn: isoDateSchema({ what: 'the expiration date given on Form 2-6', clause: '11.5(5)' }).optional(),
    listEntry: ListEntryInputSchema.optional(),
  })),
  defineEvent('oso.notifiedRejection', { label: 'Notice of Results (rejection) sent', actor: 'OSO', clauses: ['11.4'], forms: ['2-7'], process: 'procedure' }, () => ({})),
] as const;

/** @internal */
export type ProcedureCaseEvent = z.infer<(typeof PROCEDURE_EVENTS)[number]['schema']>;
