/**
 * The events the procedure machine receives.
 *
 * @module
 */
import type { CaseEventOf } from '../events/catalogue.js';
import type { PROCEDURE_EVENTS } from '../events/procedureEvents.js';
import type { InternalOf, Routed } from '../_lib/routed.js';

/**
 * The events {@link procedureMachine} receives, each stamped with its {@link Routing}: the case
 * events of the procedure (Chapters 3–11: `applicant.submittedPriorApplication` …
 * `oso.notifiedRejection`, see {@link EVENT_CATALOGUE}), the clock (`time.passed`), and the end
 * of the registration (`case.registrationEnded`, 18.2).
 */
export type ProcedureEvent =
  | Routed<CaseEventOf<(typeof PROCEDURE_EVENTS)[number]['type']>>
  | Routed<CaseEventOf<'time.passed'>>
  | Routed<InternalOf<'case.registrationEnded'>>;

/** The procedure event of one type. @internal */
export type ProcedureEventOf<T extends ProcedureEvent['type']> = Extract<ProcedureEvent, { type: T }>;
