/**
 * Records golden outputs of `evaluateCase` (test/machines/golden.test.ts replays them and
 * compares the evaluation JSON byte for byte):
 *
 * - `test/machines/golden/examples/<example>@<asOf>.json`: the four shipped examples, each at a
 *   few as-of dates (one of them in the middle of the events, so the later ones are refused with
 *   `after_as_of`; the others on the day of the last event and after it, expiries included);
 * - `test/machines/golden/walks/walk-<NN>.json`: seeded random walks (test/machines/_support/walk.ts),
 *   each evaluated 45 days after the day of its last event.
 *
 * Each file is `{ name, asOf, caseFile, evaluation }`, written as `JSON.stringify(obj, null, 1)`.
 * Run with `npm run golden:update` (`tsx scripts/record-goldens.ts`) only when a change of the
 * output is intended, and review the diff.
 *
 * The walks' case files are kept as recorded and only re-evaluated, so that an update shows
 * exactly what the change did to the same inputs: which walk a seed gives depends on the allowed
 * events and the payload generators, so drawing the walks again would replace the whole corpus.
 * `--new-walks` draws them again from the seeds (the folder is emptied first); use it only to
 * renew the corpus on purpose, in a commit of its own.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc } from '@fast-check/vitest';
import { evaluateCase } from '../src/machines/index.js';
import { SERVICE, choices, starts, walk, type Choice, type Start } from '../test/machines/_support/walk.js';

const GOLDEN = new URL('../test/machines/golden/', import.meta.url);
const EXAMPLES_DIR = new URL('../examples/', import.meta.url);

/** The as-of dates of each example: the README's suggestions, the middle, the last event's day, and after the expiry. */
const EXAMPLE_DATES: Readonly<Record<string, readonly string[]>> = {
  // Events 2024-04-10 … 2025-01-27 (registration); expires 2026-01-31.
  'kintai-cloud-registration': ['2024-11-01', '2025-01-27', '2025-03-01', '2026-01-31', '2026-02-01', '2027-06-01'],
  // Events 2024-03-04 … 2025-03-14; registered 2024-10-01.
  'tsuuchi-mail-incident-suspension': ['2025-02-01', '2025-03-14', '2025-03-31', '2025-10-01', '2025-11-01', '2026-06-01'],
  // Events 2024-02-05 … 2025-02-25; Letter of Intent due 2024-12-15 (2024-12-16 if extended).
  'hyoka-forms-suspended-registration-rejected': ['2024-12-01', '2025-02-25', '2025-03-01', '2025-09-01', '2026-06-01'],
  // Events 2024-04-10 … 2026-03-10; the renewed registration expires 2027-01-31.
  'kintai-cloud-renewal': ['2026-02-15', '2026-03-10', '2026-03-31', '2027-01-31', '2027-02-01', '2028-01-01'],
};

/** The walks: `count` samples of `choices(max)` from `seed`, numbered on from the previous batch. */
const WALK_BATCHES: readonly { readonly seed: number; readonly count: number; readonly max: number }[] = [
  { seed: 20261203, count: 30, max: 40 },
  { seed: 20261204, count: 20, max: 80 },
];

/** Days after the last event's day at which a walk is evaluated. */
const WALK_AS_OF_AFTER = 45;

const addDays = (day: string, n: number): string => {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

let files = 0;
let bytes = 0;

function write(folder: string, name: string, asOf: string, caseFile: unknown): void {
  const evaluation = evaluateCase(caseFile, { asOf });
  const text = `${JSON.stringify({ name, asOf, caseFile, evaluation }, null, 1)}\n`;
  writeFileSync(new URL(`${folder}/${name}.json`, GOLDEN), text);
  files += 1;
  bytes += Buffer.byteLength(text);
}

const started = performance.now();
const newWalks = process.argv.includes('--new-walks');
const kept = newWalks ? [] : recordedWalks();
for (const folder of ['examples', 'walks']) {
  rmSync(new URL(`${folder}/`, GOLDEN), { recursive: true, force: true });
  mkdirSync(new URL(`${folder}/`, GOLDEN), { recursive: true });
}

for (const [example, dates] of Object.entries(EXAMPLE_DATES)) {
  const caseFile = JSON.parse(readFileSync(new URL(`${example}.json`, EXAMPLES_DIR), 'utf8')) as unknown;
  for (const asOf of dates) write('examples', `${example}@${asOf}`, asOf, caseFile);
}

/** The recorded walks: name, as-of and case file of each. */
function recordedWalks(): { name: string; asOf: string; caseFile: unknown }[] {
  const dir = new URL('walks/', GOLDEN);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { name: string; asOf: string; caseFile: unknown });
}

for (const { name, asOf, caseFile } of kept) write('walks', name, asOf, caseFile);

let n = 0;
for (const { seed, count, max } of newWalks ? WALK_BATCHES : []) {
  const samples: [Start, Choice[]][] = fc.sample(fc.tuple(starts, choices(max)), { seed, numRuns: count });
  for (const [start, list] of samples) {
    n += 1;
    const { events } = walk(list, undefined, start);
    const last = events.at(-1)?.['at'];
    const asOf = addDays(typeof last === 'string' ? last.slice(0, 10) : '2024-01-08', WALK_AS_OF_AFTER);
    write('walks', `walk-${String(n).padStart(2, '0')}`, asOf, { service: SERVICE, events });
  }
}

console.log(`${files} golden files, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s: ${fileURLToPath(GOLDEN)}`);
