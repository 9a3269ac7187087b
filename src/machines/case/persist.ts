/**
 * Persisting a case between steps and restoring it, with a schema version, validated before
 * anything is restored.
 *
 * Schema version 2 ({@link persistCase}'s default) lists the processes in an array (no id is a
 * JSON key), carries the log of the events applied, and a digest of the rest. {@link restoreCase}
 * replays the log and refuses a snapshot the engine did not produce from it (`verify: 'replay'`,
 * the default), or checks the shapes, the invariants and the digest (`verify: 'digest'`).
 * Schema version 1 is still written on request and still restored.
 *
 * @module
 */
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import * as z from 'zod';
import { InvalidArgumentError, describe } from '../../errors.js';
import { printable, quote, truncate } from '../../_lib/text.js';
import { isRecord, readOptions } from '../../_lib/args.js';
import { DayInputSchema, safeParseInput, type InputIssue } from '../../rules/schemas/index.js';
import { pathText } from '../../rules/schemas/_lib/issues.js';
import { PARSED_EVENT_SCHEMA, ServiceSchema, type Service } from '../events/caseFile.js';
import type { CaseEvent, ParsedEvent } from '../events/catalogue.js';
import { InvalidSnapshotError } from '../errors.js';
import { PROCESSES, SINGLE_PROCESSES, processDef, type Process, type ProcessDef } from '../processes.js';
import { Day } from '../_lib/contextSchemas.js';
import { emptyTable, tableEntries } from '../_lib/table.js';
import { stampOf, type Stamp } from '../_lib/time.js';
import { allRefs, caseStateArgument, get, put, startCase, type CaseState, type Instance, type Log, type SingleProcess } from './state.js';
import { applyParsed } from './step.js';

/**
 * The schema version {@link persistCase} writes by default. {@link restoreCase} reads it and
 * every earlier one (1).
 *
 * @example
 * ```ts
 * persistCase(startCase({ name: 'X' })).schemaVersion === CASE_SCHEMA_VERSION; //=> true
 * CASE_SCHEMA_VERSION; //=> 2
 * ```
 */
export const CASE_SCHEMA_VERSION = 2;

/**
 * One process of a persisted case (schema version 2): which process, the instance id for an
 * incident or a change (`null` for a process with one instance), its state value and context.
 *
 * @example
 * ```ts
 * const p: PersistedProcess = persistCase(startCase({ name: 'X' })).processes[1]!;
 * [p.process, p.id, p.value]; //=> ['registration', null, 'unregistered']
 * ```
 */
export interface PersistedProcess {
  /** The process: `procedure`, `registration`, `incident`, `change`, `monitoring`, `reAudit` or `appeals`. */
  readonly process: Process;
  /** The incident or change id; `null` for a process with one instance. */
  readonly id: string | null;
  /** The XState state value. */
  readonly value: StateValue;
  /** The context (plain JSON). */
  readonly context: Readonly<Record<string, unknown>>;
}

/**
 * One machine's persisted state.
 *
 * @deprecated Use {@link PersistedProcess} (schema version 2 names the process and the id of
 *   each entry). Schema version 1's entries are `Pick<PersistedProcess, 'value' | 'context'>`.
 * @example
 * ```ts
 * const p: PersistedMachine = persistCase(startCase({ name: 'X' })).processes[0]!;
 * p.process; //=> 'procedure'
 * ```
 */
export type PersistedMachine = PersistedProcess;

/**
 * A case as {@link persistCase} writes it by default (schema version 2): plain JSON, every
 * process in an array in view order, the events applied, and a digest of the rest.
 *
 * @example
 * ```ts
 * const p: PersistedCase = persistCase(startCase({ name: 'Kintai Cloud' }));
 * [p.schemaVersion, p.processes.length, p.log]; //=> [2, 5, []]
 * ```
 */
