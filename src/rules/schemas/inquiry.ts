/**
 * An inquiry or request for additional materials and the Applicant's response (4.4, 4.5(1),
 * 9.4, 9.6(1)).
 *
 * @module
 */
import { flag, record, typed } from './_lib/field.js';
import { dayInputSchema } from './dayInput.js';

/** An inquiry by OSO and the response to it. */
export interface Inquiry {
  /** The date of the inquiry or request; the one-month period counts from it. */
  readonly requestedAt: string;
  /** When the Applicant responded, submitted or amended; absent while open. */
  readonly respondedAt?: string | undefined;
  /** OSO's judgment of the response; absent while not judged. */
  readonly sufficient?: boolean | undefined;
}

/**
 * The schema of {@link Inquiry}.
 *
 * @example
 * ```ts
 * InquirySchema.parse({ requestedAt: '2024-05-01', respondedAt: '2024-05-20', sufficient: true }).sufficient; //=> true
 * ```
 * @see 4.4, 4.5(1), 9.4, 9.6(1)
 */
export const InquirySchema = /* @__PURE__ */ (() => typed<Inquiry>()(
  record(
    'the inquiry',
    {
      requestedAt: dayInputSchema({ what: 'the date of the inquiry or request', clause: '4.5(1)' }),
      respondedAt: dayInputSchema({ what: 'the date of the response', clause: '4.5(1)' }).optional(),
      sufficient: flag({ what: 'whether the response was sufficient', clause: '4.5(1)' }).optional(),
    },
    '4.5(1)',
  ),
))();
