/**
 * Turning guard specs and context updates into what `setup()` takes.
 *
 * @internal
 * @module
 */
import { assign, type AnyEventObject, type MachineContext } from 'xstate';

/**
 * `assign` actions from update functions (actions only assign: the machines have no side effects).
 *
 * @internal
 */
export function assigners<C extends MachineContext, E extends AnyEventObject, U extends Record<string, (c: C, e: E) => Partial<C>>>(updates: U) {
  const out: Record<string, ReturnType<typeof assign<C, E, undefined, E, never>>> = {};
  for (const [name, update] of Object.entries(updates)) out[name] = assign<C, E, undefined, E, never>(({ context, event }) => update(context, event));
  return out as { [K in keyof U]: ReturnType<typeof assign<C, E, undefined, E, never>> };
}
