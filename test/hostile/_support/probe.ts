/**
 * One hostile call, checked: the outcome (an answer, a typed bounded error, or the caller's own
 * marker), the built-in prototypes and `globalThis`, and every input left as it was.
 */
import { appendFileSync } from 'node:fs';
import { isIsmapLiuError } from '../../../src/errors.js';
import { attempt, globalChanges, globalState, MAX_TEXT, outcomeProblems, quickGlobalState, sameTokens, show, snapshot, type Outcome } from './invariants.js';
import { refreshValidArgs, VALID_ARGS } from './validArgs.js';

/** An exported function or class, by name. */
export interface Callable {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly isClass: boolean;
}

/** The argument positions a hostile value is put in (`'all'`: every one of the first three). */
export const POSITIONS = [0, 1, 2, 'all'] as const;
export type Position = (typeof POSITIONS)[number];

/** One failed check, for reports. */
export interface Failure {
  readonly door: string;
  readonly name: string;
  readonly position: Position | string;
  readonly value: string;
  readonly problem: string;
}

/** Calls made so far in this process, by door (so the suite can assert it did not shrink). */
export const CALLS: Record<string, number> = {};

/** The exported functions and classes of a module, sorted by name. */
export function callablesOf(module: Readonly<Record<string, unknown>>): Callable[] {
  return Object.entries(module)
    .filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function')
    .map(([name, fn]) => ({ name, fn, isClass: /^class[\s{]/u.test(Function.prototype.toString.call(fn)) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Calls (or constructs, for a class) with `args`. */
export function invoke(c: Callable, args: readonly unknown[]): unknown {
  return c.isClass ? Reflect.construct(c.fn, args) : Reflect.apply(c.fn, undefined, args);
}

/** The arguments for `c` with `hostile` in `position` and valid values elsewhere. */
export function argsFor(c: Callable, position: Position, hostile: readonly unknown[]): unknown[] {
  if (position === 'all') return [...hostile];
  const args = [...(VALID_ARGS[c.name]?.() ?? [])];
  while (args.length <= position) args.push(undefined);
  args[position] = hostile[0];
  return args;
}

const baselines = new Map<string, number>();

/** The longest string result allowed: 64 kB, or four times the answer to the valid arguments. */
export function resultBound(c: Callable): number {
  let base = baselines.get(c.name);
  if (base === undefined) {
    const valid = VALID_ARGS[c.name];
    const outcome = valid === undefined ? undefined : attempt(() => invoke(c, valid()));
    base = outcome?.kind === 'returned' && typeof outcome.value === 'string' ? outcome.value.length : 0;
    baselines.set(c.name, base);
  }
  return Math.max(MAX_TEXT, 4 * base);
}

/** The result of {@link probe}: the outcome and every problem found. */
export interface Probed {
  readonly outcome: Outcome;
  readonly problems: string[];
}

/** Check the built-in prototypes in full around every call (the heavy child and the regressions do). */
let fullChecks = false;

/** Makes {@link probe} compare the prototypes in full around every call, not only by key count. */
export function checkPrototypesInFull(on: boolean): void {
  fullChecks = on;
}

/**
 * Runs `call` on `inputs` and checks it. `extra` adds checks of its own on the outcome.
 */
export function probe(door: string, call: () => unknown, inputs: readonly unknown[], maxResult: number, extra?: (outcome: Outcome) => string[]): Probed {
  CALLS[door] = (CALLS[door] ?? 0) + 1;
  const state = fullChecks ? globalState : quickGlobalState;
  const before = state();
  const snapshots = inputs.map((input, i) => {
    const j = inputs.indexOf(input);
    return j < i ? undefined : snapshot(input);
  });
  const outcome = attempt(call);
  const problems = outcomeProblems(outcome, maxResult);
  // A returned library error (a constructed one) must be as bounded and printable as a thrown one.
  if (outcome.kind === 'returned' && isIsmapLiuError(outcome.value)) problems.push(...outcomeProblems({ kind: 'threw', error: outcome.value }, maxResult));
  problems.push(...globalChanges(before, state()));
  inputs.forEach((input, i) => {
    const was = snapshots[i];
    if (was !== undefined && !sameTokens(was, snapshot(input))) {
      problems.push(`changed its argument ${i} (${show(input)})`);
      refreshValidArgs();
    }
  });
  if (extra !== undefined) {
    // An extra check may read what the call returned (a lazy getter, an issue that quotes the
    // input): the caller's own marker may surface there too, anything else is a problem.
    const checked = attempt(() => extra(outcome));
    if (checked.kind === 'returned') problems.push(...(checked.value as string[]));
    else problems.push(...outcomeProblems(checked, maxResult).map((p) => `reading the answer: ${p}`));
  }
  return { outcome, problems };
}

/** Probes `c` with `hostile` in `position`: the problems as failures. */
export function probeCallable(door: string, c: Callable, position: Position, hostile: readonly unknown[], label: string): Failure[] {
  const args = argsFor(c, position, hostile);
  const { problems } = probe(door, () => invoke(c, args), args, resultBound(c));
  return problems.map((problem) => ({ door, name: c.name, position, value: label, problem }));
}

/**
 * Appends failures to the file named by `HOSTILE_REPORT` (JSON lines), for the people fixing
 * them; does nothing without it.
 */
export function recordFailures(failures: readonly Failure[]): void {
  const file = process.env['HOSTILE_REPORT'];
  if (file === undefined || file === '' || failures.length === 0) return;
  appendFileSync(file, failures.map((f) => `${JSON.stringify(f)}\n`).join(''));
}

/** Appends the number of calls a door made to the `HOSTILE_REPORT` file (see {@link recordFailures}). */
export function recordCalls(door: string, calls: number): void {
  const file = process.env['HOSTILE_REPORT'];
  if (file !== undefined && file !== '') appendFileSync(file, `${JSON.stringify({ calls: door, n: calls })}\n`);
}

/** Failures in one line each, for an assertion message. */
export function failureLines(failures: readonly Failure[]): string[] {
  return failures.map((f) => `${f.name} [${String(f.position)}] ${f.value}: ${f.problem}`);
}

/** The number of property runs per export and position (`HOSTILE_RUNS`, default `fallback`). */
export function hostileRuns(fallback: number): number {
  const n = Number(process.env['HOSTILE_RUNS']);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
