/**
 * 7.3 and 7.14: is an Assessment Report valid for an application?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { AssessmentReportSchema, AuditPeriodSchema, parseOrThrow, type AssessmentReport, type AuditPeriod } from '../schemas/index.js';
import { record } from '../schemas/_lib/field.js';
import { reportValidityFailures } from './_lib/report.js';
import { result } from './_lib/result.js';
import type { CheckResult } from './types.js';

const Args = /* @__PURE__ */ (() => record('the arguments of checkAssessmentReportValidity', {
  report: AssessmentReportSchema,
  previousAuditPeriod: AuditPeriodSchema.optional(),
}))();

/** What {@link checkAssessmentReportValidity} computed. */
export interface ReportValidity {
  /** The last day the report may be dated: three months from the audit period's end (`null`: after 2099-12-31). */
  readonly lastDay: IsoDate | null;
  /** `lastDay` moved past a government holiday (not applied, I2; `null` when unknown). */
  readonly lastDayIfExtended: IsoDate | null;
}

/**
 * Checks the Assessment Report's date and audit period:
 *
 * * 7.3: dated no later than three months after the end of the audit period (the period starts
 *   the day after the end, 民法 140, 143: audit end 2024-09-30 → report by 2024-12-31; audit end
 *   2024-11-30 → report by 2025-02-28), and not
 *   before the audit period ends;
 * * 7.14 (renewal, when `previousAuditPeriod` is given): the audit period starts the day after
 *   the previous one ended.
 *
 * {@link checkApplicationAcceptance} reports the 7.3 failures under 9.1(4) and the 7.14 failures
 * as 7.14.
 *
 * @param report - the Assessment Report, see `AssessmentReportSchema`
 * @param previousAuditPeriod - for a renewal, the audit period of the previous application
 * @returns `ok: true`, or `ok: false` with the failing clauses; both with `lastDay`
 * @throws `ValidationError` when an argument does not match its schema
 * @example
 * ```ts
 * const report = { date: '2025-01-01', auditPeriod: { start: '2024-04-01', end: '2024-09-30' }, findings: [] };
 * checkAssessmentReportValidity(report).lastDay; //=> '2024-12-31'
 * checkAssessmentReportValidity(report).ok; //=> false
 * ```
 * @see 7.3, 7.14, 9.1(4); interpretation I2
 */
export function checkAssessmentReportValidity(report: AssessmentReport, previousAuditPeriod?: AuditPeriod): CheckResult<ReportValidity> {
  const args = parseOrThrow(Args, previousAuditPeriod === undefined ? { report } : { report, previousAuditPeriod }, 'the arguments of checkAssessmentReportValidity');
  const { failures, bound } = reportValidityFailures(args.report, args.previousAuditPeriod, undefined, '$.report');
  const checked = args.previousAuditPeriod === undefined ? ['7.3'] : ['7.3', '7.14'];
  return result(checked, failures, { lastDay: bound.lastDay, lastDayIfExtended: bound.lastDayIfExtended });
}
