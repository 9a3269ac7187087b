/**
 * The processes of a case, in one ordered tuple that the engine, persistence, coverage and the
 * docs iterate: the order is the order views list them.
 *
 * @internal
 * @module
 */
import { describe } from '../errors.js';
import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import { appeals } from './appeals/process.js';
import { change } from './change/process.js';
import { incident } from './incident/process.js';
import { monitoring } from './monitoring/process.js';
import { procedure } from './procedure/process.js';
import type { ProcessDef, Process } from './process.js';
import { reAudit } from './reAudit/process.js';
import { registration } from './registration/process.js';

/** Every process, in the order views list them. @internal */
export const PROCESSES: readonly ProcessDef[] = [procedure, registration, incident, change, monitoring, reAudit, appeals];

/** The processes with one instance per case. @internal */
export const SINGLE_PROCESSES: readonly ProcessDef[] = /* @__PURE__ */ PROCESSES.filter((d) => !('instances' in d));

/** The processes with one instance per id (incidents, changes). @internal */
export const INSTANCE_PROCESSES: readonly ProcessDef[] = /* @__PURE__ */ PROCESSES.filter((d) => 'instances' in d);

/**
 * The definition of a process by name.
 *
 * @internal
 */
export function processDef(name: Process): ProcessDef {
  const def = PROCESSES.find((d) => d.name === name);
  if (def === undefined) throw new RangeError(`No process ${describe(name)}`);
  return def;
}

const initials = new WeakMap<ProcessDef, AnyMachineSnapshot>();

/**
 * The initial snapshot of a process (computed once).
 *
 * @internal
 */
export function initialSnapshot(def: ProcessDef): AnyMachineSnapshot {
  let snapshot = initials.get(def);
  if (snapshot === undefined) {
    snapshot = initialTransition(def.machine)[0] as AnyMachineSnapshot;
    initials.set(def, snapshot);
  }
  return snapshot;
}

export type { ProcessDef, Process };
