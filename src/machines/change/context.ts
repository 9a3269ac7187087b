/**
 * The context of one change to a registered service (Chapter 14).
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { Day } from '../_lib/contextSchemas.js';
import type { InternalOf, Routed } from '../_lib/routed.js';
import type { ParsedEventOf } from '../events/catalogue.js';

/** @internal */
export const ChangeContextSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().nullable(),
  kind: z.enum(['14.1', '14.2']).nullable(),
  description: z.string().nullable(),
  notifiedOn: Day.nullable(),
  suspendedOn: Day.nullable(),
  liftedOn: Day.nullable(),
  closedOn: Day.nullable(),
});

/** @internal */
export type ChangeContext = z.infer<typeof ChangeContextSchema>;

/** @internal */
export const INITIAL_CHANGE_CONTEXT: ChangeContext = { id: null, kind: null, description: null, notifiedOn: null, suspendedOn: null, liftedOn: null, closedOn: null };

/** @internal */
export type ChangeEvent =
  | Routed<ParsedEventOf<'applicant.notifiedSignificantControlChange' | 'applicant.notifiedListedContentChange' | 'oso.suspendedForUnnotifiedChange'>>
  | Routed<InternalOf<'case.registrationEnded'>>;
