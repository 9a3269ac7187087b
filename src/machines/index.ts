/**
 * `ismap-liu/machines`: XState v5 machines of the registration lifecycle and case evaluation.
 *
 * * The machines, one per process: {@link procedureMachine} (Chapters 3–11, also renewal and
 *   re-application), {@link registrationMachine} (11, 12, 18), {@link incidentMachine} (13, one
 *   per incident), {@link changeMachine} (14, one per change), {@link monitoringMachine} (15),
 *   {@link reAuditMachine} (16), {@link appealsMachine} (6, 19). Every state and transition
 *   carries `meta` with its clauses and forms; guards are named after their clause.
 * * Case files: {@link CaseFileSchema}, {@link parseCaseFile}, {@link EVENT_CATALOGUE}.
 * * Whole cases: {@link evaluateCase}, {@link formatEvaluation}; populations: {@link evaluateMany}.
 * * Step by step: {@link startCase}, {@link applyEvent}, {@link describeCase},
 *   {@link persistCase}, {@link restoreCase}; {@link nextWakeUp} says when to look again.
 *
 * @module machines
 */
export {
  procedureMachine,
  registrationMachine,
  incidentMachine,
  changeMachine,
  monitoringMachine,
  reAuditMachine,
  appealsMachine,
  type ProcedureMachine,
  type RegistrationMachine,
  type IncidentMachine,
  type ChangeMachine,
  type MonitoringMachine,
  type ReAuditMachine,
  type AppealsMachine,
  type ProcedureSnapshot,
  type RegistrationSnapshot,
  type IncidentSnapshot,
  type ChangeSnapshot,
  type MonitoringSnapshot,
  type ReAuditSnapshot,
  type AppealsSnapshot,
} from './machines.js';

export type { SnapshotByProcess, SnapshotOf } from './snapshots.js';
export type { ProcedureContext } from './procedure/context.js';
export type { ProcedureEvent } from './procedure/events.js';
export type { RegistrationContext, RegistrationEvent } from './registration/context.js';
export type { IncidentContext, IncidentEvent } from './incident/context.js';
export type { ChangeContext, ChangeEvent } from './change/context.js';
export type { MonitoringContext, MonitoringEvent } from './monitoring/context.js';
export type { ReAuditContext, ReAuditEvent } from './reAudit/context.js';
export type { Appeal, AppealsContext, AppealsEvent } from './appeals/context.js';
export type { CaseFacts, InternalEvent, InternalOf, Routed, Routing } from './_lib/routed.js';
export type { EffectName, NodeMeta, ObligationSpec, TransitionMeta } from './_lib/meta.js';

export {
  EVENT_CATALOGUE,
  EVENT_TYPES,
  type CaseEvent,
  type CaseEventInput,
  type CaseEventOf,
  type CaseEventType,
  type EventActor,
  type EventInfo,
  type ProcessName,
} from './events/catalogue.js';
export {
  CaseEventSchema,
  CaseFileSchema,
  ServiceSchema,
  parseCaseFile,
  type CaseFile,
  type CaseFileInvalid,
  type CaseFileParse,
  type CaseFileParsed,
  type ListEntryInput,
  type Operator,
  type Service,
} from './events/caseFile.js';

export { instancesOf, snapshotOf, startCase, type CaseState, type InstanceProcess, type SingleProcess } from './case/state.js';
export { applyEvent } from './case/step.js';
export { describeCase } from './case/view.js';
export { evaluateCase, type EvaluateOptions, type Evaluation } from './case/evaluate.js';
export { evaluateMany, type AsyncManyRun, type CaseItem, type ErrorData, type EvaluateManyOptions, type ManyEvaluated, type ManyFailed, type ManyResult, type ManyRun } from './case/evaluateMany.js';
export { summarizeResults, type PopulationSummary } from './case/populationSummary.js';
export { nextWakeUp, type WakeUp, type WakeUpKind, type WakeUpReason } from './case/wakeUp.js';
export { appendEvent, applyJournaled, checkpointOf, emptyJournal, rebuildCase, InvalidJournalError, JournalConflictError, isInvalidJournalError, isJournalConflictError, type Checkpoint, type CheckpointOptions, type Journal, type JournalAppend, type JournalAppendAccepted, type JournalAppendRefused, type JournaledApplied, type JournaledCase, type JournaledDuplicate, type JournaledEventInput, type JournaledRefused, type JournaledStep, type JournalEntry } from './case/journal.js';
export {
  persistCase,
  restoreCase,
  CASE_SCHEMA_VERSION,
  type PersistedCase,
  type PersistedCaseV1,
  type PersistedMachine,
  type PersistedProcess,
  type PersistOptions,
  type RestoreOptions,
} from './case/persist.js';
export type { AllowedEvent, Announcement, AsOf, CaseView, DayRange, GuardResult, ListedOperator, ListEntry, Obligation, ProcessView, ProvisionNote, Refusal, RefusalCode, Removal, StateView, StepApplied, StepRefused, StepResult, TraceEntry, TraceStep } from './case/types.js';
export type { Process } from './process.js';
export type { DeadlineRecord, DeadlineRecordStep, Deadlines } from './_lib/deadlines.js';
export type { Stamp } from './_lib/time.js';

export { formatEvaluation } from './format/formatEvaluation.js';
export { toICalendar, type ICalendarOptions } from './ics/toICalendar.js';
export { machineClauseCoverage, type ClauseCoverage, type ClauseUse, type OpenEndedActUse } from './coverage.js';
export { InvalidSnapshotError, isInvalidSnapshotError } from './errors.js';
export { toMermaid, type MermaidOptions } from './diagram/index.js';
export { deadlineTimeline, deadlineTimelineSvg, type TimelineOptions, type TimelineSvgOptions } from './timeline/index.js';
