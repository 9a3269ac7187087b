/**
 * Valid payloads for every event type, so that random walks can follow what is allowed next.
 */
import { addDays } from '../../_support/days.js';
import { DOCS, REVIEW } from './cases.js';

/**
 * A payload for `type` on `day`, selecting `variant`, for incident or change `instance`
 * (`fresh` names a new one).
 */
export function payloadFor(type: string, variant: Readonly<Record<string, unknown>>, instance: string | null, day: string, fresh: string): Record<string, unknown> {
  const incidentId = instance ?? fresh;
  const base = ((): Record<string, unknown> => {
    switch (type) {
      case 'applicant.submittedPriorApplication':
        return { submitted: ['form-1-1', 'form-1-2'], inJapanese: true, contentsComplete: true, onListOfTargetOperations: true, evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: addDays(day, -20), result: 'low' }] };
      case 'oso.declinedPriorApplication':
        return { ground: '4.5(2)' };
      case 'oso.requestedEligibilityInfo':
        return { from: 'applicant' };
      case 'oso.reportedPriorApplicationReview':
        return { unreasonablePointsFound: false, otherViolationsFound: false };
      case 'min.judgedEligibility':
        return { eligible: true };
      case 'applicant.reportedInternalAudit':
        return { completedOn: addDays(day, -3) };
      case 'assessor.issuedAssessmentReport':
        return { auditPeriod: { start: addDays(day, -200), end: addDays(day, -20) }, findings: [{ id: 'F-1', criteria: 'operation', improvementPlanCompletionDate: addDays(day, 30) }] };
      case 'applicant.submittedApplication':
        return { documents: DOCS, contentsComplete: true, sameServiceContents: true };
      case 'oso.declinedApplication':
        return { ground: '9.6(1)' };
      case 'oso.requestedReviewInfo':
        return { from: 'applicant' };
      case 'oso.reportedReview':
        return REVIEW;
      case 'sc.decidedApplication':
        return { decision: 'register' };
      case 'applicant.submittedLetterOfIntent':
        return { requestsExamination: true };
      case 'applicant.submittedSuspendedRegistrationApplication':
        return { improvedControlsInOperationAtStart: true };
      case 'applicant.submittedWithdrawal':
        return { reason: '18.1(1)' };
      case 'sc.deletedRegistration':
        return { ground: '18.2(7)' };
      case 'applicant.recognizedIncident':
        return { incidentId, seriousness: 'serious' };
      case 'sc.notifiedLiftingConditions':
        return { incidentId, conditions: ['Fix deployed'] };
      case 'sc.requestedReAudit':
        return { incidentId, dueOn: addDays(day, 60) };
      case 'applicant.notifiedSignificantControlChange':
        return instance === null ? {} : { changeId: instance };
      case 'applicant.notifiedListedContentChange':
        return { ...(instance === null ? {} : { changeId: instance }), listEntry: { governmentUsers: 5 } };
      case 'oso.suspendedForUnnotifiedChange':
      case 'applicant.madeChange':
      case 'oso.requestedChangeNotice':
        return { changeId: instance ?? fresh, kind: '14.1' };
      case 'applicant.foundWithdrawalGround':
        return { reason: '18.1(1)' };
      case 'oso.requestedIncidentConfirmation':
        return { incidentId, by: 'OSO' };
      case 'applicant.notifiedProcuringBodies':
        return { method: 'notice' };
      case 'oso.notifiedMonitoring':
        return { trigger: '15.1(3)' };
      case 'oso.notifiedMonitoringResult':
        return { confirmed: true };
      case 'oso.requestedReApplication':
        return { basis: '15.2(5)(b)' };
      case 'oso.notifiedReAuditResult':
        return { confirmed: true };
      default:
        return type.includes('Incident') || type.includes('Report') || type.includes('Suspension') || type.includes('Reinstatement') || type === 'sc.suspendedForSeriousIncident' || type === 'oso.suspendedForMissingReport'
          ? { incidentId }
          : {};
    }
  })();
  const merged: Record<string, unknown> = { ...base, ...variant };
  if (type === 'oso.notifiedMonitoringResult' && merged['confirmed'] === false) merged['reAuditDueOn'] = addDays(day, 60);
  return merged;
}
