/**
 * Pure XState transitions without the per-call cost of `transition()`.
 *
 * XState's `transition(logic, snapshot, event)` builds an inert actor scope on every call, and
 * building it creates an actor, which computes the machine's initial snapshot: about 15 µs
 * before any work. The machines here have no invoked or spawned actors, no delays and only
 * `assign` actions, so one inert scope per machine can serve every call: this calls the
 * machine's own `transition(snapshot, event, scope)` (the `ActorLogic` interface) with a scope
 * made once. Actions XState would hand to an executor are collected and dropped, exactly as
 * `transition()` returns them to a caller that does not run them.
 *
 * @internal
 * @module
 */
import { createActor, type ActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

const SCOPES = new WeakMap<AnyStateMachine, ActorScope<AnyMachineSnapshot, EventObject>>();

function scopeOf(machine: AnyStateMachine): ActorScope<AnyMachineSnapshot, EventObject> {
  let scope = SCOPES.get(machine);
  if (scope === undefined) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      system: self.system,
      stopChild: () => {},
      emit: () => {},
      actionExecutor: () => {},
    } as unknown as ActorScope<AnyMachineSnapshot, EventObject>;
    SCOPES.set(machine, scope);
  }
  return scope;
}

/**
 * The next snapshot of `machine` from `snapshot` on `event`: the same as XState's
 * `transition(machine, snapshot, event)[0]`, without building a scope per call.
 *
 * @internal
 */
export function pureTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot {
  return machine.transition(snapshot, event, scopeOf(machine)) as AnyMachineSnapshot;
}
