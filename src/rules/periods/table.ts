/**
 * The periods of the rules as data: what each is counted from, how long it
 * is, who owes it, whether it is hard or a target, and what follows when it is missed.
 *
 * @module
 */
import type { PeriodLength } from '../../calendar/index.js';
import type { InterpretationId } from '../interpretations/index.js';
import { provisionRule } from '../provisions/data.js';
import { lengthText } from './_lib/lengthText.js';

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
  /** Its length in words (generated from `length`). */
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
  /**
   * For periods counted from the event a provision is keyed on (13.2 and 13.3 from the incident's
   * recognition, 18.2(6) from its occurrence): the first day in Japan the provision governs, as the
   * Supplementary Provisions set it (`PROVISION_RULES`).
   */
  readonly appliesFrom?: string;
}

const M = (months: number): PeriodLength => ({ months });
/** The clause says "in principle" of the period. */
const IN_PRINCIPLE = true;
/** The clause sets the period without "in principle". */
const STRICT = false;

/** A row of the table as written: a {@link PeriodRule} without its clause (the row's key) and `lengthText` (generated). */
type PeriodRow = Omit<PeriodRule, 'clause' | 'lengthText'>;

/**
 * The first day a period counted from its provision's key event exists: that provision's first day
 * in the Supplementary Provisions, read from `PROVISION_RULES` (never written here).
 */
const inForceFrom = (provision: string): string => provisionRule(provision).from;

