/**
 * The state of a case: the service, the clock, one snapshot per single process, a persistent
 * table of snapshots per instance process (incidents, changes), and an index kept on write (the
 * reports made, the instances that may owe something on a given day). Immutable: a step returns
 * a new state that shares all but the entries it touched, so one event costs O(log n) in the
 * number of instances, and the facts guards read cost O(1 + watched instances).
 *
 * @module
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { ParsedEvent } from '../events/catalogue.js';
import { InvalidArgumentError } from '../../errors.js';
import { isRecord } from '../../_lib/args.js';
import { parseOrThrow } from '../../rules/schemas/index.js';
import { ServiceSchema, type Service } from '../events/caseFile.js';
import type { CaseFacts } from '../_lib/routed.js';
import { emptyTable, tableEntries, tableFrom, tableGet, tableSet, type Table } from '../_lib/table.js';
import type { Stamp } from '../_lib/time.js';
import type { FactsDraft, ProcessDef, Process } from '../process.js';
import { INSTANCE_PROCESSES, PROCESSES, SINGLE_PROCESSES, initialSnapshot, processDef } from '../processes.js';
import type { SnapshotOf } from '../snapshots.js';

/** One incident or change: its snapshot and when it arrived. @internal */
export interface Instance {
  readonly seq: number;
  readonly snapshot: AnyMachineSnapshot;
}

/** An instance that may owe something on a given day. @internal */
interface Watched {
  readonly process: Process;
  readonly id: string;
  readonly seq: number;
}

/** What the state knows of its instances without scanning them. @internal */
export interface CaseIndex {
  /** Reports (13) and notices (14) held by all instances (15.1(1)). */
  readonly reports: number;
  /** The watched instances by `process NUL id`; `null` once unwatched (compacted now and then). */
  readonly watch: Table<Watched | null>;
  /** How many entries of `watch` are not `null`. */
  readonly watching: number;
  /** The arrival number the next new instance gets. */
  readonly seq: number;
}

/** The events applied, newest first. @internal */
export interface Log {
  readonly event: ParsedEvent;
  readonly next: Log | null;
}

/**
 * The state of one case, as {@link startCase} and {@link applyEvent} return it. Treat it as
 * opaque: read it with {@link snapshotOf} and {@link instancesOf}, describe it with
 * {@link describeCase}, persist it with {@link persistCase}.
 */
export interface CaseState {
  /** The service (11.5(1)–(3)). */
  readonly service: Service;
  /** The time of the last event applied, or `null` before the first. */
  readonly clock: Stamp | null;
  /** How many events were applied. */
  readonly applied: number;
  /** The snapshot of each single process. @internal */
  readonly singles: Readonly<Record<string, AnyMachineSnapshot>>;
  /** The instances of each instance process, by id, in arrival order. @internal */
  readonly instances: Readonly<Record<string, Table<Instance>>>;
  /** Kept on write. @internal */
  readonly index: CaseIndex;
  /** The events applied, newest first (persisted so that a restore can replay them). @internal */
  readonly log: Log | null;
}

/** Where a snapshot lives: its process, and for an instance its id. @internal */
export interface Ref {
  readonly def: ProcessDef;
  readonly id: string | null;
}

/**
 * `value` if it is a {@link CaseState} (from {@link startCase}, `applyEvent` or `restoreCase`,
 * checked by its shape), else an {@link InvalidArgumentError} naming the door.
 *
 * @internal
 */
export function caseStateArgument(value: unknown, fn: string): CaseState {
  if (isRecord(value)) {
    const { service, applied, singles, instances, index, log } = value;
    if (
      isRecord(service) && typeof applied === 'number' && isRecord(index) && (log === null || isRecord(log))
      && isRecord(singles) && SINGLE_PROCESSES.every((d) => isRecord(singles[d.name]))
      && isRecord(instances) && INSTANCE_PROCESSES.every((d) => isRecord(instances[d.name]))
    ) return value as unknown as CaseState;
  }
  throw new InvalidArgumentError('state', value, `a case state (from startCase, applyEvent or restoreCase) as the first argument of ${fn}`);
}

