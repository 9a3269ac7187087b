/**
 * Applying one dated event to a case. Time first passes to the event's date (the processes the
 * clock ticks take the consequence of a lapsed period), the event goes to its process (an
 * instance by id for incidents and changes), XState takes the step, and the follow-ups its
 * transitions name go to the other processes. XState decides every transition
 * (`getTransitionData`, then `transition` with one inert scope per machine); this module only
 * explains: it names the guards XState evaluated, for the trace and for a refusal.
 *
 * @module
 */
import { quote } from '../../_lib/text.js';
import type { AnyMachineSnapshot, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { PROVISION_RULES, provisionsInForce, type ProvisionsInForce } from '../../rules/provisions/index.js';
import { parseOrThrow, type ProvisionFacts } from '../../rules/schemas/index.js';
import { PARSED_EVENT_SCHEMA } from '../events/caseFile.js';
import { EVENT_CATALOGUE, type CaseEventInput, type ParsedEvent } from '../events/catalogue.js';
import type { DeadlineRecord, Deadlines } from '../_lib/deadlines.js';
import { VARIANT } from '../_lib/guards.js';
import type { NodeMeta, TransitionMeta } from '../_lib/meta.js';
import { pureTransition } from '../_lib/pureTransition.js';
import { isBefore, stampOf, type Stamp } from '../_lib/time.js';
import type { Effect, ProcessDef, SourceEvent } from '../process.js';
import { PROCESSES, SINGLE_PROCESSES, initialSnapshot, processDef } from '../processes.js';
import { allRefs, caseStateArgument, factsOf, get, put, type CaseState, type Ref } from './state.js';
import type { GuardResult, ProvisionNote, Refusal, StepResult, TraceEntry, TraceStep } from './types.js';

// ---------------------------------------------------------------------------------------------
// Reading machines

/**
 * The atomic states of a snapshot, in document order.
 *
 * @internal
 */
export function atomicNodes(snapshot: AnyMachineSnapshot): readonly AnyStateNode[] {
  return (snapshot._nodes as AnyStateNode[]).filter((n) => n.type === 'atomic' || n.type === 'final').sort((a, b) => a.order - b.order);
}

/** The meta of a state node. @internal */
export const nodeMeta = (n: AnyStateNode): NodeMeta => n.meta as NodeMeta;

/** Does event `type` match transition descriptor `descriptor` (`'*'`, `'case.*'`)? As XState matches them. */
function matches(type: string, descriptor: string): boolean {
  if (descriptor === type || descriptor === '*') return true;
  if (!descriptor.endsWith('.*')) return false;
  const prefix = descriptor.slice(0, -1);
  return type.startsWith(prefix);
}

/** The candidates of `node` for `type`, in XState's order: the exact ones, then wildcards, longest first. */
function candidates(node: AnyStateNode, type: string): readonly AnyTransitionDefinition[] {
  const exact = node.transitions.get(type) ?? [];
  const wild = [...node.transitions.keys()].filter((d) => d !== type && matches(type, d)).sort((a, b) => b.length - a.length);
  return wild.length === 0 ? exact : [...exact, ...wild.flatMap((d) => node.transitions.get(d) ?? [])];
}

// ---------------------------------------------------------------------------------------------
// Explaining

/** A guard as evaluated, with the transition it guards. @internal */
interface Evaluated {
  readonly transition: AnyTransitionDefinition;
  readonly guard: GuardResult;
}

/** The guards XState evaluated for an event, and the transitions their outcome picks. @internal */
export interface Explanation {
  /** The transitions whose guard passed (or that have none): what XState takes. */
  readonly picked: readonly AnyTransitionDefinition[];
  /** The outcome of each picked transition's guard (`null` without a guard). */
  readonly pickedGuards: ReadonlyMap<AnyTransitionDefinition, GuardResult | null>;
  /** The guards that failed on transitions before the picked ones, variant mismatches left out. */
  readonly failed: readonly Evaluated[];
  /** Whether any active state (or ancestor) has a transition for the event. */
  readonly handled: boolean;
}

function guardOf(def: ProcessDef, t: AnyTransitionDefinition, context: unknown, event: unknown): GuardResult | null {
  if (typeof t.guard !== 'string') return null;
  const spec = def.guards[t.guard];
  if (spec === undefined) throw new Error(`Unknown guard ${t.guard} in ${def.name}`);
  const failures = spec.check(context as never, event as never);
  return { name: t.guard, clauses: spec.clauses, passed: failures.length === 0, failures };
}

/**
 * The guards XState evaluates for `event` in `snapshot`, in its order: from each active atomic
 * state up through its ancestors (one path per parallel region, the parallel state itself only
 * when no region has a transition), each state's candidates in document order, stopping at the
 * first that passes. Decides nothing: the engine takes XState's transitions and a test checks
 * that `picked` is what `getTransitionData` returns.
 *
 * @internal
 */
export function explain(def: ProcessDef, snapshot: AnyMachineSnapshot, event: { readonly type: string }): Explanation {
  const picked: AnyTransitionDefinition[] = [];
  const pickedGuards = new Map<AnyTransitionDefinition, GuardResult | null>();
  const failed: Evaluated[] = [];
  let handled = false;
  const tryNode = (node: AnyStateNode): boolean => {
    for (const t of candidates(node, event.type)) {
      handled = true;
      const guard = guardOf(def, t, snapshot.context, event);
      if (guard === null || guard.passed) {
        picked.push(t);
        pickedGuards.set(t, guard);
        return true;
      }
      const real = guard.failures.filter((f) => f.clause !== VARIANT);
      if (real.length > 0) failed.push({ transition: t, guard: { ...guard, failures: real } });
    }
    return false;
  };
  const visit = (node: AnyStateNode, value: unknown): boolean => {
    if (typeof value === 'string') {
      const leaf = node.states[value];
      return (leaf !== undefined && tryNode(leaf)) || tryNode(node);
    }
    const keys = Object.keys(value as object);
    let found = false;
    for (const key of keys) {
      const child = node.states[key];
      if (child !== undefined && visit(child, (value as Record<string, unknown>)[key])) found = true;
      if (keys.length === 1) break;
    }
    return found || tryNode(node);
  };
  visit(snapshot.machine.root, snapshot.value);
  return { picked, pickedGuards, failed, handled };
}

// ---------------------------------------------------------------------------------------------
// Provisions

const provisionCache = new Map<string, ProvisionsInForce>();
const provisionsByFacts = new WeakMap<ProvisionFacts, ProvisionsInForce>();

/**
 * `provisionsInForce`, remembered by its facts (the same facts object, or at most 512 sets of
 * facts by value).
 *
 * @internal
 */
export function provisionsFor(facts: ProvisionFacts): ProvisionsInForce {
  let found = provisionsByFacts.get(facts);
  if (found !== undefined) return found;
  const key = JSON.stringify(facts);
  found = provisionCache.get(key);
  if (found === undefined) {
    if (provisionCache.size >= 512) provisionCache.clear();
    found = provisionsInForce(facts);
    provisionCache.set(key, found);
  }
  provisionsByFacts.set(facts, found);
  return found;
}

/** The facts of one process, remembered per context (contexts are immutable). */
const factsByContext = new WeakMap<object, ProvisionFacts>();
const EMPTY_FACTS: ProvisionFacts = Object.freeze({});

function processFacts(def: ProcessDef, s: AnyMachineSnapshot, event: SourceEvent | null): ProvisionFacts {
  if (def.provisionFacts === undefined) return EMPTY_FACTS;
  if (event !== null && event.type === 'oso.requestedReviewInfo') return def.provisionFacts(s, event);
  const context = s.context as object;
  let facts = factsByContext.get(context);
  if (facts === undefined) factsByContext.set(context, (facts = intern(def.provisionFacts(s, null))));
  return facts;
}

const interned = new Map<string, ProvisionFacts>();

/** One object for equal facts (at most 4,096 kept), so that the merges and `provisionsFor` find them by identity. */
function intern(facts: ProvisionFacts): ProvisionFacts {
  const key = JSON.stringify(facts);
  let found = interned.get(key);
  if (found === undefined) {
    if (interned.size >= 4096) interned.clear();
    interned.set(key, (found = facts));
  }
  return found;
}

const merged = new WeakMap<ProvisionFacts, WeakMap<ProvisionFacts, ProvisionFacts>>();

/** `{ ...a, ...b }`, the same object for the same two objects (so that `provisionsFor` finds it). */
function merge(a: ProvisionFacts, b: ProvisionFacts): ProvisionFacts {
  if (b === EMPTY_FACTS) return a;
  if (a === EMPTY_FACTS) return b;
  let byB = merged.get(a);
  if (byB === undefined) merged.set(a, (byB = new WeakMap()));
  let m = byB.get(b);
  if (m === undefined) byB.set(b, (m = { ...a, ...b }));
  return m;
}

/**
 * The dated facts the provisions are keyed on: the single processes', and for an event routed to
 * an instance, that instance's. Only `oso.requestedReviewInfo` adds a fact of its own (its date).
 *
 * @internal
 */
export function provisionFactsOf(state: CaseState, ref: Ref | null, event: SourceEvent | null): ProvisionFacts {
  let facts = EMPTY_FACTS;
  for (const def of SINGLE_PROCESSES) {
    const s = state.singles[def.name];
    if (s !== undefined) facts = merge(facts, processFacts(def, s, event));
  }
  if (ref !== null && ref.def.instances !== undefined) {
    const s = get(state, ref);
    if (s !== undefined) facts = merge(facts, processFacts(ref.def, s, event));
  }
  return facts;
}

let limited: ReadonlySet<string> | undefined;

function citesLimitedProvision(clauses: ReadonlySet<string>): boolean {
  limited ??= new Set(PROVISION_RULES.map((r) => r.provision));
  for (const c of clauses) {
    const paren = c.indexOf('(');
    if (limited.has(c) || (paren > 0 && limited.has(c.slice(0, paren)))) return true;
  }
  return false;
}

function provisionNotes(facts: ProvisionFacts, clauses: ReadonlySet<string>): ProvisionNote[] {
  const cites = (provision: string): boolean => {
    for (const c of clauses) if (c === provision || c.startsWith(`${provision}(`)) return true;
    return false;
  };
  const out: ProvisionNote[] = [];
  for (const d of provisionsFor(facts).decisions) if (cites(d.provision)) out.push({ provision: d.provision, applies: d.applies, because: d.because });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stepping

interface Work {
  state: CaseState;
  readonly stamp: Stamp;
  readonly steps: TraceStep[];
  readonly deadlines: DeadlineRecord[];
}

const ids = (s: AnyMachineSnapshot): string[] => atomicNodes(s).map((n) => n.id);

function newDeadlines(before: unknown, after: unknown): DeadlineRecord[] {
  const a = (before as { deadlines?: Deadlines }).deadlines;
  const b = (after as { deadlines?: Deadlines }).deadlines;
  if (b === undefined || a === b) return [];
  const out: DeadlineRecord[] = [];
  for (const [clause, record] of Object.entries(b)) if (record !== undefined && a?.[clause as keyof Deadlines] !== record) out.push(record);
  return out;
}

/** The event as a machine receives it: with its day in Japan and the case facts. */
const stamped = (event: SourceEvent, state: CaseState, day: string) => ({ ...event, day, facts: factsOf(state, day) });

/** Where an effect goes. */
function targets(state: CaseState, effect: Effect): Ref[] {
  const to = effect.to;
  if (to === 'open') return allRefs(state);
  return typeof to === 'string' ? [{ def: processDef(to), id: null }] : [{ def: processDef(to.process), id: to.id }];
}

/**
 * Runs one event in one process; `false` when XState takes no transition. `day` is the event's
 * day in Japan: the step's, or for a follow-up the day its effect names (a lapsed period's
 * consequence takes effect the day after its last day, whenever the tick comes).
 */
function dispatch(work: Work, ref: Ref, event: SourceEvent, kind: TraceStep['kind'], day = work.stamp.day): boolean {
  const { def } = ref;
  const before = get(work.state, ref) ?? initialSnapshot(def);
  const routed = stamped(event, work.state, day);
  const taken = def.machine.getTransitionData(before, routed as never);
  if (taken.length === 0) return false;
  const after = pureTransition(def.machine, before, routed as never);
  work.state = put(work.state, ref, after);
  const why = explain(def, before, routed);
  const failed = why.failed.map((f) => f.guard);
  for (const t of taken) {
    const meta = t.meta as TransitionMeta;
    const guard = why.pickedGuards.get(t) ?? null;
    work.steps.push({
      kind,
      process: def.name,
      instance: ref.id,
      event: event.type,
      from: ids(before),
      to: ids(after),
      label: meta.label,
      clauses: meta.clauses,
      forms: meta.forms ?? [],
      guards: guard === null ? failed : [...failed, guard],
    });
  }
  work.deadlines.push(...newDeadlines(before.context, after.context));
  const queue: Effect[] = [];
  for (const t of taken) {
    for (const name of (t.meta as TransitionMeta).effects ?? []) {
      const spec = def.effects?.[name];
      if (spec === undefined) continue;
      for (const e of spec.build(after, event)) {
        const to = typeof e.to === 'string' ? e.to : e.to.process;
        if (!spec.sends.some((x) => x.type === e.event.type && x.to === to)) throw new Error(`The effect ${name} of ${def.name} sent ${e.event.type} to ${to}, which it does not declare`);
        queue.push(e);
      }
    }
  }
  for (const effect of queue) {
    const at = effect.event.at === event.at ? day : stampOf(effect.event.at).day;
    for (const target of targets(work.state, effect)) dispatch(work, target, effect.event as unknown as SourceEvent, 'follow-up', at);
  }
  return true;
}

/** Does any active state (or an ancestor) of `s` react to the clock? */
function reactsToClock(s: AnyMachineSnapshot): boolean {
  for (const n of s._nodes as AnyStateNode[]) if (n.transitions.has('time.passed')) return true;
  return false;
}

function tick(work: Work): void {
  for (const def of PROCESSES) {
    if (def.ticks !== true) continue;
    const ref = { def, id: null };
    const s = get(work.state, ref);
    if (s !== undefined && reactsToClock(s)) dispatch(work, ref, { type: 'time.passed', at: work.stamp.at }, 'expiry');
  }
}

/** The process (and instance) an event goes to, or why it cannot go anywhere. */
function routeOf(state: CaseState, event: ParsedEvent): { ok: true; ref: Ref } | { ok: false; message: string; clauses: readonly string[] } {
  const process = EVENT_CATALOGUE[event.type].process;
  if (process === 'clock') return { ok: false, message: 'A clock tick is not routed.', clauses: [] };
  let def = processDef(process);
  const redirect = def.redirect?.(event as unknown as SourceEvent) ?? null;
  if (redirect !== null) def = processDef(redirect);
  const spec = def.instances;
  if (spec === undefined) return { ok: true, ref: { def, id: null } };
  const given = (event as unknown as Readonly<Record<string, unknown>>)[spec.idField];
  const id = typeof given === 'string' ? given : (spec.defaultId?.(state.applied) ?? '');
  const ref = { def, id };
  if (get(state, ref) === undefined && spec.createdBy !== 'any' && !spec.createdBy.includes(event.type)) return { ok: false, ...spec.unknown(id) };
  return { ok: true, ref };
}

const stateViews = (s: AnyMachineSnapshot) =>
  atomicNodes(s).map((n) => {
    const m = nodeMeta(n);
    return { id: n.id, label: m.label, clauses: m.clauses, forms: m.forms ?? [] };
  });

/**
 * A refusal citing the Supplementary Provisions when the event's act is one of the provisions they
 * keep from the case (e.g. a Letter of Intent, 10.8, for an application made before 2023-10-02):
 * the rule that forbids the event, rather than only the state the case is in.
 */
function provisionRefusal(state: CaseState, ref: Ref, event: ParsedEvent): Pick<Refusal, 'code' | 'message' | 'clauses' | 'guards'> | null {
  const acts = EVENT_CATALOGUE[event.type].clauses;
  const cites = (provision: string) => acts.some((c) => c === provision || c.startsWith(`${provision}(`));
  const decisions = provisionsFor(provisionFactsOf(state, ref, event as unknown as SourceEvent)).decisions.filter((d) => !d.applies && d.provision !== 'rules' && cites(d.provision));
  if (decisions.length === 0) return null;
  return {
    code: 'provision_not_in_force',
    message: `${event.type} is refused: ${decisions.map((d) => `${d.provision} does not govern this case (${d.sourceClause}): ${d.because}`).join(' ')}`,
    clauses: [...new Set(decisions.flatMap((d) => [d.provision, d.sourceClause]))],
    guards: [],
  };
}

/** Why `event`, routed to `ref`, was refused in `state` (after the tick to its date). */
function refusalFor(state: CaseState, ref: Ref, event: ParsedEvent, stamp: Stamp, index: number | null): Refusal {
  const snapshot = get(state, ref) ?? initialSnapshot(ref.def);
  const why = explain(ref.def, snapshot, stamped(event as unknown as SourceEvent, state, stamp.day));
  const states = stateViews(snapshot);
  const where = states.map((s) => `${s.label} (${s.clauses.join(', ')})`).join('; ');
  const base = { index, type: event.type, at: event.at, process: ref.def.name, instance: ref.id, states };
  if (!why.handled || why.failed.length === 0) {
    const notInForce = provisionRefusal(state, ref, event);
    if (notInForce !== null) return { ...base, ...notInForce };
    return {
      ...base,
      code: 'not_allowed',
      message: `${event.type} is not allowed in the current state of the ${ref.def.name}${ref.id === null ? '' : ` ${quote(ref.id)}`}: ${where}.`,
      // The clauses of the act itself first (the rule that provides for it), then those of the states met.
      clauses: [...new Set([...EVENT_CATALOGUE[event.type].clauses, ...states.flatMap((s) => s.clauses)])],
      guards: [],
    };
  }
  const guards = why.failed.map((f) => f.guard);
  return {
    ...base,
    code: 'guard_failed',
    message: `${event.type} is refused: ${guards.flatMap((g) => g.failures.map((x) => `${x.clause}: ${x.reason}`)).join(' ')}`,
    clauses: [...new Set(guards.flatMap((g) => g.failures.map((x) => x.clause)))],
    guards,
  };
}

function entryOf(work: Work, index: number | null, event: ParsedEvent, ref: Ref | null): TraceEntry {
  const clauses = new Set<string>();
  for (const s of work.steps) {
    for (const c of s.clauses) clauses.add(c);
    for (const g of s.guards) for (const c of g.clauses) clauses.add(c);
  }
  const provisions = citesLimitedProvision(clauses) ? provisionNotes(provisionFactsOf(work.state, ref, event as unknown as SourceEvent), clauses) : [];
  return { index, type: event.type, at: work.stamp.at, day: work.stamp.day, steps: work.steps, deadlines: work.deadlines, provisions };
}

/**
 * A case after time passed to an instant, with the steps the clock took (lapsed periods), not
 * yet part of an applied event's entry. Ticks are idempotent and their consequences dated by
 * the periods, not by the tick, so a replay keeps the ticked state of a refused event and passes
 * the steps on to the next applied event instead of running the expiry again.
 *
 * @internal
 */
export interface Ticked {
  readonly state: CaseState;
  readonly stamp: Stamp;
  readonly steps: readonly TraceStep[];
  readonly deadlines: readonly DeadlineRecord[];
}

/**
 * Applies an event already validated against {@link CaseEventSchema}, starting from `carried`
 * (the ticked state of `state` at an earlier instant, with the steps it took) when given; also
 * returns the case ticked to the event's instant, for a replay to keep when the event is refused.
 *
 * @internal
 */
export function stepParsed(state: CaseState, event: ParsedEvent, index: number | null = null, carried: Ticked | null = null): { result: StepResult; ticked: Ticked | null } {
  const stamp = stampOf(event.at);
  if (state.clock !== null && isBefore(stamp, state.clock)) {
    const refusal: Refusal = {
      index, type: event.type, at: event.at, code: 'out_of_order',
      message: `The event of ${event.at} goes back in time: the case is already at ${state.clock.at}. Events must come in time order.`,
      clauses: [], process: null, instance: null, states: [], guards: [],
    };
    return { result: { ok: false, state, refusal }, ticked: null };
  }
  const work: Work = { state: carried?.state ?? state, stamp, steps: [...(carried?.steps ?? [])], deadlines: [...(carried?.deadlines ?? [])] };
  tick(work);
  const ticked: Ticked = { state: work.state, stamp, steps: [...work.steps], deadlines: [...work.deadlines] };
  let ref: Ref | null = null;
  if (event.type !== 'time.passed') {
    const route = routeOf(work.state, event);
    if (!route.ok) {
      return { result: { ok: false, state, refusal: { index, type: event.type, at: event.at, code: 'unknown_instance', message: route.message, clauses: route.clauses, process: null, instance: null, states: [], guards: [] } }, ticked };
    }
    ref = route.ref;
    if (!dispatch(work, ref, event as unknown as SourceEvent, 'event')) return { result: { ok: false, state, refusal: refusalFor(work.state, ref, event, stamp, index) }, ticked };
  }
  const entry = entryOf(work, index, event, ref);
  return { result: { ok: true, state: { ...work.state, clock: stamp, applied: state.applied + 1, log: { event, next: state.log } }, entry }, ticked };
}

/**
 * Applies an event already validated against {@link CaseEventSchema}.
 *
 * @internal
 */
export function applyParsed(state: CaseState, event: ParsedEvent, index: number | null = null): StepResult {
  return stepParsed(state, event, index).result;
}

/**
 * Applies one dated event to a case, without replaying its history. Time first passes to the
 * event's date (a period that ran out takes its consequence, e.g. 10.9, 12.1), then the event
 * is applied in its process, then its follow-ups in the others. A refused event (out of time
 * order, not allowed in the current state, or failing a guard) changes nothing: the result
 * carries the unchanged state and the refusal with its clauses.
 *
 * @param state - the case, from {@link startCase}, a previous step or {@link restoreCase}
 * @param event - one case event `{ type, at, ...payload }`, validated with {@link CaseEventSchema} (see docs/case-file.md)
 * @returns `{ ok: true, state, entry }` or `{ ok: false, state, refusal }`
 * @throws {@link ValidationError} when the event does not match its schema, or is beyond the input limits of `safeParseInput` (nesting 64, 1,000,000 items per array, 5,000,000 values; at most 100 issues listed)
 * @throws {@link InvalidArgumentError} when `state` is not a case state
 * @example
 * ```ts
 * let c = startCase({ name: 'Kintai Cloud' });
 * const r = applyEvent(c, { type: 'oso.acceptedPriorApplication', at: '2024-04-15' });
 * r.ok; //=> false
 * r.ok || r.refusal.code; //=> 'not_allowed'
 * ```
 */
export function applyEvent(state: CaseState, event: CaseEventInput): StepResult;
/**
 * Applies one dated event to a case, without replaying its history. Time first passes to the
 * event's date (a period that ran out takes its consequence, e.g. 10.9, 12.1), then the event
 * is applied in its process, then its follow-ups in the others. A refused event (out of time
 * order, not allowed in the current state, or failing a guard) changes nothing: the result
 * carries the unchanged state and the refusal with its clauses.
 *
 * This overload takes an event of unknown shape (e.g. parsed JSON); it is validated the same way.
 *
 * @param state - the case, from {@link startCase}, a previous step or {@link restoreCase}
 * @param event - anything; validated with {@link CaseEventSchema} (see docs/case-file.md)
 * @returns `{ ok: true, state, entry }` or `{ ok: false, state, refusal }`
 * @throws {@link ValidationError} when the event does not match its schema, or is beyond the input limits of `safeParseInput` (nesting 64, 1,000,000 items per array, 5,000,000 values; at most 100 issues listed)
 * @throws {@link InvalidArgumentError} when `state` is not a case state
 * @example
 * ```ts
 * let c = startCase({ name: 'Kintai Cloud' });
 * const r = applyEvent(c, { type: 'oso.acceptedPriorApplication', at: '2024-04-15' });
 * r.ok; //=> false
 * r.ok || r.refusal.code; //=> 'not_allowed'
 * ```
 */
export function applyEvent(state: CaseState, event: unknown): StepResult;
export function applyEvent(state: CaseState, event: unknown): StepResult {
  return applyParsed(caseStateArgument(state, 'applyEvent'), parseOrThrow(PARSED_EVENT_SCHEMA, event, 'the event'));
}
