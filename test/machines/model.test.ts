/**
 * Model-based tests with `xstate/graph`: each machine is walked with a set of events covering
 * every payload variant; every state node must be reached and every transition taken, and the
 * number of paths is pinned so the model cannot shrink silently.
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type AnyTransitionDefinition } from 'xstate';
import { processDef, type Process } from '../../src/machines/processes.js';
import { explain } from '../../src/machines/case/step.js';
import { stateNodesOf, transitionsOf } from '../../src/machines/_lib/walk.js';
import * as T from './_support/traversal.js';

interface Model {
  readonly process: Process;
  readonly events: readonly { type: string }[];
  readonly key: (s: AnyMachineSnapshot) => string;
  /** Distinct states the walk reaches (= shortest paths). */
  readonly states: number;
}

const MODELS: readonly Model[] = [
  { process: 'procedure', events: T.PROCEDURE_EVENTS, key: T.procedureKey, states: 109 },
  { process: 'registration', events: T.REGISTRATION_EVENTS, key: T.registrationKey, states: 33 },
  { process: 'incident', events: T.INCIDENT_EVENTS, key: T.incidentKey, states: 264 },
  { process: 'change', events: T.CHANGE_EVENTS, key: T.changeKey, states: 13 },
  { process: 'monitoring', events: T.MONITORING_EVENTS, key: T.monitoringKey, states: 20 },
  { process: 'reAudit', events: T.RE_AUDIT_EVENTS, key: T.reAuditKey, states: 15 },
  { process: 'appeals', events: T.APPEAL_EVENTS, key: T.valueKey, states: 9 },
];

const options = (m: Model) => ({ events: [...m.events] as never[], serializeState: (s: AnyMachineSnapshot) => m.key(s), serializeEvent: (e: unknown) => JSON.stringify(e), limit: 100_000 });

describe.each(MODELS)('$process machine', (m) => {
  const spec = processDef(m.process);
  const machine = spec.machine as AnyStateMachine;
  const adjacency = getAdjacencyMap(machine, options(m) as never) as unknown as Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { event: { type: string } }> }>;
  const snapshots = Object.values(adjacency).map((v) => v.state);

  it('reaches every state node', () => {
    const reached = new Set(snapshots.flatMap((s) => (s._nodes as { id: string }[]).map((n) => n.id)));
    const missing = stateNodesOf(machine).map((n) => n.id).filter((id) => !reached.has(id));
    expect(missing).toEqual([]);
  });

  it('takes every transition', () => {
    const taken = new Set<AnyTransitionDefinition>();
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const { event } of Object.values(transitions)) for (const t of machine.getTransitionData(state as never, event as never)) taken.add(t);
    }
    const untaken = transitionsOf(machine)
      .filter((t) => !taken.has(t.transition))
      .map((t) => `${t.node.id} --${t.event}--> ${(t.transition.meta as { label: string }).label}`);
    expect(untaken).toEqual([]);
  });

  it(`reaches ${m.states} distinct states by shortest paths`, () => {
    const paths = getShortestPaths(machine, options(m) as never);
    expect(paths.length).toBe(m.states);
    expect(Object.keys(adjacency).length).toBe(m.states);
  });

  it('explain agrees with XState on every explored edge: the transitions its guards pick are those XState takes', () => {
    let edges = 0;
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const { event } of Object.values(transitions)) {
        const taken = machine.getTransitionData(state as never, event as never);
        const why = explain(spec, state, event);
        expect(why.picked, `${m.key(state)} ${event.type}`).toEqual(taken);
        for (const f of why.failed) expect(f.guard.passed).toBe(false);
        const [next] = transition(machine, state, event as never);
        expect(taken.length > 0, `${m.key(state)} ${event.type}`).toBe(next !== state);
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(m.states);
  });
});

describe('simple paths', () => {
  it('appeals: both appeals answered is reached by a pinned number of simple paths', () => {
    const paths = getSimplePaths(processDef('appeals').machine, {
      events: [...T.APPEAL_EVENTS] as never[],
      serializeState: (s: AnyMachineSnapshot) => T.valueKey(s),
      toState: (s: AnyMachineSnapshot) => s.matches({ priorApplication: 'answered', registration: 'answered' }),
    } as never);
    expect(paths.length).toBe(8);
  });

  it('re-audit: back to idle after a request is reached by a pinned number of simple paths', () => {
    const paths = getSimplePaths(processDef('reAudit').machine, {
      events: [...T.RE_AUDIT_EVENTS] as never[],
      serializeState: (s: AnyMachineSnapshot) => JSON.stringify([s.value, (s.context as { count: number }).count > 0]),
      toState: (s: AnyMachineSnapshot) => s.matches('idle') && (s.context as { count: number }).count > 0,
    } as never);
    expect(paths.length).toBe(10);
  });
});