export interface PersistedCase {
  /** 2 for this shape. */
  readonly schemaVersion: 2;
  /** Marks the document as an ismap-liu case snapshot. */
  readonly kind: 'ismap-liu/case';
  /** The service. */
  readonly service: Service;
  /** The time of the last event applied. */
  readonly clock: Stamp | null;
  /** How many events were applied. */
  readonly applied: number;
  /**
   * The processes in view order: the single processes, and each incident and change in arrival
   * order at its process's place.
   */
  readonly processes: readonly PersistedProcess[];
  /**
   * The events applied, oldest first, as they were validated; `null` when written with
   * `{ log: false }` or when the case was restored from a snapshot without a log.
   */
  readonly log: readonly CaseEvent[] | null;
  /**
   * A hash of everything else, `fnv1a64:` and 16 hex digits: FNV-1a 64-bit over the UTF-8 of the
   * canonical JSON (keys sorted at every level, no spaces) of the snapshot without `digest`. It
   * detects edits and truncation, not a forger: anyone can recompute it.
   */
  readonly digest: string;
}

/**
 * A case as {@link persistCase} writes it with `{ schemaVersion: 1 }` (the shape of earlier
 * versions of the library, for a fleet that still runs them): single processes, incidents and
 * changes keyed by name or id.
 *
 * @example
 * ```ts
 * const p: PersistedCaseV1 = persistCase(startCase({ name: 'X' }), { schemaVersion: 1 });
 * p.machines.registration.value; //=> 'unregistered'
 * ```
 */
export interface PersistedCaseV1 {
  /** 1 for this shape. */
  readonly schemaVersion: 1;
  /** Marks the document as an ismap-liu case snapshot. */
  readonly kind: 'ismap-liu/case';
  /** The service. */
  readonly service: Service;
  /** The time of the last event applied. */
  readonly clock: Stamp | null;
  /** How many events were applied. */
  readonly applied: number;
  /** The single processes. */
  readonly machines: Readonly<Record<SingleProcess, Pick<PersistedProcess, 'value' | 'context'>>>;
  /** The incidents, by id. */
  readonly incidents: Readonly<Record<string, Pick<PersistedProcess, 'value' | 'context'>>>;
  /** The changes, by id. */
  readonly changes: Readonly<Record<string, Pick<PersistedProcess, 'value' | 'context'>>>;
}

/**
 * Options of {@link persistCase}.
 *
 * @example
 * ```ts
 * const options: PersistOptions = { log: false };
 * persistCase(startCase({ name: 'X' }), options).log; //=> null
 * ```
 */
export interface PersistOptions {
  /**
   * The schema version to write: 2 (the default), or 1 for readers still on an earlier version
   * of the library (no log, no digest: such a snapshot is checked only for its shapes and
   * invariants when restored).
   */
  readonly schemaVersion?: 1 | 2;
  /**
   * Whether a version 2 snapshot carries the log of the events applied (default `true`). Without
   * it (`log: null`) the snapshot is smaller but can only be restored with
   * `{ verify: 'digest' }`.
   */
  readonly log?: boolean;
}

/**
 * Options of {@link restoreCase}.
 *
 * @example
 * ```ts
 * const options: RestoreOptions = { verify: 'digest' };
 * restoreCase(persistCase(startCase({ name: 'X' }), { log: false }), options).applied; //=> 0
 * ```
 */
export interface RestoreOptions {
  /**
   * How a version 2 snapshot is verified:
   *
   * * `'replay'` (the default): its log is replayed from a new case and the result must be the
   *   snapshot (its processes, clock and count), and its digest must match. Refuses a snapshot
   *   without a log.
   * * `'digest'`: its shapes and invariants are checked and its digest must match (it detects
   *   edits and truncation, not a forger: anyone can recompute a digest).
   *
   * A version 1 snapshot has neither: it is checked for its shapes and invariants only.
   */
  readonly verify?: 'replay' | 'digest';
}

// ---------------------------------------------------------------------------------------------
// Canonical JSON and the digest

