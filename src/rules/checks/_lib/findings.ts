/**
 * 10.1(2)–(4): findings and whether they are minor.
 *
 * @internal
 * @module
 */
import { quote } from '../../../_lib/text.js';
import type { AssessmentReport } from '../../schemas/index.js';
import type { CheckFailure } from '../types.js';
import { dayText, extendedNote, onOrBefore, periodBound, type PeriodBound } from './period.js';

const NAMES = { governance: 'Governance', management: 'Management', operation: 'Operation' } as const;

/** Failures of 10.1(2) and 10.1(4), with the two-month bound. @internal */
export function findingsFailures(report: AssessmentReport, base = '$.assessmentReport'): { failures: CheckFailure[]; bound: PeriodBound; operation: number } {
  const bound = periodBound(report.date, { months: 2 });
  const failures: CheckFailure[] = [];
  let operation = 0;
  report.findings.forEach((finding, index) => {
    const path = `${base}.findings[${index}]`;
    const name = quote(finding.id);
    if (finding.criteria !== 'operation') {
      failures.push({
        clause: '10.1(2)',
        reason: `Finding ${name} falls under the ${NAMES[finding.criteria]} Criteria: no such finding is allowed, however soon it is improved.`,
        path,
      });
      return;
    }
    operation += 1;
    const done = finding.improvementPlanCompletionDate;
    if (done === undefined) {
      failures.push({
        clause: '10.1(4)',
        reason: `Operation-criteria finding ${name} has no improvement plan completion date: a plan improving the controls by ${dayText(bound.lastDay)} (two months from the Assessment Report of ${report.date}) is required for it to be minor.`,
        see: ['7.4'],
        path,
      });
    } else if (!onOrBefore(done, bound.lastDay)) {
      failures.push({
        clause: '10.1(4)',
        reason:
          `Operation-criteria finding ${name} is improved only on ${done}, after ${dayText(bound.lastDay)}, the last day of two months from the Assessment Report of ${report.date} ` +
          `(Civil Code Art. 140, 143)${extendedNote(bound)}: it is not minor.`,
        see: ['7.4'],
        interpretations: ['I2'],
        path: `${path}.improvementPlanCompletionDate`,
      });
    }
  });
  return { failures, bound, operation };
}
