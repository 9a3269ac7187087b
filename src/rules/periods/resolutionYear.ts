/**
 * 18.2(6): the year from the occurrence of the incident behind a 13.7 suspension, after which the
 * Steering Committee may delete the registration. The one computation of that year and of the
 * first day of the ground of deletion: `deadline('18.2(6)', …)` and the incident machine both
 * call it.
 *
 * @internal
 * @module
 */
import { formatDay } from '../../calendar/_lib/days.js';
import { dayOf } from '../../calendar/_lib/parse.js';
import { periodEnd, type GovernmentCalendar, type IsoDate, type PeriodEndResult, type PeriodLength } from '../../calendar/index.js';
import { assertPeriodInForce } from './_lib/inForce.js';
import { PERIODS } from './table.js';

/** The 18.2(6) year and the first day of its ground of deletion. @internal */
export interface ResolutionYear {
  /** The year, counted from the occurrence. */
  readonly end: PeriodEndResult;
  /** The first day the ground of deletion of 18.2(6) exists: the day after the year's last day (民法 141). */
  readonly groundFrom: IsoDate;
}

/**
 * The year of 18.2(6) counted from `occurredAt` (民法 140, 143), for an incident recognized at
 * `recognizedAt`: an occurrence before the provision's first day counts when the recognition is
 * on or after it (Supplementary Provisions of 2023-11-10, I6).
 *
 * @param occurredAt - when the incident occurred
 * @param recognizedAt - when it was recognized; `undefined` reads it as `occurredAt`
 * @param calendar - a calendar with caller changes, or `undefined` for the official one
 * @returns the period's `end`, and `groundFrom`, the day after its last day
 * @throws ProvisionNotInForceError when 18.2(6) does not govern the incident; the calendar's errors for a bad date
 * @internal
 */
export function resolutionYear(occurredAt: string | Date, recognizedAt: string | Date | undefined, calendar: GovernmentCalendar | undefined): ResolutionYear {
  const rule = PERIODS['18.2(6)'];
  const length = rule.length as PeriodLength; // one year: never 5.3's 'half-term'
  const end = calendar === undefined ? periodEnd(occurredAt, length) : calendar.periodEnd(occurredAt, length);
  assertPeriodInForce(rule, end.from, occurredAt, recognizedAt);
  return { end, groundFrom: formatDay(dayOf(end.lastDay) + 1) };
}