const EMPTY_INDEX: CaseIndex = { reports: 0, watch: emptyTable(), watching: 0, seq: 0 };

/**
 * A new case for `service`, before any event.
 *
 * @param service - the cloud service (name, and optionally URL and operator)
 * @returns the initial {@link CaseState}
 * @throws {@link ValidationError} when `service` is not a service (a record with a `name`)
 * @example
 * ```ts
 * const c = startCase({ name: 'Kintai Cloud' });
 * c.applied; //=> 0
 * ```
 */
export function startCase(service: Service): CaseState {
  return emptyCase(parseOrThrow(ServiceSchema, service, 'the service'));
}

function emptyCase(service: Service): CaseState {
  const singles: Record<string, AnyMachineSnapshot> = {};
  for (const def of SINGLE_PROCESSES) singles[def.name] = initialSnapshot(def);
  const instances: Record<string, Table<Instance>> = {};
  for (const def of INSTANCE_PROCESSES) instances[def.name] = emptyTable();
  return { service, clock: null, applied: 0, singles, instances, index: EMPTY_INDEX, log: null };
}

/**
 * The snapshot at `ref`, or `undefined` for an instance not (yet) in the case.
 *
 * @internal
 */
export function get(state: CaseState, ref: Ref): AnyMachineSnapshot | undefined {
  if (ref.def.instances === undefined) return state.singles[ref.def.name];
  const table = state.instances[ref.def.name];
  return ref.id === null || table === undefined ? undefined : tableGet(table, ref.id)?.snapshot;
}

const watchKey = (process: string, id: string): string => `${process}\u0000${id}`;

function reindex(index: CaseIndex, def: ProcessDef, id: string, seq: number, before: AnyMachineSnapshot | undefined, after: AnyMachineSnapshot): CaseIndex {
  if (def.tally === undefined) return before === undefined ? { ...index, seq: index.seq + 1 } : index;
  const was = before === undefined ? { reports: 0, watch: false } : def.tally(before);
  const now = def.tally(after);
  const next = before === undefined ? index.seq + 1 : index.seq;
  if (was.reports === now.reports && was.watch === now.watch && next === index.seq) return index;
  let { watch, watching } = index;
  if (was.watch !== now.watch) {
    watch = tableSet(watch, watchKey(def.name, id), now.watch ? { process: def.name, id, seq } : null);
    watching += now.watch ? 1 : -1;
    if (watch.size > 2 * watching + 32) watch = tableFrom(tableEntries(watch).filter(([, w]) => w !== null));
  }
  return { reports: index.reports + now.reports - was.reports, watch, watching, seq: next };
}

/**
 * `state` with the snapshot at `ref` replaced (an instance is added in arrival order), and the
 * index updated from the instance's old and new tally.
 *
 * @internal
 */
export function put(state: CaseState, ref: Ref, snapshot: AnyMachineSnapshot): CaseState {
  const { def, id } = ref;
  if (def.instances === undefined) return { ...state, singles: { ...state.singles, [def.name]: snapshot } };
  const table = state.instances[def.name];
  if (id === null || table === undefined) return state;
  const old = tableGet(table, id);
  const seq = old?.seq ?? state.index.seq;
  return {
    ...state,
    instances: { ...state.instances, [def.name]: tableSet(table, id, { seq, snapshot }) },
    index: reindex(state.index, def, id, seq, old?.snapshot, snapshot),
  };
}

/**
 * Every process of the case in view order: the single ones, and each instance in arrival order
 * at its process's place.
 *
 * @internal
 */
export function allRefs(state: CaseState): Ref[] {
  const refs: Ref[] = [];
  for (const def of PROCESSES) {
    if (def.instances === undefined) refs.push({ def, id: null });
    else for (const [id] of tableEntries(state.instances[def.name] ?? emptyTable())) refs.push({ def, id });
  }
  return refs;
}

/**
 * The facts of `state` on `day` that cross-process guards read: the single processes' shares,
 * the index's counters, and what the watched instances and single processes leave outstanding.
 *
 * @internal
 */
