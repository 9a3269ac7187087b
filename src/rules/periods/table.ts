/**
 * The periods of the rules as data: what each is counted from, how long it
 * is, who owes it, whether it is hard or a target, and what follows when it is missed.
 *
 * @module
 */
import type { PeriodLength } from '../../calendar/index.js';
import type { InterpretationId } from '../interpretations/index.js';

/** The clauses that set a period `deadline` can compute. */
export type PeriodClauseId =
  | '3.3'
  | '4.3'
  | '4.5(1)'
  | '5.3'
  | '7.3'
  | '7.6(7)'
  | '8.2'
  | '9.3'
  | '9.6(1)'
  | '10.1(4)'
  | '10.3'
  | '10.5'
  | '10.8'
  | '10.8(3)'
  | '10.8(4)'
  | '13.2'
  | '13.3'
  | '18.2(6)'
  | 'BR3.5';

/** Who owes an act: the Applicant/Registrant, the Operations Support Organization, the Steering Committee, or the ministries responsible for the System. */
export type Actor = 'A' | 'OSO' | 'SC' | 'MIN';

/** A period of the rules. */
export interface PeriodRule {
  /** The clause that sets it. */
  readonly clause: PeriodClauseId;
  /** What the period is for, in a few words. */
  readonly title: string;
  /** The event it is counted from, as the rules put it. */
  readonly countedFrom: string;
  /** Its length, or `'half-term'` for 5.3 (to the end of the third month after the fiscal half-term). */
  readonly length: PeriodLength | 'half-term';
  /** Its length in words. */
  readonly lengthText: string;
  /** Who owes the act. */
  readonly owedBy: Actor;
  /** The act owed by the last day. */
  readonly act: string;
  /** The forms involved. */
  readonly forms: readonly string[];
  /**
   * `hard`: missing it has a consequence in the rules; `target`: no consequence in the rules (a
   * service level of a programme body, or the Applicant's "endeavor" of 10.3). Independent of
   * {@link PeriodRule.inPrinciple}: 10.8, 13.2 and 13.3 are hard and "in principle".
   */
  readonly kind: 'hard' | 'target';
  /**
   * `true` when the clause's text sets the period "in principle" (4.3, 5.3, 9.3, 10.3, 10.5, 10.8,
   * 13.2, 13.3): the rules themselves allow exceptions, without saying which.
   */
  readonly inPrinciple: boolean;
  /** What follows when it is missed, with the clause; `null` for targets. */
  readonly consequence: string | null;
  /** Interpretations of the register this period relies on. */
  readonly interpretations: readonly InterpretationId[];
  /** For periods of the revised incident rules: the first JST date of recognition they apply to. */
  readonly appliesFrom?: string;
}

const M = (months: number): PeriodLength => ({ months });
/** The clause says "in principle" of the period. */
const IN_PRINCIPLE = true;
/** The clause sets the period without "in principle". */
const STRICT = false;

/**
 * Every period of the rules except 10.8(1)(a), which is a minimum length (see
 * `checkAssessmentPeriodLength`), keyed by clause.
 *
 * @example
 * ```ts
 * PERIODS['13.2'].lengthText; //=> '3 government business days'
 * PERIODS['13.2'].inPrinciple; //=> true
 * PERIODS['8.2'].owedBy; //=> 'A'
 * ```
 */
