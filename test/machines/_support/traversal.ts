/**
 * The events each machine is walked with in the model-based tests, and the parts of the
 * context that decide its guards (so that the walk tells apart states whose guards differ).
 */
import type { AnyMachineSnapshot } from 'xstate';
import { DOCS, REVIEW } from './cases.js';
import { REGISTERED, UNREGISTERED, ev } from './facts.js';

const AUDIT = { start: '2024-04-01', end: '2024-09-30' };
const OLD_AUDIT = { start: '2023-01-01', end: '2023-06-30' };
const PA = {
  submitted: ['form-1-1', 'form-1-2'],
  inJapanese: true,
  contentsComplete: true,
  onListOfTargetOperations: true,
  evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low' }],
};
const FINDING = { id: 'F-1', criteria: 'operation', improvementPlanCompletionDate: '2024-12-10' };
const FAR = '2099-12-31';

/** @see procedureMachine */
export const PROCEDURE_EVENTS = [
  ev('applicant.submittedPriorApplication', '2024-04-10', PA, UNREGISTERED),
  ev('applicant.submittedPriorApplication', '2024-04-10', PA, REGISTERED),
  ev('oso.requestedPriorApplicationInfo', '2024-04-15'),
  ev('applicant.answeredPriorApplicationInquiry', '2024-04-20', { contentsComplete: true }),
  ev('oso.acceptedPriorApplication', '2024-04-24'),
  ev('oso.declinedPriorApplication', '2024-04-24', { ground: '4.5(1)' }),
  ev('oso.declinedPriorApplication', '2024-04-24', { ground: '4.5(2)' }),
  ev('oso.requestedEligibilityInfo', '2024-04-25', { from: 'agency' }),
  ev('oso.receivedEligibilityInfo', '2024-04-27'),
  ev('applicant.informedAssessor', '2024-06-01'),
  ev('oso.reportedPriorApplicationReview', '2024-05-10', { unreasonablePointsFound: false, otherViolationsFound: false }),
  ev('min.judgedEligibility', '2024-05-20', { eligible: true }),
  ev('min.judgedEligibility', '2024-05-20', { eligible: false }),
  ev('oso.notifiedPriorApplicationResult', '2024-05-22'),
  ev('applicant.reportedInternalAudit', '2024-09-20', { completedOn: '2024-09-15' }),
  ev('assessor.issuedAssessmentReport', '2024-10-15', { auditPeriod: AUDIT, findings: [FINDING] }),
  ev('assessor.issuedAssessmentReport', '2023-07-20', { auditPeriod: OLD_AUDIT, findings: [] }),
  ev('applicant.submittedApplication', '2024-11-05', { documents: DOCS, contentsComplete: true, sameServiceContents: true }),
  ev('applicant.submittedApplication', '2023-08-01', { documents: DOCS, contentsComplete: true, sameServiceContents: true }),
  ev('oso.requestedApplicationInfo', '2024-11-08'),
  ev('applicant.answeredApplicationInquiry', '2024-11-10', { contentsComplete: true }),
  ev('oso.acceptedApplication', '2024-11-12'),
  ev('oso.declinedApplication', '2024-11-12', { ground: '9.6(1)' }),
  ev('oso.declinedApplication', '2024-11-12', { ground: '9.1(2)' }),
  ev('oso.requestedReviewInfo', '2024-11-20', { from: 'applicant' }),
  ev('applicant.answeredReviewRequest', '2024-11-28'),
  ev('oso.heldFindingsHearing', '2024-12-05'),
  ev('oso.reportedReview', '2024-12-20', REVIEW),
  ev('sc.decidedApplication', '2025-01-20', { decision: 'register' }),
  ev('sc.decidedApplication', '2025-01-20', { decision: 'suspend', controls: ['8.2.3'] }),
  ev('sc.decidedApplication', '2025-01-20', { decision: 'reject' }),
  ev('applicant.submittedLetterOfIntent', '2025-02-01', { requestsExamination: true }),
  ev('applicant.submittedLetterOfIntent', '2025-02-01', { requestsExamination: false }),
  ev('applicant.submittedSuspendedRegistrationApplication', '2024-11-10', { improvedControlsInOperationAtStart: true }),
  ev('oso.registeredService', '2025-01-27'),
  ev('oso.notifiedRejection', '2025-01-27'),
  ev('time.passed', FAR),
  ev('case.registrationEnded', '2025-03-01', { ground: '18.2(7)' }),
];

/** What decides the procedure guards besides the state value. */
export function procedureKey(s: AnyMachineSnapshot): string {
  const c = s.context as { purpose: string | null; active: boolean; eligible: boolean | null; suspension: unknown; examination: boolean; application: { appliedOn: string } | null; assessmentReport: { date: string } | null; eligibilityInfoRequests: { applicant: string | null; agency: string | null }; assessorInformedOn: string | null };
  return JSON.stringify([s.value, c.purpose, c.active, c.eligible, c.suspension !== null, c.examination, (c.application?.appliedOn ?? '') >= '2023-10-02', (c.assessmentReport?.date ?? '') >= '2023-10-02', c.eligibilityInfoRequests.applicant !== null, c.eligibilityInfoRequests.agency !== null, c.assessorInformedOn !== null]);
}

