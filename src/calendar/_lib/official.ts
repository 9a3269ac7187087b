/**
 * The official calendar, created on first use (no tables are built at import).
 *
 * @internal
 * @module
 */
import type { CalendarInfo } from '../types.js';
import { Engine } from './engine.js';

/** A calendar's engine and the description recorded in its results. @internal */
export interface CalendarContext {
  readonly engine: Engine;
  readonly info: CalendarInfo;
}

let official: CalendarContext | undefined;

/** The official calendar context (built lazily, then shared). @internal */
export function officialContext(): CalendarContext {
  return (official ??= { engine: new Engine(undefined), info: Object.freeze({ id: 'official' }) });
}
