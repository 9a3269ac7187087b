/**
 * Case files for the tests: the shipped examples and builders of event lists.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../_support/days.js';

const here = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));

export interface TestCase {
  service: { name: string; url?: string; operator?: { name: string; address?: string } };
  events: Record<string, unknown>[];
}

/** A shipped example by file name. */
export function example(name: string): TestCase {
  return JSON.parse(readFileSync(here(name), 'utf8')) as TestCase;
}

/**
 * Kintai Cloud (registered 2025-01-27) with two serious incidents recognized on 3 and 4 February
 * 2025 and never reported: their 13.2 and 13.3 reports fall overdue. `extra` events follow them.
 */
export function kintaiWithUnreportedIncidents(extra: readonly Record<string, unknown>[] = []): TestCase {
  const kintai = example('kintai-cloud-registration.json');
  return {
    ...kintai,
    events: [
      ...kintai.events,
      { type: 'applicant.recognizedIncident', at: '2025-02-03T10:00+09:00', incidentId: 'INC-1', seriousness: 'serious' },
      { type: 'applicant.recognizedIncident', at: '2025-02-04T10:00+09:00', incidentId: 'INC-2', seriousness: 'serious' },
      ...extra,
    ],
  };
}

export const EXAMPLES = [
  'kintai-cloud-registration.json',
  'tsuuchi-mail-incident-suspension.json',
  'hyoka-forms-suspended-registration-rejected.json',
  'kintai-cloud-renewal.json',
] as const;

export const DOCS = {
  submitted: ['statement', 'written-representation', 'assessment-report', 'improvement-plan', 'information-7.5', 'written-oath-7.6', 'internal-auditing-report', 'prior-application-result-notice'],
  corporateNumber: '7000012050002',
  inJapanese: true,
};
export const REVIEW = {
  statementRequirementsMet: true,
  disclosed: ['7.5(1)', '7.5(2)', '7.5(3)', '7.5(4)'],
  sworn: ['7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)', '7.6(7)'],
  internalAuditMeetsAppendix2: true,
  otherViolationsFound: false,
};

/** A Prior Application made on `at`, with an evaluation of a month before. */
export function priorApplication(at: string, evaluated: string): Record<string, unknown> {
  return {
    type: 'applicant.submittedPriorApplication',
    at,
    submitted: ['form-1-1', 'form-1-2'],
    inJapanese: true,
    contentsComplete: true,
    onListOfTargetOperations: true,
    evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: evaluated, result: 'low' }],
  };
}

/**
 * A procedure from Prior Application to the SC's decision being due, on dates around `year`:
 * audit period `audit`, report on `reportDate`, application on `appliedOn`.
 */
export function procedureUntilReview(opts: { pa: string; evaluated: string; audit: { start: string; end: string }; reportDate: string; appliedOn: string; findings?: unknown[]; reviewed: string }): Record<string, unknown>[] {
  const d = (offset: number, base: string) => addDays(base, offset);
  return [
    priorApplication(opts.pa, opts.evaluated),
    { type: 'oso.acceptedPriorApplication', at: d(5, opts.pa) },
    { type: 'oso.reportedPriorApplicationReview', at: d(10, opts.pa), unreasonablePointsFound: false, otherViolationsFound: false },
    { type: 'min.judgedEligibility', at: d(15, opts.pa), eligible: true },
    { type: 'oso.notifiedPriorApplicationResult', at: d(16, opts.pa) },
    { type: 'assessor.issuedAssessmentReport', at: opts.reportDate, auditPeriod: opts.audit, findings: opts.findings ?? [] },
    { type: 'applicant.submittedApplication', at: opts.appliedOn, documents: DOCS, contentsComplete: true, sameServiceContents: true },
    { type: 'oso.acceptedApplication', at: d(4, opts.appliedOn) },
    { type: 'oso.reportedReview', at: opts.reviewed, ...REVIEW },
  ];
}
