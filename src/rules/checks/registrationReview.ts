/**
 * 10.1(1)–(8): does an accepted application pass the technical review?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { DISCLOSURE_ITEMS, OATH_ITEMS, RegistrationReviewSchema, parseOrThrow, type RegistrationReview } from '../schemas/index.js';
import { findingsFailures } from './_lib/findings.js';
import { result } from './_lib/result.js';
import type { CheckFailure, CheckResult } from './types.js';

/** What {@link checkRegistrationReview} computed. */
export interface RegistrationReviewOutcome {
  /** How many findings fall under the Operation Criteria (10.1(3)). */
  readonly operationFindings: number;
  /** The last day an improvement plan may complete (10.1(4); `null`: after 2099-12-31). */
  readonly improvementDeadline: IsoDate | null;
}

/**
 * Reviews an application under 10.1, reporting every failing item in the order of 10.1
 * ((1), (2), (4), (5) … (8); within an item, in the order of the findings or matters):
 *
 * * (1) the basic Statement requirements are satisfied;
 * * (2) no finding under the Governance or Management Criteria;
 * * (3) the Operation-criteria findings are counted (`operationFindings`);
 * * (4) each of them is minor: one requirement is an improvement plan indicating that the
 *   controls will be improved within two months of the date of the Assessment Report (see
 *   {@link checkFindingsMinor});
 * * (5) every matter of 7.5(1)–(4) disclosed; (6) a written oath for every matter of
 *   7.6(1)–(7); (7) internal auditing per Appendix 2; (8) no other violation.
 *
 * @param review - see `RegistrationReviewSchema`
 * @returns `ok: true`, or `ok: false` with every failing item
 * @throws `ValidationError` when the facts do not match the schema
 * @example
 * ```ts
 * const r = checkRegistrationReview({
 *   assessmentReport: { date: '2024-12-31', auditPeriod: { start: '2024-04-01', end: '2024-09-30' },
 *     findings: [{ id: 'O-1', criteria: 'operation', improvementPlanCompletionDate: '2025-02-28' }] },
 *   statementRequirementsMet: true,
 *   disclosed: ['7.5(1)', '7.5(2)', '7.5(3)', '7.5(4)'],
 *   sworn: ['7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)'], // no oath on 7.6(7)
 *   internalAuditMeetsAppendix2: true,
 *   otherViolationsFound: false,
 * });
 * r.ok ? [] : r.failures.map((f) => f.clause); //=> ['10.1(6)']
 * r.operationFindings; //=> 1
 * ```
 * @see 10.1(1)–(8), 7.5, 7.6, Appendix 2; interpretation I2
 */
export function checkRegistrationReview(review: RegistrationReview): CheckResult<RegistrationReviewOutcome> {
  return checkRegistrationReviewTrusted(parseOrThrow(RegistrationReviewSchema, review, 'the registration review'));
}

/**
 * {@link checkRegistrationReview} without validating its argument, for callers whose data
 * `RegistrationReviewSchema` has already parsed (the schema does not transform: its output is its input).
 *
 * @param r - a review that `RegistrationReviewSchema` accepts
 * @returns what {@link checkRegistrationReview} returns
 * @internal
 */
export function checkRegistrationReviewTrusted(r: RegistrationReview): CheckResult<RegistrationReviewOutcome> {
  const failures: CheckFailure[] = [];
  if (!r.statementRequirementsMet) {
    failures.push({ clause: '10.1(1)', reason: 'The basic Statement requirements are not satisfied.', path: '$.statementRequirementsMet' });
  }
  const findings = findingsFailures(r.assessmentReport);
  // findingsFailures lists them finding by finding; 10.1 puts (2) before (4).
  failures.push(...findings.failures.filter((f) => f.clause === '10.1(2)'));
  failures.push(...findings.failures.filter((f) => f.clause !== '10.1(2)'));
  const missing = (listed: readonly string[], all: readonly string[]): string[] => all.filter((item) => !listed.includes(item));
  for (const item of missing(r.disclosed, DISCLOSURE_ITEMS)) {
    failures.push({ clause: '10.1(5)', reason: `The information of ${item} is not disclosed.`, see: [item], path: '$.disclosed' });
  }
  for (const item of missing(r.sworn, OATH_ITEMS)) {
    failures.push({ clause: '10.1(6)', reason: `The written oath does not cover ${item}.`, see: [item], path: '$.sworn' });
  }
  if (!r.internalAuditMeetsAppendix2) {
    failures.push({ clause: '10.1(7)', reason: 'The internal audit does not satisfy the requirements of Appendix 2.', see: ['7.2', 'Appendix 2'], path: '$.internalAuditMeetsAppendix2' });
  }
  if (r.otherViolationsFound) {
    failures.push({ clause: '10.1(8)', reason: 'There is another violation of the regulations of the program.', path: '$.otherViolationsFound' });
  }
  const checked = ['10.1(1)', '10.1(2)', '10.1(3)', '10.1(4)', '10.1(5)', '10.1(6)', '10.1(7)', '10.1(8)'];
  return result(checked, failures, { operationFindings: findings.operation, improvementDeadline: findings.bound.lastDay });
}
