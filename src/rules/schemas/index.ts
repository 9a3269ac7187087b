/**
 * Schemas of everything a caller hands in, with parsing helpers whose messages a person can act
 * on (every problem, with its JSON path, the expected form and the clause).
 *
 * @module
 */
export { IsoDateSchema, isoDateSchema, ISO_DATE_EXPECTED } from './isoDate.js';
export { InstantSchema, instantSchema, INSTANT_EXPECTED } from './instant.js';
export { DayInputSchema, dayInputSchema, DAY_INPUT_EXPECTED } from './dayInput.js';
export {
  ImpactEvaluationSchema,
  ImpactEvaluationsSchema,
  IMPACT_LEVELS,
  type ImpactEvaluation,
  type ImpactLevel,
} from './impactEvaluation.js';
export { AuditPeriodSchema, type AuditPeriod } from './auditPeriod.js';
export { FindingSchema, FindingsSchema, FINDING_CRITERIA, type Finding, type FindingCriteria } from './finding.js';
export { CorporateNumberSchema, isValidCorporateNumber } from './corporateNumber.js';
export {
  ApplicationDocumentsSchema,
  APPLICATION_DOCUMENTS,
  APPLICATION_DOCUMENT_IDS,
  type ApplicationDocuments,
  type ApplicationDocumentId,
  type ApplicationDocumentInfo,
} from './applicationDocuments.js';
export { AssessmentReportSchema, type AssessmentReport } from './assessmentReport.js';
export { IncidentSchema, INCIDENT_RECOGNIZERS, INCIDENT_SERIOUSNESS, type Incident } from './incident.js';
export {
  PriorApplicationSchema,
  PRIOR_APPLICATION_DOCUMENTS,
  PRIOR_APPLICATION_DOCUMENT_IDS,
  type PriorApplication,
  type PriorApplicationDocumentId,
  type PriorApplicationDocumentInfo,
} from './priorApplication.js';
export {
  ApplicationSchema,
  PriorApplicationOutcomeSchema,
  type Application,
  type PriorApplicationOutcome,
} from './application.js';
export {
  EligibilityReviewSchema,
  PastDeletionSchema,
  type EligibilityReview,
  type PastDeletion,
} from './eligibilityReview.js';
export {
  RegistrationReviewSchema,
  DISCLOSURE_ITEMS,
  OATH_ITEMS,
  type RegistrationReview,
  type DisclosureItem,
  type OathItem,
} from './registrationReview.js';
export { InquirySchema, type Inquiry } from './inquiry.js';
export { ProvisionFactsSchema, type ProvisionFacts } from './provisionFacts.js';
export type { InputIssue } from './inputIssue.js';
export type { SchemaFieldOptions } from './_lib/field.js';
export { safeParseInput, parseOrThrow, type ParseResult, type ParseSuccess, type ParseFailure } from './parse.js';
export { ValidationError, isValidationError } from './validationError.js';
