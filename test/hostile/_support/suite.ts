/**
 * The hostile suite of one door (issue 11): every export, enumerated at run time, called with
 * hostile values in each of its first three argument positions (valid values elsewhere) and in
 * all of them; schemas parse hostile values; machines take hostile events; exported data is
 * frozen. Each call must answer, or throw the library's typed error (bounded, printable), or let
 * the caller's own marker error through — and leave its inputs, the built-in prototypes and
 * `globalThis` as they were.
 */
import { fc, test } from '@fast-check/vitest';
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { isIsmapLiuError } from '../../../src/errors.js';
import { arbHostileRecipe, NAMED_HOSTILES } from '../../arbitraries/hostile.js';
import { doorCallables, DOORS, kindOf, markDoorsOwned, type DoorName, type ExportKind } from './doors.js';
import { runHeavy, type HeavySuite } from './heavy.js';
import { globalChanges, globalState, hasRawControl, MAX_TEXT, show, type GlobalState } from './invariants.js';
import { CALLS, failureLines, hostileRuns, invoke, POSITIONS, probe, probeCallable, recordCalls, recordFailures, type Failure } from './probe.js';
import { VALID_ARGS } from './validArgs.js';

/** The options of {@link describeDoor}. */
export interface DoorOptions {
  /** The door. */
  readonly door: Exclude<DoorName, 'root'>;
  /** Every export and its kind, pinned: a new export must be added here (and to the valid-argument table). */
  readonly exports: Readonly<Record<string, ExportKind>>;
  /**
   * The fewest calls the door's tests must make, so that the suite cannot shrink silently:
   * `fixed` (named values, heavy values, schemas, machines) plus `perRun` for each property run.
   */
  readonly minCalls: { readonly fixed: number; readonly perRun: number };
  /** Property runs per export and position (`HOSTILE_RUNS` overrides). */
  readonly runs: number;
}

const LIGHT = NAMED_HOSTILES.filter((h) => h.heavy !== true);

