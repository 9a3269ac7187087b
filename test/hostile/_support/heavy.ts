/**
 * Heavy hostile calls — sparse arrays of length 2**32-1, strings of 1–10 MB, 5,000-deep nesting —
 * run in a child process (`heavyChild.ts`) with a 512 MB heap and a per-call timeout, so that a
 * call that exhausts memory or never returns fails its own case instead of killing the runner.
 *
 * The child appends `S\t<i>` before case `i` and `D\t<i>\t<failures as JSON>` after it to a
 * progress file; the parent restarts it after the case that killed it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMED_HOSTILES } from '../../arbitraries/hostile.js';
import { doorCallables, type DoorName } from './doors.js';
import { POSITIONS, probeCallable, type Failure } from './probe.js';
import { REGRESSIONS } from './regressionCases.js';

/** One heavy case: an id for reports and the run that returns its failures. */
export interface HeavyCase {
  readonly id: string;
  readonly run: () => Failure[];
}

/** The heavy hostile values. */
export const HEAVY_HOSTILES = NAMED_HOSTILES.filter((h) => h.heavy === true);

/** The suites the child can run: a door's heavy calls, or the heavy regressions. */
export type HeavySuite = `door:${Exclude<DoorName, 'root'>}` | 'regressions';

/** The cases of a suite, in a fixed order (the child and the parent must agree on it). */
export function heavyCases(suite: HeavySuite): HeavyCase[] {
  if (suite === 'regressions') {
    return REGRESSIONS.filter((r) => r.heavy === true).map((r) => ({ id: r.name, run: () => r.check() }));
  }
  const door = suite.slice('door:'.length) as Exclude<DoorName, 'root'>;
  const cases: HeavyCase[] = [];
  for (const c of doorCallables(door)) {
    for (const h of HEAVY_HOSTILES) {
      for (const position of POSITIONS) {
        cases.push({
          id: `${c.name} [${String(position)}] ${h.name}`,
          run: () => probeCallable(suite, c, position, position === 'all' ? [h.make(), h.make(), h.make()] : [h.make()], h.name),
        });
      }
    }
  }
  return cases;
}

/** What a heavy run found. */
export interface HeavyResult {
  readonly total: number;
  readonly finished: number;
  readonly failures: Failure[];
}

const CHILD = fileURLToPath(new URL('./heavyChild.ts', import.meta.url));

/** A call that makes no progress for this long is killed and counted as a failure. */
export const CASE_TIMEOUT_MS = 8_000;

/** A child that has not started its first case after this long is stopped. */
const STARTUP_TIMEOUT_MS = 60_000;

/** A suite still running after this long stops; the cases left are reported as not run. */
export const SUITE_BUDGET_MS = 150_000;

/**
 * Runs a heavy suite in child processes (restarting after a case that crashed or hung) and
 * collects every failure, including `crashed or timed out` for the case that killed a child.
 */
export function runHeavy(suite: HeavySuite): Promise<HeavyResult> {
  return runCases(suite, heavyCases(suite).map((c) => c.id), CASE_TIMEOUT_MS);
}

/**
 * Runs the cases `ids` of `suite` (as the child lists them) in child processes, restarting
 * after a case that crashed or made no progress for `caseTimeoutMs`.
 */
export async function runCases(suite: string, ids: readonly string[], caseTimeoutMs: number): Promise<HeavyResult> {
  const total = ids.length;
  const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-hostile-'));
  const failures: Failure[] = [];
  let finished = 0;
  let start = 0;
  const started = Date.now();
  try {
    while (start < total) {
      if (Date.now() - started > SUITE_BUDGET_MS) {
        failures.push({ door: suite, name: `${total - start} heavy cases`, position: '-', value: '-', problem: `not run: the suite used up its ${SUITE_BUDGET_MS / 1000} s (cases before them hung or crashed)` });
        break;
      }
      const progress = join(dir, `progress-${start}.txt`);
      writeFileSync(progress, '');
      const exit = await runChild(suite, start, progress, caseTimeoutMs);
      const lines = readFileSync(progress, 'utf8').split('\n').filter((l) => l !== '');
      if (lines.length === 0) {
        failures.push({ door: suite, name: 'the child process', position: '-', value: '-', problem: `did not start (${exit})` });
        break;
      }
      let last = start - 1;
      let open = -1;
      for (const line of lines) {
        const [tag, index, json] = line.split('\t');
        const i = Number(index);
        if (tag === 'S') open = i;
        if (tag === 'D') {
          finished += 1;
          last = i;
          open = -1;
          failures.push(...(JSON.parse(json ?? '[]') as Failure[]));
        }
      }
      if (open >= 0) {
        const id = ids[open] ?? String(open);
        failures.push({ door: suite, name: id, position: '-', value: '-', problem: `crashed or timed out (${exit}) with a 512 MB heap and ${caseTimeoutMs / 1000} s per call` });
        start = open + 1;
      } else if (last + 1 < total && parentGone(exit)) {
        failures.push({ door: suite, name: 'the child process', position: '-', value: '-', problem: `stopped between cases (${exit})` });
        break;
      } else {
        start = last + 1;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { total, finished, failures };
}

/** A child that stopped between cases without a crash: only when told to (the parent is going). */
function parentGone(exit: string): boolean {
  return exit.startsWith('exit 0');
}

function runChild(suite: string, start: number, progress: string, caseTimeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    // On Linux, coreutils `timeout` caps the child's life should this process die without
    // stopping it; a SIGTERM to `timeout` is passed on to node (and SIGKILL follows 5 s later).
    const node = [process.execPath, '--max-old-space-size=512', '--import', 'tsx', CHILD, suite, String(start), progress, String(process.pid)];
    const wrapped = process.platform === 'linux';
    const argv = wrapped ? ['timeout', '-k', '5', '-s', 'TERM', String(SUITE_BUDGET_MS / 1000 + 60), ...node] : node;
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    const killChild = () => child.kill(wrapped ? 'SIGTERM' : 'SIGKILL');
    process.once('exit', killChild);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    // The per-call timeout starts with the first line: starting node and tsx can take a while.
    let size = 0;
    let still = Date.now();
    const timer = setInterval(() => {
      let now = size;
      try {
        now = readFileSync(progress).length;
      } catch {
        // not written yet
      }
      if (now !== size) {
        size = now;
        still = Date.now();
      } else if (Date.now() - still > (size === 0 ? STARTUP_TIMEOUT_MS : caseTimeoutMs)) {
        killChild();
      }
    }, 250);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      process.off('exit', killChild);
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve(signal === null ? `exit ${code}${tail === '' ? '' : `: ${tail.slice(0, 300)}`}` : `killed by ${signal}`);
    });
  });
}
