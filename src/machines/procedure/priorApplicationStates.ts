/**
 * The Prior Application states of a procedure round (Chapters 4–5).
 *
 * @internal
 * @module
 */
import { edge, node } from '../_lib/meta.js';
import { procedure } from './setup.js';

/** @internal */
export const priorApplicationState = /* @__PURE__ */ procedure.createStateConfig({
  meta: node('Prior Application', ['3.1', '4.1', '5.1']),
  initial: 'submitted',
  states: {
    submitted: {
      meta: node('Prior Application submitted; OSO checks the documents', ['4.2', '4.3'], {
        obligations: [{ clause: '4.3', actor: 'OSO', act: 'Review the Prior Application Documents (in principle)', period: '4.3' }],
      }),
      on: {
        'oso.requestedPriorApplicationInfo': { target: 'inquiry', actions: 'recordPriorApplicationInquiry', meta: edge('OSO asks for more', ['4.4']) },
        'oso.acceptedPriorApplication': { target: 'review', guard: '4.1:priorApplicationAcceptable', meta: edge('Prior Application accepted', ['4.1', '3.3', '7.10']) },
        'oso.declinedPriorApplication': { target: '#procedure.notAccepted', guard: '4.5:declineGroundHolds', actions: 'endByPriorApplicationGround', meta: edge('Prior Application not accepted', ['4.5'], { probe: [{ ground: '4.5(1)' }, { ground: '4.5(2)' }] }) },
      },
    },
    inquiry: {
      meta: node('OSO asked for more; the Applicant must answer within one month', ['4.4', '4.5(1)'], {
        obligations: [{ clause: '4.5(1)', actor: 'A', act: 'Give a sufficient response, submit materials or amend the Prior Application Documents', forms: ['1-1', '1-2'], period: '4.5(1)', since: 'inquiredOn' }],
      }),
      on: {
        'applicant.answeredPriorApplicationInquiry': { target: 'submitted', actions: 'amendPriorApplication', meta: edge('Inquiry answered', ['4.4', '4.5(1)']) },
        'oso.declinedPriorApplication': { target: '#procedure.notAccepted', guard: '4.5:declineGroundHolds', actions: 'endByPriorApplicationGround', meta: edge('Prior Application not accepted', ['4.5'], { probe: [{ ground: '4.5(1)' }, { ground: '4.5(2)' }] }) },
        'time.passed': { target: '#procedure.notAccepted', guard: '4.5(1):answerOverdue', actions: 'endForUnansweredPriorApplicationInquiry', meta: edge('No answer within one month: not accepted', ['4.5(1)'], { expiry: true }) },
      },
    },
    review: {
      meta: node('Prior Application accepted; OSO reviews eligibility', ['5.1', '5.2'], {
        obligations: [
          { clause: '5.1', actor: 'OSO', act: 'Review 5.1(1)–(4) and report to the ministries', forms: ['1-3'] },
          { clause: '5.2', actor: 'A', act: 'Provide the additional information OSO requested for the eligibility review', due: 'as OSO requests', since: 'eligibilityInfoRequests.applicant', whenSet: 'eligibilityInfoRequests.applicant' },
        ],
      }),
      on: {
        'oso.requestedEligibilityInfo': { target: 'review', actions: ['recordInfoRequest', 'recordEligibilityInfoRequest'], meta: edge('OSO asks the Applicant or the evaluating agency for more', ['5.2']) },
        'oso.receivedEligibilityInfo': { target: 'review', guard: '5.2:infoRequested', actions: 'receiveEligibilityInfo', meta: edge('The information requested for the eligibility review received', ['5.2'], { probe: [{ from: 'applicant' }, { from: 'agency' }] }) },
        'oso.reportedPriorApplicationReview': { target: 'reported', actions: 'recordEligibilityReview', meta: edge('Review Report on Prior Application sent', ['5.1'], { forms: ['1-3'] }) },
      },
    },
    reported: {
      meta: node('Reported to the ministries, who judge eligibility', ['5.3'], {
        obligations: [{ clause: '5.3', actor: 'MIN', act: 'Judge eligibility for ISMAP-LIU ("promptly"; collectively by the half-term date when off the List)', period: '5.3', due: 'promptly (the operations are on the List of Target Operations)' }],
      }),
      on: {
        'min.judgedEligibility': [
          { target: 'judged', guard: '5.1:eligibilityConfirmed', actions: 'recordJudgment', meta: edge('Judged eligible', ['5.3', '5.1'], { probe: { eligible: true } }) },
          { target: 'judged', guard: '5.3:judgedNotEligible', actions: 'recordJudgment', meta: edge('Judged not eligible', ['5.3'], { probe: { eligible: false } }) },
        ],
      },
    },
    judged: {
      meta: node('Judged; OSO notifies the result', ['5.4'], {
        obligations: [{ clause: '5.4', actor: 'OSO', act: 'Notify the result of the Prior Application', forms: ['1-4'] }],
      }),
      on: {
        'oso.notifiedPriorApplicationResult': [
          { target: '#procedure.auditing', guard: '5.4:judgedEligible', meta: edge('Notified eligible: the Applicant may be audited', ['5.4', '5.5'], { forms: ['1-4'] }) },
          { target: '#procedure.ineligible', guard: '5.4:judgedNotEligible', actions: 'endAsIneligible', meta: edge('Notified not eligible', ['5.4'], { forms: ['1-4'] }) },
        ],
      },
    },
  },
});
