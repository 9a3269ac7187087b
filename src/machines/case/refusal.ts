/**
 * Why an event was refused: the state it met, or the guards that failed.
 *
 * @internal
 * @module
 */
import type { ParsedEvent } from '../events/catalogue.js';
import type { Stamp } from '../_lib/time.js';
import { routedEvent } from './routedEvent.js';
import { PROCESSES, initialSnapshot } from './processes.js';
import { atomicNodes, nodeMeta, realFailures, select } from './select.js';
import { snapshotAt, type CaseState, type ProcessRef } from './state.js';
import type { Refusal } from './types.js';

/**
 * The refusal of `event` routed to `ref` in `state` (after the tick to its date).
 *
 * @internal
 */
export function refusalFor(state: CaseState, ref: ProcessRef, event: ParsedEvent, stamp: Stamp, index: number | null): Refusal {
  const snapshot = snapshotAt(state, ref) ?? initialSnapshot(ref.process);
  const routed = routedEvent(event, state, stamp.day);
  const selection = select(PROCESSES[ref.process], snapshot, routed);
  const states = atomicNodes(snapshot).map((n) => ({ id: n.id, label: nodeMeta(n).label, clauses: nodeMeta(n).clauses, forms: nodeMeta(n).forms ?? [] }));
  const failures = realFailures(selection);
  const where = states.map((s) => `${s.label} (${s.clauses.join(', ')})`).join('; ');
  const base = { index, type: event.type, at: event.at, process: ref.process, instance: ref.key, states };
  if (!selection.handled || failures.length === 0) {
    return {
      ...base,
      code: 'not_allowed',
      message: `${event.type} is not allowed in the current state of the ${ref.process}${ref.key === null ? '' : ` ${JSON.stringify(ref.key)}`}: ${where}.`,
      clauses: [...new Set(states.flatMap((s) => s.clauses))],
      guards: [],
    };
  }
  const guards = failures.map((f) => f.guard);
  const reasons = guards.flatMap((g) => g.failures.map((x) => `${x.clause}: ${x.reason}`));
  return {
    ...base,
    code: 'guard_failed',
    message: `${event.type} is refused: ${reasons.join(' ')}`,
    clauses: [...new Set(guards.flatMap((g) => g.failures.map((x) => x.clause)))],
    guards,
  };
}
