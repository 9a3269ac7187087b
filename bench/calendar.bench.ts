/**
 * The calendar's lookups against the obvious alternative: a day-by-day loop over
 * `japanese-holidays` (`isHolidayAt`, the Japan-date variant of `isHoliday`) with weekends and
 * 29 December – 3 January added by hand.
 *
 * Goals: the predicate ≥ 10× the naive one; `addGovernmentBusinessDays` with n = 250 ≥ 100× the
 * naive loop and within 1.5× of n = 3 (the cost must not grow with n).
 *
 * Run: `npx vitest bench --run bench/calendar.bench.ts`.
 */
import JapaneseHolidays from 'japanese-holidays';
import { bench, describe } from 'vitest';
import { addGovernmentBusinessDays, isGovernmentBusinessDay, periodEnd } from '../src/calendar/index.js';

const MS_PER_DAY = 86_400_000;
const JST_MS = 9 * 3_600_000;

// ---------------------------------------------------------------------------------------------
// The naive alternative: one day at a time, on `Date`s, over japanese-holidays.

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Is the day (days since 1970-01-01, a date in Japan) a government business day? */
function naiveIsBusinessDayAt(day: number): boolean {
  const utc = new Date(day * MS_PER_DAY);
  const wd = utc.getUTCDay();
  if (wd === 0 || wd === 6) return false;
  const m = utc.getUTCMonth() + 1;
  const d = utc.getUTCDate();
  if ((m === 12 && d >= 29) || (m === 1 && d <= 3)) return false;
  // isHolidayAt reads the instant's date in Japan: 00:00 JST of the day.
  return JapaneseHolidays.isHolidayAt(new Date(day * MS_PER_DAY - JST_MS)) === undefined;
}

function naiveIsBusinessDay(iso: string): boolean {
  return naiveIsBusinessDayAt(utcDay(iso));
}

function naiveAddBusinessDays(iso: string, n: number): string {
  let day = utcDay(iso);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (naiveIsBusinessDayAt(day)) left--;
  }
  return isoOfDay(day);
}

function naiveNextBusinessDay(day: number): number {
  while (!naiveIsBusinessDayAt(day)) day++;
  return day;
}

/** periodEnd from a calendar date (first day not counted): months by 民法 143, or business days. */
function naivePeriodEnd(iso: string, period: { months: number } | { businessDays: number }): { lastDay: string; lastDayIfExtended: string } {
  const start = utcDay(iso) + 1;
  let last: number;
  if ('months' in period) {
    const s = new Date(start * MS_PER_DAY);
    const [y, m, d] = [s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate()];
    const corresponding = new Date(Date.UTC(y, m + period.months, d));
    const overflow = corresponding.getUTCMonth() !== (((m + period.months) % 12) + 12) % 12;
    last = (overflow ? Date.UTC(y, m + period.months + 1, 0) : Date.UTC(y, m + period.months, d - 1)) / MS_PER_DAY;
  } else {
    last = naiveNextBusinessDay(start);
    for (let k = 1; k < period.businessDays; ) if (naiveIsBusinessDayAt(++last)) k++;
  }
  return { lastDay: isoOfDay(last), lastDayIfExtended: isoOfDay(naiveNextBusinessDay(last)) };
}

// ---------------------------------------------------------------------------------------------
// Inputs: 1,000 dates spread over 2000–2026 (so that n = 250 stays in range), cycled through.

const DATES: readonly string[] = Array.from({ length: 1000 }, (_, i) => isoOfDay(utcDay('2000-01-01') + ((i * 9_851) % 9_862)));
let i = 0;
const next = (): string => DATES[(i = (i + 1) % DATES.length)] as string;

// Warm both sides (year tables, japanese-holidays' year cache) and check they agree.
for (const d of DATES) {
  if (isGovernmentBusinessDay(d) !== naiveIsBusinessDay(d)) throw new Error(`predicate disagrees on ${d}`);
  if (addGovernmentBusinessDays(d, 250) !== naiveAddBusinessDays(d, 250)) throw new Error(`n = 250 disagrees on ${d}`);
  const p = periodEnd(d, { months: 1 });
  const q = naivePeriodEnd(d, { months: 1 });
  if (p.lastDay !== q.lastDay || p.lastDayIfExtended !== q.lastDayIfExtended) throw new Error(`{ months: 1 } disagrees on ${d}`);
  if (periodEnd(d, { businessDays: 3 }).lastDay !== naivePeriodEnd(d, { businessDays: 3 }).lastDay) throw new Error(`{ businessDays: 3 } disagrees on ${d}`);
}

let sink: unknown;

// The predicate takes well under the harness's own cost per timed iteration, so each iteration
// makes 100 calls on both sides (ops/s below are per 100 calls; multiply by 100 for calls/s).
describe('isGovernmentBusinessDay, 100 calls per iteration (goal: ≥ 10× naive)', () => {
  bench('isGovernmentBusinessDay × 100', () => {
    for (let k = 0; k < 100; k++) sink = isGovernmentBusinessDay(next());
  });
  bench('naive × 100: japanese-holidays isHolidayAt + weekend + year end', () => {
    for (let k = 0; k < 100; k++) sink = naiveIsBusinessDay(next());
  });
});

describe('addGovernmentBusinessDays n = 3', () => {
  bench('addGovernmentBusinessDays(d, 3)', () => {
    sink = addGovernmentBusinessDays(next(), 3);
  });
  bench('naive loop, n = 3', () => {
    sink = naiveAddBusinessDays(next(), 3);
  });
});

describe('addGovernmentBusinessDays n = 250 (goal: ≥ 100× naive, within 1.5× of n = 3)', () => {
  bench('addGovernmentBusinessDays(d, 250)', () => {
    sink = addGovernmentBusinessDays(next(), 250);
  });
  bench('naive loop, n = 250', () => {
    sink = naiveAddBusinessDays(next(), 250);
  });
});

describe('periodEnd { months: 1 }', () => {
  bench('periodEnd(d, { months: 1 })', () => {
    sink = periodEnd(next(), { months: 1 });
  });
  bench('naive { months: 1 }', () => {
    sink = naivePeriodEnd(next(), { months: 1 });
  });
});

describe('periodEnd { businessDays: 3 }', () => {
  bench('periodEnd(d, { businessDays: 3 })', () => {
    sink = periodEnd(next(), { businessDays: 3 });
  });
  bench('naive { businessDays: 3 }', () => {
    sink = naivePeriodEnd(next(), { businessDays: 3 });
  });
});

export { sink };