/**
 * `value` as canonical JSON: `JSON.stringify`'s rules (`toJSON`, `undefined` and functions left
 * out of objects and `null` in arrays, non-finite numbers `null`), keys sorted by UTF-16 code
 * units at every level, no spaces. Two values equal as JSON give the same text. A BigInt, which
 * JSON cannot hold (and `persistCase` never writes), is written `<digits>n`, so a snapshot that
 * holds one never matches its digest or its replay and is refused as changed, not with a
 * `TypeError`.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON: () => unknown }).toJSON();
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `${value}n`;
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v) ?? 'null').join(',')}]`;
      const parts: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const v = canonicalJson((value as Record<string, unknown>)[key]);
        if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}

/**
 * FNV-1a 64-bit of the UTF-8 of `text` (a lone surrogate counts as U+FFFD, as `TextEncoder`
 * encodes it), as 16 hex digits. Synchronous and pure, in 16-bit limbs: no BigInt, no crypto API.
 *
 * @internal
 */
export function fnv1a64(text: string): string {
  // The offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const feed = (byte: number): void => {
    h0 ^= byte;
    // Times the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      feed(c);
      continue;
    }
    if (c < 0x800) {
      feed(0xc0 | (c >>> 6));
      feed(0x80 | (c & 0x3f));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        feed(0xf0 | (cp >>> 18));
        feed(0x80 | ((cp >>> 12) & 0x3f));
        feed(0x80 | ((cp >>> 6) & 0x3f));
        feed(0x80 | (cp & 0x3f));
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    feed(0xe0 | (c >>> 12));
    feed(0x80 | ((c >>> 6) & 0x3f));
    feed(0x80 | (c & 0x3f));
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return `${hex(h3)}${hex(h2)}${hex(h1)}${hex(h0)}`;
}

const DIGEST_ALGORITHM = 'fnv1a64';

/** The digest of a snapshot without its `digest` field. */
function digestOf(body: unknown): string {
  return `${DIGEST_ALGORITHM}:${fnv1a64(canonicalJson(body) ?? 'null')}`;
}

// ---------------------------------------------------------------------------------------------
// Writing

const entryOf = (s: AnyMachineSnapshot): Pick<PersistedProcess, 'value' | 'context'> => ({ value: s.value as StateValue, context: s.context as Record<string, unknown> });

/** Every process of `state` in view order. */
function processesOf(state: CaseState): PersistedProcess[] {
  return allRefs(state).map((ref) => ({ process: ref.def.name, id: ref.id, ...entryOf(get(state, ref) as AnyMachineSnapshot) }));
}

/** The events applied, oldest first; `[]` before the first; `null` when not known (restored from a snapshot without a log). */
function logOf(state: CaseState): CaseEvent[] | null {
  if (state.log === null) return state.applied === 0 ? [] : null;
  const events: CaseEvent[] = [];
  for (let l: Log | null = state.log; l !== null; l = l.next) events.push(l.event as unknown as CaseEvent);
  return events.reverse();
}

function persistV1(state: CaseState): PersistedCaseV1 {
  const machines = Object.fromEntries(SINGLE_PROCESSES.map((d) => [d.name, entryOf(state.singles[d.name] as AnyMachineSnapshot)])) as unknown as PersistedCaseV1['machines'];
  const keyed = (process: string) => Object.fromEntries(tableEntries(state.instances[process] ?? emptyTable<Instance>()).map(([k, i]) => [k, entryOf(i.snapshot)]));
  return { schemaVersion: 1, kind: 'ismap-liu/case', service: state.service, clock: state.clock, applied: state.applied, machines, incidents: keyed('incident'), changes: keyed('change') };
}

/**
 * A case as plain JSON, to store between steps (e.g. in a database row): by default schema
 * version 2, with every process in an array (ids are never JSON keys), the events applied
 * (`log`), and a `digest` of the rest.
 *
 * @param state - the case
 * @param options - `schemaVersion: 1` writes the shape of earlier versions of the library (for a
 *   fleet where some readers still run them); `log: false` leaves the log out (`log: null`: the
 *   snapshot then restores only with `{ verify: 'digest' }`)
 * @returns a {@link PersistedCase} (or with `schemaVersion: 1` a {@link PersistedCaseV1});
 *   `JSON.stringify` it as is
 * @throws {@link InvalidArgumentError} for a state that is not a case, or options other than a
 *   `schemaVersion` of 1 or 2 and a boolean `log`
 * @example
 * ```ts
 * const c = startCase({ name: 'Kintai Cloud' });
 * persistCase(c).schemaVersion; //=> 2
 * persistCase(c).digest.startsWith('fnv1a64:'); //=> true
 * persistCase(c, { schemaVersion: 1 }).schemaVersion; //=> 1
 * ```
 */
