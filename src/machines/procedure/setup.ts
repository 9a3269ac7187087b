/**
 * The typed setup of the procedure machine, shared by the files of its state groups.
 *
 * @internal
 * @module
 */
import { setup } from 'xstate';
import { predicates } from '../_lib/guards.js';
import { edge, type NodeMeta, type ObligationSpec, type TransitionMeta } from '../_lib/meta.js';
import { assigners } from '../_lib/setupParts.js';
import type { ProcedureContext } from './context.js';
import type { ProcedureEvent } from './events.js';
import { PROCEDURE_GUARDS } from './guards.js';
import { PROCEDURE_UPDATES } from './updates.js';

/** @internal */
export const procedure = /* @__PURE__ */ setup({
  types: {} as { context: ProcedureContext; events: ProcedureEvent; meta: NodeMeta; transitionMeta: TransitionMeta },
  guards: predicates<ProcedureContext, ProcedureEvent, typeof PROCEDURE_GUARDS>(PROCEDURE_GUARDS),
  actions: assigners<ProcedureContext, ProcedureEvent, typeof PROCEDURE_UPDATES>(PROCEDURE_UPDATES),
});

/** A new Prior Application: a new round, from any state where the last round has ended. @internal */
export const newRound = {
  target: '#procedure.priorApplication.submitted',
  guard: 'Supp.2022:rulesInForce',
  actions: 'startRound',
  meta: edge('A new Prior Application starts a procedure (initial, renewal or re-application)', ['3.1', '3.3', '3.4', '4.2', '12.2', '17.1'], { forms: ['1-1', '1-2'] }),
} as const;

/**
 * 10.1(4), 7.4: the controls related to the Operation-criteria findings are improved within two
 * months of the Assessment Report, as the Improvement Plan must indicate. Owed from the report
 * whatever the application does (application, review, Suspended Registration, decision) until the
 * round ends: at registration the Steering Committee has confirmed the findings minor (10.5).
 *
 * @internal
 */
export const improveControls: ObligationSpec = {
  clause: '10.1(4)',
  actor: 'A',
  act: 'Improve the controls related to the Operation-criteria findings, as the Improvement Plan must indicate',
  period: '10.1(4)',
  optional: true,
  endsAtLastDay: true,
};
