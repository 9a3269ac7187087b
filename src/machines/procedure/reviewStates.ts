/**
 * The review states of a procedure round (10.1–10.6): review, requests for information,
 * hearing, report and the Steering Committee's decision.
 *
 * @internal
 * @module
 */
import { edge, node } from '../_lib/meta.js';
import { improveControls, procedure } from './setup.js';

/** @internal */
export const reviewState = /* @__PURE__ */ procedure.createStateConfig({
  meta: node('Application accepted; under review', ['10.1', '10.5'], {
    obligations: [{ clause: '10.5', actor: 'SC', act: 'Decide whether to register (in principle)', forms: ['2-6', '2-7'], period: '10.5' }, improveControls],
  }),
  initial: 'underReview',
  on: {
    'oso.heldFindingsHearing': { guard: '10.4:hearingApplies', actions: 'recordHearing', meta: edge('Hearing on the findings', ['10.4']) },
  },
  states: {
    underReview: {
      meta: node('OSO reviews 10.1(1)–(8)', ['10.1', '10.2'], {
        obligations: [{ clause: '10.1', actor: 'OSO', act: 'Review 10.1(1)–(8) and report to the Steering Committee', forms: ['2-5'] }],
      }),
      on: {
        'oso.requestedReviewInfo': { target: 'infoRequested', guard: '10.2:inForce', actions: 'recordReviewRequest', meta: edge('OSO requests additional information', ['10.2', '10.3']) },
        'oso.reportedReview': { target: 'reported', actions: 'recordReview', meta: edge('Review Report sent', ['10.1'], { forms: ['2-5'] }) },
      },
    },
    infoRequested: {
      meta: node('Additional information requested', ['10.2', '10.3'], {
        obligations: [{ clause: '10.3', actor: 'A', act: 'Endeavor to give a satisfactory response (in principle)', period: '10.3', optional: true }],
      }),
      on: {
        'applicant.answeredReviewRequest': { target: 'underReview', meta: edge('Request answered', ['10.3']) },
        'oso.reportedReview': { target: 'reported', actions: 'recordReview', meta: edge('Review Report sent', ['10.1'], { forms: ['2-5'] }) },
      },
    },
    reported: {
      meta: node('Reported; the Steering Committee decides', ['10.5']),
      on: {
        'sc.decidedApplication': [
          { target: '#procedure.decided', guard: '10.5:registrationConfirmed', actions: 'recordRegistrationDecision', meta: edge('Decided to register', ['10.5', '10.1'], { probe: { decision: 'register' } }) },
          { target: '#procedure.suspendedRegistration', guard: '10.6:suspendedRegistrationAvailable', actions: 'suspendRegistration', meta: edge('Suspended Registration', ['10.6'], { forms: ['2-19'], probe: { decision: 'suspend' } }) },
          { target: '#procedure.rejectedPendingNotice', guard: '11.4:rejectionNoticeApplies', actions: 'recordRejection', meta: edge('Decided to reject', ['10.5', '11.4', '18.2(3)', '18.3'], { forms: ['2-16'], effects: ['renewalRejected'], probe: { decision: 'reject' } }) },
          { target: '#procedure.rejected', guard: '10.5:rejectedBeforeRevision', actions: 'recordRejection', meta: edge('Decided to reject', ['10.5'], { effects: ['renewalRejected'], probe: { decision: 'reject' } }) },
        ],
      },
    },
  },
});