export function persistCase(state: CaseState, options: PersistOptions & { readonly schemaVersion: 1 }): PersistedCaseV1;
/**
 * A case as plain JSON (schema version 2), to store between steps.
 *
 * @param state - the case
 * @param options - `log: false` leaves the log out (`log: null`)
 * @returns a {@link PersistedCase}; `JSON.stringify` it as is
 * @example
 * ```ts
 * persistCase(startCase({ name: 'Kintai Cloud' })).log; //=> []
 * ```
 */
export function persistCase(state: CaseState, options?: PersistOptions & { readonly schemaVersion?: 2 }): PersistedCase;
/**
 * A case as plain JSON, schema version 1 or 2 as `options.schemaVersion` says.
 *
 * @param state - the case
 * @param options - the schema version, and whether to keep the log
 * @returns a {@link PersistedCase} or a {@link PersistedCaseV1}
 * @example
 * ```ts
 * const version = 2 as 1 | 2;
 * persistCase(startCase({ name: 'X' }), { schemaVersion: version }).schemaVersion; //=> 2
 * ```
 */
export function persistCase(state: CaseState, options?: PersistOptions): PersistedCase | PersistedCaseV1;
export function persistCase(state: CaseState, options: PersistOptions = {}): PersistedCase | PersistedCaseV1 {
  caseStateArgument(state, 'persistCase');
  const { schemaVersion: version = CASE_SCHEMA_VERSION, log } = readOptions(options, 'options of persistCase', ['schemaVersion', 'log']);
  if (log !== undefined && typeof log !== 'boolean') throw new InvalidArgumentError('options.log', log, 'true or false');
  if (version === 1) return persistV1(state);
  if (version !== 2) throw new InvalidArgumentError('options.schemaVersion', version, 'schema version 1 or 2');
  const body = {
    schemaVersion: 2 as const,
    kind: 'ismap-liu/case' as const,
    service: state.service,
    clock: state.clock,
    applied: state.applied,
    processes: processesOf(state),
    log: log === false ? null : logOf(state),
  };
  return { ...body, digest: digestOf(body) };
}

// ---------------------------------------------------------------------------------------------
// Schemas

const PROCESS_NAMES = PROCESSES.map((d) => d.name) as [Process, ...Process[]];
const StateValueSchema: z.ZodType<StateValue> = z.lazy(() => z.union([z.string(), z.record(z.string(), StateValueSchema)]));
const ContextSchema = z.record(z.string(), z.unknown());
/** The epoch milliseconds of 2000-01-01T00:00+09:00 and 2100-01-01T00:00+09:00: the calendar's range. */
const FIRST_MS = 946_652_400_000;
const END_MS = 4_102_412_400_000;
const ClockSchema = z.strictObject({ at: DayInputSchema, day: Day, ms: z.number().int().min(FIRST_MS).max(END_MS - 1).nullable() }).nullable();
const MachineSchema = z.strictObject({ value: StateValueSchema, context: ContextSchema });
/** The shape of a {@link PersistedCaseV1} (also written as `schema/persisted-case.json`). @internal */
export const EnvelopeV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('ismap-liu/case'),
  service: ServiceSchema,
  clock: ClockSchema,
  applied: z.number().int().min(0),
  machines: z.strictObject(Object.fromEntries(SINGLE_PROCESSES.map((d) => [d.name, MachineSchema])) as Record<SingleProcess, typeof MachineSchema>),
  incidents: z.record(z.string(), MachineSchema),
  changes: z.record(z.string(), MachineSchema),
});
/** The shape of a {@link PersistedCase} (also written as `schema/persisted-case.json`). @internal */
export const EnvelopeV2Schema = z.strictObject({
  schemaVersion: z.literal(2),
  kind: z.literal('ismap-liu/case'),
  service: ServiceSchema,
  clock: ClockSchema,
  applied: z.number().int().min(0),
  processes: z.array(z.strictObject({ process: z.enum(PROCESS_NAMES), id: z.string().nullable(), value: StateValueSchema, context: ContextSchema })),
  log: z.array(PARSED_EVENT_SCHEMA).nullable(),
  digest: z.string().max(100).optional(),
});

