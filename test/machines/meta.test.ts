/**
 * Every state node and transition carries meta with a label and catalogue clauses; guards are
 * named after a clause they cite; every event type is handled somewhere.
 */
import { describe, expect, it } from 'vitest';
import { isClauseId, isFormNumber } from '../../src/rules/catalogue/index.js';
import { PERIODS } from '../../src/rules/periods/index.js';
import { EVENT_DEFINITIONS } from '../../src/machines/events/catalogue.js';
import { PROCESSES } from '../../src/machines/processes.js';
import type { NodeMeta, TransitionMeta } from '../../src/machines/_lib/meta.js';
import { stateNodesOf, transitionsOf } from '../../src/machines/_lib/walk.js';

const bad = (ids: readonly string[]) => ids.filter((id) => !isClauseId(id));
const badForms = (forms: readonly string[] | undefined) => (forms ?? []).filter((f) => !isFormNumber(f));

describe.each([...PROCESSES])('$name machine meta', (spec) => {
  it('every state node has a label and catalogue clauses, and valid forms and obligations', () => {
    const problems: string[] = [];
    for (const node of stateNodesOf(spec.machine)) {
      const meta = node.meta as NodeMeta | undefined;
      if (meta === undefined || meta.label.trim() === '' || meta.clauses.length === 0) problems.push(`${node.id}: no meta`);
      else {
        for (const id of bad(meta.clauses)) problems.push(`${node.id}: unknown clause ${id}`);
        for (const f of badForms(meta.forms)) problems.push(`${node.id}: unknown form ${f}`);
        for (const o of meta.obligations ?? []) {
          if (!isClauseId(o.clause)) problems.push(`${node.id}: obligation clause ${o.clause}`);
          if (o.period !== undefined && !(o.period in PERIODS)) problems.push(`${node.id}: obligation period ${o.period}`);
          for (const f of badForms(o.forms)) problems.push(`${node.id}: obligation form ${f}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every transition has meta with a label and catalogue clauses', () => {
    const problems: string[] = [];
    for (const { node, event, transition } of transitionsOf(spec.machine)) {
      const meta = transition.meta as TransitionMeta | undefined;
      const where = `${node.id} --${event}-->`;
      if (meta === undefined || meta.label.trim() === '' || meta.clauses.length === 0) problems.push(`${where}: no meta`);
      else {
        for (const id of bad(meta.clauses)) problems.push(`${where}: unknown clause ${id}`);
        for (const f of badForms(meta.forms)) problems.push(`${where}: unknown form ${f}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('guards are named after a clause they cite, cite catalogue clauses, and are all used', () => {
    const used = new Set(transitionsOf(spec.machine).map((t) => t.transition.guard).filter((g): g is string => typeof g === 'string'));
    const problems: string[] = [];
    for (const [name, guard] of Object.entries(spec.guards)) {
      const clause = name.split(':')[0] ?? '';
      if (!guard.clauses.includes(clause)) problems.push(`${name}: not named after one of its clauses`);
      for (const id of bad(guard.clauses)) problems.push(`${name}: unknown clause ${id}`);
      if (!used.has(name)) problems.push(`${name}: unused`);
    }
    for (const name of used) if (!(name in spec.guards)) problems.push(`${name}: used but not defined`);
    expect(problems).toEqual([]);
  });

  it('uses no delayed transitions, invoked services or non-assign actions', () => {
    for (const node of stateNodesOf(spec.machine)) {
      expect(node.after, node.id).toEqual([]);
      expect(node.invoke, node.id).toEqual([]);
      expect(node.entry.length + node.exit.length, node.id).toBe(0);
    }
    for (const { transition } of transitionsOf(spec.machine)) {
      for (const action of transition.actions) expect(typeof action === 'string' || (action as { type?: string }).type === 'xstate.assign', JSON.stringify(action)).toBe(true);
    }
  });
});

describe('event catalogue', () => {
  it('cites catalogue clauses and forms', () => {
    const problems = EVENT_DEFINITIONS.flatMap((d) => [...bad(d.info.clauses).map((c) => `${d.type}: ${c}`), ...badForms(d.info.forms).map((f) => `${d.type}: form ${f}`)]);
    expect(problems).toEqual([]);
  });

  it('every event type is handled by a transition of its process', () => {
    const handled = new Set(PROCESSES.flatMap((p) => transitionsOf(p.machine).map((t) => t.event)));
    const unhandled = EVENT_DEFINITIONS.map((d) => d.type).filter((t) => !handled.has(t));
    expect(unhandled).toEqual([]);
  });
});

describe('effects between processes', () => {
  const OPEN = PROCESSES.map((p) => p.name);
  /** Edges from "process: event" to "process: event" for every effect a transition names. */
  const graph = new Map<string, Set<string>>();
  const undefinedEffects: string[] = [];
  for (const def of PROCESSES) {
    for (const { event, transition } of transitionsOf(def.machine)) {
      for (const name of (transition.meta as TransitionMeta).effects ?? []) {
        const spec = def.effects?.[name];
        if (spec === undefined) {
          undefinedEffects.push(`${def.name}: ${name}`);
          continue;
        }
        for (const send of spec.sends) {
          for (const to of send.to === 'open' ? OPEN : [send.to]) {
            const target = PROCESSES.find((p) => p.name === to);
            if (target === undefined || !transitionsOf(target.machine).some((t) => t.event === send.type)) continue;
            const from = `${def.name}: ${event}`;
            if (!graph.has(from)) graph.set(from, new Set());
            graph.get(from)?.add(`${to}: ${send.type}`);
          }
        }
      }
    }
  }

  it('every effect a transition names is defined by its process', () => {
    expect(undefinedEffects).toEqual([]);
  });

  it('the effect graph is acyclic, and its longest chain is a renewal rejected by a lapsed period deleting the registration and closing the incidents', () => {
    const longest = new Map<string, string[]>();
    const visiting = new Set<string>();
    const chain = (node: string): string[] => {
      const known = longest.get(node);
      if (known !== undefined) return known;
      if (visiting.has(node)) throw new Error(`effect cycle through ${node}`);
      visiting.add(node);
      let best: string[] = [];
      for (const next of graph.get(node) ?? []) {
        const c = chain(next);
        if (c.length > best.length) best = c;
      }
      visiting.delete(node);
      const result = [node, ...best];
      longest.set(node, result);
      return result;
    };
    const chains = [...graph.keys()].map(chain).sort((a, b) => b.length - a.length);
    expect(chains[0]?.length).toBe(3);
    expect(chains[0]?.slice(1)).toEqual(['registration: case.renewalRejected', 'procedure: case.registrationEnded']);
  });
});
