/**
 * The processes of a case: each machine with its guards and the schema of its context.
 *
 * @internal
 * @module
 */
import { initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import { APPEALS_GUARDS, AppealsContextSchema, appealsMachine } from '../appeals/machine.js';
import { CHANGE_GUARDS, changeMachine } from '../change/machine.js';
import { ChangeContextSchema } from '../change/context.js';
import { INCIDENT_GUARDS } from '../incident/guards.js';
import { IncidentContextSchema } from '../incident/context.js';
import { incidentMachine } from '../incident/machine.js';
import { MONITORING_GUARDS, monitoringMachine } from '../monitoring/machine.js';
import { MonitoringContextSchema } from '../monitoring/context.js';
import { ProcedureContextSchema } from '../procedure/context.js';
import { PROCEDURE_GUARDS } from '../procedure/guards.js';
import { procedureMachine } from '../procedure/machine.js';
import { RE_AUDIT_GUARDS, reAuditMachine } from '../reAudit/machine.js';
import { ReAuditContextSchema } from '../reAudit/context.js';
import { RegistrationContextSchema } from '../registration/context.js';
import { REGISTRATION_GUARDS } from '../registration/guards.js';
import { registrationMachine } from '../registration/machine.js';
import type { GuardSpec } from '../_lib/guards.js';

/** The single processes of a case. @internal */
export type SingleProcess = 'procedure' | 'registration' | 'monitoring' | 'reAudit' | 'appeals';
/** The processes keyed by id (several at once). @internal */
export type KeyedProcess = 'incident' | 'change';

/**
 * A process of a case: `procedure` (Chapters 3–11), `registration` (11, 12, 18), `incident`
 * (13, one per incident), `change` (14, one per change), `monitoring` (15), `reAudit` (16),
 * `appeals` (6, 19).
 */
export type Process = 'procedure' | 'registration' | 'monitoring' | 'reAudit' | 'appeals' | 'incident' | 'change';

/** A machine of the case, with its guards and context schema. @internal */
export interface ProcessSpec {
  readonly name: Process;
  readonly machine: AnyStateMachine;
  readonly guards: Readonly<Record<string, GuardSpec<never, never>>>;
  readonly context: z.ZodType;
}

/** @internal */
export const PROCESSES: Readonly<Record<Process, ProcessSpec>> = {
  procedure: { name: 'procedure', machine: procedureMachine, guards: PROCEDURE_GUARDS, context: ProcedureContextSchema },
  registration: { name: 'registration', machine: registrationMachine, guards: REGISTRATION_GUARDS, context: RegistrationContextSchema },
  incident: { name: 'incident', machine: incidentMachine, guards: INCIDENT_GUARDS, context: IncidentContextSchema },
  change: { name: 'change', machine: changeMachine, guards: CHANGE_GUARDS, context: ChangeContextSchema },
  monitoring: { name: 'monitoring', machine: monitoringMachine, guards: MONITORING_GUARDS, context: MonitoringContextSchema },
  reAudit: { name: 'reAudit', machine: reAuditMachine, guards: RE_AUDIT_GUARDS, context: ReAuditContextSchema },
  appeals: { name: 'appeals', machine: appealsMachine, guards: APPEALS_GUARDS, context: AppealsContextSchema },
};

/** @internal */
export const SINGLE_PROCESSES: readonly SingleProcess[] = ['procedure', 'registration', 'monitoring', 'reAudit', 'appeals'];

const initials = new Map<Process, AnyMachineSnapshot>();

/**
 * The initial snapshot of a process (computed once).
 *
 * @internal
 */
export function initialSnapshot(process: Process): AnyMachineSnapshot {
  let snapshot = initials.get(process);
  if (snapshot === undefined) {
    snapshot = initialTransition(PROCESSES[process].machine)[0] as AnyMachineSnapshot;
    initials.set(process, snapshot);
  }
  return snapshot;
}