type Path = readonly (string | number)[];

function issue(path: Path, message: string, code: string): InputIssue {
  return { path, pathText: pathText(path), message, code };
}

/** A value for a message, cut at 80 characters. */
function shown(value: unknown): string {
  const text = canonicalJson(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function refuse(issues: readonly InputIssue[], persisted: unknown): never {
  throw new InvalidSnapshotError(`The case snapshot is not valid (${issues.length} problem(s)): ${issues[0]?.pathText}: ${issues[0]?.message}`, issues, persisted);
}

// ---------------------------------------------------------------------------------------------
// Invariants

type Context = Readonly<Record<string, unknown>>;
type Check = (s: AnyMachineSnapshot, c: Context) => readonly (readonly [field: string, message: string])[];

const REGISTERED = ['registered', 'withdrawing', 'deleted', 'notRenewed'] as const;

/** What each process's state says of its context (besides the context's own schema). */
const INVARIANTS: Partial<Record<Process, Check>> = {
  registration: (s, c) => {
    const out: [string, string][] = [];
    const state = REGISTERED.find((r) => s.matches(r));
    if (state !== undefined) {
      for (const field of ['registeredOn', 'firstRegisteredOn', 'auditPeriod']) if (c[field] === null) out.push([field, `The registration is ${state} but its ${field} is null: only a registration (11.1) leaves the unregistered state.`]);
      if ((state === 'registered' || state === 'withdrawing') && (c['deadlines'] as Record<string, unknown> | undefined)?.['BR3.5'] === undefined) out.push(['deadlines', `The registration is ${state} but has no expiration date (BR3.5) among its deadlines.`]);
      if (state === 'withdrawing' && c['withdrawal'] === null) out.push(['withdrawal', 'The registration is withdrawing but no withdrawal (18.1) is recorded.']);
      if ((state === 'deleted' || state === 'notRenewed') && c['deletion'] === null) out.push(['deletion', `The registration is ${state} but no deletion (18.2) is recorded.`]);
    } else if (c['registeredOn'] !== null) {
      out.push(['registeredOn', 'The registration is unregistered but has a registeredOn date.']);
    }
    return out;
  },
  incident: (s, c) => (s.matches('none') ? [] : (['recognizedAt', 'recognizedOn'] as const).filter((f) => c[f] === null).map((f) => [f, `The incident is ${shown(s.value)} but its ${f} is null: an incident leaves "none" when it is recognized (13.1).`] as const)),
  change: (s, c) => [
    ...(s.matches('notified') && c['notifiedOn'] === null ? [['notifiedOn', 'The change is notified but its notifiedOn is null.'] as const] : []),
    ...(s.matches('suspended') && c['suspendedOn'] === null ? [['suspendedOn', 'The change is suspended but its suspendedOn is null.'] as const] : []),
  ],
};

/** Resolves one persisted process (context schema, then state value) and checks its invariants. */
function restoreProcess(def: ProcessDef, id: string | null, m: Pick<PersistedProcess, 'value' | 'context'>, path: Path, issues: InputIssue[]): AnyMachineSnapshot | undefined {
  const context = safeParseInput(def.context, def.migrate === undefined ? m.context : def.migrate(m.context));
  if (!context.ok) {
    for (const i of context.issues) {
      const at = [...path, 'context', ...i.path];
      issues.push({ ...i, path: at, pathText: pathText(at) });
    }
    return undefined;
  }
  let snapshot: AnyMachineSnapshot;
  try {
    snapshot = def.machine.resolveState({ value: m.value, context: context.value as Record<string, unknown> }) as AnyMachineSnapshot;
  } catch (error) {
    issues.push(issue([...path, 'value'], `The ${def.name} machine has no state ${printable(truncate(JSON.stringify(m.value) ?? ''))}: ${printable(truncate(error instanceof Error ? error.message : String(error), 200))}`, 'unknown_state'));
    return undefined;
  }
  const c = snapshot.context as Context;
  let ok = true;
  if (id !== null && 'id' in c && c['id'] !== null && c['id'] !== id) {
    issues.push(issue([...path, 'context', 'id'], `The ${def.name} ${quote(id)} holds the context of ${describe(c['id'])}: an instance's context id is its own id.`, 'invariant'));
    ok = false;
  }
  for (const [field, message] of INVARIANTS[def.name]?.(snapshot, c) ?? []) {
    issues.push(issue([...path, 'context', field], message, 'invariant'));
    ok = false;
  }
  return ok ? snapshot : undefined;
}

/** The clock agrees with the count of events applied, and with its own `at`. */
function checkClock(clock: Stamp | null, applied: number, issues: InputIssue[]): void {
  if (clock === null) {
    if (applied > 0) issues.push(issue(['clock'], `${applied} event(s) were applied but the clock is null.`, 'invariant'));
    return;
  }
  if (applied === 0) issues.push(issue(['clock'], 'No event was applied but the clock is set.', 'invariant'));
  let read: Stamp;
  try {
    read = stampOf(clock.at);
  } catch {
    issues.push(issue(['clock', 'at'], `The clock's at ${describe(clock.at)} is not a date or an instant with offset.`, 'invariant'));
    return;
  }
  if (read.day !== clock.day || read.ms !== clock.ms) issues.push(issue(['clock'], `The clock ${shown(clock)} does not agree with its at (${shown(read)}).`, 'invariant'));
}

// ---------------------------------------------------------------------------------------------
// Replay

/** The first JSON path where `a` and `b` differ as JSON (keys in sorted order), or `null`. */
function firstDifference(a: unknown, b: unknown, path: Path): Path | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return [...path, i];
      const d = firstDifference(a[i] ?? null, b[i] ?? null, [...path, i]);
      if (d !== null) return d;
    }
    return null;
  }
  if (isRecord(a) && isRecord(b)) {
    const present = (o: Record<string, unknown>) => Object.keys(o).filter((k) => canonicalJson(o[k]) !== undefined);
    const ka = present(a);
    const kb = present(b);
    const inA = new Set(ka);
    const inB = new Set(kb);
    for (const k of [...new Set([...ka, ...kb])].sort()) {
      if (!inA.has(k) || !inB.has(k)) return [...path, k];
      const d = firstDifference(a[k], b[k], [...path, k]);
      if (d !== null) return d;
    }
    return null;
  }
  return canonicalJson(a) === canonicalJson(b) ? null : path;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, p) ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** Replays `log` from a new case: the `tampered` issue, or `null` when the result is the snapshot. */
