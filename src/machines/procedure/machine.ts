/**
 * One round of the registration procedure (Chapters 3–11): Prior Application with inquiries,
 * non-acceptance, review and judgment (3–5); the audit (7); application, acceptance and
 * inquiries (8–9); review, hearing and decision, Suspended Registration with its Letter of
 * Intent, new assessment and examination (10); registration or rejection (11). The same round
 * serves a renewal (3.4, 8.3, 12.2) and a re-application (17.1).
 *
 * @module
 */
import { edge, node } from '../_lib/meta.js';
import { applicationState } from './applicationStates.js';
import { INITIAL_PROCEDURE_CONTEXT } from './context.js';
import { priorApplicationState } from './priorApplicationStates.js';
import { reviewState } from './reviewStates.js';
import { improveControls, newRound, procedure } from './setup.js';
import { suspendedRegistrationState } from './suspendedRegistrationStates.js';

const keepRecords = { clause: '7.6(7)', actor: 'A', act: 'Keep the Internal Auditing report and records', forms: ['2-3'], period: '7.6(7)', nature: 'keep', optional: true } as const;

/**
 * The procedure machine. Its states follow the procedure of Chapters 3–11: "Prior Application",
 * "Requirements", "Application", "Review" and "Registration"; every state node and transition
 * carries `meta` with its clauses and forms.
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * const [s] = initialTransition(procedureMachine);
 * s.value; //=> 'idle'
 * ```
 */
export const procedureMachine = /* @__PURE__ */ procedure.createMachine({
  id: 'procedure',
  context: INITIAL_PROCEDURE_CONTEXT,
  initial: 'idle',
  meta: node('Registration procedure', ['3.1', '8.1', '17.1'], { obligations: [{ ...keepRecords, earlier: 'earlierInternalAudits' }] }),
  on: {
    'case.registrationEnded': {
      target: '.lapsed',
      guard: '12.1:renewalRoundLapses',
      actions: 'lapse',
      meta: edge('The registration ended: the renewal procedure lapses', ['12.1', '18.2']),
    },
  },
  states: {
    idle: {
      meta: node('No procedure in progress', ['3.1']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
    priorApplication: priorApplicationState,
    notAccepted: {
      meta: node('Prior Application not accepted', ['4.5']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
    ineligible: {
      meta: node('Not eligible for ISMAP-LIU', ['5.4']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
    auditing: {
      meta: node('Eligible: Statement, internal audit and audit by the assessor', ['5.5', '7.1', '7.2', '7.3'], {
        obligations: [
          { clause: '7.3', actor: 'A', act: 'Obtain an Assessment Report dated within three months of the end of the audit period', forms: ['2-1', '2-2'] },
          { clause: '12.3', actor: 'A', act: 'Tell the assessor of every change to the declaration since the period of the previous assessment', due: 'when assessed for the renewal', when: { field: 'purpose', equals: 'renewal' }, unlessSet: 'assessorInformedOn' },
        ],
      }),
      on: {
        'applicant.informedAssessor': { guard: '12.3:renewal', actions: 'recordAssessorInformed', meta: edge('The assessor told of the changes since the previous assessment', ['12.3']) },
        'applicant.reportedInternalAudit': { target: 'auditing', actions: 'recordInternalAudit', meta: edge('Internal Auditing Report submitted', ['7.2', '7.6(7)'], { forms: ['2-3'] }) },
        'assessor.issuedAssessmentReport': { target: 'reportIssued', actions: 'recordAssessmentReport', meta: edge('Assessment Report issued', ['7.1', '7.3', '7.4', '7.14', '12.3', 'Supp.2023-09-22.1'], { forms: ['2-1', '2-2'] }) },
      },
    },
    reportIssued: {
      meta: node('Assessment Report issued; the application is due within one month', ['7.3', '7.4', '8.2'], {
        obligations: [
          { clause: '8.2', actor: 'A', act: 'Apply for Service Registration with the documents of 8.1', forms: ['2-4'], period: '8.2' },
          improveControls,
        ],
      }),
      on: {
        'applicant.reportedInternalAudit': { target: 'reportIssued', actions: 'recordInternalAudit', meta: edge('Internal Auditing Report submitted', ['7.2', '7.6(7)'], { forms: ['2-3'] }) },
        'assessor.issuedAssessmentReport': { target: 'reportIssued', actions: 'recordAssessmentReport', meta: edge('A new Assessment Report replaces the previous one', ['7.3', '7.4']) },
        'applicant.submittedApplication': { target: 'application', actions: 'recordApplication', meta: edge('Application submitted', ['8.1', '8.2', '8.3', '9.2'], { forms: ['2-4'], effects: ['renewalApplied'] }) },
      },
    },
    application: applicationState,
    applicationNotAccepted: {
      meta: node('Application not accepted', ['9.1', '9.6(1)']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
    review: reviewState,
    suspendedRegistration: suspendedRegistrationState,
    decided: {
      meta: node('Decided to register; OSO registers and notifies', ['10.5', '11.1', '11.2'], {
        obligations: [{ clause: '11.1', actor: 'OSO', act: 'Register the service in the List, publish it and send the Registration Notification', forms: ['2-6'] }, improveControls],
      }),
      on: {
        'oso.registeredService': { target: 'registered', actions: 'recordRegistration', meta: edge('Registered and listed', ['11.1', '11.2', '11.5'], { forms: ['2-6'], effects: ['registered'] }) },
      },
    },
    rejectedPendingNotice: {
      meta: node('Rejected; OSO notifies the result', ['11.4'], {
        obligations: [{ clause: '11.4', actor: 'OSO', act: 'Notify the rejection and end the registration procedures', forms: ['2-7'] }],
      }),
      on: {
        'oso.notifiedRejection': { target: 'rejected', actions: 'recordNotice', meta: edge('Notice of Results sent', ['11.4'], { forms: ['2-7'] }) },
        'applicant.submittedPriorApplication': newRound,
      },
    },
    rejected: {
      meta: node('Application rejected', ['10.5', '10.9', '11.4']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
    registered: {
      meta: node('Procedure completed: registered', ['11.1', '11.2']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
    lapsed: {
      meta: node('Renewal procedure lapsed with the registration', ['12.1']),
      on: { 'applicant.submittedPriorApplication': newRound },
    },
  },
});

/** The procedure machine's type. @internal */
export type ProcedureMachine = typeof procedureMachine;
