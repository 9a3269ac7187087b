/**
 * What a process of a case is, in one shape: its XState machine, its guards with their clause
 * explanations, the schema of its context, how events find it (one instance, or one per id),
 * what it contributes to the facts other processes read, the follow-ups its transitions send,
 * and what it announces on the ISMAP-LIU Cloud Service List. The case engine (`case/`) reads
 * processes only through this shape.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type * as z from 'zod';
import type { ProvisionFacts } from '../rules/schemas/index.js';
import type { GuardSpec } from './_lib/guards.js';
import type { EffectName, NodeMeta } from './_lib/meta.js';
import type { CaseFacts, InternalEvent } from './_lib/routed.js';

/**
 * A process of a case: `procedure` (Chapters 3–11), `registration` (11, 12, 18), `incident`
 * (13, one per incident), `change` (14, one per change), `monitoring` (15), `reAudit` (16),
 * `appeals` (6, 19).
 */
export type Process = 'procedure' | 'registration' | 'incident' | 'change' | 'monitoring' | 'reAudit' | 'appeals';

/** Where a follow-up goes: a process with one instance, an instance by id, or `open`: every process of the case (those whose state does not take the event take no step). @internal */
export type EffectTarget = Process | { readonly process: Process; readonly id: string } | 'open';

/** A follow-up event a transition sends to another process. @internal */
export interface Effect {
  readonly to: EffectTarget;
  readonly event: InternalEvent;
}

/** What an effect may send: to which process (`open`: every process of the case), which internal event. @internal */
export interface EffectSend {
  readonly to: Process | 'open';
  readonly type: InternalEvent['type'];
}

/** An effect: what it may send (so that the effect graph can be checked for cycles) and how it builds its follow-ups. @internal */
export interface EffectSpec {
  readonly sends: readonly EffectSend[];
  readonly build: (after: AnyMachineSnapshot, event: SourceEvent) => readonly Effect[];
}

/**
 * An effect that sends `type` to `to`.
 *
 * @internal
 */
export function effect(to: Process | 'open', type: InternalEvent['type'], build: EffectSpec['build']): EffectSpec {
  return { sends: [{ to, type }], build };
}

/** An event as the engine hands it to a definition: the case event or follow-up, with its day. @internal */
export type SourceEvent = { readonly type: string; readonly at: string } & Readonly<Record<string, unknown>>;

/** What one instance adds to the case index, independent of the day. @internal */
export interface Tally {
  /** Reports (13) and notices (14) it holds (15.1(1)). */
  readonly reports: number;
  /** Whether it may owe something that depends on the day (read by `pending` while watched). */
  readonly watch: boolean;
}

/** Requests outstanding on a day, and 13.7 suspensions whose year ran out (18.2(5), 18.2(6)). @internal */
export interface Pending {
  readonly outstanding: readonly string[];
  readonly ended: readonly string[];
}

/** The facts the single processes contribute, filled in process order. @internal */
export type FactsDraft = { -readonly [K in keyof CaseFacts]: CaseFacts[K] };

/** How events find the instances of a process kept by id. @internal */
export interface InstancesSpec {
  /** The payload field holding the id. */
  readonly idField: string;
  /** The events that may create an instance (others need an existing one). */
  readonly createdBy: 'any' | readonly string[];
  /** The id given to an event without one (`applied`: the events applied so far). */
  readonly defaultId?: (applied: number) => string;
  /** Why an event for an unknown id is refused. */
  readonly unknown: (id: string) => { readonly message: string; readonly clauses: readonly string[] };
}

/** A process of a case. @internal */
export interface ProcessDef {
  readonly name: Process;
  readonly machine: AnyStateMachine;
  /** Validates persisted contexts. */
  readonly context: z.ZodType;
  /** Brings a context persisted by an earlier version to the current shape (before `context` validates it). */
  readonly migrate?: (context: unknown) => unknown;
  /** The guards by name: clauses, text, and the check that explains a failure. */
  readonly guards: Readonly<Record<string, GuardSpec<never, never>>>;
  /** Instances by id (incidents, changes); absent for a process with one instance. */
  readonly instances?: InstancesSpec;
  /** The clock ticks it (`time.passed`), so that its periods can lapse. */
  readonly ticks?: boolean;
  /** Another process an event of this one goes to (16.4's re-application goes to re-auditing). */
  readonly redirect?: (event: SourceEvent) => Process | null;
  /** A single process's share of the case facts. */
  readonly facts?: (s: AnyMachineSnapshot, draft: FactsDraft) => void;
  /** An instance's day-independent share of the index. */
  readonly tally?: (s: AnyMachineSnapshot) => Tally;
  /** What is outstanding on `day` (instances: only while watched). */
  readonly pending?: (s: AnyMachineSnapshot, id: string | null, day: string) => Pending | null;
  /** The dated facts the provisions are keyed on (single processes always; instances for their own events). */
  readonly provisionFacts?: (s: AnyMachineSnapshot, event: SourceEvent | null) => ProvisionFacts;
  /** The follow-ups of the effects its transitions name. */
  readonly effects?: Partial<Record<EffectName, EffectSpec>>;
  /** The announcement an active state with `announces` meta makes. */
  readonly announces?: (s: AnyMachineSnapshot, id: string | null, meta: NodeMeta) => Announcement;
}

/** An announcement on the ISMAP-LIU Cloud Service List (13.12, 14.5, 16.8). */
export interface Announcement {
  /** `suspended` (13.12, 14.5) or `re-audit` (16.8). */
  readonly kind: 'suspended' | 're-audit';
  /** The clause requiring it. */
  readonly clause: string;
  /** Since when. */
  readonly since: string | null;
  /** What it comes from, e.g. `incident "INC-1" (13.7)`. */
  readonly source: string;
}

/**
 * A `migrate` that adds the fields a later version added to a context, with their initial values,
 * to a context persisted before them (fields present are kept).
 *
 * @internal
 */
export function addingFields(defaults: Readonly<Record<string, unknown>>): (context: unknown) => unknown {
  return (context) => {
    if (typeof context !== 'object' || context === null || Array.isArray(context)) return context;
    const missing = Object.entries(defaults).filter(([key]) => !Object.hasOwn(context, key));
    return missing.length === 0 ? context : { ...context, ...Object.fromEntries(missing) };
  };
}

/**
 * Declares a process: returns its argument, types intact.
 *
 * @internal
 */
export function defineProcess<const D extends ProcessDef>(def: D): D {
  return def;
}
