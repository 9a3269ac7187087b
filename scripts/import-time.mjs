#!/usr/bin/env node
// What a serverless cold start pays for ismap-liu: the time to import each door of the built
// package in a fresh Node process, and its first call (the calendar's builds a year table, the
// machines' builds the event schemas).
// Run after `npm run build` (`npm run import-time`; also the second part of `npm run bench`).
//
//   node scripts/import-time.mjs            median of 15 fresh processes per door (RUNS=n to change)
//   node scripts/import-time.mjs --json     the same figures as JSON
//
// A shared or busy machine is slower at everything, so each import is also given as a ratio to
// the start of a bare Node (`node -e ''`, timed from outside, measured in the same rounds): the
// ratio moves far less with the load than the milliseconds do. The goals are milliseconds on the
// reference machine (2 cores, where a bare Node starts in REFERENCE_BARE_MS, lightly loaded), so
// each is checked as a ratio: `ratio ≤ goal ms / REFERENCE_BARE_MS`. The goals are reported, not
// enforced (timings do not belong in a test that must pass on any machine); the exit code is 0
// unless a measurement fails.
//
// Every round runs the cases in turn (bare Node, then each door), so that a change in the load
// affects them alike; the figures are medians over the rounds.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}/dist/calendar/index.js`)) {
  console.error('import-time: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const RUNS = Number(process.env.RUNS ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`import-time: RUNS must be a positive integer, not ${JSON.stringify(process.env.RUNS)}`);
  process.exit(1);
}
const json = process.argv.includes('--json');

/**
 * A bare Node's start on the reference machine, in ms: the machine with two cores the goals were set on,
 * Node 20, lightly loaded (2026-12-03: median 68–73 ms, fastest 69.6 ms, load average about 2).
 */
const REFERENCE_BARE_MS = 70;

/** The doors: name, module, a first call, and the goal for its import in ms (issue 12, item 6). */
const DOORS = [
  { door: 'ismap-liu/calendar', file: 'dist/calendar/index.js', call: "m.isGovernmentBusinessDay('2026-01-05');" },
  { door: 'ismap-liu/rules', file: 'dist/rules/index.js', call: "m.deadline('13.2', '2026-01-05T10:00+09:00');", goalMs: 60 },
  { door: 'ismap-liu/machines', file: 'dist/machines/index.js', call: "m.evaluateCase({ service: { name: 'S' }, events: [{ type: 'time.passed', at: '2026-01-05' }] }, { asOf: '2026-01-05' });", goalMs: 100 },
  { door: 'ismap-liu', file: 'dist/index.js', call: "m.deadline('8.2', '2026-01-05');" },
];

const probe = (url, call) => `
const t0 = performance.now();
const m = await import(${JSON.stringify(url)});
const t1 = performance.now();
${call}
const t2 = performance.now();
process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));
`;

const node = (args) => execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const bare = [];
const samples = DOORS.map(() => ({ imports: [], calls: [] }));
for (let round = 0; round < RUNS; round++) {
  const t0 = performance.now();
  node(['-e', '']);
  bare.push(performance.now() - t0);
  DOORS.forEach(({ file, call }, i) => {
    const [imported, called] = JSON.parse(node(['--input-type=module', '-e', probe(pathToFileURL(`${root}/${file}`).href, call)]));
    samples[i].imports.push(imported);
    samples[i].calls.push(called);
  });
}

const bareMs = median(bare);
const rows = DOORS.map(({ door, goalMs }, i) => {
  const importMs = median(samples[i].imports);
  const ratio = importMs / bareMs;
  const goal = goalMs === undefined ? undefined : { ms: goalMs, ratio: goalMs / REFERENCE_BARE_MS };
  return { door, importMs, firstCallMs: median(samples[i].calls), ratio, goal, met: goal && ratio <= goal.ratio };
});

if (json) {
  console.log(JSON.stringify({ node: process.version, runs: RUNS, bareNodeMs: bareMs, referenceBareNodeMs: REFERENCE_BARE_MS, doors: rows }, null, 2));
} else {
  const f = (x, d = 1) => x.toFixed(d);
  console.log(`Cold import in a fresh Node ${process.version} process, median of ${RUNS} rounds`);
  console.log(`bare Node (node -e ''): ${f(bareMs)} ms here, ${REFERENCE_BARE_MS} ms on the reference machine`);
  console.log('');
  console.log('door                  import ms  × bare Node  first call ms  goal');
  for (const r of rows) {
    const goal = r.goal
      ? `< ${r.goal.ms} ms (× ${f(r.goal.ratio, 2)}): ${r.met ? 'met' : 'NOT met'}, ${f(r.ratio * REFERENCE_BARE_MS)} ms on the reference machine`
      : '';
    console.log(`${r.door.padEnd(20)}${f(r.importMs).padStart(11)}${f(r.ratio, 2).padStart(13)}${f(r.firstCallMs).padStart(15)}  ${goal}`);
  }
}
