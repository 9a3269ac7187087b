/**
 * The case reducer steps machines with `pureTransition` (one inert actor scope per machine)
 * instead of XState's `transition()` (a new scope per call). On every edge of every machine's
 * model walk, both must give the same next snapshot: same value, same context, same status.
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import { transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { processDef, type Process } from '../../src/machines/processes.js';
import { pureTransition } from '../../src/machines/_lib/pureTransition.js';
import * as T from './_support/traversal.js';

const WALKS: readonly [Process, readonly { type: string }[], (s: AnyMachineSnapshot) => string][] = [
  ['procedure', T.PROCEDURE_EVENTS, T.procedureKey],
  ['registration', T.REGISTRATION_EVENTS, T.registrationKey],
  ['incident', T.INCIDENT_EVENTS, T.incidentKey],
  ['change', T.CHANGE_EVENTS, T.changeKey],
  ['monitoring', T.MONITORING_EVENTS, T.valueKey],
  ['reAudit', T.RE_AUDIT_EVENTS, T.valueKey],
  ['appeals', T.APPEAL_EVENTS, T.valueKey],
];

const view = (s: AnyMachineSnapshot) => ({ value: s.value, context: s.context, status: s.status });

describe.each(WALKS)('%s machine', (process, events, key) => {
  it('pureTransition equals xstate transition on every edge of the model walk', () => {
    const machine = processDef(process).machine as AnyStateMachine;
    const adjacency = getAdjacencyMap(machine, {
      events: [...events] as never[],
      serializeState: (s: AnyMachineSnapshot) => key(s),
      serializeEvent: (e: unknown) => JSON.stringify(e),
      limit: 100_000,
    } as never) as unknown as Record<string, { state: AnyMachineSnapshot }>;
    let edges = 0;
    for (const { state } of Object.values(adjacency)) {
      for (const event of events) {
        const [expected] = transition(machine, state, event as never);
        expect(view(pureTransition(machine, state, event as never))).toEqual(view(expected as AnyMachineSnapshot));
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(0);
  });
});
