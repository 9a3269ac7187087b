/**
 * 3.3: does an impact evaluation support a Prior Application? (The year is counted back from the
 * Prior Application, interpretation I5.)
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { dayInputSchema, isoDateSchema, parseOrThrow } from '../schemas/index.js';
import { record } from '../schemas/_lib/field.js';
import { earliestEvaluationDay, lastSubmissionDay, supportFailure } from './_lib/evaluations.js';
import { japanDay } from './_lib/period.js';
import { result } from './_lib/result.js';
import type { CheckResult } from './types.js';

const Args = /* @__PURE__ */ (() => record('the arguments of checkImpactEvaluationSupports', {
  evaluationDate: isoDateSchema({ what: 'the date of the impact evaluation', clause: '3.3' }),
  priorApplicationDate: dayInputSchema({ what: 'the date of the Prior Application', clause: '3.3' }),
}))();

/** What {@link checkImpactEvaluationSupports} computed. */
export interface EvaluationSupport {
  /** The evaluation date. */
  readonly evaluationDate: IsoDate;
  /** The day in Japan the Prior Application was made. */
  readonly priorApplicationDate: IsoDate;
  /**
   * The first day of one year counted back from the Prior Application: an evaluation made on or
   * after it (and not after the Prior Application) supports it (3.3, I5). For a Prior Application
   * in 2000 it is a day in 1999.
   */
  readonly earliestEvaluationDate: IsoDate;
  /**
   * The last day a Prior Application can be made with this evaluation: the latest day whose year
   * counted back still reaches it (`null`: after 2099-12-31).
   */
  readonly lastDay: IsoDate | null;
  /**
   * Always equal to `lastDay`.
   *
   * @deprecated The year of 3.3 is counted back from the Prior Application (I5) and ends on a day
   * before it, by which nobody has to act, so no holiday extension arises (I2 is not relied on).
   * Use `lastDay`.
   */
  readonly lastDayIfExtended: IsoDate | null;
}

/**
 * Does an impact evaluation dated `evaluationDate` (E) support a Prior Application made on
 * `priorApplicationDate` (S)? 3.3 limits the results to "evaluations made within 1 year from the
 * date on which Prior Application is submitted": the year is counted back from S
 * (interpretation I5). S itself is not counted (民法 140), so the year starts on the day before
 * S and, with 民法 143 applied backwards, ends on the day after the day corresponding to that
 * start one year earlier (1 March when the start is 29 February): that is
 * `earliestEvaluationDate`, and E supports S when `earliestEvaluationDate` ≤ E ≤ S. An
 * evaluation made on the same date one year before (E = 2023-05-10, S = 2024-05-10) supports it;
 * for S = 2024-02-29 the year reaches back to 2023-03-01 only, and for S = 2025-03-01 it reaches
 * 2024-02-29. `lastDay` is the last S the evaluation supports. No holiday extension arises
 * counting back (I2 is not relied on). An instant S is read as its day in Japan.
 *
 * @param evaluationDate - the date of the evaluation, `YYYY-MM-DD`
 * @param priorApplicationDate - when the Prior Application was made (a date, or an instant with offset)
 * @returns `ok: true`, or `ok: false` with a 3.3 failure that says why; both with
 * `earliestEvaluationDate` and `lastDay`
 * @throws `ValidationError` when an argument is not a valid date
 * @example
 * ```ts
 * checkImpactEvaluationSupports('2023-05-10', '2024-05-10').ok; //=> true
 * checkImpactEvaluationSupports('2023-05-10', '2024-05-11').ok; //=> false
 * checkImpactEvaluationSupports('2023-02-28', '2024-02-29').ok; //=> false
 * checkImpactEvaluationSupports('2023-02-28', '2024-02-29').earliestEvaluationDate; //=> '2023-03-01'
 * checkImpactEvaluationSupports('2023-02-28', '2024-02-29').lastDay; //=> '2024-02-28'
 * checkImpactEvaluationSupports('2024-02-29', '2025-03-01').ok; //=> true
 * ```
 * @see 3.3; interpretation I5
 */
export function checkImpactEvaluationSupports(evaluationDate: string, priorApplicationDate: string): CheckResult<EvaluationSupport> {
  const args = parseOrThrow(Args, { evaluationDate, priorApplicationDate }, 'the arguments of checkImpactEvaluationSupports');
  const day = japanDay(args.priorApplicationDate);
  const failure = supportFailure(args.evaluationDate, day);
  const lastDay = lastSubmissionDay(args.evaluationDate);
  return result(['3.3'], failure === undefined ? [] : [failure], {
    evaluationDate: args.evaluationDate,
    priorApplicationDate: day,
    earliestEvaluationDate: earliestEvaluationDay(day),
    lastDay,
    lastDayIfExtended: lastDay,
  });
}