function replayIssue(e: { readonly service: Service; readonly clock: Stamp | null; readonly applied: number; readonly processes: readonly PersistedProcess[] }, log: readonly ParsedEvent[]): InputIssue | null {
  let state = startCase(e.service);
  for (const [i, event] of log.entries()) {
    const r = applyParsed(state, event, i);
    if (!r.ok) return issue(['log', i], `The logged event ${i} (${event.type} at ${event.at}) is refused when the log is replayed: ${r.refusal.message}`, 'tampered');
    state = r.state;
  }
  const replayed = { applied: state.applied, clock: state.clock, processes: processesOf(state) };
  // A context persisted before a field was added is compared as restoring reads it: with the field's initial value.
  const migrated = e.processes.map((p) => {
    const { migrate } = processDef(p.process);
    return migrate === undefined ? p : { ...p, context: migrate(p.context) as PersistedProcess['context'] };
  });
  const given = { applied: e.applied, clock: e.clock, processes: migrated };
  const at = firstDifference(replayed, given, []);
  if (at === null) return null;
  return issue(at, `It is ${shown(valueAt(given, at))}, but replaying the ${log.length} logged event(s) gives ${shown(valueAt(replayed, at))}.`, 'tampered');
}

// ---------------------------------------------------------------------------------------------
// Restoring

