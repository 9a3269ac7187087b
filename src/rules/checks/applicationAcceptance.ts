/**
 * 9.1(1)–(5): may the ISMAP Operations Support Organization accept an application?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { APPLICATION_DOCUMENTS, ApplicationSchema, parseOrThrow, type Application } from '../schemas/index.js';
import { japanDay } from './_lib/period.js';
import { applicationDeadlineFailures, reportValidityFailures } from './_lib/report.js';
import { result } from './_lib/result.js';
import type { CheckFailure, CheckResult } from './types.js';

/** What {@link checkApplicationAcceptance} computed. */
export interface ApplicationAcceptance {
  /** The day in Japan the application was made. */
  readonly appliedOn: IsoDate;
  /** The last day to apply under 8.2 (`null`: after 2099-12-31). */
  readonly applicationLastDay: IsoDate | null;
  /** The last day the report may be dated under 7.3 (`null`: after 2099-12-31). */
  readonly reportLastDay: IsoDate | null;
}

function documentFailures(a: Application): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const hasFindings = a.assessmentReport.findings.length > 0;
  for (const doc of APPLICATION_DOCUMENTS) {
    if (a.documents.submitted.includes(doc.id)) continue;
    if (doc.id === 'certificate-of-registered-matters' && a.documents.corporateNumber !== undefined) continue;
    if (doc.id === 'improvement-plan' && !hasFindings) continue;
    const note =
      doc.id === 'certificate-of-registered-matters' ? ' and no corporate number is given on Form 2-4'
      : doc.id === 'improvement-plan' ? ' although the Assessment Report has findings (7.4)' : '';
    failures.push({ clause: '9.1(1)', reason: `${doc.title} (${doc.clause}) was not submitted${note}.`, see: [doc.clause], path: '$.documents.submitted' });
  }
  if (!a.documents.inJapanese) {
    failures.push({ clause: '9.1(1)', reason: 'The Application Documents are not in the designated language (Japanese; the Statement’s attachment may be in English).', see: ['7.10'], path: '$.documents.inJapanese' });
  }
  return failures;
}

/**
 * Checks the conditions for accepting an application, reporting every failing clause:
 *
 * * 9.1(1): the documents of 8.1(1)–(9), in Japanese (7.10); 8.1(1) may be omitted when the
 *   corporate number is given; 8.1(5), the improvement plan, is due only when there are findings;
 * * 9.1(2): applied within one month from the date of the Assessment Report (8.2);
 * * 9.1(3): the contents needed for a smooth review are complete;
 * * 7.14 (renewal, when `previousAuditPeriod` is given): the audit period follows the previous
 *   one without a gap or overlap, cited as 7.14 itself (9.1(4) does not require it);
 * * 9.1(4): the Assessment Report is valid: dated within three months after the end of the audit
 *   period (7.3);
 * * 9.1(5): the service is the one judged eligible in the Prior Application.
 *
 * Failures come in clause order: 7.14 first, then 9.1(1)–(5).
 *
 * @param application - the facts, see `ApplicationSchema`
 * @returns `ok: true`, or `ok: false` with every failing clause (`see` names 8.2, 7.3, 8.1(n) …)
 * @throws `ValidationError` when the facts do not match the schema
 * @example
 * ```ts
 * const r = checkApplicationAcceptance({
 *   appliedAt: '2024-04-01', // one month from the report ends on 2024-03-31
 *   documents: { submitted: ['statement', 'written-representation', 'assessment-report', 'information-7.5',
 *     'written-oath-7.6', 'internal-auditing-report', 'prior-application-result-notice'],
 *     corporateNumber: '7000012050002', inJapanese: true },
 *   contentsComplete: true,
 *   assessmentReport: { date: '2024-02-29', auditPeriod: { start: '2023-09-01', end: '2024-01-31' }, findings: [] },
 *   priorApplication: { judgedEligible: true, sameServiceContents: true },
 * });
 * r.ok ? [] : r.failures.map((f) => f.clause); //=> ['9.1(2)']
 * ```
 * @see 7.3, 7.14, 8.1, 8.2, 9.1; interpretation I2
 */
export function checkApplicationAcceptance(application: Application): CheckResult<ApplicationAcceptance> {
  return checkApplicationAcceptanceTrusted(parseOrThrow(ApplicationSchema, application, 'the application'));
}

/**
 * {@link checkApplicationAcceptance} without validating its argument, for callers whose data
 * `ApplicationSchema` has already parsed (the schema does not transform: its output is its input).
 *
 * @param a - an application that `ApplicationSchema` accepts
 * @returns what {@link checkApplicationAcceptance} returns
 * @internal
 */
export function checkApplicationAcceptanceTrusted(a: Application): CheckResult<ApplicationAcceptance> {
  const appliedOn = japanDay(a.appliedAt);
  const deadline = applicationDeadlineFailures(a.assessmentReport.date, appliedOn, '9.1(2)');
  const validity = reportValidityFailures(a.assessmentReport, a.previousAuditPeriod, '9.1(4)');
  const consecutive = validity.failures.filter((f) => f.clause === '7.14');
  const failures: CheckFailure[] = [...consecutive, ...documentFailures(a), ...deadline.failures];
  if (!a.contentsComplete) {
    failures.push({ clause: '9.1(3)', reason: 'The contents of the Application Documents needed for a smooth review are not complete.', path: '$.contentsComplete' });
  }
  failures.push(...validity.failures.filter((f) => f.clause !== '7.14'));
  if (!a.priorApplication.judgedEligible) {
    failures.push({ clause: '9.1(5)', reason: 'The service was not judged eligible for ISMAP-LIU in the Prior Application (Form 1-4).', see: ['5.4', '5.5'], path: '$.priorApplication.judgedEligible' });
  }
  if (!a.priorApplication.sameServiceContents) {
    failures.push({ clause: '9.1(5)', reason: 'The service contents differ from those judged eligible in the Prior Application.', path: '$.priorApplication.sameServiceContents' });
  }
  const checked = ['9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)'];
  return result(a.previousAuditPeriod === undefined ? checked : ['7.14', ...checked], failures, {
    appliedOn,
    applicationLastDay: deadline.bound.lastDay,
    reportLastDay: validity.bound.lastDay,
  });
}