export const PERIODS: Readonly<Record<PeriodClauseId, PeriodRule>> = Object.freeze({
  '3.3': rule('3.3', 'Impact evaluation validity', 'the date of the impact evaluation (counted forward here; the 3.3 check counts the year back from the submission, I5, which differs only around 29 February)', { years: 1 }, '1 year', 'A', 'Submit the Prior Application (Form 1-1 with Form 1-2) while the impact evaluation is within 1 year', ['1-1', '1-2'], 'hard', STRICT, 'The evaluation cannot support the Prior Application (3.3).', ['I5', 'I2']),
  '4.3': rule('4.3', 'Review of Prior Application Documents', 'receipt of the Prior Application Documents', { weeks: 2 }, '2 weeks', 'OSO', 'Review the Prior Application Documents (in principle)', [], 'target', IN_PRINCIPLE, null, ['I2']),
  '4.5(1)': rule('4.5(1)', 'Answer to an inquiry on a Prior Application', 'the date of the inquiry or request for additional materials', M(1), '1 month', 'A', 'Give a sufficient response, submit additional materials or amend the Prior Application Documents', ['1-1', '1-2'], 'hard', STRICT, 'The Prior Application is not accepted (4.5(1)).', ['I2']),
  '5.3': rule('5.3', 'Collective eligibility judgment', 'the date the Prior Application was made', 'half-term', 'to the end of the third month after its fiscal half-term', 'MIN', 'Judge eligibility for ISMAP-LIU collectively (operations not on the List of Target Operations; otherwise "promptly")', ['1-3', '1-4'], 'target', IN_PRINCIPLE, null, ['I4', 'I2']),
  '7.3': rule('7.3', 'Date of the Assessment Report', 'the last day of the audit period', M(3), '3 months', 'A', 'Obtain from the assessor an Assessment Report dated within 3 months of the end of the audit period', [], 'hard', STRICT, 'The Assessment Report is not valid and the application is not accepted (9.1(4)).', ['I2']),
  '7.6(7)': rule('7.6(7)', 'Keeping internal audit records', 'the completion of the internal audit', { years: 3 }, '3 years', 'A', 'Keep the Internal Auditing report and records (Form 2-3) at least until the last day', ['2-3'], 'hard', STRICT, 'The records must be kept until then (7.6(7)); not keeping them breaches the written oath.', ['I2']),
  '8.2': rule('8.2', 'Application after the Assessment Report', 'the date of the Assessment Report', M(1), '1 month', 'A', 'Apply for Service Registration (Form 2-4 with the documents of 8.1)', ['2-4'], 'hard', STRICT, 'The application is not accepted (9.1(2)).', ['I2']),
  '9.3': rule('9.3', 'Review of Application Documents', 'receipt of the Application Documents', { weeks: 2 }, '2 weeks', 'OSO', 'Review the Application Documents (in principle)', [], 'target', IN_PRINCIPLE, null, ['I2']),
  '9.6(1)': rule('9.6(1)', 'Answer to an inquiry on an application', 'the date of the inquiry or request for additional materials', M(1), '1 month', 'A', 'Give a sufficient response, submit additional materials or amend the Application Documents', ['2-4'], 'hard', STRICT, 'The application is not accepted (9.6(1)).', ['I2']),
  '10.1(4)': rule('10.1(4)', 'Improvement of Operation-criteria findings', 'the date of the Assessment Report', M(2), '2 months', 'A', 'Improve the controls related to the Operation-criteria findings, as the Improvement Plan must indicate', [], 'hard', STRICT, 'The findings are not minor (10.1(4)); if the Steering Committee cannot confirm that they are, it may suspend its decision (Suspended Registration, 10.6).', ['I2']),
  '10.3': rule('10.3', 'Response to a request for information', 'the date of the request for information', { weeks: 2 }, '2 weeks', 'A', 'Endeavor to give a satisfactory response (in principle)', [], 'target', IN_PRINCIPLE, null, ['I2']),
  '10.5': rule('10.5', 'Registration decision', 'the date the application was accepted', M(6), '6 months', 'SC', 'Decide whether to register (in principle)', ['2-6', '2-7'], 'target', IN_PRINCIPLE, null, ['I2']),
  '10.8': rule('10.8', 'Letter of Intent on Suspended Registration', 'the date of the Notice of Suspended Registration (Form 2-19)', M(1), '1 month', 'A', 'Submit the Letter of Intent in Regard to Suspended Registration (Form 2-20)', ['2-20'], 'hard', IN_PRINCIPLE, 'The application is rejected (10.9).', ['I2']),
  '10.8(3)': rule('10.8(3)', 'Date of the new assessment report', 'the last day of the new assessment period', M(2), '2 months', 'A', 'Obtain the assessment report on the new assessment period', [], 'hard', STRICT, 'The report does not qualify for the Suspended Registration Examination (10.8(3)).', ['I2']),
  '10.8(4)': rule('10.8(4)', 'Suspended Registration Application', 'the date of the new assessment report', M(1), '1 month', 'A', 'Submit the Suspended Registration Application Form (Form 2-21) with its documents', ['2-21'], 'hard', STRICT, 'The application is rejected (10.9).', ['I2']),
  '13.2': rule('13.2', 'Urgent report of an incident', 'the date and time the incident was recognized', { businessDays: 3 }, '3 government business days', 'A', 'Make the Urgent Report to the Operations Support Organization (Appendix 3)', [], 'hard', IN_PRINCIPLE, 'Only where OSO judged the incident serious and requested the report (13.1(2)): OSO may suspend the registration and request the report again (13.5). Otherwise a breach of the written oath (7.6(2)).', ['I1', 'I6', 'I2'], '2024-01-04'),
  '13.3': rule('13.3', 'Confirmed report of an incident', 'the date and time the incident was recognized', { days: 30 }, '30 days', 'A', 'Make the Confirmed Report on Form 2-8 to the Steering Committee through the Operations Support Organization', ['2-8'], 'hard', IN_PRINCIPLE, 'Only where OSO judged the incident serious and requested the report (13.1(2)): OSO may suspend the registration and request the report again (13.5). Otherwise a breach of the written oath (7.6(2)).', ['I1', 'I6', 'I2'], '2024-01-04'),
  '18.2(6)': rule('18.2(6)', 'Resolution after a 13.7 suspension', 'the occurrence of the incident behind a 13.7 suspension', { years: 1 }, '1 year', 'SC', 'Nothing is owed by this day: it is the last day of the year after which the ground of deletion of 18.2(6) exists', ['2-16'], 'hard', STRICT, 'Not a deadline: from the next day the Steering Committee may delete the registration (Form 2-16) if it judges that the problem leading to the 13.7 suspension cannot be resolved (18.2(6)).', ['I6', 'I2'], '2024-01-04'),
  'BR3.5': rule('BR3.5', 'Registration expiry', 'the last day of the audit period the registration was granted on', { years: 1, months: 4 }, '1 year 4 months', 'A', 'Apply for renewal of the registration', ['1-1', '2-4'], 'hard', STRICT, 'The registration is deleted (12.1, 18.2(1)).', ['I3', 'I2']),
} satisfies Record<PeriodClauseId, PeriodRule>);

function rule(
  clause: PeriodClauseId,
  title: string,
  countedFrom: string,
  length: PeriodLength | 'half-term',
  lengthText: string,
  owedBy: Actor,
  act: string,
  forms: readonly string[],
  kind: 'hard' | 'target',
  inPrinciple: boolean,
  consequence: string | null,
  interpretations: readonly InterpretationId[],
  appliesFrom?: string,
): PeriodRule {
  const base = {
    clause,
    title,
    countedFrom,
    length: typeof length === 'string' ? length : Object.freeze(length),
    lengthText,
    owedBy,
    act,
    forms: Object.freeze([...forms]),
    kind,
    inPrinciple,
    consequence,
    interpretations: Object.freeze([...interpretations]),
  };
  return Object.freeze(appliesFrom === undefined ? base : { ...base, appliesFrom });
}
