/**
 * The guards of the procedure machine, each named after its clause. Requirement checks come
 * from `src/rules` (see `checks.ts`); periods from `deadline()` kept in the context.
 *
 * @internal
 * @module
 */
import { suspendedRegistrationAvailable } from '../../rules/provisions/index.js';
import { PASS, all, lapsed, unless, variant, type GuardSpec } from '../_lib/guards.js';
import { firstDay, governs } from '../_lib/provision.js';
import { applicationFailures, eligibilityFailures, findingsOf, priorApplicationFailures, reviewFailures } from './checks.js';
import type { ProcedureContext } from './context.js';
import type { ProcedureEvent } from './events.js';

type Spec = GuardSpec<ProcedureContext, ProcedureEvent>;
const spec = (clauses: readonly string[], text: string, check: Spec['check']): Spec => ({ clauses, text, check });

const appliedOn = (c: ProcedureContext): string => c.application?.appliedOn ?? '';
const overdue = (c: ProcedureContext, e: ProcedureEvent, clause: '4.5(1)' | '9.6(1)' | '10.8' | '10.8(4)', consequence: string) => {
  const last = c.deadlines[clause]?.lastDay;
  return unless(lapsed(last, e.day), clause, `The period of ${clause} runs to ${last ?? '(not set)'}; on ${e.day} it has not ended, so ${consequence} does not follow yet.`);
};
const inTime = (c: ProcedureContext, e: ProcedureEvent, clause: '10.8' | '10.8(4)', what: string) => {
  const last = c.deadlines[clause]?.lastDay;
  return unless(!lapsed(last, e.day), clause, `${what} on ${e.day} is after ${last ?? '(not set)'}, the last day of the period of ${clause}.`);
};
/**
 * 4.5(1), 9.6(1): not accepted when the Applicant "has not answered sufficiently … within one
 * month from the date of the inquiry": only once the month is over, and not when the answer given
 * was sufficient (the documents now meet the requirements).
 */
const unanswered = (c: ProcedureContext, e: ProcedureEvent, clause: '4.5(1)' | '9.6(1)', inquiry: string, stillFailing: boolean) => {
  if (c.inquiries === 0) return unless(false, clause, `No inquiry or request for materials was made, so ${clause} cannot apply.`);
  const last = c.deadlines[clause]?.lastDay;
  if (!lapsed(last, e.day)) return unless(false, clause, `The Applicant has one month from ${inquiry} of ${c.inquiredOn ?? '(unknown)'} to answer, to ${last ?? '(not set)'}; on ${e.day} the month is not over.`);
  return unless(stillFailing, clause, 'The documents as answered meet the requirements: the answer was sufficient.');
};
const PARTY = { applicant: 'the Applicant', agency: 'the evaluating agency' } as const;
/**
 * 5.2: information received answers a request outstanding: of the party named (`from`), or of the
 * one party asked; when both the Applicant and the agency were asked, `from` must say whose.
 */
const infoReceivable = (c: ProcedureContext, from: 'applicant' | 'agency' | undefined) => {
  const asked = c.eligibilityInfoRequests;
  if (from !== undefined) {
    return unless(asked[from] !== null, '5.2', `OSO has no request for more information for the eligibility review (5.2) outstanding of ${PARTY[from]}: none was made, or it was answered.`);
  }
  if (asked.applicant !== null && asked.agency !== null) {
    return unless(false, '5.2', `OSO asked both the Applicant (on ${asked.applicant}) and the evaluating agency (on ${asked.agency}) for more information (5.2): say whose was received with from: 'applicant' or from: 'agency'.`);
  }
  return unless(asked.applicant !== null || asked.agency !== null, '5.2', 'OSO has not asked for more information for the eligibility review (5.2), or it was received.');
};
const decision = (e: ProcedureEvent) => (e.type === 'sc.decidedApplication' ? e.decision : null);

