/**
 * Event types after registration: withdrawal and deletion (18), incidents (13), changes (14),
 * monitoring (15), re-auditing (16), appeals (6, 19) and the clock.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { dayInputSchema, INCIDENT_SERIOUSNESS } from '../../rules/schemas/index.js';
import { choice, flag, list, params, text } from '../../rules/schemas/_lib/field.js';
import { once } from '../../rules/schemas/_lib/once.js';
import { defineEvent } from './define.js';
import { ListEntryInputSchema, changeId, ground, incidentId, noticeDate } from './fields.js';

/** @internal */
export const REGISTRATION_EVENTS = [
  defineEvent('applicant.foundWithdrawalGround', { label: 'A ground of withdrawal arose: the service ended or cannot keep its registration', actor: 'A', clauses: ['18.1'], forms: [], process: 'registration' }, () => ({
    reason: ground(['18.1(1)', '18.1(2)'], '18.1'),
  })),
  defineEvent('applicant.notifiedProcuringBodies', { label: 'Procuring ministries and agencies notified of a suspension or deletion, or an announcement published', actor: 'A', clauses: ['7.6(5)'], forms: [], process: 'registration' }, () => ({
    method: choice(['notice', 'publication'], { what: 'how the procuring bodies were told', clause: '7.6(5)' }),
  })),
  defineEvent('applicant.submittedWithdrawal', { label: 'Notice of Withdrawal of Registration submitted', actor: 'A', clauses: ['18.1'], forms: ['2-15'], process: 'registration' }, () => ({
    reason: ground(['18.1(1)', '18.1(2)'], '18.1'),
  })),
  defineEvent('sc.deletedRegistration', { label: 'Registration deleted by the Steering Committee', actor: 'SC', clauses: ['18.2', '18.3'], forms: ['2-16'], process: 'registration' }, () => ({
    ground: ground(['18.2(2)', '18.2(4)', '18.2(5)', '18.2(6)', '18.2(7)'], '18.2'),
    incidentId: incidentId.optional(),
  })),
  defineEvent('sc.sentReApplicationRequest', { label: 'Form 2-16 Request for Re-Application sent after a deletion under 18.2(3)–(6)', actor: 'SC', clauses: ['18.3'], forms: ['2-16'], process: 'registration' }, () => ({})),
] as const;