const ROWS = {
  '3.3': {
    title: 'Impact evaluation validity',
    countedFrom: 'the date of the impact evaluation (counted forward here; the 3.3 check counts the year back from the submission, I5, which differs only around 29 February)',
    length: { years: 1 }, owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Submit the Prior Application (Form 1-1 with Form 1-2) while the impact evaluation is within 1 year',
    forms: ['1-1', '1-2'], interpretations: ['I5', 'I2'],
    consequence: 'The evaluation cannot support the Prior Application (3.3).',
  },
  '4.3': {
    title: 'Review of Prior Application Documents',
    countedFrom: 'receipt of the Prior Application Documents',
    length: { weeks: 2 }, owedBy: 'OSO', kind: 'target', inPrinciple: IN_PRINCIPLE,
    act: 'Review the Prior Application Documents (in principle)',
    forms: [], interpretations: ['I2'],
    consequence: null,
  },
  '4.5(1)': {
    title: 'Answer to an inquiry on a Prior Application',
    countedFrom: 'the date of the inquiry or request for additional materials',
    length: M(1), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Give a sufficient response, submit additional materials or amend the Prior Application Documents',
    forms: ['1-1', '1-2'], interpretations: ['I2'],
    consequence: 'The Prior Application is not accepted (4.5(1)).',
  },
  '5.3': {
    title: 'Collective eligibility judgment',
    countedFrom: 'the date the Prior Application was made',
    length: 'half-term', owedBy: 'MIN', kind: 'target', inPrinciple: IN_PRINCIPLE,
    act: 'Judge eligibility for ISMAP-LIU collectively (operations not on the List of Target Operations; otherwise "promptly")',
    forms: ['1-3', '1-4'], interpretations: ['I4', 'I2'],
    consequence: null,
  },
  '7.3': {
    title: 'Date of the Assessment Report',
    countedFrom: 'the last day of the audit period',
    length: M(3), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Obtain from the assessor an Assessment Report dated within 3 months of the end of the audit period',
    forms: [], interpretations: ['I2'],
    consequence: 'The Assessment Report is not valid and the application is not accepted (9.1(4)).',
  },
  '7.6(7)': {
    title: 'Keeping internal audit records',
    countedFrom: 'the completion of the internal audit',
    length: { years: 3 }, owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Keep the Internal Auditing report and records (Form 2-3) at least until the last day',
    forms: ['2-3'], interpretations: ['I2'],
    consequence: 'The records must be kept until then (7.6(7)); not keeping them breaches the written oath.',
  },
  '8.2': {
    title: 'Application after the Assessment Report',
    countedFrom: 'the date of the Assessment Report',
    length: M(1), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Apply for Service Registration (Form 2-4 with the documents of 8.1)',
    forms: ['2-4'], interpretations: ['I2'],
    consequence: 'The application is not accepted (9.1(2)).',
  },
  '9.3': {
    title: 'Review of Application Documents',
    countedFrom: 'receipt of the Application Documents',
    length: { weeks: 2 }, owedBy: 'OSO', kind: 'target', inPrinciple: IN_PRINCIPLE,
    act: 'Review the Application Documents (in principle)',
    forms: [], interpretations: ['I2'],
    consequence: null,
  },
  '9.6(1)': {
    title: 'Answer to an inquiry on an application',
    countedFrom: 'the date of the inquiry or request for additional materials',
    length: M(1), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Give a sufficient response, submit additional materials or amend the Application Documents',
    forms: ['2-4'], interpretations: ['I2'],
    consequence: 'The application is not accepted (9.6(1)).',
  },
  '10.1(4)': {
    title: 'Improvement of Operation-criteria findings',
    countedFrom: 'the date of the Assessment Report',
    length: M(2), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Improve the controls related to the Operation-criteria findings, as the Improvement Plan must indicate',
    forms: [], interpretations: ['I2'],
    consequence: 'The findings are not minor (10.1(4)); if the Steering Committee cannot confirm that they are, it may suspend its decision (Suspended Registration, 10.6).',
  },
  '10.3': {
    title: 'Response to a request for information',
    countedFrom: 'the date of the request for information',
    length: { weeks: 2 }, owedBy: 'A', kind: 'target', inPrinciple: IN_PRINCIPLE,
    act: 'Endeavor to give a satisfactory response (in principle)',
    forms: [], interpretations: ['I2'],
    consequence: null,
  },
  '10.5': {
    title: 'Registration decision',
    countedFrom: 'the date the application was accepted',
    length: M(6), owedBy: 'SC', kind: 'target', inPrinciple: IN_PRINCIPLE,
    act: 'Decide whether to register (in principle)',
    forms: ['2-6', '2-7'], interpretations: ['I2'],
    consequence: null,
  },
  '10.8': {
    title: 'Letter of Intent on Suspended Registration',
    countedFrom: 'the date of the Notice of Suspended Registration (Form 2-19)',
    length: M(1), owedBy: 'A', kind: 'hard', inPrinciple: IN_PRINCIPLE,
    act: 'Submit the Letter of Intent in Regard to Suspended Registration (Form 2-20)',
    forms: ['2-20'], interpretations: ['I2'],
    consequence: 'The application is rejected (10.9).',
  },
  '10.8(3)': {
    title: 'Date of the new assessment report',
    countedFrom: 'the last day of the new assessment period',
    length: M(2), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Obtain the assessment report on the new assessment period',
    forms: [], interpretations: ['I2'],
    consequence: 'The report does not qualify for the Suspended Registration Examination (10.8(3)).',
  },
  '10.8(4)': {
    title: 'Suspended Registration Application',
    countedFrom: 'the date of the new assessment report',
    length: M(1), owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Submit the Suspended Registration Application Form (Form 2-21) with its documents',
    forms: ['2-21'], interpretations: ['I2'],
    consequence: 'The application is rejected (10.9).',
  },
  '13.2': {
    title: 'Urgent report of an incident',
    countedFrom: 'the date and time the incident was recognized',
    length: { businessDays: 3 }, owedBy: 'A', kind: 'hard', inPrinciple: IN_PRINCIPLE,
    act: 'Make the Urgent Report to the Operations Support Organization (Appendix 3)',
    forms: [], interpretations: ['I1', 'I6', 'I2'],
    consequence: 'Only where OSO judged the incident serious and requested the report (13.1(2)): OSO may suspend the registration and request the report again (13.5). Otherwise a breach of the written oath (7.6(2)).',
    appliesFrom: /* @__PURE__ */ inForceFrom('13.2'),
  },
  '13.3': {
    title: 'Confirmed report of an incident',
    countedFrom: 'the date and time the incident was recognized',
    length: { days: 30 }, owedBy: 'A', kind: 'hard', inPrinciple: IN_PRINCIPLE,
    act: 'Make the Confirmed Report on Form 2-8 to the Steering Committee through the Operations Support Organization',
    forms: ['2-8'], interpretations: ['I1', 'I6', 'I2'],
    consequence: 'Only where OSO judged the incident serious and requested the report (13.1(2)): OSO may suspend the registration and request the report again (13.5). Otherwise a breach of the written oath (7.6(2)).',
    appliesFrom: /* @__PURE__ */ inForceFrom('13.3'),
  },
  '18.2(6)': {
    title: 'Resolution after a 13.7 suspension',
    countedFrom: 'the occurrence of the incident behind a 13.7 suspension',
    length: { years: 1 }, owedBy: 'SC', kind: 'hard', inPrinciple: STRICT,
    act: 'Nothing is owed by this day: it is the last day of the year after which the ground of deletion of 18.2(6) exists',
    forms: ['2-16'], interpretations: ['I6', 'I2'],
    consequence: 'Not a deadline: from the next day the Steering Committee may delete the registration (Form 2-16) if it judges that the problem leading to the 13.7 suspension cannot be resolved (18.2(6)).',
    appliesFrom: /* @__PURE__ */ inForceFrom('18.2(6)'),
  },
  'BR3.5': {
    title: 'Registration expiry',
    countedFrom: 'the last day of the audit period the registration was granted on',
    length: { years: 1, months: 4 }, owedBy: 'A', kind: 'hard', inPrinciple: STRICT,
    act: 'Apply for renewal of the registration',
    forms: ['1-1', '2-4'], interpretations: ['I3', 'I2'],
    consequence: 'The registration is deleted (12.1, 18.2(1)).',
  },
} satisfies Record<PeriodClauseId, PeriodRow>;