/** @see registrationMachine */
export const REGISTRATION_EVENTS = [
  ev('case.registered', '2025-01-27', { renewal: false, auditPeriod: AUDIT, expiresOn: null, improvementPlan: true, listEntry: null }),
  ev('case.registered', '2026-01-15', { renewal: true, auditPeriod: { start: '2024-10-01', end: '2025-09-30' }, expiresOn: '2027-01-31', improvementPlan: false, listEntry: { governmentUsers: 3 } }),
  ev('case.renewalApplied', '2025-12-01', { applicationDate: '2025-12-01' }),
  ev('case.renewalRejected', '2026-01-10', { applicationDate: '2025-12-01' }),
  ev('case.renewalRejected', '2023-12-10', { applicationDate: '2023-09-01' }),
  ev('case.renewalWithdrawn', '2025-12-20'),
  ev('case.listEntryChanged', '2025-06-01', { listEntry: { url: 'https://example.jp' } }),
  ev('case.reApplicationRequested', '2025-06-01', { basis: '16.4' }),
  ev('applicant.foundWithdrawalGround', '2025-06-20', { reason: '18.1(1)' }),
  ev('case.registrationSuspended', '2025-06-21'),
  ev('applicant.notifiedProcuringBodies', '2025-06-22', { method: 'notice' }),
  ev('sc.sentReApplicationRequest', '2025-07-20'),
  ev('applicant.submittedWithdrawal', '2025-07-01', { reason: '18.1(1)' }),
  ev('sc.deletedRegistration', '2025-07-10', { ground: '18.2(2)' }),
  ev('sc.deletedRegistration', '2025-07-10', { ground: '18.2(4)' }),
  ev('sc.deletedRegistration', '2025-07-10', { ground: '18.2(5)' }, { ...REGISTERED, outstandingRequests: ['15.2(2)'] }),
  ev('sc.deletedRegistration', '2025-07-10', { ground: '18.2(6)', incidentId: 'INC-1' }, { ...REGISTERED, resolutionYearEnded: ['INC-1'] }),
  ev('sc.deletedRegistration', '2025-07-10', { ground: '18.2(7)' }),
  ev('time.passed', FAR),
];

/** @see registrationMachine */
export function registrationKey(s: AnyMachineSnapshot): string {
  const c = s.context as { reApplicationRequestedOn: string | null; withdrawal: unknown; procuringNoticePendingSince: string | null; reApplicationNoticePendingSince: string | null };
  return JSON.stringify([s.value, c.reApplicationRequestedOn !== null, c.withdrawal !== null, c.procuringNoticePendingSince !== null, c.reApplicationNoticePendingSince !== null]);
}

const I = { incidentId: 'INC-1' };
/** @see incidentMachine */
export const INCIDENT_EVENTS = [
  ev('applicant.recognizedIncident', '2024-06-03T10:00+09:00', { ...I, seriousness: 'serious' }),
  ev('applicant.recognizedIncident', '2024-06-03T10:00+09:00', { ...I, seriousness: 'not-serious' }),
  ev('applicant.recognizedIncident', '2023-12-01T10:00+09:00', { ...I, seriousness: 'serious' }),
  ev('oso.requestedIncidentReport', '2024-06-03T10:00+09:00', I),
  ev('oso.requestedIncidentReport', '2024-06-10', { ...I, recognizedAt: '2023-12-01T10:00+09:00' }),
  ev('applicant.submittedUrgentReport', '2024-06-05', I),
  ev('applicant.submittedConfirmedReport', '2024-06-25', I),
  ev('applicant.submittedFurtherReport', '2024-06-26', I),
  ev('oso.requestedIncidentInfo', '2024-06-27', I),
  ev('applicant.answeredIncidentInfoRequest', '2024-06-28', I),
  ev('oso.requestedIncidentConfirmation', '2024-06-28', { ...I, by: 'MIN' }),
  ev('applicant.confirmedIncidentDetails', '2024-06-29', I),
  ev('oso.suspendedForMissingReport', '2024-07-20', I),
  ev('sc.suspendedForSeriousIncident', '2024-07-01', I),
  ev('sc.notifiedLiftingConditions', '2024-07-05', { ...I, conditions: ['Patch deployed'] }),
  ev('applicant.appliedForReinstatement', '2024-08-01', I),
  ev('sc.liftedSuspension', '2024-08-20', I),
  ev('sc.requestedReAudit', '2024-08-20', { ...I, dueOn: '2024-11-30' }),
  ev('case.reAuditConfirmed', '2024-12-10'),
  ev('case.registrationEnded', '2025-03-01', { ground: '18.2(7)' }),
];