/** Registers the hostile tests of a door. */
export function describeDoor(options: DoorOptions): void {
  const { door } = options;
  const module = DOORS[door] as unknown as Record<string, unknown>;
  const callables = doorCallables(door);
  const runs = hostileRuns(options.runs);
  const params = { numRuns: runs, interruptAfterTimeLimit: 15_000 } as const;

  beforeAll(() => {
    markDoorsOwned();
  });
  // Every call checks the prototypes' key counts; every test compares them in full.
  let before: GlobalState | undefined;
  beforeEach(() => {
    before = globalState();
  });
  afterEach(() => {
    if (before !== undefined) expect(globalChanges(before, globalState())).toEqual([]);
  });

  describe(`ismap-liu/${door}: the exports`, () => {
    test('the exported names and kinds are the pinned ones (a new export is noticed)', () => {
      const found = Object.fromEntries(Object.keys(module).sort().map((name) => [name, kindOf(module[name])]));
      expect(found).toEqual(Object.fromEntries(Object.entries(options.exports).sort(([a], [b]) => (a < b ? -1 : 1))));
    });
    test('every function and class has valid arguments in the table, and they are valid', () => {
      expect(callables.filter((c) => VALID_ARGS[c.name] === undefined).map((c) => c.name)).toEqual([]);
      const refused: string[] = [];
      for (const c of callables) {
        try {
          invoke(c, VALID_ARGS[c.name]?.() ?? []);
        } catch (error) {
          refused.push(`${c.name}: ${show(error)} ${error instanceof Error ? error.message.split('\n')[0] : ''}`);
        }
      }
      expect(refused).toEqual([]);
    });
  });

  describe(`ismap-liu/${door}: every function and class with hostile values`, () => {
    for (const c of callables) {
      test(`${c.name}: each named hostile value in each position`, () => {
        const failures: Failure[] = [];
        for (const h of LIGHT) {
          for (const position of POSITIONS) {
            failures.push(...probeCallable(door, c, position, position === 'all' ? [h.make(), h.make(), h.make()] : [h.make()], h.name));
          }
        }
        recordFailures(failures);
        expect(failureLines(failures)).toEqual([]);
      });
      for (const position of [0, 1, 2] as const) {
        test.prop([arbHostileRecipe], params)(`${c.name}: fc.anything in argument ${position}`, (hostile) => {
          const failures = probeCallable(door, c, position, [hostile.make()], hostile.label);
          recordFailures(failures);
          expect(failureLines(failures)).toEqual([]);
        });
      }
      test.prop([arbHostileRecipe, arbHostileRecipe, arbHostileRecipe], params)(`${c.name}: fc.anything in every argument`, (a, b, d) => {
        const failures = probeCallable(door, c, 'all', [a.make(), b.make(), d.make()], `${a.label}, ${b.label}, ${d.label}`);
        recordFailures(failures);
        expect(failureLines(failures)).toEqual([]);
      });
    }
  });

  describe(`ismap-liu/${door}: heavy values in a child process (2**32-1 sparse arrays, 1–10 MB strings, 5,000-deep nesting)`, () => {
    test(
      'every function and class, each heavy value in each position',
      async () => {
        const result = await runHeavy(`door:${door}` as HeavySuite);
        CALLS[door] = (CALLS[door] ?? 0) + result.finished;
        recordFailures(result.failures);
        expect(failureLines(result.failures)).toEqual([]);
        expect(result.total).toBeGreaterThan(0);
      },
      600_000,
    );
  });

  const schemas = Object.entries(module).filter(([, v]) => kindOf(v) === 'schema') as [string, { safeParse: (v: unknown) => unknown }][];
  if (schemas.length > 0) {
    describe(`ismap-liu/${door}: schemas parse hostile values`, () => {
      for (const [name, schema] of schemas) {
        test(`${name}.safeParse: each named hostile value`, () => {
          const failures = LIGHT.flatMap((h) => schemaFailures(door, name, schema, h.make(), h.name));
          recordFailures(failures);
          expect(failureLines(failures)).toEqual([]);
        });
        test.prop([arbHostileRecipe], params)(`${name}.safeParse: fc.anything`, (hostile) => {
          const failures = schemaFailures(door, name, schema, hostile.make(), hostile.label);
          recordFailures(failures);
          expect(failureLines(failures)).toEqual([]);
        });
      }
    });
  }

  const machines = Object.entries(module).filter(([, v]) => kindOf(v) === 'machine') as [string, AnyStateMachine][];
  if (machines.length > 0) {
    describe(`ismap-liu/${door}: machines take hostile events`, () => {
      for (const [name, machine] of machines) {
        test(`${name}: the initial snapshot is the same every time`, () => {
          const a = initialTransition(machine)[0];
          const b = initialTransition(machine)[0];
          expect(JSON.stringify(a.value)).toBe(JSON.stringify(b.value));
          expect(JSON.stringify(a.context)).toBe(JSON.stringify(b.context));
        });
        test(`${name}: an unknown event type changes nothing`, () => {
          const [initial] = initialTransition(machine);
          for (const type of ['', '__proto__', 'constructor', 'xstate.init', 'applicant.unknown', 'toString']) {
            const { outcome, problems } = probe(door, () => transition(machine, initial, { type })[0], [initial], Infinity);
            expect(problems).toEqual([]);
            expect(outcome.kind).toBe('returned');
            if (outcome.kind === 'returned') expect(JSON.stringify((outcome.value as { value: unknown }).value)).toBe(JSON.stringify(initial.value));
          }
        });
        // The machines' own events carry the case's facts (the case engine adds them): a hostile
        // payload may be refused with any Error, but must not touch a prototype, a global or the
        // snapshot, and must not throw a non-Error or an unbounded message.
        test.prop([fc.constantFrom(...eventTypesOf(machine)), arbHostileRecipe, arbHostileRecipe], params)(
          `${name}: a known event type with a hostile payload`,
          (type, payloadRecipe, factsRecipe) => {
            const [payload, facts] = [payloadRecipe.make(), factsRecipe.make()];
            const [initial] = initialTransition(machine);
            let event: Record<string, unknown>;
            try {
              event = { ...(typeof payload === 'object' && payload !== null ? (payload as object) : { payload }), type, facts };
            } catch {
              event = { type, facts, payload };
            }
            const { outcome, problems } = probe(door, () => transition(machine, initial, event as never)[0], [initial, event], Infinity);
            const own = problems.filter((p) => !p.startsWith('threw '));
            if (outcome.kind === 'threw' && !isIsmapLiuError(outcome.error)) {
              if (!(outcome.error instanceof Error)) own.push(`threw a non-Error ${show(outcome.error)}`);
              else if (outcome.error.message.length > MAX_TEXT) own.push(`an error message of ${outcome.error.message.length} characters`);
            }
            expect(own).toEqual([]);
          },
        );
      }
    });
  }

  const data = Object.entries(module).filter(([, v]) => kindOf(v) === 'data');
  if (data.length > 0) {
    describe(`ismap-liu/${door}: exported data cannot be changed by a caller`, () => {
      for (const [name, value] of data) {
        test(`${name} is frozen all the way down`, () => {
          expect(unfrozen(value)).toEqual([]);
        });
      }
    });
  }

  // eslint-disable-next-line no-empty-pattern -- vitest reads the hook's fixtures from a destructuring pattern
  afterAll(({}, file) => {
    recordCalls(door, CALLS[door] ?? 0);
    // A filtered run (`-t`) makes fewer calls on purpose, and a failed property stops early (the
    // failure is reported already): count only a run in which every test ran and passed.
    if (!allPassed(file)) return;
    expect(CALLS[door] ?? 0).toBeGreaterThanOrEqual(options.minCalls.fixed + options.minCalls.perRun * runs);
  });
}