/**
 * Every period of the rules except 10.8(1)(a), which is a minimum length (see
 * `checkAssessmentPeriodLength`), keyed by clause. `lengthText` is generated from `length`;
 * `appliesFrom` is read from the Supplementary Provisions' table (`PROVISION_RULES`).
 *
 * @example
 * ```ts
 * PERIODS['13.2'].lengthText; //=> '3 government business days'
 * PERIODS['13.2'].inPrinciple; //=> true
 * PERIODS['13.2'].appliesFrom; //=> '2024-01-04'
 * PERIODS['8.2'].owedBy; //=> 'A'
 * ```
 */
export const PERIODS: Readonly<Record<PeriodClauseId, PeriodRule>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(Object.entries(ROWS).map(([clause, row]) => [clause, rule(clause as PeriodClauseId, row)])) as Record<PeriodClauseId, PeriodRule>,
);

/** The frozen {@link PeriodRule} of a row, its fields in the order of the interface. */
function rule(clause: PeriodClauseId, row: PeriodRow): PeriodRule {
  const base = {
    clause,
    title: row.title,
    countedFrom: row.countedFrom,
    length: typeof row.length === 'string' ? row.length : Object.freeze({ ...row.length }),
    lengthText: lengthText(row.length),
    owedBy: row.owedBy,
    act: row.act,
    forms: Object.freeze([...row.forms]),
    kind: row.kind,
    inPrinciple: row.inPrinciple,
    consequence: row.consequence,
    interpretations: Object.freeze([...row.interpretations]),
  };
  return Object.freeze(row.appliesFrom === undefined ? base : { ...base, appliesFrom: row.appliesFrom });
}
