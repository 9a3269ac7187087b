/**
 * Stamping an event for a machine.
 *
 * @internal
 * @module
 */
import type { CaseFacts, Routing } from '../_lib/routed.js';
import { factsOf } from './facts.js';
import type { CaseState } from './state.js';

/** An event's stamp, with the case facts computed on first read. */
class Stamped {
  #facts: CaseFacts | undefined;
  readonly #state: CaseState;
  declare readonly day: string;

  constructor(state: CaseState) {
    this.#state = state;
  }

  get facts(): CaseFacts {
    return (this.#facts ??= factsOf(this.#state, this.day));
  }
}

/**
 * The event as a machine receives it: its day in Japan and the case facts, computed only when a
 * guard reads them.
 *
 * @internal
 */
export function routedEvent<E extends { type: string }>(event: E, state: CaseState, day: string): E & Routing {
  return Object.assign(new Stamped(state), event, { day }) as unknown as E & Routing;
}
