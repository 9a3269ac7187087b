/**
 * The state of a case: the service, the clock, and a snapshot per process (one per incident
 * and per change). Immutable: every step returns a new state.
 *
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Service } from '../events/caseFile.js';
import type { Stamp } from '../_lib/time.js';
import { initialSnapshot, type KeyedProcess, type Process, type SingleProcess } from './processes.js';

/**
 * The state of one case, as {@link startCase} and {@link applyEvent} return it. Treat it as
 * opaque; persist it with {@link persistCase}.
 */
export interface CaseState {
  /** The service (11.5(1)–(3)). */
  readonly service: Service;
  /** The time of the last event applied, or `null` before the first. */
  readonly clock: Stamp | null;
  /** How many events were applied. */
  readonly applied: number;
  /** The snapshot of each single process. @internal */
  readonly machines: Readonly<Record<SingleProcess, AnyMachineSnapshot>>;
  /** The snapshot of each incident and each change, by id, in the order they appeared. @internal */
  readonly keyed: Readonly<Record<KeyedProcess, Readonly<Record<string, AnyMachineSnapshot>>>>;
}

/** Where a snapshot lives in a case: a single process, or a keyed one with its id. @internal */
export interface ProcessRef {
  readonly process: Process;
  readonly key: string | null;
}

/**
 * A new case for `service`, before any event.
 *
 * @param service - the cloud service (name, and optionally URL and operator)
 * @returns the initial {@link CaseState}
 * @example
 * ```ts
 * const c = startCase({ name: 'Kintai Cloud' });
 * c.applied; //=> 0
 * ```
 */
export function startCase(service: Service): CaseState {
  return {
    service,
    clock: null,
    applied: 0,
    machines: {
      procedure: initialSnapshot('procedure'),
      registration: initialSnapshot('registration'),
      monitoring: initialSnapshot('monitoring'),
      reAudit: initialSnapshot('reAudit'),
      appeals: initialSnapshot('appeals'),
    },
    keyed: { incident: {}, change: {} },
  };
}

/**
 * The snapshot at `ref`, or `undefined` for a keyed process with no such id.
 *
 * @internal
 */
export function snapshotAt(state: CaseState, ref: ProcessRef): AnyMachineSnapshot | undefined {
  if (ref.process === 'incident' || ref.process === 'change') return ref.key === null ? undefined : state.keyed[ref.process][ref.key];
  return state.machines[ref.process];
}

/**
 * `state` with the snapshot at `ref` replaced.
 *
 * @internal
 */
export function withSnapshot(state: CaseState, ref: ProcessRef, snapshot: AnyMachineSnapshot): CaseState {
  if (ref.process === 'incident' || ref.process === 'change') {
    if (ref.key === null) return state;
    return { ...state, keyed: { ...state.keyed, [ref.process]: { ...state.keyed[ref.process], [ref.key]: snapshot } } };
  }
  return { ...state, machines: { ...state.machines, [ref.process]: snapshot } };
}

/**
 * Every process of the case, single ones first, then incidents and changes by id.
 *
 * @internal
 */
export function allRefs(state: CaseState): readonly ProcessRef[] {
  const refs: ProcessRef[] = [
    { process: 'procedure', key: null },
    { process: 'registration', key: null },
  ];
  for (const key of Object.keys(state.keyed.incident)) refs.push({ process: 'incident', key });
  for (const key of Object.keys(state.keyed.change)) refs.push({ process: 'change', key });
  refs.push({ process: 'monitoring', key: null }, { process: 'reAudit', key: null }, { process: 'appeals', key: null });
  return refs;
}
