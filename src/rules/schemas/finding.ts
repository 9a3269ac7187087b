/**
 * Findings in the Assessment Report (7.4, 10.1(2)–(4)).
 *
 * @module
 */
import { quote } from '../../_lib/text.js';
import { choice, list, params, record, text, typed } from './_lib/field.js';
import { isoDateSchema } from './isoDate.js';

/**
 * The criteria a finding falls under (10.1(2), (3)): the Governance Criteria, the Management
 * Criteria or the Operation Criteria of the ISMAP Control Criteria.
 */
export const FINDING_CRITERIA = /* @__PURE__ */ Object.freeze(['governance', 'management', 'operation'] as const);

/** The criteria a finding falls under: `'governance' | 'management' | 'operation'`. */
export type FindingCriteria = (typeof FINDING_CRITERIA)[number];

/** One finding of the Assessment Report. */
export interface Finding {
  /** The finding's reference in the report, unique within the report. */
  readonly id: string;
  /** The criteria it falls under (10.1(2), (3)). */
  readonly criteria: FindingCriteria;
  /** What was found. */
  readonly description?: string | undefined;
  /** The day by which the improvement plan (7.4) says the controls will be improved; 10.1(4) requires it within two months of the report date. */
  readonly improvementPlanCompletionDate?: string | undefined;
}

/**
 * The schema of {@link Finding}.
 *
 * @example
 * ```ts
 * FindingSchema.parse({ id: 'F-1', criteria: 'operation', improvementPlanCompletionDate: '2024-11-20' }).criteria; //=> 'operation'
 * ```
 * @see 7.4, 10.1(2), 10.1(3), 10.1(4)
 */
export const FindingSchema = /* @__PURE__ */ (() => typed<Finding>()(
  record(
    'a finding',
    {
      id: text({ what: 'the reference of the finding', clause: '7.4' }),
      criteria: choice(FINDING_CRITERIA, { what: 'the criteria of the finding', clause: '10.1(2)' }),
      description: text({ what: 'the description of the finding' }).optional(),
      improvementPlanCompletionDate: isoDateSchema({
        what: 'the date the improvement plan completes',
        clause: '10.1(4)',
      }).optional(),
    },
    '7.4',
  ),
))();

/**
 * The schema of the findings of one Assessment Report; references must be unique.
 *
 * @example
 * ```ts
 * FindingsSchema.safeParse([{ id: 'F-1', criteria: 'operation' }, { id: 'F-1', criteria: 'governance' }]).success; //=> false
 * ```
 * @see 7.4, 10.1(2)–(4)
 */
export const FindingsSchema = /* @__PURE__ */ (() => typed<Finding[]>()(
  list(FindingSchema, { what: 'the findings of the Assessment Report', clause: '7.4' }).superRefine((findings, ctx) => {
    const seen = new Map<string, number>();
    findings.forEach((finding, index) => {
      const first = seen.get(finding.id);
      if (first === undefined) {
        seen.set(finding.id, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        input: finding.id,
        message: `The finding reference ${quote(finding.id)} is used twice (also by finding ${first}): expected a unique reference (see 7.4).`,
        params: params('duplicate_id', 'a reference not used by another finding', '7.4'),
      });
    });
  }),
))();
