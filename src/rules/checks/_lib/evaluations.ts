/**
 * Which Impact Evaluation Results count for a Prior Application (3.3, Supp.2022.1).
 *
 * @internal
 * @module
 */
import type { ImpactEvaluation } from '../../schemas/index.js';
import type { CheckFailure } from '../types.js';
import { dayText, extendedNote, periodBound, type PeriodBound } from './period.js';

/**
 * Why an evaluation dated `evaluationDate` does not support a Prior Application made on
 * `priorApplicationDay` (3.3, I5), or `undefined` when it does.
 *
 * @internal
 */
export function supportFailure(evaluationDate: string, priorApplicationDay: string, bound: PeriodBound, path?: string): CheckFailure | undefined {
  const at = path === undefined ? {} : { path };
  if (priorApplicationDay < evaluationDate) {
    return {
      clause: '3.3',
      reason: `The impact evaluation of ${evaluationDate} is dated after the Prior Application of ${priorApplicationDay}: the results must be obtained before Form 1-2 is prepared.`,
      interpretations: ['I5'],
      ...at,
    };
  }
  if (bound.lastDay !== null && priorApplicationDay > bound.lastDay) {
    return {
      clause: '3.3',
      reason:
        `The Prior Application of ${priorApplicationDay} is after ${dayText(bound.lastDay)}, the last day of one year counted from the impact evaluation of ${evaluationDate} ` +
        `(the period starts on ${dayText(bound.startDay)}, Civil Code Art. 140, 143)${extendedNote(bound)}: the evaluation is more than one year old.`,
      interpretations: ['I5', 'I2'],
      ...at,
    };
  }
  return undefined;
}

/** An evaluation that does not count, and why. @internal */
export interface Disregarded {
  readonly index: number;
  readonly agency: string;
  readonly failure: CheckFailure;
}

/** The evaluations that count for a Prior Application. @internal */
export interface Counted {
  readonly counted: readonly { readonly index: number; readonly evaluation: ImpactEvaluation }[];
  readonly disregarded: readonly Disregarded[];
  /** Distinct agencies among the counted evaluations, by normalized name. */
  readonly agencies: readonly string[];
}

/**
 * An agency name for counting: NFKC, trimmed, inner spaces collapsed, lower case.
 *
 * @internal
 */
export function agencyKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Splits the evaluations of a Prior Application made on `priorApplicationDay` into those that
 * count (national administrative agency, Supp.2022.1; within one year, 3.3) and those that do
 * not, with the reason.
 *
 * @internal
 */
export function countEvaluations(evaluations: readonly ImpactEvaluation[], priorApplicationDay: string, base = '$.evaluations'): Counted {
  const counted: { index: number; evaluation: ImpactEvaluation }[] = [];
  const disregarded: Disregarded[] = [];
  const agencies = new Map<string, string>();
  evaluations.forEach((evaluation, index) => {
    const path = `${base}[${index}]`;
    if (!evaluation.nationalAdministrativeAgency) {
      disregarded.push({
        index,
        agency: evaluation.agency,
        failure: {
          clause: 'Supp.2022.1',
          reason: `The evaluation by ${JSON.stringify(evaluation.agency)} does not count: for the time being only national administrative agencies under the Basic Act on Cybersecurity give Impact Evaluation Results.`,
          see: ['3.3'],
          path,
        },
      });
      return;
    }
    const failure = supportFailure(evaluation.date, priorApplicationDay, periodBound(evaluation.date, { years: 1 }), path);
    if (failure !== undefined) {
      disregarded.push({ index, agency: evaluation.agency, failure });
      return;
    }
    counted.push({ index, evaluation });
    const key = agencyKey(evaluation.agency);
    if (!agencies.has(key)) agencies.set(key, evaluation.agency.trim());
  });
  return { counted, disregarded, agencies: [...agencies.values()] };
}
