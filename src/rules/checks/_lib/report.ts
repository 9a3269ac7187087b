/**
 * The Assessment Report rules shared by several checks: 7.3 (dated within three months of the
 * audit period's end), 7.14 (consecutive audit periods) and 8.2 (application within one month
 * of the report).
 *
 * @internal
 * @module
 */
import type { AssessmentReport, AuditPeriod } from '../../schemas/index.js';
import type { CheckFailure } from '../types.js';
import { dayText, extendedNote, nextDay, periodBound, type PeriodBound } from './period.js';

/**
 * Failures of 7.3, cited as `clause` (7.3 itself, or 9.1(4) with `see: ['7.3']`), and of 7.14,
 * always cited as 7.14: 9.1(4) asks for a valid Assessment Report and does not itself require
 * consecutive audit periods. @internal
 */
export function reportValidityFailures(
  report: AssessmentReport,
  previous: AuditPeriod | undefined,
  clause?: string,
  base = '$.assessmentReport',
): { failures: CheckFailure[]; bound: PeriodBound } {
  const end = report.auditPeriod.end;
  const bound = periodBound(end, { months: 3 });
  const failures: CheckFailure[] = [];
  const cite = (own: string): Pick<CheckFailure, 'clause' | 'see'> => (clause === undefined ? { clause: own } : { clause, see: [own] });
  if (report.date < end) {
    failures.push({
      ...cite('7.3'),
      reason: `The Assessment Report is dated ${report.date}, before the audit period it reports on ends (${end}).`,
      path: `${base}.date`,
    });
  } else if (bound.lastDay !== null && report.date > bound.lastDay) {
    failures.push({
      ...cite('7.3'),
      reason:
        `The Assessment Report is dated ${report.date}, after ${bound.lastDay}, the last day of three months from the end of the audit period on ${end} ` +
        `(the period starts on ${dayText(bound.startDay)}, Civil Code Art. 140, 143)${extendedNote(bound)}.`,
      interpretations: ['I2'],
      path: `${base}.date`,
    });
  }
  if (previous !== undefined) {
    const expected = nextDay(previous.end);
    if (report.auditPeriod.start !== expected) {
      failures.push({
        clause: '7.14',
        reason: `The audit period starts on ${report.auditPeriod.start}, but the previous one ended on ${previous.end}: a renewal's audit period must follow it without a gap or overlap, starting on ${dayText(expected)}.`,
        path: `${base}.auditPeriod.start`,
      });
    }
  }
  return { failures, bound };
}

/** Failures of 8.2 for an application made on `appliedDay`, cited as `clause` (8.2 or 9.1(2)). @internal */
export function applicationDeadlineFailures(reportDate: string, appliedDay: string, clause?: string): { failures: CheckFailure[]; bound: PeriodBound } {
  const bound = periodBound(reportDate, { months: 1 });
  const cite: Pick<CheckFailure, 'clause' | 'see'> = clause === undefined ? { clause: '8.2' } : { clause, see: ['8.2'] };
  const failures: CheckFailure[] = [];
  if (appliedDay < reportDate) {
    failures.push({ ...cite, reason: `The application of ${appliedDay} predates the Assessment Report of ${reportDate} it must be based on.`, path: '$.appliedAt' });
  } else if (bound.lastDay !== null && appliedDay > bound.lastDay) {
    failures.push({
      ...cite,
      reason:
        `The application was made on ${appliedDay}, after ${bound.lastDay}, the last day of one month from the Assessment Report of ${reportDate} ` +
        `(the period starts on ${dayText(bound.startDay)}, Civil Code Art. 140, 143)${extendedNote(bound)}.`,
      interpretations: ['I2'],
      path: '$.appliedAt',
    });
  }
  return { failures, bound };
}
