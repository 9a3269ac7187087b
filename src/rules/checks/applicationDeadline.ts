/**
 * 8.2: was the application made within one month of the Assessment Report?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { dayInputSchema, isoDateSchema, parseOrThrow } from '../schemas/index.js';
import { record } from '../schemas/_lib/field.js';
import { japanDay } from './_lib/period.js';
import { applicationDeadlineFailures } from './_lib/report.js';
import { result } from './_lib/result.js';
import type { CheckResult } from './types.js';

const Args = /* @__PURE__ */ (() => record('the arguments of checkApplicationDeadline', {
  reportDate: isoDateSchema({ what: 'the date of the Assessment Report', clause: '8.2' }),
  appliedAt: dayInputSchema({ what: 'the date the application was made', clause: '8.2' }),
}))();

/** What {@link checkApplicationDeadline} computed. */
export interface ApplicationDeadline {
  /** The day in Japan the application was made. */
  readonly appliedOn: IsoDate;
  /** The last day to apply (`null`: after 2099-12-31). */
  readonly lastDay: IsoDate | null;
  /** `lastDay` moved past a government holiday (not applied, I2; `null` when unknown). */
  readonly lastDayIfExtended: IsoDate | null;
}

/**
 * Was the application made within one month from the date of the Assessment Report (8.2)? The
 * month starts the day after the report (民法 140) and ends under 民法 143: a report of 2024-02-29
 * allows applying until 2024-03-31; one of 2024-01-30 until 2024-02-29. No holiday extension
 * (I2; `lastDayIfExtended` is reported). An application dated before the report fails too.
 *
 * @param reportDate - the date of the Assessment Report, `YYYY-MM-DD`
 * @param appliedAt - when the application was made (a date, or an instant read in Asia/Tokyo)
 * @returns `ok: true`, or `ok: false` with an 8.2 failure; both with `lastDay`
 * @throws `ValidationError` when an argument is not a valid date
 * @example
 * ```ts
 * checkApplicationDeadline('2024-02-29', '2024-03-31').ok; //=> true
 * checkApplicationDeadline('2024-02-29', '2024-04-01').lastDayIfExtended; //=> '2024-04-01'
 * checkApplicationDeadline('2024-02-29', '2024-04-01').ok; //=> false
 * ```
 * @see 8.2, 9.1(2); interpretation I2
 */
export function checkApplicationDeadline(reportDate: string, appliedAt: string): CheckResult<ApplicationDeadline> {
  const args = parseOrThrow(Args, { reportDate, appliedAt }, 'the arguments of checkApplicationDeadline');
  const appliedOn = japanDay(args.appliedAt);
  const { failures, bound } = applicationDeadlineFailures(args.reportDate, appliedOn);
  return result(['8.2'], failures, { appliedOn, lastDay: bound.lastDay, lastDayIfExtended: bound.lastDayIfExtended });
}
