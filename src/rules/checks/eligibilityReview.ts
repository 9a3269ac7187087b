/**
 * 5.1(1)–(4): is the service eligible for ISMAP-LIU?
 *
 * @module
 */
import { isRecord } from '../../_lib/args.js';
import { quote } from '../../_lib/text.js';
import { InvalidArgumentError } from '../../errors.js';
import { EligibilityReviewSchema, parseOrThrow, type EligibilityReview, type PastDeletion } from '../schemas/index.js';
import { countEvaluations } from './_lib/evaluations.js';
import { japanDay } from './_lib/period.js';
import { result } from './_lib/result.js';
import type { CheckFailure, CheckResult } from './types.js';

/**
 * Does a past deletion bar eligibility? Only a deletion under ISMAP Cloud Service Registration
 * Rules 14.2(4) or ISMAP-LIU 18.2(4) (a request to re-apply) does (5.1(4)); a deletion for
 * non-renewal (18.2(1)) or withdrawal (18.2(2)) does not.
 *
 * @param deletion - see `PastDeletionSchema`
 * @returns `true` when the deletion bars eligibility
 * @throws `InvalidArgumentError` when `deletion` is not an object
 * @example
 * ```ts
 * deletionBarsEligibility({ rules: 'ISMAP-LIU', ground: '18.2(4)' }); //=> true
 * deletionBarsEligibility({ rules: 'ISMAP', ground: '18.2(4)' }); //=> false
 * deletionBarsEligibility({ rules: 'ISMAP', ground: '14.2(4)' }); //=> true
 * ```
 * @see 5.1(4), 18.2(4)
 */
export function deletionBarsEligibility(deletion: Pick<PastDeletion, 'rules' | 'ground'>): boolean {
  if (!isRecord(deletion)) {
    throw new InvalidArgumentError('deletion', deletion, 'an object { rules, ground }', '5.1(4)');
  }
  return (deletion.rules === 'ISMAP' && deletion.ground === '14.2(4)') || (deletion.rules === 'ISMAP-LIU' && deletion.ground === '18.2(4)');
}

/**
 * Reviews a Prior Application under 5.1, reporting every failing item:
 *
 * * 5.1(1), on the List of Target Operations: the Impact Evaluation Results are low;
 * * 5.1(2), off the List: the results are low and that is justified;
 * * 5.1(3): no unreasonable points on the Evaluation Results Sheet;
 * * 5.1(4): no other violation, and no past deletion under ISMAP 14.2(4) or ISMAP-LIU 18.2(4).
 *
 * "Impact Evaluation Results" are those that count under 3.3 and Supp.2022.1 (made within one
 * year before the Prior Application by a national administrative agency); every one must be low.
 *
 * @param review - see `EligibilityReviewSchema`
 * @returns `ok: true`, or `ok: false` with every failing item
 * @throws `ValidationError` when the facts do not match the schema
 * @example
 * ```ts
 * checkEligibility({
 *   priorApplication: {
 *     submittedAt: '2024-04-10', submitted: ['form-1-1', 'form-1-2'], inJapanese: true, contentsComplete: true,
 *     onListOfTargetOperations: true,
 *     evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low' }],
 *   },
 *   unreasonablePointsFound: false, otherViolationsFound: false,
 *   pastDeletions: [{ rules: 'ISMAP-LIU', ground: '18.2(4)' }],
 * }).failures?.[0]?.clause; //=> '5.1(4)'
 * ```
 * @see 5.1(1)–(4), 3.3, Supp.2022.1
 */
export function checkEligibility(review: EligibilityReview): CheckResult {
  return checkEligibilityTrusted(parseOrThrow(EligibilityReviewSchema, review, 'the eligibility review'));
}

/**
 * {@link checkEligibility} without validating its argument, for callers whose data
 * `EligibilityReviewSchema` has already parsed (the schema does not transform: its output is its input).
 *
 * @param r - an eligibility review that `EligibilityReviewSchema` accepts
 * @returns what {@link checkEligibility} returns
 * @internal
 */
export function checkEligibilityTrusted(r: EligibilityReview): CheckResult {
  const pa = r.priorApplication;
  const item = pa.onListOfTargetOperations ? '5.1(1)' : '5.1(2)';
  const failures: CheckFailure[] = [];
  const { counted } = countEvaluations(pa.evaluations, japanDay(pa.submittedAt), '$.priorApplication.evaluations');
  if (counted.length === 0) {
    failures.push({ clause: item, reason: 'There are no Impact Evaluation Results that count (3.3, Supp.2022.1), so they cannot be shown to be low.', see: ['3.3'], path: '$.priorApplication.evaluations' });
  }
  for (const { index, evaluation } of counted) {
    if (evaluation.result !== 'low') {
      failures.push({ clause: item, reason: `The evaluation by ${quote(evaluation.agency)} of ${evaluation.date} is not low.`, path: `$.priorApplication.evaluations[${index}].result` });
    }
  }
  if (!pa.onListOfTargetOperations && r.lowImpactJustified !== true) {
    failures.push({ clause: '5.1(2)', reason: 'The operations are not on the List of Target Operations and it is not justified that the Impact Evaluation Results are low.', path: '$.lowImpactJustified' });
  }
  if (r.unreasonablePointsFound) {
    failures.push({ clause: '5.1(3)', reason: 'The Evaluation Results Sheet has unreasonable points given the functions of the service.', path: '$.unreasonablePointsFound' });
  }
  if (r.otherViolationsFound) {
    failures.push({ clause: '5.1(4)', reason: 'There is another violation of the regulations of the program.', path: '$.otherViolationsFound' });
  }
  r.pastDeletions.forEach((deletion, index) => {
    if (!deletionBarsEligibility(deletion)) return;
    const when = deletion.date === undefined ? '' : ` on ${deletion.date}`;
    failures.push({
      clause: '5.1(4)',
      reason: `A registration was deleted${when} under ${deletion.rules === 'ISMAP' ? 'ISMAP Cloud Service Registration Rules' : 'ISMAP-LIU Cloud Service Registration Rules'} ${deletion.ground} (request to re-apply), which bars eligibility.`,
      see: [deletion.rules === 'ISMAP' ? 'ISMAP 14.2(4)' : '18.2(4)'],
      path: `$.pastDeletions[${index}]`,
    });
  });
  return result([item, '5.1(3)', '5.1(4)'], failures, {});
}
