/**
 * Which transitions an event takes, mirroring XState's selection (the deepest active state
 * first, the first transition whose guard passes, one per parallel region), so that the case
 * reducer can record the guards evaluated and say why an event was refused.
 *
 * @internal
 * @module
 */
import type { AnyMachineSnapshot, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { CheckFailure } from '../../rules/checks/types.js';
import { VARIANT, checkOnce } from '../_lib/guards.js';
import type { NodeMeta, TransitionMeta } from '../_lib/meta.js';
import type { ProcessSpec } from './processes.js';

/** A guard as evaluated. @internal */
export interface GuardOutcome {
  readonly name: string;
  readonly clauses: readonly string[];
  readonly passed: boolean;
  readonly failures: readonly CheckFailure[];
}

/** A transition considered for an event. @internal */
export interface Candidate {
  readonly transition: AnyTransitionDefinition;
  readonly meta: TransitionMeta;
  readonly guard: GuardOutcome | null;
}

/** The transitions taken, and those whose guard failed. @internal */
export interface Selection {
  readonly taken: readonly Candidate[];
  readonly failed: readonly Candidate[];
  readonly handled: boolean;
}

const EMPTY: readonly AnyTransitionDefinition[] = [];

/**
 * The atomic states of a snapshot, in document order.
 *
 * @internal
 */
export function atomicNodes(snapshot: AnyMachineSnapshot): readonly AnyStateNode[] {
  return (snapshot._nodes as AnyStateNode[]).filter((n) => n.type === 'atomic' || n.type === 'final').sort((a, b) => a.order - b.order);
}

/** The meta of a state node. @internal */
export function nodeMeta(n: AnyStateNode): NodeMeta {
  return n.meta as NodeMeta;
}

/**
 * Evaluates one guard by name.
 *
 * @internal
 */
export function evaluateGuard(spec: ProcessSpec, name: string, context: unknown, event: unknown): GuardOutcome {
  const guard = spec.guards[name];
  if (guard === undefined) throw new Error(`Unknown guard ${name} in ${spec.name}`);
  const failures = checkOnce(guard, context as never, event as never);
  return { name, clauses: guard.clauses, passed: failures.length === 0, failures };
}

/**
 * The transitions `event` takes from `snapshot`.
 *
 * @internal
 */
export function select(spec: ProcessSpec, snapshot: AnyMachineSnapshot, event: { type: string }): Selection {
  const taken: Candidate[] = [];
  const failed: Candidate[] = [];
  const seen = new Set<AnyTransitionDefinition>();
  let handled = false;
  for (const atomic of atomicNodes(snapshot)) {
    for (let n: AnyStateNode | undefined = atomic; n !== undefined; n = n.parent) {
      const candidates = n.transitions.get(event.type) ?? EMPTY;
      if (candidates.length === 0) continue;
      handled = true;
      let chosen: Candidate | null = null;
      for (const transition of candidates) {
        const name = typeof transition.guard === 'string' ? transition.guard : null;
        const guard = name === null ? null : evaluateGuard(spec, name, snapshot.context, event);
        const candidate: Candidate = { transition, meta: transition.meta as TransitionMeta, guard };
        if (guard === null || guard.passed) {
          chosen = candidate;
          break;
        }
        if (!seen.has(transition)) failed.push(candidate);
        seen.add(transition);
      }
      if (chosen !== null) {
        if (!seen.has(chosen.transition)) taken.push(chosen);
        seen.add(chosen.transition);
        break;
      }
    }
  }
  return { taken, failed, handled };
}

/**
 * The real failures of the candidates an event could not take (variant mismatches left out).
 *
 * @internal
 */
export function realFailures(selection: Selection): readonly { readonly guard: GuardOutcome; readonly meta: TransitionMeta }[] {
  const out: { guard: GuardOutcome; meta: TransitionMeta }[] = [];
  for (const c of selection.failed) {
    if (c.guard === null) continue;
    const real = c.guard.failures.filter((f) => f.clause !== VARIANT);
    if (real.length === 0) continue;
    out.push({ guard: { ...c.guard, failures: real }, meta: c.meta });
  }
  return out;
}
