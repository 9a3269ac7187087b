/**
 * Requirement checks: pure functions that say which clauses a case fails, and why.
 *
 * @module
 */
export type { CheckFailure, CheckResult, CheckPassed, CheckFailed } from './types.js';
export { checkImpactEvaluationSupports, type EvaluationSupport } from './impactEvaluationSupports.js';
export { checkPriorApplicationAcceptance, type PriorApplicationAcceptance } from './priorApplicationAcceptance.js';
export { checkInquiryResponse, type InquiryResponse } from './inquiryResponse.js';
export { checkEligibility, deletionBarsEligibility } from './eligibilityReview.js';
export { checkAssessmentReportValidity, type ReportValidity } from './assessmentReportValidity.js';
export { checkApplicationDeadline, type ApplicationDeadline } from './applicationDeadline.js';
export { checkApplicationAcceptance, type ApplicationAcceptance } from './applicationAcceptance.js';
export { checkFindingsMinor, type FindingsMinor } from './findingsMinor.js';
export { checkRegistrationReview, type RegistrationReviewOutcome } from './registrationReview.js';
export { checkAssessmentPeriodLength, type AssessmentPeriodLength } from './assessmentPeriodLength.js';
