/**
 * Population runs: how many 30-event cases a second `evaluateMany` evaluates on one thread, and
 * `ismap-liu evaluate --ndjson` on one thread and with `--workers` = the cores (and with `--flat`
 * on the largest size), and whether the CLI's peak memory stays flat as the number of cases grows.
 *
 * The cases are the synthetic population of scripts/generate-cases.ts (random walks of the test
 * suite, seed 1, about 30 events each; see there). For each size N an NDJSON file of N cases is
 * written to .tmp/bench/, and the built CLI (dist/cli.js) evaluates it with stdout to /dev/null,
 * in a child process whose peak RSS (`process.resourceUsage().maxRSS`, worker threads included)
 * and CPU time a preloaded module reports at exit. A report, not a test: it always exits 0.
 *
 *   npx tsx bench/population.ts            N = 10,000 and 30,000 (about 4 minutes on 2 cores)
 *   npx tsx bench/population.ts --full     N = 10,000, 50,000 and 100,000, and 100,000 again with the
 *                                          old space capped at 256 MiB (about 20 minutes on 2 cores)
 *
 * The first 10,000 cases fill the engine's bounded caches, so memory is compared from 10,000 on.
 *   npx tsx bench/population.ts --bin path/to/cli.js
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateMany } from '../src/machines/index.js';
import { syntheticCases } from '../scripts/generate-cases.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.tmp', 'bench');
const FULL = process.argv.includes('--full');
const SIZES = FULL ? [10_000, 50_000, 100_000] : [10_000, 30_000];
const IN_PROCESS = 3_000;
const at = process.argv.indexOf('--bin');
const BIN = at === -1 ? join(ROOT, 'dist', 'cli.js') : (process.argv[at + 1] ?? '');
const CORES = availableParallelism();
const GOAL_PER_CORE = 1000;
const GOAL_FLAT = 1.25;
const CAP_MIB = 256;
const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

const fmt = (x: number, digits = 0): string => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');
const mib = (kib: number): string => `${fmt(kib / 1024)} MiB`;
const met = (ok: boolean): string => (ok ? 'met' : '**NOT met**');
const say = (line = ''): void => console.log(line);

/** The NDJSON file of the first `n` synthetic cases (written once, then reused). */
function inputOf(n: number): string {
  const file = join(OUT, `population-${n}.ndjson`);
  if (existsSync(file)) return file;
  const fd = openSync(file, 'w');
  let buffer = '';
  for (const c of syntheticCases(n, { seed: 1 })) {
    buffer += `${JSON.stringify(c)}\n`;
    if (buffer.length > 1 << 22) {
      writeFileSync(fd, buffer);
      buffer = '';
    }
  }
  writeFileSync(fd, buffer);
  closeSync(fd);
  return file;
}

interface CliRun {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly maxRssKib: number;
  readonly status: number | null;
}

/** Runs the CLI on `file` (stdout to /dev/null) and reads what the preload reported; `node` are flags for node, `extra` for the CLI. */
function cli(file: string, workers: number | null, node: readonly string[] = [], extra: readonly string[] = []): CliRun {
  const preload = join(OUT, 'report-usage.cjs');
  const report = join(OUT, 'usage.json');
  writeFileSync(preload, `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ maxRss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });\n`);
  const sink = openSync('/dev/null', 'w');
  const started = performance.now();
  const r = spawnSync(process.execPath, [...node, '--require', preload, BIN, 'evaluate', '--ndjson', file, ...(workers === null ? [] : ['--workers', String(workers)]), ...extra], { stdio: ['ignore', sink, 'pipe'], encoding: 'utf8', timeout: 3_600_000 });
  const seconds = (performance.now() - started) / 1000;
  closeSync(sink);
  const usage = JSON.parse(readFileSync(report, 'utf8')) as { maxRss: number; cpu: number };
  return { seconds, cpuSeconds: usage.cpu, maxRssKib: usage.maxRss, status: r.status };
}

mkdirSync(OUT, { recursive: true });
say(`# Population runs${FULL ? ' (--full)' : ''}`);
say();
say(`Node ${process.version}, ${CORES} cores. Cases: scripts/generate-cases.ts, seed 1 (random walks of about 30 events; 2,000 distinct walks, moved in time). CLI: ${BIN.replace(ROOT, '')}.`);
say();

