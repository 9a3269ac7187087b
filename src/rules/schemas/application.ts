/**
 * The application for Service Registration (Chapters 8–9).
 *
 * @module
 */
import { flag, record, typed } from './_lib/field.js';
import { ApplicationDocumentsSchema, type ApplicationDocuments } from './applicationDocuments.js';
import { AssessmentReportSchema, type AssessmentReport } from './assessmentReport.js';
import { AuditPeriodSchema, type AuditPeriod } from './auditPeriod.js';
import { dayInputSchema } from './dayInput.js';

/** What the Prior Application established, as far as 9.1(5) needs it. */
export interface PriorApplicationOutcome {
  /** The service was judged eligible for ISMAP-LIU (Form 1-4, 5.4). */
  readonly judgedEligible: boolean;
  /** The service contents are the same as those judged eligible (9.1(5)). */
  readonly sameServiceContents: boolean;
}

/**
 * The schema of {@link PriorApplicationOutcome}.
 *
 * @example
 * ```ts
 * PriorApplicationOutcomeSchema.parse({ judgedEligible: true, sameServiceContents: true }).judgedEligible; //=> true
 * ```
 * @see 5.4, 5.5, 9.1(5)
 */
export const PriorApplicationOutcomeSchema = /* @__PURE__ */ (() => typed<PriorApplicationOutcome>()(
  record(
    'the outcome of the Prior Application',
    {
      judgedEligible: flag({ what: 'whether the Prior Application was judged eligible', clause: '5.4' }),
      sameServiceContents: flag({ what: 'whether the service contents are the same as those judged eligible', clause: '9.1(5)' }),
    },
    '9.1(5)',
  ),
))();

/** The facts of an application (Form 2-4). */
export interface Application {
  /** When it was made: a date, or an instant read in Asia/Tokyo (8.2: within one month of the report's date). */
  readonly appliedAt: string;
  /** The Application Documents of 8.1. */
  readonly documents: ApplicationDocuments;
  /** The contents needed for a smooth review are complete (9.1(3)). */
  readonly contentsComplete: boolean;
  /** The Assessment Report (7.3, 9.1(4)). */
  readonly assessmentReport: AssessmentReport;
  /** The outcome of the Prior Application (9.1(5)). */
  readonly priorApplication: PriorApplicationOutcome;
  /** For a renewal, the audit period of the previous application, which the new one must follow without a gap (7.14). */
  readonly previousAuditPeriod?: AuditPeriod | undefined;
}

/**
 * The schema of {@link Application}.
 *
 * @example
 * ```ts
 * ApplicationSchema.safeParse({ appliedAt: '2024-10-20' }).success; //=> false (the other facts are missing)
 * ```
 * @see 8.1, 8.2, 9.1, 7.3, 7.14
 */
export const ApplicationSchema = /* @__PURE__ */ (() => typed<Application>()(
  record(
    'the application',
    {
      appliedAt: dayInputSchema({ what: 'the date the application was made', clause: '8.2' }),
      documents: ApplicationDocumentsSchema,
      contentsComplete: flag({ what: 'whether the contents of the Application Documents are complete', clause: '9.1(3)' }),
      assessmentReport: AssessmentReportSchema,
      priorApplication: PriorApplicationOutcomeSchema,
      previousAuditPeriod: AuditPeriodSchema.optional(),
    },
    '8.1',
  ),
))();
