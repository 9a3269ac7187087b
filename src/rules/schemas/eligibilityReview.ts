/**
 * The facts of the review of a Prior Application (5.1(1)–(4)).
 *
 * @module
 */
import { describe } from '../../errors.js';
import { choice, flag, list, params, record, text, typed } from './_lib/field.js';
import { isoDateSchema } from './isoDate.js';
import { PriorApplicationSchema, type PriorApplication } from './priorApplication.js';

const CLAUSE_ID = /^\d{1,2}\.\d{1,2}(?:\(\d{1,2}\))?$/;

/** A past deletion of a registration. Only one under ISMAP 14.2(4) or ISMAP-LIU 18.2(4) (a request to re-apply) bars eligibility (5.1(4)). */
export interface PastDeletion {
  /** `ISMAP` (the ISMAP Cloud Service Registration Rules) or `ISMAP-LIU` (these rules). */
  readonly rules: 'ISMAP' | 'ISMAP-LIU';
  /** The clause it was deleted under, e.g. `'18.2(4)'`. */
  readonly ground: string;
  /** When, `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  /** The service whose registration was deleted. */
  readonly service?: string | undefined;
}

/**
 * The schema of {@link PastDeletion}.
 *
 * @example
 * ```ts
 * PastDeletionSchema.parse({ rules: 'ISMAP-LIU', ground: '18.2(4)' }).ground; //=> '18.2(4)'
 * ```
 * @see 5.1(4), 18.2(4)
 */
export const PastDeletionSchema = /* @__PURE__ */ (() => typed<PastDeletion>()(
  record(
    'a past deletion',
    {
      rules: choice(['ISMAP', 'ISMAP-LIU'], { what: 'the rules the registration was deleted under', clause: '5.1(4)' }),
      ground: text({ what: 'the clause the registration was deleted under', clause: '5.1(4)' }).superRefine((value, ctx) => {
        if (CLAUSE_ID.test(value)) return;
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `The clause the registration was deleted under, ${describe(value)}, is not a clause number: expected e.g. "18.2(4)" (see 5.1(4)).`,
          params: params('not_a_clause', 'a clause number such as 18.2(4)', '5.1(4)'),
        });
      }),
      date: isoDateSchema({ what: 'the date of the deletion', clause: '5.1(4)' }).optional(),
      service: text({ what: 'the service whose registration was deleted' }).optional(),
    },
    '5.1(4)',
  ),
))();

/** The facts the ISMAP Operations Support Organization reviews under 5.1. */
export interface EligibilityReview {
  /** The accepted Prior Application: its evaluations and whether its operations are on the List of Target Operations. */
  readonly priorApplication: PriorApplication;
  /** Off the List, it is justified that the results are low (5.1(2)). */
  readonly lowImpactJustified?: boolean | undefined;
  /** The Evaluation Results Sheet has unreasonable points given the service's functions (5.1(3)). */
  readonly unreasonablePointsFound: boolean;
  /** Another violation of the program's regulations (5.1(4)). */
  readonly otherViolationsFound: boolean;
  /** Past deletions of registrations (5.1(4)). */
  readonly pastDeletions: PastDeletion[];
}

/**
 * The schema of {@link EligibilityReview}.
 *
 * @example
 * ```ts
 * EligibilityReviewSchema.safeParse({ pastDeletions: [] }).success; //=> false
 * ```
 * @see 5.1(1)–(4)
 */
export const EligibilityReviewSchema = /* @__PURE__ */ (() => typed<EligibilityReview>()(
  record(
    'the eligibility review',
    {
      priorApplication: PriorApplicationSchema,
      lowImpactJustified: flag({ what: 'whether it is justified that the results are low', clause: '5.1(2)' }).optional(),
      unreasonablePointsFound: flag({ what: 'whether the evaluation sheet has unreasonable points', clause: '5.1(3)' }),
      otherViolationsFound: flag({ what: 'whether there is another violation', clause: '5.1(4)' }),
      pastDeletions: list(PastDeletionSchema, { what: 'the past deletions', clause: '5.1(4)' }),
    },
    '5.1',
  ),
))();
