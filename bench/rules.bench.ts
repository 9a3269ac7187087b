/**
 * Throughput of `deadline` on varied inputs: 1,000 precomputed events, cycled, so that neither
 * the calendar's year tables nor a single input dominate. Target: > 500,000 ops/s on one core.
 *
 *   npx vitest bench --run --project unit bench/rules.bench.ts
 */
import { bench, describe } from 'vitest';
import { deadline } from '../src/rules/periods/index.js';

const N = 1000;
const DAY_MS = 86_400_000;
const JST_MS = 9 * 3_600_000;

/** 1,000 instants from 2024-01-04 to about 2030, at varied times of day and offsets. */
const INSTANTS: readonly string[] = Array.from({ length: N }, (_, i) => {
  const epoch = Date.UTC(2024, 0, 4) - JST_MS + i * 2.3 * DAY_MS + ((i * 7919) % DAY_MS);
  const offsets = ['+09:00', 'Z', '-05:00', '+05:30'];
  const offset = offsets[i % offsets.length] as string;
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(epoch + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
});

/** 1,000 dates from 2000 to about 2098, every 35 days. */
const DATES: readonly string[] = Array.from({ length: N }, (_, i) => new Date(Date.UTC(2000, 0, 1) + i * 35 * DAY_MS).toISOString().slice(0, 10));

/** Long enough runs, after every year table has been built, for a stable figure on a busy machine. */
const OPTIONS = { time: 3000, warmupTime: 500, warmupIterations: 5 * N };

let a = 0;
let b = 0;
let sink = 0;

describe('deadline', () => {
  bench("deadline('13.2', instant) over 1,000 instants", () => {
    sink += deadline('13.2', INSTANTS[a] as string).lastDay.length;
    a = (a + 1) % N;
  }, OPTIONS);

  bench("deadline('8.2', date) over 1,000 dates", () => {
    sink += deadline('8.2', DATES[b] as string).lastDay.length;
    b = (b + 1) % N;
  }, OPTIONS);
});

export { sink };