/** @internal */
export const INCIDENT_EVENTS = [
  defineEvent('applicant.recognizedIncident', { label: 'Information security incident recognized by the Registrant', actor: 'A', clauses: ['13.1(1)'], forms: [], process: 'incident' }, () => ({
    incidentId,
    seriousness: choice(INCIDENT_SERIOUSNESS, { what: 'the seriousness the Registrant judged', clause: '13.1(1)' }),
    description: text({ what: 'the description of the incident', clause: '13.1' }).optional(),
    occurredAt: dayInputSchema({ what: 'when the incident occurred', clause: '18.2(6)' }).optional(),
  })),
  defineEvent('oso.requestedIncidentReport', { label: 'OSO judged the incident serious and requested a report', actor: 'OSO', clauses: ['13.1(2)'], forms: [], process: 'incident' }, () => ({
    incidentId,
    recognizedAt: dayInputSchema({ what: 'when the occurrence was recognized', clause: '13.2' }).optional(),
    description: text({ what: 'the description of the incident', clause: '13.1' }).optional(),
    occurredAt: dayInputSchema({ what: 'when the incident occurred', clause: '18.2(6)' }).optional(),
  })),
  defineEvent('applicant.submittedUrgentReport', { label: 'Urgent Report made', actor: 'A', clauses: ['13.2'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('applicant.submittedConfirmedReport', { label: 'Confirmed Report made', actor: 'A', clauses: ['13.3'], forms: ['2-8'], process: 'incident' }, () => ({ incidentId })),
  defineEvent('applicant.submittedFurtherReport', { label: 'Additional report made', actor: 'A', clauses: ['13.2', '13.4'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('oso.requestedIncidentInfo', { label: 'OSO requested additional information on the incident', actor: 'OSO', clauses: ['13.4'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('applicant.answeredIncidentInfoRequest', { label: 'Additional information provided on OSO\'s request', actor: 'A', clauses: ['13.4'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('oso.requestedIncidentConfirmation', { label: 'A ministry or OSO asked to confirm the details of the incident', actor: 'OSO', clauses: ['7.6(2)'], forms: [], process: 'incident' }, () => ({
    incidentId,
    by: choice(['OSO', 'MIN'], { what: 'who asked', clause: '7.6(2)' }),
  })),
  defineEvent('applicant.confirmedIncidentDetails', { label: 'Details of the incident confirmed on request', actor: 'A', clauses: ['7.6(2)'], forms: [], process: 'incident' }, () => ({
    incidentId,
    by: choice(['OSO', 'MIN'], { what: 'whose request is answered (without it, the oldest request outstanding)', clause: '7.6(2)' }).optional(),
  })),
  defineEvent('oso.suspendedForMissingReport', { label: 'Registration suspended by OSO for a missing report', actor: 'OSO', clauses: ['13.5', '13.12'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('sc.suspendedForSeriousIncident', { label: 'Registration suspended by the Steering Committee for a particularly serious incident', actor: 'SC', clauses: ['13.7', '13.12'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('sc.notifiedLiftingConditions', { label: 'Suspension Lifting Conditions notified', actor: 'SC', clauses: ['13.8'], forms: [], process: 'incident' }, () => ({
    incidentId,
    conditions: list(text({ what: 'a lifting condition', clause: '13.8' }), { what: 'the Suspension Lifting Conditions', clause: '13.8' }),
  })),
  defineEvent('applicant.appliedForReinstatement', { label: 'Application for Reinstatement submitted', actor: 'A', clauses: ['13.9'], forms: ['2-9'], process: 'incident' }, () => ({ incidentId })),
  defineEvent('sc.liftedSuspension', { label: 'Suspension lifted by the Steering Committee', actor: 'SC', clauses: ['13.10'], forms: [], process: 'incident' }, () => ({ incidentId })),
  defineEvent('sc.requestedReAudit', { label: 'Re-auditing requested (Request for Re-Auditing)', actor: 'SC', clauses: ['13.11', '16.5'], forms: ['2-14'], process: 'incident' }, () => ({
    incidentId,
    dueOn: noticeDate('the date by which the re-audit is due', '16.6'),
    sections: list(text({ what: 'a section to re-audit', clause: '16.5' }), { what: 'the sections to re-audit', clause: '16.5' }).optional(),
  })),
] as const;

/** @internal */
export const CHANGE_EVENTS = [
  defineEvent('applicant.madeChange', { label: 'A change (or an event that could lead to one) occurred', actor: 'A', clauses: ['14.1', '14.2', '7.6(3)'], forms: [], process: 'change' }, () => ({
    changeId,
    kind: ground(['14.1', '14.2'], '14.1'),
    description: text({ what: 'the change', clause: '14.1' }).optional(),
  })),
  defineEvent('applicant.notifiedSignificantControlChange', { label: 'Significant Control Changes Notification submitted', actor: 'A', clauses: ['14.1'], forms: ['2-10'], process: 'change' }, () => ({
    changeId: changeId.optional(),
    description: text({ what: 'the change', clause: '14.1' }).optional(),
  })),
  defineEvent('applicant.notifiedListedContentChange', { label: 'Registered Content Change Notification submitted', actor: 'A', clauses: ['14.2'], forms: ['2-11'], process: 'change' }, () => ({
    changeId: changeId.optional(),
    listEntry: ListEntryInputSchema,
  })),
  defineEvent('oso.requestedChangeNotice', { label: 'OSO found a change unnotified and requested the notice', actor: 'OSO', clauses: ['14.3'], forms: [], process: 'change' }, () => ({
    changeId,
    kind: ground(['14.1', '14.2'], '14.3'),
    description: text({ what: 'the change', clause: '14.3' }).optional(),
  })),
  defineEvent('oso.suspendedForUnnotifiedChange', { label: 'Registration suspended by OSO for a change not notified', actor: 'OSO', clauses: ['14.3', '14.5'], forms: [], process: 'change' }, () => ({
    changeId,
    kind: ground(['14.1', '14.2'], '14.3'),
    description: text({ what: 'the change', clause: '14.3' }).optional(),
  })),
] as const;

const unconfirmed = /* @__PURE__ */ once(() =>
  list(choice(['statement', 'other'], { what: 'a kind of matter not confirmed', clause: '15.2(5)' }), {
    what: 'the matters not confirmed',
    clause: '15.2(5)',
  }),
);

/** @internal */
export const MONITORING_EVENTS = [
  defineEvent('oso.notifiedMonitoring', { label: 'Notice of Monitoring sent', actor: 'OSO', clauses: ['15.1', '15.2(1)'], forms: ['2-12'], process: 'monitoring' }, () => ({
    trigger: ground(['15.1(1)', '15.1(2)', '15.1(3)'], '15.1'),
    matters: text({ what: 'the matters to be confirmed', clause: '15.2(1)' }).optional(),
  })),
  defineEvent('applicant.repliedToMonitoring', { label: 'Written reply to the monitoring', actor: 'A', clauses: ['15.2(2)'], forms: [], process: 'monitoring' }, () => ({})),
  defineEvent('oso.interviewedRegistrant', { label: 'Interview held', actor: 'OSO', clauses: ['15.2(3)'], forms: [], process: 'monitoring' }, () => ({})),
  withRefinement(
    defineEvent('oso.notifiedMonitoringResult', { label: 'Notice of Monitoring Results sent', actor: 'OSO', clauses: ['15.2(4)', '15.2(5)', '16.1'], forms: ['2-13'], process: 'monitoring' }, () => ({
      confirmed: flag({ what: 'whether the requirements of Chapter 7 were confirmed', clause: '15.2(4)' }),
      unconfirmed: unconfirmed().optional(),
      reAuditDueOn: noticeDate('the date by which the re-audit is due', '16.2').optional(),
    })),
  ),

  defineEvent('applicant.requestedExplanation', { label: 'Opportunity for explanation requested', actor: 'A', clauses: ['15.2(5)'], forms: [], process: 'monitoring' }, () => ({})),
  defineEvent('oso.heldExplanation', { label: 'The Registrant was given the opportunity for explanation it requested', actor: 'OSO', clauses: ['15.2(5)'], forms: [], process: 'monitoring' }, () => ({})),
  defineEvent('oso.reportedMonitoringToCommittee', { label: 'Monitoring result reported to the Steering Committee', actor: 'OSO', clauses: ['15.2(5)'], forms: [], process: 'monitoring' }, () => ({})),
  defineEvent('oso.closedMonitoring', { label: 'Monitoring closed without a request for re-application', actor: 'OSO', clauses: ['15.2(5)(b)'], forms: [], process: 'monitoring' }, () => ({})),
  defineEvent('oso.requestedReApplication', { label: 'Re-application requested', actor: 'OSO', clauses: ['15.2(5)(b)', '16.4', '17.1'], forms: [], process: 'monitoring' }, () => ({
    basis: ground(['15.2(5)(b)', '16.4'], '17.1'),
  })),
] as const;

/** @internal */
export const RE_AUDIT_EVENTS = [
  defineEvent('applicant.submittedReAudit', { label: 'Re-audit Statement and Assessment Report submitted', actor: 'A', clauses: ['16.2', '16.6'], forms: ['2-1', '2-9'], process: 'reAudit' }, () => ({})),
  defineEvent('oso.notifiedReAuditResult', { label: 'Re-audit result notified', actor: 'OSO', clauses: ['16.3', '16.7'], forms: ['2-13'], process: 'reAudit' }, () => ({
    confirmed: flag({ what: 'whether the requirements were confirmed', clause: '16.7' }),
  })),
  defineEvent('oso.reportedReAuditToCommittee', { label: 'Re-audit reported to the Steering Committee', actor: 'OSO', clauses: ['16.3', '16.7'], forms: [], process: 'reAudit' }, () => ({})),
] as const;

/** @internal */
export const APPEAL_EVENTS = [
  defineEvent('applicant.appealedPriorApplication', { label: 'Appeal related to Prior Application filed', actor: 'A', clauses: ['6.1'], forms: ['1-5'], process: 'appeals' }, () => ({
    measure: text({ what: 'the measure objected to', clause: '6.1' }).optional(),
  })),
  defineEvent('min.answeredPriorApplicationAppeal', { label: 'Written Response to the Prior Application appeal sent', actor: 'MIN', clauses: ['6.2'], forms: ['1-6'], process: 'appeals' }, () => ({})),
  defineEvent('applicant.appealedRegistration', { label: 'Appeals Form submitted', actor: 'A', clauses: ['19.1'], forms: ['2-17'], process: 'appeals' }, () => ({
    measure: text({ what: 'the measure objected to', clause: '19.1' }).optional(),
  })),
  defineEvent('sc.answeredAppeal', { label: 'Response to Appeals Form sent', actor: 'SC', clauses: ['19.2'], forms: ['2-18'], process: 'appeals' }, () => ({})),
] as const;

/** @internal */
export const CLOCK_EVENTS = [
  defineEvent('time.passed', { label: 'Time passed (clock tick)', actor: 'clock', clauses: ['12.1', '4.5(1)', '9.6(1)', '10.9'], forms: [], process: 'clock' }, () => ({})),
] as const;

function withRefinement<D extends { readonly schema: z.ZodObject }>(definition: D): D {
  return { ...definition, schema: definition.schema.superRefine((value, ctx) => refineMonitoringResult(value as never, ctx)) };
}

/**
 * Cross-field rules of the monitoring result: a result that does not confirm says what was not
 * confirmed, and a re-audit of Statement matters has a due date (16.2).
 *
 * @internal
 */
export function refineMonitoringResult(
  value: { confirmed: boolean; unconfirmed?: readonly string[] | undefined; reAuditDueOn?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (!value.confirmed && (value.unconfirmed === undefined || value.unconfirmed.length === 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['unconfirmed'],
      input: value.unconfirmed,
      message: 'A monitoring result that does not confirm the requirements must say which matters were not confirmed: expected ["statement"], ["other"] or both (see 15.2(5)).',
      params: params('missing_unconfirmed', 'a non-empty list of "statement" / "other"', '15.2(5)'),
    });
  }
  if (!value.confirmed && value.unconfirmed?.includes('statement') === true && value.reAuditDueOn === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['reAuditDueOn'],
      input: undefined,
      message: 'A re-audit of Statement matters is requested "by the date stated in the notice": expected reAuditDueOn (see 15.2(5)(a), 16.2).',
      params: params('missing_due_date', 'a YYYY-MM-DD date', '16.2'),
    });
  }
}
