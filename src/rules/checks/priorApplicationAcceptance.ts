/**
 * 4.1: may the ISMAP Operations Support Organization accept a Prior Application?
 *
 * @module
 */
import { governsDay, provisionRule } from '../provisions/data.js';
import { quote } from '../../_lib/text.js';
import type { IsoDate } from '../../calendar/index.js';
import { PRIOR_APPLICATION_DOCUMENTS, PriorApplicationSchema, parseOrThrow, type PriorApplication } from '../schemas/index.js';
import { twoAgenciesRequired } from '../provisions/predicates.js';
import { countEvaluations } from './_lib/evaluations.js';
import { japanDay } from './_lib/period.js';
import { result } from './_lib/result.js';
import type { CheckFailure, CheckResult } from './types.js';

/** What {@link checkPriorApplicationAcceptance} computed. */
export interface PriorApplicationAcceptance {
  /** The day in Japan the Prior Application was made. */
  readonly submittedOn: IsoDate;
  /** The distinct agencies whose evaluations count (3.3, Supp.2022.1). */
  readonly agencies: readonly string[];
  /** Evaluations that do not count, with the clause and reason. */
  readonly disregarded: readonly CheckFailure[];
  /** Whether two or more agencies were needed (Supp.2022.2). */
  readonly twoAgenciesRequired: boolean;
}

/**
 * Checks the conditions for accepting a Prior Application, reporting every failing clause:
 *
 * * 4.1(1): Form 1-1 and Form 1-2 submitted (3.1) and in Japanese (7.10);
 * * 4.1(2): the contents needed for a smooth review are complete;
 * * 3.3: Impact Evaluation Results from one or more agencies, each made within one year before
 *   the Prior Application (interpretation I5) by a national administrative agency
 *   (Supp.2022.1); evaluations that do not count are listed in `disregarded`;
 * * Supp.2022.2: two or more agencies for a Prior Application made 2022-11-01 … 2023-10-31 whose
 *   operations are not on the List of Target Operations;
 * * 4.5(2): not when the review clearly cannot be completed in time.
 *
 * Agencies are told apart by name (NFKC-normalized, trimmed, case-insensitive). 4.5(1) (no
 * sufficient answer to an inquiry within a month) is {@link checkInquiryResponse}.
 *
 * @param priorApplication - the facts, see `PriorApplicationSchema`
 * @returns `ok: true`, or `ok: false` with every failing clause
 * @throws `ValidationError` when the facts do not match the schema
 * @example
 * ```ts
 * checkPriorApplicationAcceptance({
 *   submittedAt: '2023-06-01', submitted: ['form-1-1', 'form-1-2'], inJapanese: true, contentsComplete: true,
 *   onListOfTargetOperations: false,
 *   evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2023-05-01', result: 'low' }],
 * }).failures?.[0]?.clause; //=> 'Supp.2022.2'
 * ```
 * @see 3.1, 3.3, 4.1, 4.5(2), 7.10, Supp.2022.1, Supp.2022.2
 */
export function checkPriorApplicationAcceptance(priorApplication: PriorApplication): CheckResult<PriorApplicationAcceptance> {
  return checkPriorApplicationAcceptanceTrusted(parseOrThrow(PriorApplicationSchema, priorApplication, 'the Prior Application'));
}

/**
 * {@link checkPriorApplicationAcceptance} without validating its argument, for callers whose data
 * `PriorApplicationSchema` has already parsed (the schema does not transform: its output is its input).
 *
 * @param pa - a Prior Application that `PriorApplicationSchema` accepts
 * @returns what {@link checkPriorApplicationAcceptance} returns
 * @internal
 */
export function checkPriorApplicationAcceptanceTrusted(pa: PriorApplication): CheckResult<PriorApplicationAcceptance> {
  const day = japanDay(pa.submittedAt);
  const failures: CheckFailure[] = [];
  const rules = provisionRule('rules');
  if (!governsDay(rules, day)) {
    failures.push({ clause: 'Supp.2022', reason: `The Prior Application of ${day} predates the rules, which apply from ${rules.from}.`, path: '$.submittedAt' });
  }
  for (const doc of PRIOR_APPLICATION_DOCUMENTS) {
    if (!pa.submitted.includes(doc.id)) {
      failures.push({ clause: '4.1(1)', reason: `${doc.title} was not submitted.`, see: [doc.clause], path: '$.submitted' });
    }
  }
  if (!pa.inJapanese) {
    failures.push({ clause: '4.1(1)', reason: 'The Prior Application Documents are not in the designated language (Japanese).', see: ['7.10'], path: '$.inJapanese' });
  }
  if (!pa.contentsComplete) {
    failures.push({ clause: '4.1(2)', reason: 'The contents of the Prior Application Documents needed for a smooth review are not complete.', path: '$.contentsComplete' });
  }
  const { agencies, disregarded } = countEvaluations(pa.evaluations, day);
  const why = disregarded.length === 0 ? '' : ` (${disregarded.length} evaluation(s) do not count: ${disregarded.map((d) => `evaluations[${d.index}] by ${quote(d.agency)}: ${d.failure.reason}`).join(' ')})`;
  if (agencies.length === 0) {
    failures.push({ clause: '3.3', reason: `Form 1-2 has no Impact Evaluation Results that count${why}: one or more are required.`, see: ['3.1(1)', '4.1(1)'], interpretations: ['I5'], path: '$.evaluations' });
  }
  const two = twoAgenciesRequired(pa.submittedAt, pa.onListOfTargetOperations);
  const firstYear = provisionRule('Supp.2022.2');
  if (two && agencies.length < 2) {
    const counted = agencies.length === 0 ? 'none counts' : `only ${quote(agencies[0] ?? '')} counts`;
    failures.push({
      clause: 'Supp.2022.2',
      reason: `The Prior Application of ${day} is within the first year (${firstYear.from} … ${firstYear.until ?? ''}) and its operations are not on the List of Target Operations, so Impact Evaluation Results from two or more government agencies are required; ${counted}${why}.`,
      see: ['3.3'],
      path: '$.evaluations',
    });
  }
  if (pa.reviewClearlyImpossibleInTime === true) {
    failures.push({ clause: '4.5(2)', reason: 'It is clearly difficult to complete the review within the period of Chapter 5.', path: '$.reviewClearlyImpossibleInTime' });
  }
  const checked = ['4.1(1)', '4.1(2)', '3.3', 'Supp.2022.1', ...(two ? ['Supp.2022.2'] : []), '4.5(2)'];
  return result(checked, failures, {
    submittedOn: day,
    agencies,
    disregarded: disregarded.map((d) => d.failure),
    twoAgenciesRequired: two,
  });
}
