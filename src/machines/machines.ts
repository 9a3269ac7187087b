/**
 * The lifecycle machines as the package exports them. Their events are the case events stamped
 * by the case reducer (`day`, and the case `facts` that cross-process guards read), so most
 * callers use {@link evaluateCase} or {@link applyEvent} rather than the machines themselves; the
 * machines are exported to inspect (`meta`, `xstate/graph`) and to run with XState's `transition`.
 *
 * Each machine is typed as XState infers it from its definition ({@link ProcedureMachine}, …):
 * its context ({@link ProcedureContext}, …), its events ({@link ProcedureEvent}, …), its state
 * values, and its state and transition meta ({@link NodeMeta}, {@link TransitionMeta}). Its
 * snapshots are {@link ProcedureSnapshot}, ….
 *
 * @module
 */
import type { SnapshotFrom } from 'xstate';
import { appealsMachine as appealsDefinition } from './appeals/machine.js';
import { changeMachine as changeDefinition } from './change/machine.js';
import { incidentMachine as incidentDefinition } from './incident/machine.js';
import { monitoringMachine as monitoringDefinition } from './monitoring/machine.js';
import { procedureMachine as procedureDefinition } from './procedure/machine.js';
import { reAuditMachine as reAuditDefinition } from './reAudit/machine.js';
import { registrationMachine as registrationDefinition } from './registration/machine.js';

/**
 * One round of the registration procedure, Chapters 3–11: Prior Application (inquiries 4.4,
 * non-acceptance 4.5, review 5.1, judgment 5.3, notice 5.4), the audit (7), application (8),
 * acceptance (9), review, hearing and decision (10.1–10.5), Suspended Registration with its
 * Letter of Intent, new assessment and examination (10.6–10.11), registration or rejection (11).
 * Also renewal (3.4, 8.3, 12.2) and re-application (17.1).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(procedureMachine)[0].value; //=> 'idle'
 * ```
 */
export const procedureMachine: ProcedureMachine = procedureDefinition;

/**
 * The registration, Chapters 11, 12 and 18: valid until its expiry (12.1, BR3.5) or while a
 * renewal is pending, withdrawn (18.1), deleted on a ground of 18.2(1)–(7).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(registrationMachine)[0].value; //=> 'unregistered'
 * ```
 */
export const registrationMachine: RegistrationMachine = registrationDefinition;

/**
 * One information security incident, Chapter 13 (one instance per incident): reports (13.1–13.4),
 * suspension by OSO and its lifting (13.5, 13.6), suspension by the Steering Committee, lifting
 * conditions, reinstatement, lifting or re-auditing (13.7–13.11), announced on the list (13.12).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(incidentMachine)[0].value; //=> 'none'
 * ```
 */
export const incidentMachine: IncidentMachine = incidentDefinition;

/**
 * One change to a registered service, Chapter 14 (one instance per change): notified (14.1,
 * 14.2) or suspended until notified (14.3–14.5).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(changeMachine)[0].value; //=> 'none'
 * ```
 */
export const changeMachine: ChangeMachine = changeDefinition;

/**
 * Monitoring, Chapter 15: notice, reply, interview, result; re-audit (15.2(5)(a)) or
 * re-application (15.2(5)(b)) when the requirements cannot be confirmed.
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(monitoringMachine)[0].value; //=> 'idle'
 * ```
 */
export const monitoringMachine: MonitoringMachine = monitoringDefinition;

/**
 * Re-auditing, Chapter 16: requested (16.1, 16.5), submitted (16.2, 16.6), confirmed (16.7) or
 * not (16.3) and re-application (16.4); announced on the list (16.8).
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(reAuditMachine)[0].value; //=> 'idle'
 * ```
 */
export const reAuditMachine: ReAuditMachine = reAuditDefinition;

/**
 * Appeals, Chapters 6 and 19: Form 1-5 answered on Form 1-6; Form 2-17 answered on Form 2-18.
 *
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 *
 * initialTransition(appealsMachine)[0].value; //=> { priorApplication: 'none', registration: 'none' }
 * ```
 */
export const appealsMachine: AppealsMachine = appealsDefinition;


/**
 * The type of {@link procedureMachine} (Chapters 3–11) as XState infers it from its definition: a
 * `StateMachine` with context {@link ProcedureContext}, events {@link ProcedureEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type ProcedureMachine = typeof procedureDefinition;

/**
 * The type of {@link registrationMachine} (Chapters 11, 12, 18) as XState infers it from its definition: a
 * `StateMachine` with context {@link RegistrationContext}, events {@link RegistrationEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type RegistrationMachine = typeof registrationDefinition;

/**
 * The type of {@link incidentMachine} (Chapter 13, one instance per incident) as XState infers it from its definition: a
 * `StateMachine` with context {@link IncidentContext}, events {@link IncidentEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type IncidentMachine = typeof incidentDefinition;

/**
 * The type of {@link changeMachine} (Chapter 14, one instance per change) as XState infers it from its definition: a
 * `StateMachine` with context {@link ChangeContext}, events {@link ChangeEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type ChangeMachine = typeof changeDefinition;

/**
 * The type of {@link monitoringMachine} (Chapter 15) as XState infers it from its definition: a
 * `StateMachine` with context {@link MonitoringContext}, events {@link MonitoringEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type MonitoringMachine = typeof monitoringDefinition;

/**
 * The type of {@link reAuditMachine} (Chapter 16) as XState infers it from its definition: a
 * `StateMachine` with context {@link ReAuditContext}, events {@link ReAuditEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type ReAuditMachine = typeof reAuditDefinition;

/**
 * The type of {@link appealsMachine} (Chapters 6, 19) as XState infers it from its definition: a
 * `StateMachine` with context {@link AppealsContext}, events {@link AppealsEvent}, the union of its
 * states as state value, and {@link NodeMeta} and {@link TransitionMeta} as meta.
 */
export type AppealsMachine = typeof appealsDefinition;

/** A snapshot of {@link procedureMachine}, with a {@link ProcedureContext} as `context`; `snapshotOf(state, 'procedure')` returns one. */
export type ProcedureSnapshot = SnapshotFrom<ProcedureMachine>;

/** A snapshot of {@link registrationMachine}, with a {@link RegistrationContext} as `context`; `snapshotOf(state, 'registration')` returns one. */
export type RegistrationSnapshot = SnapshotFrom<RegistrationMachine>;

/** A snapshot of {@link incidentMachine}, with an {@link IncidentContext} as `context`; `instancesOf(state, 'incident')` maps each id to one. */
export type IncidentSnapshot = SnapshotFrom<IncidentMachine>;

/** A snapshot of {@link changeMachine}, with a {@link ChangeContext} as `context`; `instancesOf(state, 'change')` maps each id to one. */
export type ChangeSnapshot = SnapshotFrom<ChangeMachine>;

/** A snapshot of {@link monitoringMachine}, with a {@link MonitoringContext} as `context`; `snapshotOf(state, 'monitoring')` returns one. */
export type MonitoringSnapshot = SnapshotFrom<MonitoringMachine>;

/** A snapshot of {@link reAuditMachine}, with a {@link ReAuditContext} as `context`; `snapshotOf(state, 'reAudit')` returns one. */
export type ReAuditSnapshot = SnapshotFrom<ReAuditMachine>;

/** A snapshot of {@link appealsMachine}, with an {@link AppealsContext} as `context`; `snapshotOf(state, 'appeals')` returns one. */
export type AppealsSnapshot = SnapshotFrom<AppealsMachine>;
