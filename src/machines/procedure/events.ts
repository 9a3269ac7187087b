/**
 * The events the procedure machine receives.
 *
 * @internal
 * @module
 */
import type { ParsedEventOf } from '../events/catalogue.js';
import type { ProcedureCaseEvent } from '../events/procedureEvents.js';
import type { InternalOf, Routed } from '../_lib/routed.js';

/** @internal */
export type ProcedureEvent = Routed<ProcedureCaseEvent> | Routed<ParsedEventOf<'time.passed'>> | Routed<InternalOf<'case.registrationEnded'>>;

/** The procedure event of one type. @internal */
export type ProcedureEventOf<T extends ProcedureEvent['type']> = Extract<ProcedureEvent, { type: T }>;
