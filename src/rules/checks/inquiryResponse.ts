/**
 * 4.5(1) and 9.6(1): was an inquiry answered sufficiently within one month?
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';
import { InquirySchema, dayInputSchema, parseOrThrow, type Inquiry } from '../schemas/index.js';
import { choice, record } from '../schemas/_lib/field.js';
import { dayText, extendedNote, japanDay, onOrBefore, periodBound } from './_lib/period.js';
import { result } from './_lib/result.js';
import type { CheckFailure, CheckResult } from './types.js';

const Args = /* @__PURE__ */ (() => record('the arguments of checkInquiryResponse', {
  inquiry: InquirySchema,
  clause: choice(['4.5(1)', '9.6(1)'], { what: 'the clause', clause: '4.5(1), 9.6(1)' }),
  asOf: dayInputSchema({ what: 'the as-of date' }).optional(),
}))();

/** What {@link checkInquiryResponse} computed. */
export interface InquiryResponse {
  /** The last day to respond (`null`: after 2099-12-31). */
  readonly lastDay: IsoDate | null;
  /** `true` while no response is recorded and the month has not run out as of `asOf`. */
  readonly open: boolean;
}

/**
 * Did the Applicant give a sufficient response, submit the materials or amend the documents
 * within one month from the date of the inquiry (4.5(1) for a Prior Application, 9.6(1) for an
 * application)? An inquiry at an instant of 00:00 JST counts its own day (民法 140). Fails when
 * the response came after the last day, was judged insufficient, or (given `asOf`) none came by
 * the last day. An unanswered inquiry within its month is `ok` and `open`.
 *
 * @param inquiry - see `InquirySchema`
 * @param clause - `'4.5(1)'` (Prior Application) or `'9.6(1)'` (application)
 * @param asOf - optional: the day to judge an unanswered inquiry at
 * @returns `ok: true` (answered in time, or still open) or `ok: false` with the failure
 * @throws `ValidationError` when an argument does not match its schema
 * @example
 * ```ts
 * checkInquiryResponse({ requestedAt: '2024-01-31', respondedAt: '2024-02-29', sufficient: true }, '9.6(1)').ok; //=> true
 * checkInquiryResponse({ requestedAt: '2024-01-31' }, '4.5(1)', '2024-03-01').ok; //=> false
 * ```
 * @see 4.4, 4.5(1), 9.4, 9.6(1); interpretation I2
 */
export function checkInquiryResponse(inquiry: Inquiry, clause: '4.5(1)' | '9.6(1)', asOf?: string): CheckResult<InquiryResponse> {
  const args = parseOrThrow(Args, asOf === undefined ? { inquiry, clause } : { inquiry, clause, asOf }, 'the arguments of checkInquiryResponse');
  const { requestedAt, respondedAt, sufficient } = args.inquiry;
  const bound = periodBound(requestedAt, { months: 1 });
  const asked = japanDay(requestedAt);
  const by = `${dayText(bound.lastDay)}, the last day of one month from the inquiry of ${asked}${extendedNote(bound)}`;
  const failures: CheckFailure[] = [];
  const fail = (reason: string, path: string): void => {
    failures.push({ clause: args.clause, reason, interpretations: ['I2'], path });
  };
  let open = false;
  if (respondedAt !== undefined) {
    const answered = japanDay(respondedAt);
    if (answered < asked) fail(`The response of ${answered} predates the inquiry of ${asked}.`, '$.inquiry.respondedAt');
    else if (!onOrBefore(answered, bound.lastDay)) fail(`The response came on ${answered}, after ${by}.`, '$.inquiry.respondedAt');
    if (sufficient === false) fail('The response was judged insufficient.', '$.inquiry.sufficient');
  } else if (args.asOf !== undefined && !onOrBefore(japanDay(args.asOf), bound.lastDay)) {
    fail(`No response had come by ${by}.`, '$.inquiry.respondedAt');
  } else {
    open = true;
  }
  return result([args.clause], failures, { lastDay: bound.lastDay, open });
}
