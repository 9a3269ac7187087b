/**
 * Model-based tests with `xstate/graph`: each machine is walked with a set of events covering
 * every payload variant; every state node must be reached and every transition taken, and the
 * number of paths is pinned so the model cannot shrink silently.
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type AnyTransitionDefinition } from 'xstate';
import { PROCESSES, type Process } from '../../src/machines/case/processes.js';
import { select } from '../../src/machines/case/select.js';
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
  { process: 'procedure', events: T.PROCEDURE_EVENTS, key: T.procedureKey, states: 87 },
  { process: 'registration', events: T.REGISTRATION_EVENTS, key: T.registrationKey, states: 13 },
  { process: 'incident', events: T.INCIDENT_EVENTS, key: T.incidentKey, states: 69 },
  { process: 'change', events: T.CHANGE_EVENTS, key: T.changeKey, states: 9 },
  { process: 'monitoring', events: T.MONITORING_EVENTS, key: T.valueKey, states: 4 },
  { process: 'reAudit', events: T.RE_AUDIT_EVENTS, key: T.valueKey, states: 4 },
  { process: 'appeals', events: T.APPEAL_EVENTS, key: T.valueKey, states: 9 },
];

const options = (m: Model) => ({ events: [...m.events] as never[], serializeState: (s: AnyMachineSnapshot) => m.key(s), serializeEvent: (e: unknown) => JSON.stringify(e), limit: 100_000 });

describe.each(MODELS)('$process machine', (m) => {
  const spec = PROCESSES[m.process];
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
      for (const { event } of Object.values(transitions)) for (const c of select(spec, state, event).taken) taken.add(c.transition);
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

  it('agrees with the case reducer mirror on every explored edge', () => {
    for (const { state, transitions } of Object.values(adjacency)) {
      for (const { event } of Object.values(transitions)) {
        const [next] = transition(machine, state, event as never);
        const changed = next !== state;
        expect(select(spec, state, event).taken.length > 0, `${m.key(state)} ${event.type}`).toBe(changed);
      }
    }
  });
});

describe('simple paths', () => {
  it('appeals: both appeals answered is reached by a pinned number of simple paths', () => {
    const paths = getSimplePaths(PROCESSES.appeals.machine, {
      events: [...T.APPEAL_EVENTS] as never[],
      serializeState: (s: AnyMachineSnapshot) => T.valueKey(s),
      toState: (s: AnyMachineSnapshot) => s.matches({ priorApplication: 'answered', registration: 'answered' }),
    } as never);
    expect(paths.length).toBe(8);
  });

  it('re-audit: back to idle after a request is reached by a pinned number of simple paths', () => {
    const paths = getSimplePaths(PROCESSES.reAudit.machine, {
      events: [...T.RE_AUDIT_EVENTS] as never[],
      serializeState: (s: AnyMachineSnapshot) => JSON.stringify([s.value, (s.context as { count: number }).count > 0]),
      toState: (s: AnyMachineSnapshot) => s.matches('idle') && (s.context as { count: number }).count > 0,
    } as never);
    expect(paths.length).toBe(10);
  });
});
