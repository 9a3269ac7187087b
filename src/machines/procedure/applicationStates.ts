/**
 * The application states of a procedure round (Chapters 8–9).
 *
 * @internal
 * @module
 */
import { edge, node } from '../_lib/meta.js';
import { improveControls, procedure } from './setup.js';

/** @internal */
export const applicationState = /* @__PURE__ */ procedure.createStateConfig({
  meta: node('Application', ['8.1', '9.1'], { obligations: [improveControls] }),
  initial: 'submitted',
  states: {
    submitted: {
      meta: node('Application received; OSO checks the documents', ['9.2', '9.3'], {
        obligations: [{ clause: '9.3', actor: 'OSO', act: 'Review the Application Documents (in principle)', period: '9.3' }],
      }),
      on: {
        'oso.requestedApplicationInfo': { target: 'inquiry', actions: 'recordApplicationInquiry', meta: edge('OSO asks for more', ['9.4']) },
        'oso.acceptedApplication': { target: '#procedure.review', guard: '9.1:applicationAcceptable', actions: 'acceptApplication', meta: edge('Application accepted', ['9.1', '10.11']) },
        'oso.declinedApplication': { target: '#procedure.applicationNotAccepted', guard: '9.1:declineGroundHolds', actions: 'endByApplicationGround', meta: edge('Application not accepted', ['9.1', '9.6(1)'], { effects: ['renewalWithdrawn'], probe: ['9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)'].map((ground) => ({ ground })) }) },
      },
    },
    inquiry: {
      meta: node('OSO asked for more; the Applicant must answer within one month', ['9.4', '9.5', '9.6(1)'], {
        obligations: [
          { clause: '9.5', actor: 'A', act: 'Respond, submit materials or amend the Application Documents promptly', forms: ['2-4'], due: 'promptly', since: 'inquiredOn' },
          { clause: '9.6(1)', actor: 'A', act: 'Respond, submit materials or amend the Application Documents', forms: ['2-4'], period: '9.6(1)', since: 'inquiredOn' },
        ],
      }),
      on: {
        'applicant.answeredApplicationInquiry': { target: 'submitted', actions: 'amendApplication', meta: edge('Inquiry answered', ['9.5']) },
        'oso.declinedApplication': { target: '#procedure.applicationNotAccepted', guard: '9.1:declineGroundHolds', actions: 'endByApplicationGround', meta: edge('Application not accepted', ['9.6(1)'], { effects: ['renewalWithdrawn'], probe: { ground: '9.6(1)' } }) },
        'time.passed': { target: '#procedure.applicationNotAccepted', guard: '9.6(1):answerOverdue', actions: 'endForUnansweredApplicationInquiry', meta: edge('No answer within one month: not accepted', ['9.6(1)'], { expiry: true, effects: ['renewalWithdrawn'] }) },
      },
    },
  },
});