function restoreV1(persisted: unknown): CaseState {
  const envelope = safeParseInput(EnvelopeV1Schema, persisted);
  if (!envelope.ok) refuse(envelope.issues, persisted);
  const e = envelope.value;
  const issues: InputIssue[] = [];
  let state: CaseState = startCase(e.service);
  for (const d of SINGLE_PROCESSES) {
    const s = restoreProcess(d, null, e.machines[d.name as SingleProcess], ['machines', d.name], issues);
    if (s !== undefined) state = put(state, { def: d, id: null }, s);
  }
  const keyed = (process: 'incident' | 'change', records: Readonly<Record<string, Pick<PersistedProcess, 'value' | 'context'>>>, field: string) => {
    const def = processDef(process);
    for (const [k, m] of Object.entries(records)) {
      const s = restoreProcess(def, k, m, [field, k], issues);
      if (s !== undefined) state = put(state, { def, id: k }, s);
    }
  };
  keyed('incident', e.incidents, 'incidents');
  keyed('change', e.changes, 'changes');
  checkClock(e.clock, e.applied, issues);
  if (issues.length > 0) refuse(issues, persisted);
  return { ...state, clock: e.clock, applied: e.applied, log: null };
}

function restoreV2(persisted: unknown, verify: 'replay' | 'digest'): CaseState {
  const envelope = safeParseInput(EnvelopeV2Schema, persisted);
  if (!envelope.ok) refuse(envelope.issues, persisted);
  const e = envelope.value;
  const log = e.log as readonly ParsedEvent[] | null;
  const issues: InputIssue[] = [];
  const digestIssue = (): InputIssue | null => {
    if (e.digest === undefined) return issue(['digest'], 'The snapshot has no digest to verify: write it with persistCase, or restore it with { verify: \'replay\' }.', 'no_digest');
    const { digest: _digest, ...body } = persisted as Record<string, unknown>;
    const expected = digestOf(body);
    if (e.digest === expected) return null;
    const known = e.digest.startsWith(`${DIGEST_ALGORITHM}:`);
    return issue(['digest'], known ? `The digest does not match the snapshot (${expected}): it was changed or truncated since persistCase wrote it.` : `Unknown digest ${shown(e.digest)}: expected ${DIGEST_ALGORITHM}:<16 hex digits>.`, 'digest_mismatch');
  };
  if (verify === 'replay') {
    if (log === null) {
      throw new InvalidSnapshotError(
        'The case snapshot has no log (log: null), so it cannot be verified by replaying it: restore it with restoreCase(snapshot, { verify: \'digest\' }), which checks its shapes, invariants and digest instead.',
        [issue(['log'], 'No log to replay: restore with { verify: \'digest\' }.', 'no_log')],
        persisted,
      );
    }
    const tampered = replayIssue(e, log);
    const digest = e.digest === undefined ? null : digestIssue();
    if (tampered !== null) {
      const found = digest === null ? [tampered] : [tampered, digest];
      throw new InvalidSnapshotError(`The case snapshot is not one the engine produced from its log: ${tampered.pathText}: ${tampered.message}`, found, persisted);
    }
    if (digest !== null) refuse([digest], persisted);
  } else {
    const digest = digestIssue();
    if (digest !== null) issues.push(digest);
  }
  let state: CaseState = startCase(e.service);
  const seen = new Set<string>();
  for (const [i, p] of e.processes.entries()) {
    const def = processDef(p.process);
    const single = def.instances === undefined;
    if (single !== (p.id === null)) {
      if (single) seen.add(`${p.process}\u0000`);
      issues.push(issue(['processes', i, 'id'], single ? `The ${p.process} has one instance per case: its id must be null.` : `An ${p.process} needs its id (a string).`, 'invalid_id'));
      continue;
    }
    const key = `${p.process}\u0000${p.id ?? ''}`;
    if (seen.has(key)) {
      issues.push(issue(['processes', i], `The ${p.process}${p.id === null ? '' : ` ${quote(p.id)}`} appears more than once.`, 'duplicate_process'));
      continue;
    }
    seen.add(key);
    const s = restoreProcess(def, p.id, p, ['processes', i], issues);
    if (s !== undefined) state = put(state, { def, id: p.id }, s);
  }
  for (const d of SINGLE_PROCESSES) if (!seen.has(`${d.name}\u0000`)) issues.push(issue(['processes'], `The ${d.name} is missing: every single process appears once.`, 'missing_process'));
  checkClock(e.clock, e.applied, issues);
  if (log !== null) {
    if (log.length !== e.applied) issues.push(issue(['log'], `The log holds ${log.length} event(s) but ${e.applied} were applied.`, 'invariant'));
    const last = log.at(-1);
    if (last !== undefined && e.clock !== null && last.at !== e.clock.at) issues.push(issue(['clock', 'at'], `The clock is at ${e.clock.at} but the last logged event at ${last.at}.`, 'invariant'));
  }
  if (issues.length > 0) refuse(issues, persisted);
  let cons: Log | null = null;
  for (const event of log ?? []) cons = { event, next: cons };
  return { ...state, clock: e.clock, applied: e.applied, log: cons };
}