export function factsOf(state: CaseState, day: string): CaseFacts {
  const draft: FactsDraft = {
    registration: 'unregistered',
    auditPeriod: null,
    reApplicationRequested: false,
    pastDeletions: [],
    priorApplicationMade: false,
    applicationMade: false,
    reportsOrNotices: state.index.reports,
    outstandingRequests: [],
    resolutionYearEnded: [],
    reAuditUnderWay: null,
  };
  const outstanding: string[] = [];
  const ended: string[] = [];
  for (const def of SINGLE_PROCESSES) {
    const s = state.singles[def.name];
    if (s !== undefined) def.facts?.(s, draft);
  }
  if (state.index.watching > 0) {
    const watched: Watched[] = [];
    for (const [, w] of tableEntries(state.index.watch)) if (w !== null) watched.push(w);
    const rank = (p: Process) => PROCESSES.findIndex((d) => d.name === p);
    watched.sort((a, b) => rank(a.process) - rank(b.process) || a.seq - b.seq);
    for (const w of watched) {
      const def = processDef(w.process);
      const s = get(state, { def, id: w.id });
      const p = s === undefined ? null : (def.pending?.(s, w.id, day) ?? null);
      if (p !== null) {
        outstanding.push(...p.outstanding);
        ended.push(...p.ended);
      }
    }
  }
  for (const def of SINGLE_PROCESSES) {
    const s = state.singles[def.name];
    const p = s === undefined ? null : (def.pending?.(s, null, day) ?? null);
    if (p !== null) {
      outstanding.push(...p.outstanding);
      ended.push(...p.ended);
    }
  }
  draft.outstandingRequests = outstanding;
  draft.resolutionYearEnded = ended;
  return Object.freeze(draft);
}

/** A process with one instance per case. */
export type SingleProcess = 'procedure' | 'registration' | 'monitoring' | 'reAudit' | 'appeals';
/** A process with one instance per id: incidents (13) and changes (14). */
export type InstanceProcess = 'incident' | 'change';

/**
 * The XState snapshot of a single process of a case (read it with `.value`, `.matches()`,
 * `.context`).
 *
 * @param state - the case
 * @param process - `procedure`, `registration`, `monitoring`, `reAudit` or `appeals`
 * @returns the snapshot
 * @throws {@link InvalidArgumentError} for a state that is not a case or an unknown process
 * @example
 * ```ts
 * snapshotOf(startCase({ name: 'Kintai Cloud' }), 'registration').value; //=> 'unregistered'
 * ```
 */
export function snapshotOf<P extends SingleProcess>(state: CaseState, process: P): SnapshotOf<P> {
  const singles = caseStateArgument(state, 'snapshotOf').singles;
  if (!SINGLE_PROCESSES.some((d) => d.name === process)) {
    throw new InvalidArgumentError('process', process, `one of ${SINGLE_PROCESSES.map((d) => d.name).join(', ')}`);
  }
  return singles[process] as SnapshotOf<P>;
}

/**
 * The XState snapshots of the incidents or changes of a case, by id, in the order they arrived.
 *
 * @param state - the case
 * @param process - `incident` or `change`
 * @returns a new `Map` from id to snapshot
 * @throws {@link InvalidArgumentError} for a state that is not a case or an unknown process
 * @example
 * ```ts
 * instancesOf(startCase({ name: 'Kintai Cloud' }), 'incident').size; //=> 0
 * ```
 */
export function instancesOf<P extends InstanceProcess>(state: CaseState, process: P): ReadonlyMap<string, SnapshotOf<P>> {
  const instances = caseStateArgument(state, 'instancesOf').instances;
  if (!INSTANCE_PROCESSES.some((d) => d.name === process)) {
    throw new InvalidArgumentError('process', process, `one of ${INSTANCE_PROCESSES.map((d) => d.name).join(', ')}`);
  }
  return new Map(tableEntries(instances[process] as Table<Instance>).map(([id, i]) => [id, i.snapshot as SnapshotOf<P>]));
}
