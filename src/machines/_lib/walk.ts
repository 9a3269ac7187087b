/**
 * Walking a machine's state nodes and transitions (for the coverage report and the tests).
 *
 * @internal
 * @module
 */
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

/**
 * Every state node of `machine`, root first, in document order.
 *
 * @internal
 */
export function stateNodesOf(machine: AnyStateMachine): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  const visit = (n: AnyStateNode): void => {
    out.push(n);
    for (const child of Object.values(n.states)) visit(child);
  };
  visit(machine.root);
  return out;
}

/**
 * Every transition of `machine`, with its source node.
 *
 * @internal
 */
export function transitionsOf(machine: AnyStateMachine): { readonly node: AnyStateNode; readonly event: string; readonly transition: AnyTransitionDefinition }[] {
  const out: { node: AnyStateNode; event: string; transition: AnyTransitionDefinition }[] = [];
  for (const node of stateNodesOf(machine)) for (const [event, list] of node.transitions) for (const transition of list) out.push({ node, event, transition });
  return out;
}
