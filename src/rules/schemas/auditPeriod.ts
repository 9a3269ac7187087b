/**
 * The audit period specified in the Statement (7.3, 7.14, 11.5(8)).
 *
 * @module
 */
import { readIsoDate } from './_lib/dateText.js';
import { params, record, typed } from './_lib/field.js';
import { isoDateSchema } from './isoDate.js';

/** An audit (assessment) period: its first and last day, both inclusive. */
export interface AuditPeriod {
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD`, on or after `start`; 7.3 counts three months from it. */
  readonly end: string;
}

/**
 * The schema of {@link AuditPeriod}: `end` must be on or after `start`.
 *
 * @example
 * ```ts
 * AuditPeriodSchema.safeParse({ start: '2024-04-01', end: '2024-09-30' }).success; //=> true
 * AuditPeriodSchema.safeParse({ start: '2024-04-01', end: '2024-03-31' }).success; //=> false
 * ```
 * @see 7.3, 7.14, 10.8(1), 11.5(8)
 */
export const AuditPeriodSchema = /* @__PURE__ */ (() => typed<AuditPeriod>()(
  record(
    'the audit period',
    {
      start: isoDateSchema({ what: 'the first day of the audit period', clause: '7.3' }),
      end: isoDateSchema({ what: 'the last day of the audit period', clause: '7.3' }),
    },
    '7.3',
  ).superRefine((period, ctx) => {
    // Runs even when a date has a (non-aborting) issue of its own: compare only two real dates.
    if (!readIsoDate(period.start).ok || !readIsoDate(period.end).ok) return;
    if (period.end < period.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: period.end,
        message: `The audit period ends on ${period.end}, before it starts on ${period.start}: expected a last day on or after the first day (see 7.3).`,
        params: params('end_before_start', `a date on or after ${period.start}`, '7.3'),
      });
    }
  }),
))();
