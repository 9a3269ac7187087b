/**
 * One information security incident (Chapter 13): recognized and judged serious by the
 * Registrant (13.1(1)) or OSO (13.1(2)); Urgent Report within three government business days
 * (13.2), Confirmed Report on Form 2-8 within 30 days (13.3), further reports (13.2, 13.4);
 * suspension by OSO for a missing report and its lifting (13.5, 13.6); suspension by the Steering
 * Committee, lifting conditions, reinstatement, lifting or re-auditing (13.7–13.11), announced on
 * the list (13.12). A case holds one instance per incident, so several may be open at once.
 * Incidents recognized before 2024-01-04 are recorded without the revised 13.1–13.7.
 *
 * @module
 */
import { setup } from 'xstate';
import { predicates } from '../_lib/guards.js';
import { edge, node, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
import { assigners } from '../_lib/setupParts.js';
import { INITIAL_INCIDENT_CONTEXT, type IncidentContext, type IncidentEvent } from './context.js';
import { INCIDENT_GUARDS } from './guards.js';
import { INCIDENT_UPDATES } from './updates.js';

const incident = /* @__PURE__ */ setup({
  types: {} as { context: IncidentContext; events: IncidentEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<IncidentContext, IncidentEvent, typeof INCIDENT_GUARDS>(INCIDENT_GUARDS),
  actions: assigners<IncidentContext, IncidentEvent, typeof INCIDENT_UPDATES>(INCIDENT_UPDATES),
});

const close = { target: '#incident.closed', actions: 'close', meta: edge('The registration ended: the incident is closed', ['18.2']) } as const;
const further = { actions: 'recordFurtherReport', meta: edge('Additional report', ['13.2', '13.4']) } as const;
const urgent = { clause: '13.2', actor: 'A', act: 'Make the Urgent Report to OSO (Appendix 3)', period: '13.2' } as const;
const APPENDIX_3 = 'Appendix3';
const confirmed = { clause: '13.3', actor: 'A', act: 'Make the Confirmed Report on Form 2-8 to the Steering Committee through OSO', forms: ['2-8'], period: '13.3' } as const;

/**
 * The incident machine (one instance per incident).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(incidentMachine);
 * s.value; //=> 'none'
 * ```
 */
export const incidentMachine = /* @__PURE__ */ incident.createMachine({
  id: 'incident',
  context: INITIAL_INCIDENT_CONTEXT,
  initial: 'none',
  meta: node('Information security incident', ['13.1']),
  states: {
    none: {
      meta: node('Not recognized', ['13.1']),
      on: {
        'applicant.recognizedIncident': [
          { target: 'revised', guard: '13.1(1):reportable', actions: 'recognize', meta: edge('Recognized and judged serious by the Registrant: reports are owed', ['13.1(1)', '13.2', '13.3'], { probe: { seriousness: 'serious' } }) },
          { target: 'notReportable', guard: '13.1:notReportable', actions: 'recognize', meta: edge('Recognized and judged not serious', ['13.1'], { probe: { seriousness: 'not-serious' } }) },
          { target: 'previousRules', guard: 'Supp.2023-11-10.1:previousRules', actions: 'recognize', meta: edge('Recognized before 2024-01-04', ['Supp.2023-11-10.1']) },
        ],
        'oso.requestedIncidentReport': [
          { target: 'revised', guard: '13.1(2):reportRequested', actions: 'recognize', meta: edge('OSO judged the incident serious and requested a report', ['13.1(2)', '13.2', '13.3']) },
          { target: 'previousRules', guard: 'Supp.2023-11-10.1:previousRules', actions: 'recognize', meta: edge('Recognized before 2024-01-04', ['Supp.2023-11-10.1']) },
        ],
      },
    },
    notReportable: {
      meta: node('Judged not serious by the Registrant: no report owed', ['13.1']),
      on: {
        'oso.requestedIncidentReport': { target: 'revised', guard: '13.1(2):reportRequested', actions: 'recognize', meta: edge('OSO judged the incident serious and requested a report', ['13.1(2)', '13.2', '13.3']) },
        'case.registrationEnded': close,
      },
    },
    previousRules: {
      meta: node('Recognized before 2024-01-04: the revised 13.1–13.7 do not apply', ['Supp.2023-11-10.1']),
      on: {
        'applicant.submittedUrgentReport': { actions: 'recordUrgentReport', meta: edge('Report made (rules before the 2023-11-10 revision)', ['Supp.2023-11-10.1']) },
        'applicant.submittedConfirmedReport': { actions: 'recordConfirmedReport', meta: edge('Incident report made (rules before the 2023-11-10 revision)', ['Supp.2023-11-10.1'], { forms: ['2-8'] }) },
        'applicant.submittedFurtherReport': { actions: 'recordFurtherReport', meta: edge('Additional report (rules before the 2023-11-10 revision)', ['Supp.2023-11-10.1']) },
        'case.registrationEnded': close,
      },
    },
    revised: {
      meta: node('Serious incident under the revised Chapter 13', ['13.1', '13.2', '13.3', '13.4'], {
        obligations: [
          { clause: '13.4', actor: 'A', act: 'Provide the additional information OSO requested on the report', due: 'as OSO requests', each: 'openInfoRequests', since: 'on' },
          { clause: '7.6(2)', actor: 'A', act: 'Answer the request to confirm the details of the incident', due: 'without delay', each: 'openConfirmationRequests', since: 'on' },
        ],
      }),
      type: 'parallel',
      on: {
        'applicant.answeredIncidentInfoRequest': { guard: '13.4:infoRequested', actions: 'answerInfoRequest', meta: edge('Additional information provided', ['13.4']) },
        'oso.requestedIncidentConfirmation': { actions: 'recordConfirmationRequest', meta: edge('A ministry or OSO asks to confirm the details of the incident', ['7.6(2)']) },
        'applicant.confirmedIncidentDetails': { guard: '7.6(2):confirmationRequested', actions: 'answerConfirmationRequest', meta: edge('Details of the incident confirmed', ['7.6(2)']) },
        'oso.requestedIncidentInfo': { actions: 'recordInfoRequest', meta: edge('OSO requests additional information', ['13.4']) },
        'oso.requestedIncidentReport': { actions: 'recordOsoRequest', meta: edge('OSO requests the report', ['13.1(2)']) },
        'case.registrationEnded': close,
      },
      states: {
        reporting: {
          meta: node('Reporting', ['13.2', '13.3', '13.4']),
          initial: 'awaitingUrgent',
          states: {
            awaitingUrgent: {
              meta: node('Urgent Report due within three government business days', ['13.2'], { obligations: [urgent, confirmed] }),
              on: { 'applicant.submittedUrgentReport': { target: 'awaitingConfirmed', actions: 'recordUrgentReport', meta: edge('Urgent Report made', ['13.2', APPENDIX_3]) } },
            },
            awaitingConfirmed: {
              meta: node('Confirmed Report due within 30 days', ['13.3'], { obligations: [confirmed] }),
              on: {
                'applicant.submittedConfirmedReport': { target: 'confirmed', actions: 'recordConfirmedReport', meta: edge('Confirmed Report made', ['13.3', APPENDIX_3], { forms: ['2-8'] }) },
                'applicant.submittedFurtherReport': further,
              },
            },
            confirmed: {
              meta: node('Reported; further reports as things change', ['13.4'], {
                obligations: [{ clause: '13.4', actor: 'A', act: 'Make additional reports as the report is added to, updated or changed (13.2, 13.4)', due: 'as appropriate', since: 'confirmedReportedOn', nature: 'continuing' }],
              }),
              on: { 'applicant.submittedFurtherReport': further },
            },
          },
        },
        osoSuspension: {
          meta: node('Suspension by OSO for a missing report', ['13.5', '13.6']),
          initial: 'none',
          states: {
            none: {
              meta: node('Not suspended by OSO', ['13.5']),
              on: { 'oso.suspendedForMissingReport': { target: 'inForce', guard: '13.5:reportRequestedAndOverdue', actions: 'suspendForMissingReport', meta: edge('Suspended by OSO; the report is requested again', ['13.5', '13.12'], { effects: ['registrationSuspended'] }) } },
            },
            inForce: {
              meta: node('Suspended by OSO until the missing report is made', ['13.5', '13.12'], {
                announces: 'suspended',
                obligations: [{ clause: '13.6', actor: 'A', act: 'Make the missing report (the suspension is lifted when it is made)', due: 'as OSO requests it again (13.5); the suspension lasts until it is made', since: 'osoSuspension.on' }],
              }),
              on: {
                'applicant.submittedUrgentReport': { target: 'lifted', guard: '13.6:urgentReportWasMissing', actions: 'liftOsoSuspension', meta: edge('The missing Urgent Report was made: suspension lifted', ['13.6']) },
                'applicant.submittedConfirmedReport': { target: 'lifted', guard: '13.6:confirmedReportWasMissing', actions: 'liftOsoSuspension', meta: edge('The missing Confirmed Report was made: suspension lifted', ['13.6'], { forms: ['2-8'] }) },
              },
            },
            lifted: {
              meta: node('Suspension by OSO lifted', ['13.6']),
              on: { 'oso.suspendedForMissingReport': { target: 'inForce', guard: '13.5:reportRequestedAndOverdue', actions: 'suspendForMissingReport', meta: edge('Suspended by OSO again', ['13.5', '13.12'], { effects: ['registrationSuspended'] }) } },
            },
          },
        },
        scSuspension: {
          meta: node('Suspension by the Steering Committee', ['13.7', '13.8', '13.9', '13.10', '13.11']),
          initial: 'none',
          states: {
            none: {
              meta: node('Not suspended by the Steering Committee', ['13.7']),
              on: { 'sc.suspendedForSeriousIncident': { target: 'inForce', guard: '13.7:reportedUnder13.2', actions: 'suspendForSeriousIncident', meta: edge('Suspended for a particularly serious incident', ['13.7', '13.12', '18.2(6)'], { effects: ['registrationSuspended'] }) } },
            },
            inForce: {
              meta: node('Suspended by the Steering Committee', ['13.7', '13.12', '18.2(6)'], { announces: 'suspended' }),
              initial: 'conditionsPending',
              states: {
                conditionsPending: {
                  meta: node('Lifting conditions to be notified', ['13.8'], { obligations: [{ clause: '13.8', actor: 'SC', act: 'Notify the Suspension Lifting Conditions', since: 'scSuspension.on' }] }),
                  on: { 'sc.notifiedLiftingConditions': { target: 'conditionsNotified', actions: 'recordConditions', meta: edge('Suspension Lifting Conditions notified', ['13.8']) } },
                },
                conditionsNotified: {
                  meta: node('Lifting conditions notified; the Registrant responds and applies for reinstatement', ['13.9'], {
                    obligations: [{ clause: '13.9', actor: 'A', act: 'Satisfy the Suspension Lifting Conditions and apply for reinstatement', forms: ['2-9'], due: 'promptly' }],
                  }),
                  on: { 'applicant.appliedForReinstatement': { target: 'reinstatementApplied', actions: 'recordReinstatementApplication', meta: edge('Application for Reinstatement submitted', ['13.9'], { forms: ['2-9'] }) } },
                },
                reinstatementApplied: {
                  meta: node('Reinstatement applied for; the Steering Committee judges the conditions', ['13.10', '13.11'], {
                    obligations: [{ clause: '13.10', actor: 'SC', act: 'Judge whether the Suspension Lifting Conditions are met', since: 'scSuspension.reinstatementAppliedOn' }],
                  }),
                  on: {
                    'sc.liftedSuspension': { target: '#incident.revised.scSuspension.lifted', actions: 'liftScSuspension', meta: edge('Conditions met: suspension lifted', ['13.10']) },
                    'sc.requestedReAudit': { target: 'reAuditing', guard: '16.5:noReAuditUnderWay', actions: 'recordReAuditRequest', meta: edge('Conditions not met: re-auditing requested', ['13.11', '16.5'], { forms: ['2-14'], effects: ['reAuditRequestedBySC'] }) },
                  },
                },
                reAuditing: {
                  meta: node('Re-auditing of the sections concerned', ['16.5', '16.6']),
                  on: { 'case.reAuditConfirmed': { target: 'reAuditConfirmed', actions: 'recordReAuditConfirmed', meta: edge('Re-audit confirmed', ['16.7']) } },
                },
                reAuditConfirmed: {
                  meta: node('Re-audit confirmed; the Steering Committee lifts the suspension', ['16.7', '13.10'], {
                    obligations: [{ clause: '13.10', actor: 'SC', act: 'Lift the suspension (conditions met)' }],
                  }),
                  on: { 'sc.liftedSuspension': { target: '#incident.revised.scSuspension.lifted', actions: 'liftScSuspension', meta: edge('Conditions met: suspension lifted', ['13.10']) } },
                },
              },
            },
            lifted: {
              meta: node('Suspension by the Steering Committee lifted', ['13.10']),
              on: { 'sc.suspendedForSeriousIncident': { target: 'inForce', guard: '13.7:reportedUnder13.2', actions: 'suspendForSeriousIncident', meta: edge('Suspended again', ['13.7', '13.12'], { effects: ['registrationSuspended'] }) } },
            },
          },
        },
      },
    },
    closed: {
      meta: node('Closed: the registration ended', ['18.2']),
    },
  },
});
