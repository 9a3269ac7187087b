/**
 * Valid cases to start the check tests from; each test changes what it is about.
 */
import { expect } from 'vitest';
import type { CheckFailure } from '../../../src/rules/checks/index.js';
import type { Application, EligibilityReview, PriorApplication, RegistrationReview } from '../../../src/rules/schemas/index.js';

export const priorApplication: PriorApplication = {
  submittedAt: '2024-04-10',
  submitted: ['form-1-1', 'form-1-2'],
  inJapanese: true,
  contentsComplete: true,
  onListOfTargetOperations: true,
  evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low' }],
};

export const eligibilityReview: EligibilityReview = {
  priorApplication,
  unreasonablePointsFound: false,
  otherViolationsFound: false,
  pastDeletions: [],
};

export const application: Application = {
  appliedAt: '2024-10-20',
  documents: {
    submitted: [
      'certificate-of-registered-matters',
      'statement',
      'written-representation',
      'assessment-report',
      'information-7.5',
      'written-oath-7.6',
      'internal-auditing-report',
      'prior-application-result-notice',
    ],
    inJapanese: true,
  },
  contentsComplete: true,
  assessmentReport: { date: '2024-10-15', auditPeriod: { start: '2024-04-01', end: '2024-09-30' }, findings: [] },
  priorApplication: { judgedEligible: true, sameServiceContents: true },
};

export const registrationReview: RegistrationReview = {
  assessmentReport: { date: '2024-12-31', auditPeriod: { start: '2024-04-01', end: '2024-09-30' }, findings: [] },
  statementRequirementsMet: true,
  disclosed: ['7.5(1)', '7.5(2)', '7.5(3)', '7.5(4)'],
  sworn: ['7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)', '7.6(7)'],
  internalAuditMeetsAppendix2: true,
  otherViolationsFound: false,
};

/**
 * The failures of a check that must fail. The test fails here when the check passed, so that the
 * assertions on the failures always run (no `if (!r.ok) expect(…)` that a pass would skip).
 */
export function failuresOf(r: { readonly ok: boolean; readonly failures?: readonly CheckFailure[] }): readonly CheckFailure[] {
  expect(r.ok, 'the check should fail').toBe(false);
  return r.failures ?? expect.fail('a failed check has no failures');
}

/** The clauses of a result's failures, or `[]`. */
export function clauses(r: { ok: boolean; failures?: readonly { clause: string }[] }): string[] {
  return r.ok ? [] : (r.failures ?? []).map((f) => f.clause);
}
