/**
 * Text helpers for Mermaid `stateDiagram-v2`: node ids, escaped labels, and where a transition
 * is drawn (Mermaid cannot draw an edge between states of different composite states).
 *
 * @internal
 * @module
 */
import type { AnyStateNode } from 'xstate';

/**
 * The Mermaid id of a state node: its path below the root joined by `_` (state keys are
 * camelCase, so ids are unique), or the machine id for the root.
 *
 * @internal
 */
export function mermaidId(node: AnyStateNode): string {
  return node.path.length === 0 ? node.machine.id : node.path.join('_');
}

/**
 * `text` made safe inside a Mermaid label: `;`, `#`, `"`, `{`, `}`, `<`, `>` as entity codes.
 *
 * @internal
 */
export function escapeLabel(text: string): string {
  return text.replace(/[#;"{}<>]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** The ancestors of `node`, root first, `node` last. @internal */
export function lineage(node: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  for (let n: AnyStateNode | undefined = node; n !== undefined; n = n.parent) out.unshift(n);
  return out;
}

/** Where a transition is drawn. @internal */
export interface Placement {
  /** The node whose block holds the edge. */
  readonly block: AnyStateNode;
  /** The drawn source (`null`: the "any state" pseudo-state of `block`). */
  readonly from: AnyStateNode | null;
  /** The drawn target. */
  readonly to: AnyStateNode | null;
}

/**
 * Places a transition from `source` to `target` (`undefined` for a targetless transition):
 *
 * * targetless, or back to `source` or an ancestor: a self-loop on that state, drawn in its
 *   parent's block (`from: null` on the root: the "any state" pseudo-state);
 * * into a descendant of `source`: from `source`'s "any state" pseudo-state, inside `source`;
 * * otherwise between the children of the two states' lowest common ancestor that contain
 *   them, in that ancestor's block.
 *
 * @internal
 */
export function place(source: AnyStateNode, target: AnyStateNode | undefined): Placement {
  const s = lineage(source);
  if (target === undefined || s.includes(target)) {
    const on = target ?? source;
    return on.parent === undefined ? { block: on, from: null, to: null } : { block: on.parent, from: on, to: on };
  }
  const t = lineage(target);
  if (t.includes(source)) return { block: source, from: null, to: t[s.length] ?? target };
  let i = 0;
  while (s[i + 1] !== undefined && s[i + 1] === t[i + 1]) i += 1;
  return { block: s[i] as AnyStateNode, from: s[i + 1] ?? source, to: t[i + 1] ?? target };
}
