/**
 * toMermaid draws every state and every transition of a machine, with its event, guard and
 * clauses, deterministically.
 */
import { describe, expect, it } from 'vitest';
import { appealsMachine, changeMachine, incidentMachine, procedureMachine, registrationMachine, toMermaid } from '../../src/machines/index.js';
import { stateNodesOf, transitionsOf } from '../../src/machines/_lib/walk.js';

const MACHINES = { procedureMachine, registrationMachine, incidentMachine, changeMachine, appealsMachine };

describe('toMermaid', () => {
  it.each(Object.entries(MACHINES))('%s: one edge per transition target, every state declared', (_name, machine) => {
    const text = toMermaid(machine);
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    const edges = text.split('\n').filter((l) => / --> (?!.*\[\*\])/.test(l) && !l.trim().startsWith('[*]'));
    expect(edges.length).toBe(transitionsOf(machine).reduce((n, t) => n + (t.transition.target?.length ?? 1), 0));
    for (const node of stateNodesOf(machine).slice(1)) expect(text).toContain(`state "${node.key}" as ${node.path.join('_')}`);
    expect(toMermaid(machine)).toBe(text);
  });

  it('labels a transition with its event, guard and clauses', () => {
    expect(toMermaid(incidentMachine)).toContain('  none --> revised : applicant.recognizedIncident<br/>[13.1(1):reportable]<br/>(13.1(1), 13.2, 13.3)\n');
  });

  it('draws an edge leaving a composite state from the composite, noting its source', () => {
    expect(toMermaid(incidentMachine)).toContain('revised_scSuspension_inForce --> revised_scSuspension_lifted : sc.liftedSuspension<br/>(13.10)<br/>from reinstatementApplied');
  });

  it('draws a transition of the machine itself from an "any state" pseudo-state', () => {
    const text = toMermaid(procedureMachine);
    expect(text).toContain('  state "any state" as procedure__any\n');
    expect(text).toContain('  procedure__any --> lapsed : case.registrationEnded<br/>[12.1:renewalRoundLapses]<br/>(12.1, 18.2)\n');
  });

  it('wraps a parallel machine in a composite state with regions separated by --', () => {
    const text = toMermaid(appealsMachine);
    expect(text).toMatch(/^stateDiagram-v2\n {2}state "appeals" as appeals \{\n/);
    expect(text).toContain('    }\n    --\n    state "registration" as registration {');
  });

  it('escapes ; and " in labels, and honours the options', () => {
    expect(toMermaid(appealsMachine)).toContain('Appeal filed#59; the ministries reply');
    const bare = toMermaid(changeMachine, { direction: 'LR', clauses: false, guards: false, descriptions: false });
    expect(bare.split('\n').slice(0, 4)).toEqual(['stateDiagram-v2', '  direction LR', '  [*] --> none', '  state "none" as none']);
    expect(bare).toContain('  none --> notified : applicant.notifiedSignificantControlChange\n');
  });
});
