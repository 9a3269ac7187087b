/**
 * Synthetic populations of cases for `ismap-liu evaluate --ndjson`, the population bench and the
 * notebooks: NDJSON, one `{ "id", "caseFile", "asOf" }` per line, deterministic for a seed.
 *
 * Each case is a random walk of the test suite (test/machines/_support/walk.ts): about 30
 * events, each either one the case allows next (with a valid payload) or, one time in eight, a
 * random event (usually refused); a third of the walks start from a new service, two thirds from
 * the registered service of examples/kintai-cloud-registration.json (17 events, then 13 more).
 * A walk asks the library what is allowed at every step (about 8 ms a case), so `--pool P` walks
 * (default 2,000) are made and case i is walk i mod P, moved later by a whole number of days
 * (0 to 3 years after the first P cases, which are kept as walked) so that its deadlines meet
 * other weekends and holidays. Its as-of day is 0 to 120 days after its last event.
 *
 *   npx tsx scripts/generate-cases.ts --count 100000 [--seed 1] [--pool 2000] > cases.ndjson
 */
import { fileURLToPath } from 'node:url';
import { fc } from '@fast-check/vitest';
import { walk, type Choice, type Start } from '../test/machines/_support/walk.js';

/** One line of the output. */
export interface SyntheticCase {
  readonly id: string;
  readonly caseFile: { readonly service: { readonly name: string }; readonly events: readonly Record<string, unknown>[] };
  readonly asOf: string;
}

/** Options of {@link syntheticCases}. */
export interface SyntheticOptions {
  /** The seed of the walks and the shifts (default 1). */
  readonly seed?: number;
  /** How many distinct walks (default 2,000, or `count` when smaller). */
  readonly pool?: number;
}

const EVENTS = 30;
const REGISTERED_EVENTS = 17;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A small deterministic generator (xorshift32) of whole numbers below `n`. */
function numbers(seed: number): (n: number) => number {
  let x = (seed * 2_654_435_761) >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

/** `day` (`YYYY-MM-DD`) plus `n` days. */
function addDays(day: string, n: number): string {
  const t = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** `value` with every string that starts with a date moved `days` later. */
function shifted(value: unknown, days: number): unknown {
  if (days === 0) return value;
  if (typeof value === 'string') return DAY.test(value) ? `${addDays(value, days)}${value.slice(10)}` : value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, days));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v, days)]));
  return value;
}

const choice = fc.record({ gap: fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 12 }), fc.nat({ max: 60 })), pick: fc.nat({ max: 100_000 }), noise: fc.nat({ max: 7 }).map((n) => n === 0) });
const arbWalk = fc.tuple(fc.constantFrom<Start>('new', 'registered', 'registered'), fc.array(choice, { minLength: EVENTS, maxLength: EVENTS }));

/** `size` walks of about 30 events, deterministic for `seed`. */
function walks(size: number, seed: number): SyntheticCase['caseFile'][] {
  return fc.sample(arbWalk, { seed, numRuns: size }).map(([start, list]: [Start, Choice[]]) => {
    const { events } = walk(start === 'new' ? list : list.slice(0, EVENTS - REGISTERED_EVENTS), undefined, start);
    return { service: { name: 'Walk SaaS' }, events };
  });
}

/**
 * `count` synthetic cases (see the module comment), made lazily after the pool of walks.
 *
 * @param count - how many
 * @param options - the seed and the pool size
 * @returns the cases, in order
 */
export function* syntheticCases(count: number, options: SyntheticOptions = {}): Generator<SyntheticCase> {
  const seed = options.seed ?? 1;
  const pool = walks(Math.max(1, Math.min(count, options.pool ?? 2000)), seed);
  const random = numbers(seed);
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const base = pool[i % pool.length] as SyntheticCase['caseFile'];
    const days = i < pool.length ? 0 : random(3 * 365 + 1);
    const events = shifted(base.events, days) as Record<string, unknown>[];
    const last = String(events.at(-1)?.['at'] ?? '2024-01-08');
    const id = `case-${String(i).padStart(width, '0')}`;
    yield { id, caseFile: { service: { name: `Synthetic SaaS ${i}` }, events }, asOf: addDays(last, random(121)) };
  }
}

/** Reads `--name value` from the command line. */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : process.argv[at + 1];
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} ${value}: expected a whole number`);
  return Number(value);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = option('count', 1000);
  const out = process.stdout;
  let buffer = '';
  for (const c of syntheticCases(count, { seed: option('seed', 1), pool: option('pool', 2000) })) {
    buffer += `${JSON.stringify(c)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((done) => out.once('drain', done));
      buffer = '';
    }
  }
  out.write(buffer);
}
