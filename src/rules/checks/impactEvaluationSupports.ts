/**
 * 3.3: does an impact evaluation support a Prior Application?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { dayInputSchema, isoDateSchema, parseOrThrow } from '../schemas/index.js';
import { record } from '../schemas/_lib/field.js';
import { supportFailure } from './_lib/evaluations.js';
import { japanDay, periodBound } from './_lib/period.js';
import { result } from './_lib/result.js';
import type { CheckResult } from './types.js';

const Args = /* @__PURE__ */ record('the arguments of checkImpactEvaluationSupports', {
  evaluationDate: isoDateSchema({ what: 'the date of the impact evaluation', clause: '3.3' }),
  priorApplicationDate: dayInputSchema({ what: 'the date of the Prior Application', clause: '3.3' }),
});

/** What {@link checkImpactEvaluationSupports} computed. */
export interface EvaluationSupport {
  /** The evaluation date. */
  readonly evaluationDate: IsoDate;
  /** The day in Japan the Prior Application was made. */
  readonly priorApplicationDate: IsoDate;
  /** The last day of one year counted from the evaluation (`null`: after 2099-12-31). */
  readonly lastDay: IsoDate | null;
  /** `lastDay` moved past a government holiday (not applied, I2; `null` when unknown). */
  readonly lastDayIfExtended: IsoDate | null;
}

/**
 * Does an impact evaluation dated `evaluationDate` (E) support a Prior Application made on
 * `priorApplicationDate` (S)? Yes when E ≤ S ≤ the last day of one year counted from E: the
 * period starts the day after E (民法 140) and ends on the same day of the month a year later
 * (民法 143), so an evaluation made exactly one year before (E = 2023-05-10, S = 2024-05-10)
 * still supports it (interpretation I5). An evaluation of 2023-02-28 supports a Prior Application
 * up to 2024-02-29. No holiday extension (I2). An instant S is read as its day in Japan.
 *
 * @param evaluationDate - the date of the evaluation, `YYYY-MM-DD`
 * @param priorApplicationDate - when the Prior Application was made (a date, or an instant with offset)
 * @returns `ok: true`, or `ok: false` with a 3.3 failure that says why; both with `lastDay`
 * @throws `ValidationError` when an argument is not a valid date
 * @example
 * ```ts
 * checkImpactEvaluationSupports('2023-05-10', '2024-05-10').ok; //=> true
 * checkImpactEvaluationSupports('2023-05-10', '2024-05-11').ok; //=> false
 * checkImpactEvaluationSupports('2023-02-28', '2024-02-29').lastDay; //=> '2024-02-29'
 * ```
 * @see 3.3; interpretations I5, I2
 */
export function checkImpactEvaluationSupports(evaluationDate: string, priorApplicationDate: string): CheckResult<EvaluationSupport> {
  const args = parseOrThrow(Args, { evaluationDate, priorApplicationDate }, 'the arguments of checkImpactEvaluationSupports');
  const day = japanDay(args.priorApplicationDate);
  const bound = periodBound(args.evaluationDate, { years: 1 });
  const failure = supportFailure(args.evaluationDate, day, bound);
  return result(['3.3'], failure === undefined ? [] : [failure], {
    evaluationDate: args.evaluationDate,
    priorApplicationDate: day,
    lastDay: bound.lastDay,
    lastDayIfExtended: bound.lastDayIfExtended,
  });
}
