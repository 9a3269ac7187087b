/**
 * 10.1(2)–(4): are the findings of an Assessment Report acceptable (none under the Governance or
 * Management Criteria; Operation-criteria findings minor)?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { AssessmentReportSchema, parseOrThrow, type AssessmentReport } from '../schemas/index.js';
import { findingsFailures } from './_lib/findings.js';
import { result } from './_lib/result.js';
import type { CheckResult } from './types.js';

/** What {@link checkFindingsMinor} computed. */
export interface FindingsMinor {
  /** How many findings fall under the Operation Criteria (10.1(3)). */
  readonly operationFindings: number;
  /** The last day an improvement plan may complete: two months from the report (`null`: after 2099-12-31). */
  readonly improvementDeadline: IsoDate | null;
}

/**
 * Checks the findings of an Assessment Report, reporting each offending finding:
 *
 * * 10.1(2): no finding under the Governance or Management Criteria;
 * * 10.1(3): the number of Operation-criteria findings is reported (`operationFindings`);
 * * 10.1(4): each Operation-criteria finding has an improvement plan completing on or before the
 *   last day of two months from the date of the Assessment Report (民法 140, 143: a report of
 *   2024-12-31 allows 2025-02-28; strict last day, I2).
 *
 * The text makes the two-month plan "one of the requirements for being minor"; this check
 * covers what the rules write down, and the Steering Committee may still find a finding not
 * minor (10.6).
 *
 * @param report - see `AssessmentReportSchema`
 * @returns `ok: true`, or `ok: false` with a failure per offending finding
 * @throws `ValidationError` when the report does not match the schema
 * @example
 * ```ts
 * checkFindingsMinor({
 *   date: '2024-12-31', auditPeriod: { start: '2024-04-01', end: '2024-09-30' },
 *   findings: [{ id: 'F-1', criteria: 'operation', improvementPlanCompletionDate: '2025-02-28' }],
 * }).ok; //=> true
 * ```
 * @see 10.1(2), 10.1(3), 10.1(4), 7.4, 10.6; interpretation I2
 */
export function checkFindingsMinor(report: AssessmentReport): CheckResult<FindingsMinor> {
  return checkFindingsMinorTrusted(parseOrThrow(AssessmentReportSchema, report, 'the Assessment Report'));
}

/**
 * {@link checkFindingsMinor} without validating its argument, for callers whose data
 * `AssessmentReportSchema` has already parsed (the schema does not transform: its output is its input).
 *
 * @param r - an Assessment Report that `AssessmentReportSchema` accepts
 * @returns what {@link checkFindingsMinor} returns
 * @internal
 */
export function checkFindingsMinorTrusted(r: AssessmentReport): CheckResult<FindingsMinor> {
  const { failures, bound, operation } = findingsFailures(r, '$');
  return result(['10.1(2)', '10.1(3)', '10.1(4)'], failures, { operationFindings: operation, improvementDeadline: bound.lastDay });
}