// evaluateMany in this process, after a warm-up.
const cases = [...syntheticCases(IN_PROCESS, { seed: 1 })];
const events = cases.reduce((n, c) => n + c.caseFile.events.length, 0) / cases.length;
for (const _ of evaluateMany(cases.slice(0, 300)));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let failed = 0;
for (const r of evaluateMany(cases)) if (!r.ok) failed++;
const inSeconds = (performance.now() - t0) / 1000;
const inCpu = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6;
const perThread = IN_PROCESS / inSeconds;
say(`## evaluateMany, one thread`);
say();
say(`${fmt(IN_PROCESS)} cases (${fmt(events, 1)} events on average, ${fmt(failed)} refused as a whole): ${fmt(inSeconds, 1)} s, **${fmt(perThread)} cases/s** (${fmt(IN_PROCESS / inCpu)} per CPU second, ${fmt((inSeconds / IN_PROCESS) * 1000, 2)} ms a case).`);
say();

// The CLI, one thread and workers = cores.
say(`## evaluate --ndjson (stdout to /dev/null)`);
say();
say(`| cases | input | 1 thread: s | cases/s | peak RSS | --workers ${CORES}: s | cases/s | peak RSS | speed-up |`);
say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const rows: { n: number; one: CliRun; many: CliRun }[] = [];
for (const n of SIZES) {
  const file = inputOf(n);
  const size = readFileSync(file).length;
  const one = cli(file, null);
  const many = cli(file, CORES);
  rows.push({ n, one, many });
  say(`| ${fmt(n)} | ${mib(size / 1024)} | ${fmt(one.seconds, 1)} | ${fmt(n / one.seconds)} | ${mib(one.maxRssKib)} | ${fmt(many.seconds, 1)} | ${fmt(n / many.seconds)} | ${mib(many.maxRssKib)} | ${fmt(one.seconds / many.seconds, 2)}× |`);
}
say();
// V8 grows the heap while it can: a run with the old space capped shows what the run keeps.
const final = last(rows);
const capped = final === undefined || !FULL ? undefined : cli(inputOf(final.n), null, [`--max-old-space-size=${CAP_MIB}`]);
if (capped !== undefined && final !== undefined) {
  const n = final.n;
  say(`With \`node --max-old-space-size=${CAP_MIB}\` (one thread, ${fmt(n)} cases): ${fmt(capped.seconds, 1)} s, ${fmt(n / capped.seconds)} cases/s, peak RSS ${mib(capped.maxRssKib)}, exit ${capped.status}: what a run keeps is bounded; the rest of the peak RSS above is V8 letting its heap grow.`);
  say();
}
// --flat: one small row per case instead of the whole evaluation (about 44 kB of JSON).
if (final !== undefined) {
  const file = inputOf(final.n);
  const flatOne = cli(file, null, [], ['--flat']);
  const flatMany = cli(file, CORES, [], ['--flat']);
  say(`With \`--flat\` (${fmt(final.n)} cases): one thread ${fmt(flatOne.seconds, 1)} s, ${fmt(final.n / flatOne.seconds)} cases/s, peak RSS ${mib(flatOne.maxRssKib)}; --workers ${CORES} ${fmt(flatMany.seconds, 1)} s, ${fmt(final.n / flatMany.seconds)} cases/s, peak RSS ${mib(flatMany.maxRssKib)}.`);
  say();
}
const first = rows[0];
const growthOne = final !== undefined && first !== undefined ? final.one.maxRssKib / first.one.maxRssKib : Number.NaN;
const growthMany = final !== undefined && first !== undefined ? final.many.maxRssKib / first.many.maxRssKib : Number.NaN;
const cliPerThread = final === undefined ? Number.NaN : final.n / final.one.seconds;
say('## Goals');
say();
say(`* ≥ ${fmt(GOAL_PER_CORE)} cases/s per core: evaluateMany ${fmt(perThread)}, CLI one thread ${fmt(cliPerThread)}, CLI with ${CORES} workers ${fmt(final === undefined ? Number.NaN : final.n / final.many.seconds / CORES)} per core: ${met(perThread >= GOAL_PER_CORE)}`);
say(`* memory flat in the number of cases (peak RSS at ${fmt(final?.n ?? 0)} within ${GOAL_FLAT}× of ${fmt(first?.n ?? 0)}): one thread ${fmt(growthOne, 2)}×, workers ${fmt(growthMany, 2)}×: ${met(growthOne <= GOAL_FLAT && growthMany <= GOAL_FLAT)}${capped === undefined ? '' : `; capped at ${CAP_MIB} MiB of old space: ${mib(capped.maxRssKib)} at ${fmt(final?.n ?? 0)}`}`);
say(`* exit codes: ${rows.map((r) => `${r.one.status}/${r.many.status}`).join(', ')} (0 when every case was evaluated)`);
