/**
 * Guards as data: each named after its clause, with a check that returns the failures (empty
 * when the guard passes). The machines get boolean guards from these; the case reducer reads
 * the failures to say why an event was refused.
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
  for (const [name, spec] of Object.entries(specs)) out[name] = ({ context, event }) => checkOnce(spec, context, event).length === 0;
  return out as { [K in keyof G]: (args: { context: C; event: E }) => boolean };
}

/** Guard results of the event being applied, by event object, then guard, then context. */
const RESULTS = new WeakMap<object, Map<GuardSpec<never, never>, { context: unknown; failures: readonly CheckFailure[] }>>();

/**
 * Runs a guard's check once per (event, context): the case reducer selects transitions itself
 * (to record every guard and explain refusals) and XState then evaluates the same guards on the
 * same objects, so the second evaluation is a lookup. Checks are pure, so this changes nothing
 * but the time taken.
 *
 * @internal
 */
export function checkOnce<C, E>(spec: GuardSpec<C, E>, context: C, event: E): readonly CheckFailure[] {
  if (typeof event !== 'object' || event === null) return spec.check(context, event);
  let byGuard = RESULTS.get(event);
  if (byGuard === undefined) RESULTS.set(event, (byGuard = new Map()));
  const key = spec as unknown as GuardSpec<never, never>;
  const hit = byGuard.get(key);
  if (hit !== undefined && hit.context === context) return hit.failures;
  const failures = spec.check(context, event);
  byGuard.set(key, { context, failures });
  return failures;
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
