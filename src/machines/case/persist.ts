/**
 * Persisting a case between steps and restoring it, with a schema version, validated before
 * anything is restored.
 *
 * @module
 */
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { z } from 'zod';
import { safeParseInput, type InputIssue } from '../../rules/schemas/index.js';
import { ServiceSchema, type Service } from '../events/caseFile.js';
import { InvalidSnapshotError } from '../errors.js';
import { SINGLE_PROCESSES, processDef, type Process } from '../processes.js';
import { tableEntries, tableFrom } from '../_lib/table.js';
import { startCase, put, type CaseState } from './state.js';
import type { Stamp } from '../_lib/time.js';

/**
 * The schema version {@link persistCase} writes and {@link restoreCase} reads.
 *
 * @example
 * ```ts
 * persistCase(startCase({ name: 'X' })).schemaVersion === CASE_SCHEMA_VERSION; //=> true
 * ```
 */
export const CASE_SCHEMA_VERSION = 1;

/** One machine's persisted state: its state value and context. */
export interface PersistedMachine {
  /** The XState state value. */
  readonly value: StateValue;
  /** The context (plain JSON). */
  readonly context: Readonly<Record<string, unknown>>;
}

/** A case as {@link persistCase} writes it: plain JSON with a schema version. */
export interface PersistedCase {
  /** Always 1 for this version of the library. */
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
  readonly machines: Readonly<Record<'procedure' | 'registration' | 'monitoring' | 'reAudit' | 'appeals', PersistedMachine>>;
  /** The incidents, by id. */
  readonly incidents: Readonly<Record<string, PersistedMachine>>;
  /** The changes, by id. */
  readonly changes: Readonly<Record<string, PersistedMachine>>;
}

const persisted = (s: AnyMachineSnapshot): PersistedMachine => ({ value: s.value as StateValue, context: s.context as Record<string, unknown> });

/**
 * A case as plain JSON, to store between steps (e.g. in a database row).
 *
 * @param state - the case
 * @returns a {@link PersistedCase} with `schemaVersion: 1`; `JSON.stringify` it as is
 * @example
 * ```ts
 * persistCase(startCase({ name: 'Kintai Cloud' })).schemaVersion; //=> 1
 * ```
 */
export function persistCase(state: CaseState): PersistedCase {
  const machines = Object.fromEntries(SINGLE_PROCESSES.map((d) => [d.name, persisted(state.singles[d.name] as AnyMachineSnapshot)])) as PersistedCase['machines'];
  const keyed = (process: string) => Object.fromEntries(tableEntries(state.instances[process] ?? tableFrom([])).map(([k, i]) => [k, persisted((i as { snapshot: AnyMachineSnapshot }).snapshot)]));
  return { schemaVersion: 1, kind: 'ismap-liu/case', service: state.service, clock: state.clock, applied: state.applied, machines, incidents: keyed('incident'), changes: keyed('change') };
}

const StateValueSchema: z.ZodType<StateValue> = z.lazy(() => z.union([z.string(), z.record(z.string(), StateValueSchema)]));
const MachineSchema = z.strictObject({ value: StateValueSchema, context: z.record(z.string(), z.unknown()) });
const EnvelopeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('ismap-liu/case'),
  service: ServiceSchema,
  clock: z.strictObject({ at: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ms: z.number().nullable() }).nullable(),
  applied: z.number().int().min(0),
  machines: z.strictObject(Object.fromEntries(SINGLE_PROCESSES.map((d) => [d.name, MachineSchema])) as Record<'procedure' | 'registration' | 'monitoring' | 'reAudit' | 'appeals', typeof MachineSchema>),
  incidents: z.record(z.string(), MachineSchema),
  changes: z.record(z.string(), MachineSchema),
});

function issue(path: (string | number)[], message: string, code: string): InputIssue {
  return { path, pathText: `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`, message, code };
}

