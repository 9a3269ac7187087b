/**
 * 10.8(1)(a): is an assessment period three months or more?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { isoDateSchema, parseOrThrow } from '../schemas/index.js';
import { record } from '../schemas/_lib/field.js';
import { dayText, onOrBefore, periodBound } from './_lib/period.js';
import { result } from './_lib/result.js';
import type { CheckFailure, CheckResult } from './types.js';

const Args = /* @__PURE__ */ (() => record('the arguments of checkAssessmentPeriodLength', {
  start: isoDateSchema({ what: 'the first day of the assessment period', clause: '10.8(1)(a)' }),
  end: isoDateSchema({ what: 'the last day of the assessment period', clause: '10.8(1)(a)' }),
}))();

/** What {@link checkAssessmentPeriodLength} computed. */
export interface AssessmentPeriodLength {
  /** The first day of the period (counted: the period starts at 00:00 of it). */
  readonly start: IsoDate;
  /** The last day of the period (inclusive). */
  readonly end: IsoDate;
  /** The earliest `end` that makes the period three months long (`null`: after 2099-12-31). */
  readonly minimumEnd: IsoDate | null;
}

/**
 * Is the assessment period `start` … `end` (both inclusive) three months or more, as 10.8(1)(a)
 * requires of the new assessment after a Suspended Registration? The period starts at 00:00 of
 * `start`, so that day counts (民法 140); it lasts three months when `end` is on or after the last
 * day of a three-month period whose first day is `start` (民法 143; docs/reference/calendar.md,
 * "Minimum lengths"): 2024-01-01 … 2024-03-31 qualifies, 2024-11-30 … 2025-02-28 qualifies
 * (there is no 30 February), 2024-01-02 … 2024-03-31 does not.
 *
 * @param start - the first day, `YYYY-MM-DD`
 * @param end - the last day, `YYYY-MM-DD`
 * @returns `ok: true`, or `ok: false` with a 10.8(1)(a) failure saying how far the period falls short; both with `minimumEnd`
 * @throws `ValidationError` when an argument is not a valid date
 * @example
 * ```ts
 * checkAssessmentPeriodLength('2024-01-01', '2024-03-31').ok; //=> true
 * checkAssessmentPeriodLength('2024-01-02', '2024-03-31').minimumEnd; //=> '2024-04-01'
 * ```
 * @see 10.8(1)(a); 民法 140–143
 */
export function checkAssessmentPeriodLength(start: string, end: string): CheckResult<AssessmentPeriodLength> {
  const args = parseOrThrow(Args, { start, end }, 'the arguments of checkAssessmentPeriodLength');
  return checkAssessmentPeriodLengthTrusted(args.start, args.end);
}

/**
 * {@link checkAssessmentPeriodLength} without validating its arguments, for callers whose dates a
 * schema has already parsed as `YYYY-MM-DD` days in 2000-01-01 … 2099-12-31 (e.g. an `AuditPeriod`).
 *
 * @param start - the first day, a valid `YYYY-MM-DD`
 * @param end - the last day, a valid `YYYY-MM-DD`
 * @returns what {@link checkAssessmentPeriodLength} returns
 * @internal
 */
export function checkAssessmentPeriodLengthTrusted(start: IsoDate, end: IsoDate): CheckResult<AssessmentPeriodLength> {
  const bound = periodBound(start, { months: 3 }, true);
  const failures: CheckFailure[] = [];
  if (end < start) {
    failures.push({
      clause: '10.8(1)(a)',
      reason: `The assessment period ends on ${end}, before it starts on ${start}.`,
    });
  } else if (bound.lastDay === null || !onOrBefore(bound.lastDay, end)) {
    failures.push({
      clause: '10.8(1)(a)',
      reason:
        `The assessment period ${start} … ${end} is shorter than three months: three months counted from 00:00 of ${start} ` +
        `end on ${dayText(bound.lastDay)} (Civil Code Art. 143), so the period must run at least to that day.`,
    });
  }
  return result(['10.8(1)(a)'], failures, { start, end, minimumEnd: bound.lastDay });
}