/**
 * Restores a case persisted with {@link persistCase}, after validating everything in it.
 *
 * A version 2 snapshot is verified as `options.verify` says: by default (`'replay'`) its log is
 * replayed from a new case and must give exactly its processes, clock and count (a refusal
 * during the replay, or any difference, is an issue with code `tampered` naming the first JSON
 * path that differs), and its digest must match (`digest_mismatch`); a snapshot without a log is
 * refused (`no_log`). With `'digest'`, its shapes (every problem with its JSON path), each
 * process's state and invariants (e.g. a registered registration has a registration date, an
 * instance's context holds its own id, each process appears once) and its digest are checked.
 * A version 1 snapshot is checked for its shapes and invariants.
 *
 * @param persisted - what {@link persistCase} returned (possibly through `JSON.parse`)
 * @param options - `verify: 'replay'` (the default) or `'digest'`
 * @returns the {@link CaseState}, equal in value to the one persisted (with its log, so that
 *   what is persisted from it again replays)
 * @throws {@link InvalidSnapshotError} (code `invalid_snapshot`) listing the problems; a
 *   snapshot from a newer or unknown schema version is refused before anything else is read
 * @throws {@link InvalidArgumentError} for options other than a `verify` of `'replay'` or `'digest'`
 * @example
 * ```ts
 * const c = startCase({ name: 'Kintai Cloud' });
 * restoreCase(JSON.parse(JSON.stringify(persistCase(c)))).applied; //=> 0
 * restoreCase(persistCase(c, { log: false }), { verify: 'digest' }).applied; //=> 0
 * ```
 */
export function restoreCase(persisted: unknown, options: RestoreOptions = {}): CaseState {
  const { verify = 'replay' } = readOptions(options, 'options of restoreCase', ['verify']);
  if (verify !== 'replay' && verify !== 'digest') throw new InvalidArgumentError('options.verify', verify, "'replay' or 'digest'");
  const version = isRecord(persisted) ? persisted['schemaVersion'] : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > CASE_SCHEMA_VERSION) {
    throw new InvalidSnapshotError(
      `The case snapshot has schema version ${version}, newer than this library supports (${CASE_SCHEMA_VERSION}): upgrade ismap-liu to restore it.`,
      [issue(['schemaVersion'], `Schema version ${version} is newer than ${CASE_SCHEMA_VERSION}.`, 'newer_version')],
      persisted,
    );
  }
  if (version === 1) return restoreV1(persisted);
  if (version === 2) return restoreV2(persisted, verify);
  throw new InvalidSnapshotError(
    `Not a case snapshot of a known schema version: schemaVersion is ${version === undefined ? 'missing' : describe(version)}, expected 1 or ${CASE_SCHEMA_VERSION} (write snapshots with persistCase).`,
    [issue(['schemaVersion'], `Unknown schema version ${version === undefined ? '(missing)' : describe(version)}.`, 'unknown_version')],
    persisted,
  );
}
