/**
 * toMermaid in parts (`depth`, `state`): one level of a machine with its composite states closed,
 * or one composite state alone. The parts of a machine, one level each, hold every state and
 * every transition of the whole diagram exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { isIsmapLiuError } from '../../src/errors.js';
import { appealsMachine, changeMachine, incidentMachine, monitoringMachine, procedureMachine, reAuditMachine, registrationMachine, toMermaid } from '../../src/machines/index.js';

const MACHINES = { procedureMachine, registrationMachine, incidentMachine, changeMachine, monitoringMachine, reAuditMachine, appealsMachine };

const composites = (node: AnyStateNode): AnyStateNode[] => Object.values(node.states).filter((n) => Object.keys(n.states).length > 0).flatMap((n) => [n, ...composites(n)]);

/** The overview and a part per composite state, each one level deep. */
const parts = (machine: AnyStateMachine): string[] => [toMermaid(machine, { depth: 1 }), ...composites(machine.root).map((n) => toMermaid(machine, { state: n.path.join('.'), depth: 1 }))];

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim());
const edges = (text: string): string[] => lines(text).filter((l) => / --> /.test(l) && !l.startsWith('[*]') && !l.endsWith('[*]'));
const declared = (text: string): string[] => lines(text).filter((l) => /^state ".*" as \w+( \{)?$/.test(l) && !l.startsWith('state "any state"')).map((l) => l.replace(/ \{$/, ''));
const sorted = (list: string[]): string[] => [...list].sort();

describe('toMermaid in parts', () => {
  it.each(Object.entries(MACHINES))('%s: the parts hold every transition and every state of the whole, once', (_name, machine) => {
    const whole = toMermaid(machine);
    const all = parts(machine);
    expect(sorted(all.flatMap(edges))).toEqual(sorted(edges(whole)));
    // A parallel state drawn alone is wrapped in a composite of itself: its parent's part declares it.
    const own = composites(machine.root).map((n) => [`state "${n.key}" as ${n.path.join('_')}`]);
    const states = all.flatMap((part, i) => declared(part).filter((l) => i === 0 || !own[i - 1]?.includes(l)));
    expect(sorted(states)).toEqual(sorted(declared(whole)));
    for (const part of all) expect(part.startsWith('stateDiagram-v2\n')).toBe(true);
  });

  it('depth 1 draws the procedure as one level, composite states closed with the states they hold', () => {
    const overview = toMermaid(procedureMachine, { depth: 1 });
    expect(overview).not.toMatch(/\{\n/);
    expect(overview).toContain('  state "priorApplication" as priorApplication\n  priorApplication : Prior Application<br/>(3.1, 4.1, 5.1)<br/>▸ submitted, inquiry, review, reported, judged\n');
    expect(overview).toContain('  priorApplication --> notAccepted : time.passed<br/>[4.5(1):answerOverdue]<br/>(4.5(1))<br/>from inquiry\n');
    expect(overview).not.toContain('priorApplication_submitted');
    expect(toMermaid(procedureMachine, { depth: 1, descriptions: false })).not.toContain('▸');
  });

  it('state draws one composite state alone: the inside of its block in the whole diagram', () => {
    const whole = toMermaid(procedureMachine).split('\n');
    const open = whole.indexOf('  state "application" as application {');
    const close = whole.indexOf('  }', open);
    const inside = whole.slice(open + 1, close).map((l) => l.slice(2));
    expect(toMermaid(procedureMachine, { state: 'application' })).toBe(['stateDiagram-v2', ...inside, ''].join('\n'));
    expect(inside[0]).toBe('  [*] --> application_submitted');
  });

  it('a parallel state is drawn as one composite with its regions; depth closes them', () => {
    const revised = toMermaid(incidentMachine, { state: 'revised', depth: 1 });
    expect(revised.split('\n').slice(0, 4)).toEqual(['stateDiagram-v2', '  state "revised" as revised {', '    state "reporting" as revised_reporting', '    revised_reporting : Reporting<br/>(13.2, 13.3, 13.4)<br/>▸ awaitingUrgent, awaitingConfirmed, confirmed']);
    expect(revised).toContain('\n    --\n    state "osoSuspension" as revised_osoSuspension\n');
    expect(toMermaid(incidentMachine, { state: 'revised.scSuspension.inForce' })).toContain('[*] --> revised_scSuspension_inForce_');
  });

  it('depth counts from the drawn state, and a depth past the deepest level draws everything', () => {
    expect(toMermaid(incidentMachine, { state: 'revised', depth: 2 })).toContain('state "inForce" as revised_scSuspension_inForce\n');
    expect(toMermaid(incidentMachine, { state: 'revised', depth: 3 })).toContain('state "inForce" as revised_scSuspension_inForce {');
    expect(toMermaid(incidentMachine, { depth: 99 })).toBe(toMermaid(incidentMachine));
    expect(toMermaid(changeMachine, { depth: 1 })).toBe(toMermaid(changeMachine));
  });

  it.each([
    [{ state: 'idle' }, 'options.state', 'the dotted path of a composite state of procedure: priorApplication, application, review, suspendedRegistration'],
    [{ state: 'priorApplication.submitted' }, 'options.state', 'the dotted path of a composite state of procedure'],
    [{ state: 7 }, 'options.state', 'the dotted path of a composite state of procedure'],
    [{ depth: 0 }, 'options.depth', 'an integer from 1'],
    [{ depth: 1.5 }, 'options.depth', 'an integer from 1'],
    [{ depth: '1' }, 'options.depth', 'an integer from 1'],
  ])('refuses %j with a typed error naming %s', (options, argument, expected) => {
    let caught: unknown;
    try {
      toMermaid(procedureMachine, options as never);
    } catch (error) {
      caught = error;
    }
    expect(isIsmapLiuError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'invalid_argument', argument });
    expect((caught as { expected: string }).expected).toContain(expected);
  });
});