/** @see incidentMachine */
export function incidentKey(s: AnyMachineSnapshot): string {
  const c = s.context as { osoRequestedOn: string | null; osoSuspension: { missing: string; liftedOn: string | null } | null; openInfoRequests: readonly unknown[]; openConfirmationRequests: readonly unknown[] };
  return JSON.stringify([s.value, c.osoRequestedOn !== null, c.osoSuspension?.missing ?? null, c.osoSuspension?.liftedOn ?? null, c.openInfoRequests.length > 0, c.openConfirmationRequests.length > 0]);
}

const C = { changeId: 'CH-1' };
/** @see changeMachine */
export const CHANGE_EVENTS = [
  ev('applicant.madeChange', '2025-02-25', { ...C, kind: '14.1' }),
  ev('applicant.madeChange', '2025-02-25', { ...C, kind: '14.2' }),
  ev('oso.requestedChangeNotice', '2025-02-27', { ...C, kind: '14.1' }),
  ev('oso.requestedChangeNotice', '2025-02-27', { ...C, kind: '14.2' }),
  ev('applicant.notifiedSignificantControlChange', '2025-03-01', C),
  ev('applicant.notifiedListedContentChange', '2025-03-01', { ...C, listEntry: { governmentUsers: 2 } }),
  ev('oso.suspendedForUnnotifiedChange', '2025-03-05', { ...C, kind: '14.1' }),
  ev('oso.suspendedForUnnotifiedChange', '2025-03-05', { ...C, kind: '14.2' }),
  ev('case.registrationEnded', '2025-04-01', { ground: '18.2(7)' }),
];

/** @see changeMachine */
export function changeKey(s: AnyMachineSnapshot): string {
  return JSON.stringify([s.value, (s.context as { kind: string | null }).kind]);
}

/** @see monitoringMachine */
export function monitoringKey(s: AnyMachineSnapshot): string {
  const c = s.context as { explanationPendingSince: string | null; committeeReportsPending: readonly unknown[] };
  return JSON.stringify([s.value, c.explanationPendingSince !== null, c.committeeReportsPending.length > 0]);
}

/** @see monitoringMachine */
export const MONITORING_EVENTS = [
  ev('oso.notifiedMonitoring', '2025-03-01', { trigger: '15.1(1)' }, { ...REGISTERED, reportsOrNotices: 1 }),
  ev('oso.notifiedMonitoring', '2025-03-01', { trigger: '15.1(3)' }),
  ev('applicant.repliedToMonitoring', '2025-03-10'),
  ev('oso.interviewedRegistrant', '2025-03-15'),
  ev('oso.notifiedMonitoringResult', '2025-03-20', { confirmed: true }),
  ev('oso.notifiedMonitoringResult', '2025-03-20', { confirmed: false, unconfirmed: ['statement'], reAuditDueOn: '2025-06-30' }),
  ev('oso.notifiedMonitoringResult', '2025-03-20', { confirmed: false, unconfirmed: ['statement', 'other'], reAuditDueOn: '2025-06-30' }),
  ev('applicant.requestedExplanation', '2025-03-22'),
  ev('oso.heldExplanation', '2025-03-25'),
  ev('oso.reportedMonitoringToCommittee', '2025-03-26'),
  ev('oso.closedMonitoring', '2025-04-01'),
  ev('oso.requestedReApplication', '2025-04-01', { basis: '15.2(5)(b)' }),
  ev('case.registrationEnded', '2025-04-02', { ground: '18.2(7)' }),
];

/** @see reAuditMachine */
export const RE_AUDIT_EVENTS = [
  ev('case.reAuditRequested', '2025-03-20', { basis: '16.1', dueOn: '2025-06-30', incidentId: null }),
  ev('case.reAuditRequested', '2025-03-20', { basis: '16.5', dueOn: '2025-06-30', incidentId: 'INC-1' }),
  ev('applicant.submittedReAudit', '2025-06-20'),
  ev('oso.notifiedReAuditResult', '2025-07-01', { confirmed: true }),
  ev('oso.notifiedReAuditResult', '2025-07-01', { confirmed: false }),
  ev('oso.reportedReAuditToCommittee', '2025-07-05'),
  ev('oso.requestedReApplication', '2025-07-10', { basis: '16.4' }),
  ev('case.registrationEnded', '2025-08-01', { ground: '18.2(4)' }),
];

/** @see reAuditMachine */
export function reAuditKey(s: AnyMachineSnapshot): string {
  const reports = (s.context as { committeeReports: readonly { clause: string }[] }).committeeReports;
  return JSON.stringify([s.value, [...new Set(reports.map((r) => r.clause))].sort()]);
}

/** @see appealsMachine */
export const APPEAL_EVENTS = [
  ev('applicant.appealedPriorApplication', '2024-06-01'),
  ev('min.answeredPriorApplicationAppeal', '2024-07-01'),
  ev('applicant.appealedRegistration', '2025-02-01'),
  ev('sc.answeredAppeal', '2025-03-01'),
];

/** The state value alone. */
export function valueKey(s: AnyMachineSnapshot): string {
  return JSON.stringify(s.value);
}