/** @internal */
export const PROCEDURE_GUARDS = {
  'Supp.2022:rulesInForce': spec(['Supp.2022'], 'The rules apply from their enactment on 2022-11-01.', (_c, e) =>
    unless(governs('rules', e.day), 'Supp.2022', `${e.day} is before ${firstDay('rules')}, when the ISMAP-LIU rules were enacted.`),
  ),
  '4.1:priorApplicationAcceptable': spec(['4.1', '4.1(1)', '4.1(2)', '3.1(1)', '3.3', '7.10', 'Supp.2022.1', 'Supp.2022.2'], 'The Prior Application Documents are complete, in Japanese, with Impact Evaluation Results that count.', (c) =>
    priorApplicationFailures(c),
  ),
  '4.5:declineGroundHolds': spec(['4.5', '4.5(1)', '4.5(2)'], 'A Prior Application is not accepted for want of a sufficient answer within one month of an inquiry (4.5(1)) or when the review clearly cannot be completed in time (4.5(2)).', (c, e) =>
    e.type === 'oso.declinedPriorApplication' && e.ground === '4.5(1)' ? unanswered(c, e, '4.5(1)', 'the inquiry or request for materials (4.4)', priorApplicationFailures(c).length > 0) : PASS,
  ),
  '4.5(1):answerOverdue': spec(['4.5(1)'], 'No answer to the inquiry within one month.', (c, e) => overdue(c, e, '4.5(1)', 'non-acceptance')),
  '12.3:renewal': spec(['12.3'], 'The procedure is a renewal: the Registrant tells the assessor of the changes since the previous assessment.', (c) =>
    unless(c.purpose === 'renewal', '12.3', 'This procedure is not a renewal: 12.3 concerns the assessment for a renewal of registration.'),
  ),
  '5.2:infoRequested': spec(['5.2'], 'OSO asked the Applicant or the evaluating agency for more information, and the information received is of one asked (`from` says whose when both were).', (c, e) =>
    infoReceivable(c, e.type === 'oso.receivedEligibilityInfo' ? e.from : undefined),
  ),
  '5.1:eligibilityConfirmed': spec(['5.1', '5.1(1)', '5.1(2)', '5.1(3)', '5.1(4)', '5.3'], 'The review under 5.1(1)–(4) supports eligibility.', (c, e) =>
    all(variant(e.type === 'min.judgedEligibility' && e.eligible, 'The judgment is "not eligible".'), eligibilityFailures(c)),
  ),
  '5.3:judgedNotEligible': spec(['5.3'], 'The ministries judged the service not eligible.', (_c, e) =>
    variant(e.type === 'min.judgedEligibility' && !e.eligible, 'The judgment is "eligible".'),
  ),
  '5.4:judgedEligible': spec(['5.4', '5.5'], 'The judgment notified is "eligible".', (c) => variant(c.eligible === true, 'The judgment was "not eligible".')),
  '5.4:judgedNotEligible': spec(['5.4'], 'The judgment notified is "not eligible".', (c) => variant(c.eligible === false, 'The judgment was "eligible".')),
  '9.1:applicationAcceptable': spec(['9.1', '9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)', '8.1(1)', '8.1(2)', '8.1(3)', '8.1(4)', '8.1(5)', '8.1(6)', '8.1(7)', '8.1(8)', '8.1(9)', '7.3', '7.14', '10.11', '10.8(1)(a)', '10.8(1)(b)', '10.8(3)', '10.8(4)'], 'The application meets 9.1(1)–(5) (for a Suspended Registration Examination, 10.8(1)–(4)).', (c) =>
    applicationFailures(c),
  ),
  '9.1:declineGroundHolds': spec(['9.1', '9.6', '9.6(1)'], 'The ground given for not accepting the application holds.', (c, e) => {
    if (e.type !== 'oso.declinedApplication') return PASS;
    if (e.ground === '9.6(1)') return unanswered(c, e, '9.6(1)', 'the inquiry or request for materials (9.4)', applicationFailures(c).length > 0);
    const failing = applicationFailures(c).some((f) => f.clause === e.ground);
    return unless(failing, e.ground, `The application meets ${e.ground}.`);
  }),
  '9.6(1):answerOverdue': spec(['9.6(1)'], 'No answer to the inquiry within one month.', (c, e) => overdue(c, e, '9.6(1)', 'non-acceptance')),
  '10.2:inForce': spec(['10.2', 'Supp.2023-07-03.1'], '10.2 (as revised) governs requests made on or after 2023-10-02.', (_c, e) =>
    unless(governs('10.2', e.day), 'Supp.2023-07-03.1', `A request of ${e.day} predates ${firstDay('10.2')}, when 10.2 as revised came into force.`),
  ),
  '10.4:hearingApplies': spec(['10.4', 'Supp.2023-07-03.1'], 'A hearing on findings, for applications made on or after 2023-10-02 whose Assessment Report has findings.', (c) =>
    all(
      unless(governs('10.4', appliedOn(c)), 'Supp.2023-07-03.1', `The application of ${appliedOn(c)} predates ${firstDay('10.4')}, so 10.4 does not apply to it.`),
      unless((c.assessmentReport?.findings.length ?? 0) > 0, '10.4', 'The Assessment Report has no findings.'),
    ),
  ),
  '10.5:registrationConfirmed': spec(['10.5', '10.1', '10.1(1)', '10.1(2)', '10.1(3)', '10.1(4)', '10.1(5)', '10.1(6)', '10.1(7)', '10.1(8)', '7.4', '7.5', '7.5(1)', '7.5(2)', '7.5(3)', '7.5(4)', '7.6', '7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)', '7.6(7)', 'Appendix2'], 'The review confirms 10.1(1)–(8).', (c, e) =>
    all(variant(decision(e) === 'register', 'The decision is not to register.'), reviewFailures(c)),
  ),
  '10.6:suspendedRegistrationAvailable': spec(['10.6', '10.1(2)', '10.1(3)', 'Supp.2023-07-03.1'], 'Suspended Registration: application on or after 2023-10-02, Operation-criteria findings only, not suspended before.', (c, e) => {
    if (decision(e) !== 'suspend') return variant(false, 'The decision is not Suspended Registration.');
    const report = c.assessmentReport;
    const findings = report === null ? null : findingsOf(report);
    return all(
      unless(suspendedRegistrationAvailable(appliedOn(c) || e.day), 'Supp.2023-07-03.1', `The application of ${appliedOn(c)} predates 2023-10-02: Suspended Registration (10.6) does not apply to it.`),
      unless(c.suspension === null, '10.6', 'The registration was already suspended once in this procedure.'),
      unless((findings?.operation ?? 0) > 0, '10.6', 'The Assessment Report has no Operation-criteria findings whose minor character is in doubt.'),
      unless(!(findings?.failures ?? []).some((f) => f.clause === '10.1(2)'), '10.1(2)', 'The Assessment Report has Governance or Management findings: registration cannot be confirmed whatever the improvements.'),
    );
  }),
  '11.4:rejectionNoticeApplies': spec(['11.4', 'Supp.2023-07-03.1'], 'A rejection of an application made on or after 2023-10-02 is notified on Form 2-7.', (c, e) =>
    all(variant(decision(e) === 'reject', 'The decision is not to reject.'), variant(governs('11.4', appliedOn(c)), 'The application predates 11.4 as revised.')),
  ),
  '10.5:rejectedBeforeRevision': spec(['10.5', 'Supp.2023-07-03.1'], 'A rejection of an application made before 2023-10-02 ends the procedure (11.4 does not apply).', (c, e) =>
    all(variant(decision(e) === 'reject', 'The decision is not to reject.'), variant(!governs('11.4', appliedOn(c)), 'The application is governed by 11.4 as revised.')),
  ),
  '10.8:examinationRequestedInTime': spec(['10.8', '10.7'], 'Letter of Intent requesting an examination, within one month of Form 2-19.', (c, e) =>
    all(variant(e.type === 'applicant.submittedLetterOfIntent' && e.requestsExamination, 'The Letter of Intent does not request an examination.'), inTime(c, e, '10.8', 'The Letter of Intent')),
  ),
  '10.8:examinationDeclinedInTime': spec(['10.8'], 'Letter of Intent not requesting an examination, within one month of Form 2-19.', (c, e) =>
    all(variant(e.type === 'applicant.submittedLetterOfIntent' && !e.requestsExamination, 'The Letter of Intent requests an examination.'), inTime(c, e, '10.8', 'The Letter of Intent')),
  ),
  '10.9:letterOfIntentOverdue': spec(['10.9', '10.8'], 'No Letter of Intent within one month of the Notice of Suspended Registration.', (c, e) => overdue(c, e, '10.8', 'rejection (10.9)')),
  '10.8(4):applicationInTime': spec(['10.8(4)'], 'Form 2-21 within one month of the new assessment report.', (c, e) => inTime(c, e, '10.8(4)', 'The Suspended Registration Application')),
  '10.9:suspendedApplicationOverdue': spec(['10.9', '10.8(4)'], 'No Form 2-21 within one month of the new assessment report.', (c, e) => overdue(c, e, '10.8(4)', 'rejection (10.9)')),
  '12.1:renewalRoundLapses': spec(['12.1'], 'A renewal procedure ends when the registration it would renew has ended.', (c) =>
    variant(c.purpose === 'renewal' && c.active, 'This procedure is not a renewal in progress.'),
  ),
} as const satisfies Record<string, Spec>;

/** The name of a procedure guard. @internal */
export type ProcedureGuard = keyof typeof PROCEDURE_GUARDS;