interface TaskLike {
  readonly mode?: string;
  readonly result?: { readonly state?: string };
  readonly tasks?: readonly TaskLike[];
}

/** Did every test below `task` run (no `-t` filter, no `.only`) and pass? */
function allPassed(task: TaskLike): boolean {
  return task.tasks === undefined ? task.mode === 'run' && task.result?.state === 'pass' : task.tasks.every(allPassed);
}

function schemaFailures(door: string, name: string, schema: { safeParse: (v: unknown) => unknown }, hostile: unknown, label: string): Failure[] {
  const { outcome, problems } = probe(door, () => schema.safeParse(hostile), [hostile], Infinity, (o) => {
    if (o.kind !== 'returned') return [];
    const r = o.value as { success?: unknown; error?: { issues?: { message?: unknown }[] } };
    const issues = r.success === false ? (r.error?.issues ?? []) : [];
    return issues
      .map((i) => String(i.message))
      .filter((m) => m.length > MAX_TEXT || hasRawControl(m))
      .slice(0, 1)
      .map((m) => `an issue message of ${m.length} characters or with a raw control character: ${JSON.stringify(m.slice(0, 80))}`);
  });
  void outcome;
  // A schema's own `safeParse` is zod's: on a revoked Proxy the engine throws zod a TypeError
  // for the caller's dead Proxy, as it would for any code that touches it. The library's doors
  // (safeParseInput, parseOrThrow and every function that parses) refuse it with a typed error;
  // regressions.test.ts checks that.
  const revoked = (problem: string) => /^threw TypeError: .*on a proxy that has been revoked/.test(problem);
  return problems.filter((problem) => !revoked(problem)).map((problem) => ({ door, name: `${name}.safeParse`, position: 0, value: label, problem }));
}

function eventTypesOf(machine: AnyStateMachine): string[] {
  const types = (machine as unknown as { events: readonly string[] }).events;
  return types.length > 0 ? [...types] : ['none'];
}

/** The paths of objects reachable from `value` that are not frozen. */
function unfrozen(value: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, '$']];
  while (stack.length > 0 && found.length < 10) {
    const [v, path] = stack.pop() as [unknown, string];
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    if (!Object.isFrozen(v)) found.push(path);
    if (v instanceof Map || v instanceof Set) found.push(`${path} (a ${v.constructor.name}: freezing does not protect its entries)`);
    for (const key of Reflect.ownKeys(v)) {
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push([d.value, `${path}.${String(key)}`]);
    }
  }
  return found;
}
