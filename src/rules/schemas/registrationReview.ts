/**
 * The facts of the review of an application (10.1(1)–(8)).
 *
 * @module
 */
import { choice, flag, list, record, typed } from './_lib/field.js';
import { AssessmentReportSchema, type AssessmentReport } from './assessmentReport.js';

/** The matters of 7.5 to disclose, by clause. */
export const DISCLOSURE_ITEMS = /* @__PURE__ */ Object.freeze(['7.5(1)', '7.5(2)', '7.5(3)', '7.5(4)'] as const);

/** The matters of 7.6 to swear to, by clause. */
export const OATH_ITEMS = /* @__PURE__ */ Object.freeze(['7.6(1)', '7.6(2)', '7.6(3)', '7.6(4)', '7.6(5)', '7.6(6)', '7.6(7)'] as const);

/** A matter of 7.5, e.g. `'7.5(2)'`. */
export type DisclosureItem = (typeof DISCLOSURE_ITEMS)[number];

/** A matter of 7.6, e.g. `'7.6(7)'`. */
export type OathItem = (typeof OATH_ITEMS)[number];

/** The facts the ISMAP Operations Support Organization reviews under 10.1. */
export interface RegistrationReview {
  /** The Assessment Report with its findings (10.1(2)–(4)). */
  readonly assessmentReport: AssessmentReport;
  /** The basic Statement requirements are satisfied (10.1(1)). */
  readonly statementRequirementsMet: boolean;
  /** The matters of 7.5 disclosed appropriately and sufficiently (10.1(5)). */
  readonly disclosed: DisclosureItem[];
  /** The matters of 7.6 covered by the written oath (10.1(6)). */
  readonly sworn: OathItem[];
  /** The internal audit meets Appendix 2 (10.1(7)). */
  readonly internalAuditMeetsAppendix2: boolean;
  /** Another violation of the program's regulations (10.1(8)). */
  readonly otherViolationsFound: boolean;
}

/**
 * The schema of {@link RegistrationReview}.
 *
 * @example
 * ```ts
 * RegistrationReviewSchema.safeParse({ sworn: ['7.6(8)'] }).success; //=> false
 * ```
 * @see 10.1(1)–(8)
 */
export const RegistrationReviewSchema = /* @__PURE__ */ (() => typed<RegistrationReview>()(
  record(
    'the registration review',
    {
      assessmentReport: AssessmentReportSchema,
      statementRequirementsMet: flag({ what: 'whether the basic Statement requirements are met', clause: '10.1(1)' }),
      disclosed: list(choice(DISCLOSURE_ITEMS, { what: 'a disclosed matter', clause: '7.5' }), { what: 'the matters of 7.5 disclosed', clause: '10.1(5)' }),
      sworn: list(choice(OATH_ITEMS, { what: 'a matter sworn to', clause: '7.6' }), { what: 'the matters of 7.6 sworn to', clause: '10.1(6)' }),
      internalAuditMeetsAppendix2: flag({ what: 'whether the internal audit meets Appendix 2', clause: '10.1(7)' }),
      otherViolationsFound: flag({ what: 'whether there is another violation', clause: '10.1(8)' }),
    },
    '10.1',
  ),
))();
