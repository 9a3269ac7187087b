/**
 * The requirement checks of `src/rules` applied to a procedure context, remembered per context.
 *
 * The context holds data the case-file schemas (or, for a restored snapshot, the context schema)
 * have parsed with the very schemas the checks validate against, and those schemas do not
 * transform, so the checks run without re-validating (their `…Trusted` variants). The one
 * exception is `application.appliedAt`, which the context schema reads as any string: when it is
 * not a valid date or instant, the validating check runs and throws as it always did.
 *
 * @internal
 * @module
 */
import { checkApplicationAcceptance, checkApplicationAcceptanceTrusted } from '../../rules/checks/applicationAcceptance.js';
import { checkAssessmentPeriodLengthTrusted } from '../../rules/checks/assessmentPeriodLength.js';
import { checkEligibilityTrusted } from '../../rules/checks/eligibilityReview.js';
import { checkFindingsMinorTrusted } from '../../rules/checks/findingsMinor.js';
import { checkPriorApplicationAcceptanceTrusted } from '../../rules/checks/priorApplicationAcceptance.js';
import { checkRegistrationReviewTrusted } from '../../rules/checks/registrationReview.js';
import type { CheckFailure } from '../../rules/checks/types.js';
import { deadline } from '../../rules/periods/index.js';
import type { AssessmentReport } from '../../rules/schemas/index.js';
import { readDayInput } from '../../rules/schemas/_lib/dateText.js';
import { memo } from '../_lib/memo.js';
import type { ProcedureContext } from './context.js';

type Failures = readonly CheckFailure[];
const failuresOf = (r: { ok: boolean; failures?: Failures }): Failures => (r.ok ? [] : (r.failures ?? []));
const missing = (what: string, clause: string): Failures => [{ clause, reason: `No ${what} is recorded in this procedure.` }];

/** 4.1, 3.3, Supp.2022.1–2: the Prior Application may be accepted. @internal */
export const priorApplicationFailures = /* @__PURE__ */ memo((c: ProcedureContext): Failures =>
  c.priorApplication === null ? missing('Prior Application', '3.1') : failuresOf(checkPriorApplicationAcceptanceTrusted(c.priorApplication)),
);

/** 5.1(1)–(4): the review supports eligibility. @internal */
export const eligibilityFailures = /* @__PURE__ */ memo((c: ProcedureContext): Failures => {
  if (c.priorApplication === null) return missing('Prior Application', '3.1');
  if (c.eligibilityReview === null) return missing('Review Report on Prior Application (Form 1-3)', '5.1');
  const r = c.eligibilityReview;
  return failuresOf(
    checkEligibilityTrusted({
      priorApplication: c.priorApplication,
      ...(r.lowImpactJustified === null ? {} : { lowImpactJustified: r.lowImpactJustified }),
      unreasonablePointsFound: r.unreasonablePointsFound,
      otherViolationsFound: r.otherViolationsFound,
      pastDeletions: [...c.pastDeletions, ...r.pastDeletions],
    }),
  );
});

/**
 * 9.1(1)–(5): the application may be accepted; for a Suspended Registration Examination
 * (10.11), the new assessment must meet 10.8(1)(a) and 10.8(3) and Form 2-21 10.8(4).
 *
 * @internal
 */
export const applicationFailures = /* @__PURE__ */ memo((c: ProcedureContext): Failures => {
  if (c.application === null || c.assessmentReport === null) return missing('application', '8.1');
  if (c.examination) return examinationFailures(c.assessmentReport, c.deadlines['10.8(4)']?.lastDay, c.suspension);
  const application = {
    appliedAt: c.application.appliedAt,
    documents: c.application.documents,
    contentsComplete: c.application.contentsComplete,
    assessmentReport: c.assessmentReport,
    priorApplication: { judgedEligible: c.eligible === true, sameServiceContents: c.application.sameServiceContents },
    ...(c.previousAuditPeriod === null ? {} : { previousAuditPeriod: c.previousAuditPeriod }),
  };
  return failuresOf(readDayInput(application.appliedAt).ok ? checkApplicationAcceptanceTrusted(application) : checkApplicationAcceptance(application));
});

function examinationFailures(report: AssessmentReport, formDueBy: string | undefined, suspension: ProcedureContext['suspension']): Failures {
  const out: CheckFailure[] = [...failuresOf(checkAssessmentPeriodLengthTrusted(report.auditPeriod.start, report.auditPeriod.end))];
  const reportBy = deadline('10.8(3)', report.auditPeriod.end).lastDay;
  if (report.date > reportBy) {
    out.push({ clause: '10.8(3)', reason: `The assessment report of ${report.date} is dated after ${reportBy}, two months from the end of the assessment period (${report.auditPeriod.end}).` });
  }
  if (formDueBy === undefined) out.push({ clause: '10.8(4)', reason: 'No Suspended Registration Application (Form 2-21) period is recorded.' });
  if (suspension?.requestsExamination !== true) out.push({ clause: '10.8', reason: 'The Letter of Intent (Form 2-20) did not request a Suspended Registration Examination.' });
  if (suspension?.improvedControlsAtStart === false) {
    out.push({ clause: '10.8(1)(b)', reason: 'The improved controls were not in operation when the assessment period began.' });
  }
  return out;
}

/** 10.1(1)–(8): the review confirms registration. @internal */
export const reviewFailures = /* @__PURE__ */ memo((c: ProcedureContext): Failures => {
  if (c.assessmentReport === null) return missing('Assessment Report', '7.3');
  if (c.review === null) return missing('Review Report (Form 2-5)', '10.1');
  return failuresOf(checkRegistrationReviewTrusted({ assessmentReport: c.assessmentReport, ...c.review }));
});

/** 10.1(2)–(4) on the report alone: the Operation-criteria findings and the other failures. @internal */
export const findingsOf = /* @__PURE__ */ memo((report: AssessmentReport) => {
  const r = checkFindingsMinorTrusted(report);
  return { operation: r.operationFindings, failures: failuresOf(r) };
});
