/**
 * Impact Evaluation Results (3.3, Form 1-2, Appendix 1).
 *
 * @module
 */
import { choice, flag, list, record, text, typed } from './_lib/field.js';
import { isoDateSchema } from './isoDate.js';

/**
 * The outcomes an impact evaluation can have, as far as the rules use them: `low` (the impact
 * of the operations and information on security is low, 5.1(1)) or `not-low`. The levels of
 * Appendix 1 are not part of the rules text; only "low or not" decides anything.
 */
export const IMPACT_LEVELS = /* @__PURE__ */ Object.freeze(['low', 'not-low'] as const);

/** The result of an impact evaluation: `'low' | 'not-low'`. */
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

/** One Impact Evaluation Result: the evaluation of the impact of operations and information (2.5) made by a government agency for the Applicant (3.3). */
export interface ImpactEvaluation {
  /** The evaluating government agency, by name; agencies are counted by name for Supp.2022.2 (NFKC-normalized, trimmed, case-insensitive). */
  readonly agency: string;
  /** Whether it is a national administrative agency under the Basic Act on Cybersecurity; only those count "for the time being" (Supp.2022.1). */
  readonly nationalAdministrativeAgency: boolean;
  /** The date of the evaluation, `YYYY-MM-DD`; it supports a Prior Application when it falls within one year counted back from the day the Prior Application is submitted (3.3, I5). */
  readonly date: string;
  /** `low` or `not-low` (5.1(1), (2)). */
  readonly result: ImpactLevel;
}

/**
 * The schema of {@link ImpactEvaluation}.
 *
 * @example
 * ```ts
 * ImpactEvaluationSchema.parse({
 *   agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low',
 * }).result; //=> 'low'
 * ```
 * @see 3.3, 5.1(1), Supp.2022.1, Appendix 1
 */
export const ImpactEvaluationSchema = /* @__PURE__ */ (() => typed<ImpactEvaluation>()(
  record(
    'an impact evaluation',
    {
      agency: text({ what: 'the name of the evaluating government agency', clause: '3.3' }),
      nationalAdministrativeAgency: flag({
        what: 'whether the evaluating agency is a national administrative agency',
        clause: 'Supp.2022.1',
      }),
      date: isoDateSchema({ what: 'the date of the impact evaluation', clause: '3.3' }),
      result: choice(IMPACT_LEVELS, { what: 'the result of the impact evaluation', clause: '5.1(1)' }),
    },
    '3.3',
  ),
))();

/**
 * The schema of the Impact Evaluation Results attached to Form 1-2: a list, possibly empty (an
 * empty list makes the Prior Application incomplete, which the checks report under 3.3).
 *
 * @example
 * ```ts
 * ImpactEvaluationsSchema.safeParse([]).success; //=> true
 * ```
 * @see 3.1(1), 3.3
 */
export const ImpactEvaluationsSchema = /* @__PURE__ */ (() => typed<ImpactEvaluation[]>()(
  list(ImpactEvaluationSchema, { what: 'the Impact Evaluation Results', clause: '3.3' }),
))();
