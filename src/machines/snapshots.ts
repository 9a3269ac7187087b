/**
 * The snapshot type of each process of a case, by name, for typing what `snapshotOf` and
 * `instancesOf` return.
 *
 * @module
 */
import type {
  AppealsSnapshot,
  ChangeSnapshot,
  IncidentSnapshot,
  MonitoringSnapshot,
  ProcedureSnapshot,
  ReAuditSnapshot,
  RegistrationSnapshot,
} from './machines.js';
import type { Process } from './process.js';

/** The XState snapshot of each process of a case, by process name. */
export interface SnapshotByProcess {
  /** {@link ProcedureSnapshot} (Chapters 3–11). */
  readonly procedure: ProcedureSnapshot;
  /** {@link RegistrationSnapshot} (Chapters 11, 12, 18). */
  readonly registration: RegistrationSnapshot;
  /** {@link IncidentSnapshot}: one incident (Chapter 13). */
  readonly incident: IncidentSnapshot;
  /** {@link ChangeSnapshot}: one change (Chapter 14). */
  readonly change: ChangeSnapshot;
  /** {@link MonitoringSnapshot} (Chapter 15). */
  readonly monitoring: MonitoringSnapshot;
  /** {@link ReAuditSnapshot} (Chapter 16). */
  readonly reAudit: ReAuditSnapshot;
  /** {@link AppealsSnapshot} (Chapters 6, 19). */
  readonly appeals: AppealsSnapshot;
}

/**
 * The XState snapshot of process `P`: its `context` is that process's context type
 * ({@link ProcedureContext}, …) and its `value` one of its states.
 *
 * @typeParam P - the process
 * @example
 * ```ts
 * type S = SnapshotOf<'incident'>; // IncidentSnapshot, with an IncidentContext as context
 * ```
 */
export type SnapshotOf<P extends Process> = SnapshotByProcess[P];
