/**
 * The Suspended Registration states of a procedure round (10.6–10.9).
 *
 * @internal
 * @module
 */
import { edge, node } from '../_lib/meta.js';
import { improveControls, procedure } from './setup.js';

/** @internal */
export const suspendedRegistrationState = /* @__PURE__ */ procedure.createStateConfig({
  meta: node('Suspended Registration', ['10.6', '10.7'], { obligations: [improveControls] }),
  initial: 'awaitingLetterOfIntent',
  states: {
    awaitingLetterOfIntent: {
      meta: node('Notice of Suspended Registration sent; Letter of Intent due within one month', ['10.6', '10.8'], {
        forms: ['2-19'],
        obligations: [{ clause: '10.8', actor: 'A', act: 'Submit the Letter of Intent in Regard to Suspended Registration', forms: ['2-20'], period: '10.8' }],
      }),
      on: {
        'applicant.submittedLetterOfIntent': [
          { target: 'newAssessment', guard: '10.8:examinationRequestedInTime', actions: 'recordLetterOfIntent', meta: edge('Letter of Intent: examination requested', ['10.7', '10.8'], { forms: ['2-20'], probe: { requestsExamination: true } }) },
          { target: '#procedure.review.reported', guard: '10.8:examinationDeclinedInTime', actions: 'recordLetterOfIntent', meta: edge('Letter of Intent: no examination requested', ['10.8'], { forms: ['2-20'], probe: { requestsExamination: false } }) },
        ],
        'time.passed': { target: '#procedure.rejectedPendingNotice', guard: '10.9:letterOfIntentOverdue', actions: 'rejectForMissedPeriod', meta: edge('No Letter of Intent within one month: rejected', ['10.9', '10.8', '18.2(3)'], { expiry: true, effects: ['renewalRejected'] }) },
      },
    },
    newAssessment: {
      meta: node('New assessment of the improved controls', ['10.8(1)', '10.8(1)(a)', '10.8(1)(b)', '10.8(2)'], {
        obligations: [{ clause: '10.8(3)', actor: 'A', act: 'Have the improved controls assessed over three months or more and obtain the report within two months of the end', forms: ['2-1', '2-2'] }],
      }),
      on: {
        'assessor.issuedAssessmentReport': { target: 'reportObtained', actions: 'recordNewAssessmentReport', meta: edge('New assessment report issued', ['10.8(1)', '10.8(2)', '10.8(3)'], { forms: ['2-1', '2-2'] }) },
      },
    },
    reportObtained: {
      meta: node('New assessment report obtained; Form 2-21 due within one month', ['10.8(3)', '10.8(4)'], {
        obligations: [{ clause: '10.8(4)', actor: 'A', act: 'Submit the Suspended Registration Application Form with the Statement, Written Representation and report', forms: ['2-21'], period: '10.8(4)' }],
      }),
      on: {
        'assessor.issuedAssessmentReport': { target: 'reportObtained', actions: 'recordNewAssessmentReport', meta: edge('A new assessment report replaces the previous one', ['10.8(3)']) },
        'applicant.submittedSuspendedRegistrationApplication': { target: '#procedure.application', guard: '10.8(4):applicationInTime', actions: 'startExamination', meta: edge('Suspended Registration Application submitted: examination as in Chapters 9–10', ['10.8(4)', '10.8(4)(a)', '10.8(4)(b)', '10.8(4)(c)', '10.11'], { forms: ['2-21', '2-1', '2-2'] }) },
        'time.passed': { target: '#procedure.rejectedPendingNotice', guard: '10.9:suspendedApplicationOverdue', actions: 'rejectForMissedPeriod', meta: edge('No Form 2-21 within one month: rejected', ['10.9', '10.8(4)', '18.2(3)'], { expiry: true, effects: ['renewalRejected'] }) },
      },
    },
  },
});