function restoreMachine(process: Process, m: PersistedMachine, path: (string | number)[], issues: InputIssue[]): AnyMachineSnapshot | undefined {
  const spec = processDef(process);
  const context = safeParseInput(spec.context, m.context);
  if (!context.ok) {
    for (const i of context.issues) issues.push({ ...i, path: [...path, 'context', ...i.path], pathText: `${issue(path, '', '').pathText}.context${i.pathText.slice(1)}` });
    return undefined;
  }
  try {
    return spec.machine.resolveState({ value: m.value, context: context.value as Record<string, unknown> }) as AnyMachineSnapshot;
  } catch (error) {
    issues.push(issue([...path, 'value'], `The ${process} machine has no state ${JSON.stringify(m.value)}: ${(error as Error).message}`, 'unknown_state'));
    return undefined;
  }
}

/**
 * Restores a case persisted with {@link persistCase}, after validating everything in it: the
 * schema version, the service, and each machine's state and context.
 *
 * @param persisted - what {@link persistCase} returned (possibly through `JSON.parse`)
 * @returns the {@link CaseState}, equal in value to the one persisted
 * @throws {@link InvalidSnapshotError} (code `invalid_snapshot`) listing every problem; a
 *   snapshot from a newer or unknown schema version is refused before anything else is read
 * @example
 * ```ts
 * const c = startCase({ name: 'Kintai Cloud' });
 * restoreCase(JSON.parse(JSON.stringify(persistCase(c)))).applied; //=> 0
 * ```
 */
export function restoreCase(persisted: unknown): CaseState {
  const version = typeof persisted === 'object' && persisted !== null ? (persisted as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > CASE_SCHEMA_VERSION) {
    throw new InvalidSnapshotError(
      `The case snapshot has schema version ${version}, newer than this library supports (${CASE_SCHEMA_VERSION}): upgrade ismap-liu to restore it.`,
      [issue(['schemaVersion'], `Schema version ${version} is newer than ${CASE_SCHEMA_VERSION}.`, 'newer_version')],
      persisted,
    );
  }
  if (version !== CASE_SCHEMA_VERSION) {
    throw new InvalidSnapshotError(
      `Not a case snapshot of a known schema version: schemaVersion is ${JSON.stringify(version) ?? 'missing'}, expected ${CASE_SCHEMA_VERSION} (write snapshots with persistCase).`,
      [issue(['schemaVersion'], `Unknown schema version ${JSON.stringify(version) ?? '(missing)'}.`, 'unknown_version')],
      persisted,
    );
  }
  const envelope = safeParseInput(EnvelopeSchema, persisted);
  if (!envelope.ok) throw new InvalidSnapshotError(`The case snapshot is not valid (${envelope.issues.length} problem(s)): ${envelope.issues[0]?.pathText}: ${envelope.issues[0]?.message}`, envelope.issues, persisted);
  const e = envelope.value;
  const issues: InputIssue[] = [];
  let state: CaseState = startCase(e.service);
  for (const d of SINGLE_PROCESSES) {
    const s = restoreMachine(d.name, e.machines[d.name as keyof PersistedCase['machines']], ['machines', d.name], issues);
    if (s !== undefined) state = put(state, { def: d, id: null }, s);
  }
  const keyed = (process: 'incident' | 'change', records: Readonly<Record<string, PersistedMachine>>, field: string) => {
    for (const [k, m] of Object.entries(records)) {
      const s = restoreMachine(process, m, [field, k], issues);
      if (s !== undefined) state = put(state, { def: processDef(process), id: k }, s);
    }
  };
  keyed('incident', e.incidents, 'incidents');
  keyed('change', e.changes, 'changes');
  if (issues.length > 0) throw new InvalidSnapshotError(`The case snapshot is not valid (${issues.length} problem(s)): ${issues[0]?.pathText}: ${issues[0]?.message}`, issues, persisted);
  return { ...state, clock: e.clock, applied: e.applied };
}
