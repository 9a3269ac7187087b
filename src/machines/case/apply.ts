/**
 * Applying one dated event to a case: the clock tick to its date (missed periods take their
 * consequence), the event in the process it is routed to, and the follow-ups in the other
 * processes. All or nothing: a refused event changes nothing.
 *
 * @module
 */
import type { AnyMachineSnapshot, AnyStateNode } from 'xstate';
import { pureTransition } from '../_lib/pureTransition.js';
import { PARSED_EVENT_SCHEMA } from '../events/caseFile.js';
import type { ParsedEvent } from '../events/catalogue.js';
import type { DeadlineRecord, Deadlines } from '../_lib/deadlines.js';
import { stampOf, isBefore, type Stamp } from '../_lib/time.js';
import { parseOrThrow } from '../../rules/schemas/index.js';
import { followUps, type FollowUp } from './effects.js';
import { routedEvent } from './routedEvent.js';
import { PROCESSES, initialSnapshot } from './processes.js';
import { citesLimitedProvision, provisionFactsOf, provisionNotes } from './provisions.js';
import { refusalFor } from './refusal.js';
import { routeOf } from './route.js';
import { atomicNodes, realFailures, select } from './select.js';
import { snapshotAt, withSnapshot, type CaseState, type ProcessRef } from './state.js';
import type { GuardResult, Refusal, StepResult, TraceEntry, TraceStep } from './types.js';

const TICKED: readonly ProcessRef[] = [
  { process: 'procedure', key: null },
  { process: 'registration', key: null },
];

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

/** Runs one machine event; returns `false` when no transition is enabled. */
function dispatch(work: Work, ref: ProcessRef, event: { type: string; at: string }, kind: TraceStep['kind']): boolean {
  const spec = PROCESSES[ref.process];
  const before = snapshotAt(work.state, ref) ?? initialSnapshot(ref.process);
  const routed = routedEvent(event, work.state, work.stamp.day);
  const selection = select(spec, before, routed);
  if (selection.taken.length === 0) return false;
  const after = pureTransition(spec.machine, before, routed as never);
  work.state = withSnapshot(work.state, ref, after);
  const failed: GuardResult[] = realFailures(selection).map((f) => f.guard);
  for (const taken of selection.taken) {
    work.steps.push({
      kind,
      process: ref.process,
      instance: ref.key,
      event: event.type,
      from: ids(before),
      to: ids(after),
      label: taken.meta.label,
      clauses: taken.meta.clauses,
      forms: taken.meta.forms ?? [],
      guards: taken.guard === null ? failed : [...failed, taken.guard],
    });
  }
  work.deadlines.push(...newDeadlines(before.context, after.context));
  const queue: FollowUp[] = [];
  for (const taken of selection.taken) for (const effect of taken.meta.effects ?? []) queue.push(...followUps(effect, ref, after, routed as never, work.state));
  for (const f of queue) dispatch(work, f.ref, f.event, 'follow-up');
  return true;
}

/** Does any active state (or an ancestor) of `s` react to the clock? */
function ticks(s: AnyMachineSnapshot): boolean {
  for (const n of s._nodes as AnyStateNode[]) if (n.transitions.has('time.passed')) return true;
  return false;
}

function tick(work: Work): void {
  for (const ref of TICKED) {
    const s = snapshotAt(work.state, ref);
    if (s !== undefined && ticks(s)) dispatch(work, ref, { type: 'time.passed', at: work.stamp.at }, 'expiry');
  }
}

function entryOf(work: Work, index: number | null, type: ParsedEvent['type'], ref: ProcessRef | null, requestAt?: string): TraceEntry {
  const clauses = new Set<string>();
  for (const s of work.steps) {
    for (const c of s.clauses) clauses.add(c);
    for (const g of s.guards) for (const c of g.clauses) clauses.add(c);
  }
  const provisions = citesLimitedProvision(clauses) ? provisionNotes(provisionFactsOf(work.state, ref, requestAt), clauses) : [];
  return { index, type, at: work.stamp.at, day: work.stamp.day, steps: work.steps, deadlines: work.deadlines, provisions };
}

/**
 * Applies an event already validated against {@link CaseEventSchema}.
 *
 * @internal
 */
export function applyParsed(state: CaseState, event: ParsedEvent, index: number | null = null): StepResult {
  const stamp = stampOf(event.at);
  if (state.clock !== null && isBefore(stamp, state.clock)) {
    const refusal: Refusal = {
      index, type: event.type, at: event.at, code: 'out_of_order',
      message: `The event of ${event.at} goes back in time: the case is already at ${state.clock.at}. Events must come in time order.`,
      clauses: [], process: null, instance: null, states: [], guards: [],
    };
    return { ok: false, state, refusal };
  }
  const work: Work = { state, stamp, steps: [], deadlines: [] };
  tick(work);
  let ref: ProcessRef | null = null;
  if (event.type !== 'time.passed') {
    const route = routeOf(work.state, event);
    if (!route.ok) {
      return { ok: false, state, refusal: { index, type: event.type, at: event.at, code: 'unknown_instance', message: route.message, clauses: route.clauses, process: null, instance: null, states: [], guards: [] } };
    }
    ref = route.ref;
    if (!dispatch(work, ref, event, 'event')) return { ok: false, state, refusal: refusalFor(work.state, ref, event, stamp, index) };
  }
  const entry = entryOf(work, index, event.type, ref, event.type === 'oso.requestedReviewInfo' ? event.at : undefined);
  return { ok: true, state: { ...work.state, clock: stamp, applied: state.applied + 1 }, entry };
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
 * @throws {@link ValidationError} when the event does not match its schema
 * @example
 * ```ts
 * let c = startCase({ name: 'Kintai Cloud' });
 * const r = applyEvent(c, { type: 'oso.acceptedPriorApplication', at: '2024-04-15' });
 * r.ok; //=> false
 * r.ok || r.refusal.code; //=> 'not_allowed'
 * ```
 */
export function applyEvent(state: CaseState, event: unknown): StepResult {
  return applyParsed(state, parseOrThrow(PARSED_EVENT_SCHEMA, event, 'the event'));
}
