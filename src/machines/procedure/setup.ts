/**
 * The typed setup of the procedure machine, shared by the files of its state groups.
 *
 * @internal
 * @module
 */
import { setup } from 'xstate';
import { predicates } from '../_lib/guards.js';
import { edge, type NodeMeta, type TransitionMeta } from '../_lib/meta.js';
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
