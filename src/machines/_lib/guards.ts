/**
 * Guards as data: each named after its clause, with a check that returns the failures (empty
 * when the guard passes). The machines get boolean guards from these; the engine reads the
 * failures to explain what XState decided (the trace) and why an event was refused.
 *
 * @internal
 * @module
 */
import type { CheckFailure } from '../../rules/checks/types.js';

/** A failure that only says the event's payload selects another transition. @internal */
export const VARIANT = 'variant';

/** A guard: its clauses, what it checks, and the check. @internal */
export interface GuardSpec<C, E> {
  readonly clauses: readonly string[];
  readonly text: string;
  readonly check: (context: C, event: E) => readonly CheckFailure[];
}

/** The guards of a machine, by name. @internal */
export type GuardSpecs<C, E> = Readonly<Record<string, GuardSpec<C, E>>>;

/**
 * XState guard predicates from guard specs.
 *
 * @internal
 */
export function predicates<C, E, G extends GuardSpecs<C, E>>(specs: G): { [K in keyof G]: (args: { context: C; event: E }) => boolean } {
  const out: Record<string, (args: { context: C; event: E }) => boolean> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = ({ context, event }) => spec.check(context, event).length === 0;
  return out as { [K in keyof G]: (args: { context: C; event: E }) => boolean };
}

/** No failure. @internal */
export const PASS: readonly CheckFailure[] = Object.freeze([]);

/**
 * One failure when `failed`, else none.
 *
 * @internal
 */
export function unless(ok: boolean, clause: string, reason: string): readonly CheckFailure[] {
  return ok ? PASS : [{ clause, reason }];
}

/**
 * The variant failure when the payload selects another transition.
 *
 * @internal
 */
export function variant(ok: boolean, reason: string): readonly CheckFailure[] {
  return ok ? PASS : [{ clause: VARIANT, reason }];
}

/**
 * The failures of several checks, in order; stops at the first variant mismatch.
 *
 * @internal
 */
export function all(...parts: readonly (readonly CheckFailure[])[]): readonly CheckFailure[] {
  const out: CheckFailure[] = [];
  for (const part of parts) {
    if (part.length > 0 && part[0]?.clause === VARIANT) return part;
    out.push(...part);
  }
  return out.length === 0 ? PASS : out;
}

/**
 * The last day of a deadline kept in a context has passed on `day` (the period ends at 24:00 of
 * its last day, 民法 141; I2: the strict last day).
 *
 * @internal
 */
export function lapsed(lastDay: string | undefined, day: string): boolean {
  return lastDay !== undefined && day > lastDay;
}
