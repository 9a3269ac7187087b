/**
 * `toMermaid`: a state diagram of a lifecycle machine, read off the machine itself.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { isRecord, optionalChoice, optionalString, readOptions } from '../../_lib/args.js';
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
  /**
   * Draw only this composite state and what it contains: its path from the machine's root,
   * keys joined by `.` (`'priorApplication'`, `'revised.reporting'`). Transitions that enter or
   * leave it belong to the diagram of its parent and are left out. Default: the whole machine.
   */
  readonly state?: string;
  /**
   * How many levels of states to draw below the drawn root (an integer ≥ 1; default: all). A
   * composite state on the last level is drawn closed: as a simple state whose description
   * names the states it holds (`▸ a, b, c`), without its inner transitions; transitions between
   * states on the drawn levels are all drawn, those leaving or entering a closed state noting
   * their real source or target.
   */
  readonly depth?: number;
}

/** What the drawing needs: the labels shown, the state drawn and how deep. */
interface Options {
  readonly clauses: boolean;
  readonly guards: boolean;
  readonly descriptions: boolean;
  readonly root: AnyStateNode;
  readonly depth: number;
}

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

function description(node: AnyStateNode, closed: boolean): string | null {
  const meta = node.meta as NodeMeta | undefined;
  const parts = meta === undefined ? [] : [escapeLabel(meta.label), ...(meta.clauses.length > 0 ? [`(${escapeLabel(meta.clauses.join(', '))})`] : [])];
  if (closed) parts.push(`▸ ${escapeLabel(Object.keys(node.states).join(', '))}`);
  return parts.length === 0 ? null : parts.join('<br/>');
}

function emitState(node: AnyStateNode, depth: number, edges: Map<AnyStateNode, string[]>, o: Options, out: string[]): void {
  const pad = '  '.repeat(depth);
  const id = mermaidId(node);
  const composite = Object.keys(node.states).length > 0;
  const closed = composite && node.path.length - o.root.path.length >= o.depth;
  if (composite && !closed) {
    out.push(`${pad}state "${escapeLabel(node.key)}" as ${id} {`);
    emitBlock(node, depth + 1, edges, o, out);
    out.push(`${pad}}`);
  } else {
    out.push(`${pad}state "${escapeLabel(node.key)}" as ${id}`);
    const text = o.descriptions ? description(node, closed) : null;
    if (text !== null) out.push(`${pad}${id} : ${text}`);
  }
  if (node.type === 'final') out.push(`${pad}${id} --> [*]`);
}

/** The composite state named by the `state` option (a dotted path), or the machine's root. */
function drawnRoot(machine: AnyStateMachine, state: unknown): AnyStateNode {
  const composites = (node: AnyStateNode): AnyStateNode[] => Object.values(node.states).filter((n) => Object.keys(n.states).length > 0).flatMap((n) => [n, ...composites(n)]);
  const all = composites(machine.root);
  const expected = `the dotted path of a composite state of ${machine.id}: ${all.map((n) => n.path.join('.')).join(', ') || '(it has none)'}`;
  const path = optionalString(state, 'options.state', expected);
  if (path === undefined) return machine.root;
  const found = all.find((n) => n.path.join('.') === path);
  if (found === undefined) throw new InvalidArgumentError('options.state', path, expected);
  return found;
}

/** The `depth` option: an integer ≥ 1, or every level. */
function drawnDepth(depth: unknown): number {
  if (depth === undefined) return Number.POSITIVE_INFINITY;
  if (typeof depth === 'number' && Number.isSafeInteger(depth) && depth >= 1) return depth;
  throw new InvalidArgumentError('options.depth', depth, 'an integer from 1 (the levels drawn)');
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
 * A large machine reads better in parts: `depth: 1` draws one level, with composite states
 * closed (described by the states they hold, `▸ a, b`), and `state` draws one composite state
 * alone; the docs site draws the procedure and incident machines so.
 *
 * @param machine - any XState v5 machine, e.g. {@link incidentMachine}
 * @param options - direction, which labels to show, which state and how deep
 * @returns the diagram text, ending with a newline
 * @throws {@link InvalidArgumentError} for an unknown option, a `state` that is not the dotted
 *   path of a composite state, or a `depth` that is not an integer from 1
 * @example
 * ```ts
 * const text = toMermaid(changeMachine, { descriptions: false });
 * text.split('\n')[0]; //=> 'stateDiagram-v2'
 * text.includes('none --> notified : applicant.notifiedSignificantControlChange'); //=> true
 *
 * const overview = toMermaid(procedureMachine, { depth: 1 });
 * overview.includes('priorApplication : Prior Application<br/>(3.1, 4.1, 5.1)<br/>▸ submitted, inquiry, review, reported, judged'); //=> true
 * toMermaid(procedureMachine, { state: 'application' }).split('\n')[1]; //=> '  [*] --> application_submitted'
 * ```
 */
export function toMermaid(machine: AnyStateMachine, options: MermaidOptions = {}): string {
  if (!isRecord(machine) || !isRecord(machine.root) || !isRecord(machine.root.states) || typeof machine.root.type !== 'string') {
    throw new InvalidArgumentError('machine', machine, 'an XState machine made with createMachine or setup().createMachine');
  }
  const given = readOptions(options, 'options of toMermaid', ['direction', 'clauses', 'guards', 'descriptions', 'state', 'depth']);
  const flag = (key: 'clauses' | 'guards' | 'descriptions'): boolean => optionalChoice(given[key], `options.${key}`, [true, false]) ?? true;
  const o: Options = { clauses: flag('clauses'), guards: flag('guards'), descriptions: flag('descriptions'), root: drawnRoot(machine, given.state), depth: drawnDepth(given.depth) };
  const direction = optionalChoice(given.direction, 'options.direction', ['TB', 'LR', 'BT', 'RL']);
  const out = ['stateDiagram-v2'];
  if (direction !== undefined) out.push(`  direction ${direction}`);
  const edges = collectEdges(machine, o);
  // Mermaid allows `--` (parallel regions) only inside a composite state.
  if (o.root.type === 'parallel') emitState(o.root, 1, edges, o, out);
  else emitBlock(o.root, 1, edges, o, out);
  return `${out.join('\n')}\n`;
}
