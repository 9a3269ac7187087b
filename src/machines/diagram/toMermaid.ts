/**
 * `toMermaid`: a state diagram of a lifecycle machine, read off the machine itself.
 *
 * @module
 */
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { NodeMeta, TransitionMeta } from '../_lib/meta.js';
import { escapeLabel, mermaidId, place } from './mermaidText.js';

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /** The diagram direction; Mermaid's default (`TB`) when absent. */
  readonly direction?: 'TB' | 'LR' | 'BT' | 'RL';
  /** Label transitions with their clauses (default `true`). */
  readonly clauses?: boolean;
  /** Label transitions with their guard names (default `true`). */
  readonly guards?: boolean;
  /** Describe simple states with their `meta` label and clauses (default `true`). */
  readonly descriptions?: boolean;
}

type Options = Required<Omit<MermaidOptions, 'direction'>>;

function guardName(t: AnyTransitionDefinition): string | null {
  const g: unknown = t.guard;
  if (typeof g === 'string') return g;
  if (typeof g === 'function') return g.name === '' ? 'inline guard' : g.name;
  if (typeof g === 'object' && g !== null && 'type' in g) return String(g.type);
  return null;
}

function edgeLabel(event: string, t: AnyTransitionDefinition, note: string | null, o: Options): string {
  const meta = t.meta as TransitionMeta | undefined;
  const guard = guardName(t);
  const parts = [event === '' ? '(always)' : event];
  if (o.guards && guard !== null) parts.push(`[${guard}]`);
  if (o.clauses && meta !== undefined && meta.clauses.length > 0) parts.push(`(${meta.clauses.join(', ')})`);
  if (note !== null) parts.push(note);
  return parts.map(escapeLabel).join('<br/>');
}

const anyId = (block: AnyStateNode): string => `${mermaidId(block)}__any`;

function collectEdges(machine: AnyStateMachine, o: Options): Map<AnyStateNode, string[]> {
  const edges = new Map<AnyStateNode, string[]>();
  const visit = (node: AnyStateNode): void => {
    for (const [event, list] of node.transitions) {
      for (const t of list) {
        for (const target of t.target ?? [undefined]) {
          const p = place(node, target);
          const from = p.from === null ? anyId(p.block) : mermaidId(p.from);
          const to = p.to === null ? from : mermaidId(p.to);
          const notes = [p.from !== null && p.from !== node ? `from ${node.key}` : null, target !== undefined && p.to !== null && p.to !== target ? `to ${target.key}` : null];
          const note = notes.filter((n) => n !== null).join(', ');
          const lines = edges.get(p.block) ?? [];
          lines.push(`${from} --> ${to} : ${edgeLabel(event, t, note === '' ? null : note, o)}`);
          edges.set(p.block, lines);
        }
      }
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return edges;
}

function emitBlock(node: AnyStateNode, depth: number, edges: Map<AnyStateNode, string[]>, o: Options, out: string[]): void {
  const pad = '  '.repeat(depth);
  const own = edges.get(node) ?? [];
  if (own.some((line) => line.startsWith(`${anyId(node)} `))) out.push(`${pad}state "any state" as ${anyId(node)}`);
  const children = Object.values(node.states);
  const initial = node.initial?.target[0];
  if (node.type !== 'parallel' && initial !== undefined) out.push(`${pad}[*] --> ${mermaidId(initial)}`);
  const edgeLines = own.map((line) => `${pad}${line}`);
  if (node.type === 'parallel') out.push(...edgeLines);
  children.forEach((child, i) => {
    if (node.type === 'parallel' && i > 0) out.push(`${pad}--`);
    emitState(child, depth, edges, o, out);
  });
  if (node.type !== 'parallel') out.push(...edgeLines);
}

function emitState(node: AnyStateNode, depth: number, edges: Map<AnyStateNode, string[]>, o: Options, out: string[]): void {
  const pad = '  '.repeat(depth);
  const id = mermaidId(node);
  if (Object.keys(node.states).length > 0) {
    out.push(`${pad}state "${escapeLabel(node.key)}" as ${id} {`);
    emitBlock(node, depth + 1, edges, o, out);
    out.push(`${pad}}`);
  } else {
    out.push(`${pad}state "${escapeLabel(node.key)}" as ${id}`);
    const meta = node.meta as NodeMeta | undefined;
    if (o.descriptions && meta !== undefined) out.push(`${pad}${id} : ${escapeLabel(meta.label)}${meta.clauses.length > 0 ? `<br/>(${escapeLabel(meta.clauses.join(', '))})` : ''}`);
  }
  if (node.type === 'final') out.push(`${pad}${id} --> [*]`);
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, read off its state nodes: nested states as
 * composite states, parallel regions separated by `--`, each transition labelled with its
 * event, its guard (by name) and the clauses of its `meta`, each simple state described with
 * its `meta` label and clauses. Mermaid cannot draw an edge between states of different
 * composite states, so such an edge is drawn between the composite states that contain its
 * ends, noting the real source (`from …`) and target (`to …`); a transition declared on a
 * composite state (or the machine itself) that targets one of its descendants comes from an
 * "any state" pseudo-state inside it. A parallel machine is drawn as one composite state named
 * after the machine id (Mermaid separates regions only inside one). Pure and deterministic: the same machine gives the same
 * text, in document order.
 *
 * @param machine - any XState v5 machine, e.g. {@link incidentMachine}
 * @param options - direction and which labels to show
 * @returns the diagram text, ending with a newline
 * @example
 * ```ts
 * const text = toMermaid(changeMachine, { descriptions: false });
 * text.split('\n')[0]; //=> 'stateDiagram-v2'
 * text.includes('none --> notified : applicant.notifiedSignificantControlChange'); //=> true
 * ```
 */
export function toMermaid(machine: AnyStateMachine, options: MermaidOptions = {}): string {
  const o: Options = { clauses: options.clauses ?? true, guards: options.guards ?? true, descriptions: options.descriptions ?? true };
  const out = ['stateDiagram-v2'];
  if (options.direction !== undefined) out.push(`  direction ${options.direction}`);
  const edges = collectEdges(machine, o);
  // Mermaid allows `--` (parallel regions) only inside a composite state.
  if (machine.root.type === 'parallel') emitState(machine.root, 1, edges, o, out);
  else emitBlock(machine.root, 1, edges, o, out);
  return `${out.join('\n')}\n`;
}
