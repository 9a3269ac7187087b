/**
 * The Assessment Report obtained from the assessor (7.3, 7.4, 8.1(4)).
 *
 * @module
 */
import { record, typed } from './_lib/field.js';
import { AuditPeriodSchema, type AuditPeriod } from './auditPeriod.js';
import { FindingsSchema, type Finding } from './finding.js';
import { isoDateSchema } from './isoDate.js';

/** The facts of an Assessment Report the rules use. */
export interface AssessmentReport {
  /** The date of the report, `YYYY-MM-DD` (7.3, 8.2 and 10.1(4) count from it). */
  readonly date: string;
  /** The audit period it covers (7.3, 7.14). */
  readonly auditPeriod: AuditPeriod;
  /** Its findings (7.4, 10.1(2)–(4)). */
  readonly findings: Finding[];
}

/**
 * The schema of {@link AssessmentReport}.
 *
 * @example
 * ```ts
 * AssessmentReportSchema.parse({
 *   date: '2024-10-15', auditPeriod: { start: '2024-04-01', end: '2024-09-30' }, findings: [],
 * }).date; //=> '2024-10-15'
 * ```
 * @see 7.3, 7.4, 8.1(4), 10.1
 */
export const AssessmentReportSchema = /* @__PURE__ */ (() => typed<AssessmentReport>()(
  record(
    'the Assessment Report',
    {
      date: isoDateSchema({ what: 'the date of the Assessment Report', clause: '7.3' }),
      auditPeriod: AuditPeriodSchema,
      findings: FindingsSchema,
    },
    '7.3',
  ),
))();
