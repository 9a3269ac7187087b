/**
 * Which Impact Evaluation Results count for a Prior Application (3.3, Supp.2022.1): those made
 * within one year counted back from the day the Prior Application is submitted (interpretation I5).
 *
 * @internal
 * @module
 */
import { quote } from '../../../_lib/text.js';
import { dayFromCivil, formatDay } from '../../../calendar/_lib/days.js';
import type { IsoDate } from '../../../calendar/index.js';
import type { ImpactEvaluation } from '../../schemas/index.js';
import type { CheckFailure } from '../types.js';
import { onOrBefore, periodBound, yearBackFirstDay } from './period.js';

/** `date` moved by `days` (plain Gregorian arithmetic, any year). */
function addDays(date: IsoDate, days: number): IsoDate {
  return formatDay(dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) + days);
}

/**
 * The first day an evaluation may have been made on to support a Prior Application submitted on
 * `priorApplicationDay`: the first day of one year counted back from it (3.3, I5).
 *
 * @internal
 */
export function earliestEvaluationDay(priorApplicationDay: IsoDate): IsoDate {
  return yearBackFirstDay(priorApplicationDay);
}

/**
 * The last day a Prior Application can be submitted with an evaluation made on
 * `evaluationDate`: the latest S whose year counted back (3.3, I5) still reaches the evaluation.
 * `null` when that day is after 2099-12-31.
 *
 * @internal
 */
export function lastSubmissionDay(evaluationDate: IsoDate): IsoDate | null {
  // The first day counted back never decreases as S grows and is one year (365 or 366 days) before S.
  let s = addDays(evaluationDate, 368);
  while (yearBackFirstDay(s) > evaluationDate) s = addDays(s, -1);
  return s <= '2099-12-31' ? s : null;
}

/**
 * How the year counted back from `priorApplicationDay` ends, for reasons: the day before the
 * submission, where the year starts, and the day it ends on (民法 140, 143 mirrored).
 */
function countedBack(priorApplicationDay: IsoDate, earliest: IsoDate): string {
  const start = addDays(priorApplicationDay, -1);
  const ends =
    start.endsWith('-02-29')
      ? `${start} has no corresponding day one year earlier, so the year ends on 1 March, ${earliest}`
      : `it ends on ${earliest}, the day after ${addDays(earliest, -1)}, the day corresponding to ${start} one year earlier`;
  return `counted back from the Prior Application, whose own day is not counted (Civil Code Art. 140), the year starts on ${start}; under Art. 143 applied backwards ${ends}`;
}

/**
 * Why an evaluation dated `evaluationDate` (E) does not support a Prior Application submitted on
 * `priorApplicationDay` (S), or `undefined` when it does: E counts when
 * `earliestEvaluationDay(S)` ≤ E ≤ S (3.3, interpretation I5). No holiday extension arises when
 * counting back (the year ends on a day already past), so I2 is not relied on.
 *
 * @internal
 */
export function supportFailure(evaluationDate: IsoDate, priorApplicationDay: IsoDate, path?: string): CheckFailure | undefined {
  const at = path === undefined ? {} : { path };
  if (priorApplicationDay < evaluationDate) {
    return {
      clause: '3.3',
      reason: `The impact evaluation of ${evaluationDate} is dated after the Prior Application of ${priorApplicationDay}: the results must be obtained before Form 1-2 is prepared.`,
      interpretations: ['I5'],
      ...at,
    };
  }
  const earliest = earliestEvaluationDay(priorApplicationDay);
  if (evaluationDate < earliest) {
    const forward = periodBound(evaluationDate, { years: 1 });
    const other = onOrBefore(priorApplicationDay, forward.lastDay)
      ? ` (counted forward from the evaluation instead, a reading interpretation I5 does not take, it would still count: that year ends on ${forward.lastDay ?? 'a day after 2099-12-31'})`
      : '';
    return {
      clause: '3.3',
      reason:
        `The impact evaluation of ${evaluationDate} was not made within one year from the Prior Application of ${priorApplicationDay}: ` +
        `${countedBack(priorApplicationDay, earliest)}, so only an evaluation made on or after ${earliest} counts${other}.`,
      interpretations: ['I5'],
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
export function countEvaluations(evaluations: readonly ImpactEvaluation[], priorApplicationDay: IsoDate, base = '$.evaluations'): Counted {
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
          reason: `The evaluation by ${quote(evaluation.agency)} does not count: for the time being only national administrative agencies under the Basic Act on Cybersecurity give Impact Evaluation Results.`,
          see: ['3.3'],
          path,
        },
      });
      return;
    }
    const failure = supportFailure(evaluation.date, priorApplicationDay, path);
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
