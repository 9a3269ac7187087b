/**
 * Arbitraries for dates and instants, mirroring IsoDateSchema, InstantSchema and DayInputSchema.
 */
import fc from 'fast-check';
import { JST_OFFSET_MS, MS_PER_DAY, dayNumber, formatInstant, isoOf as formatDayNumber } from '../_support/days.js';

// The day arithmetic is ../_support/days.ts, re-exported under the names these arbitraries' users know.
export { addDays, dayNumber, formatInstant, isoOf as formatDayNumber, japanDayOf as japanDayOfMs } from '../_support/days.js';

/** Day numbers (days since 1970-01-01) of the supported range. */
export const FIRST_DAY_NUMBER = Date.UTC(2000, 0, 1) / MS_PER_DAY;
export const LAST_DAY_NUMBER = Date.UTC(2099, 11, 31) / MS_PER_DAY;

/** A valid `YYYY-MM-DD` date in [min, max] (default: the supported range). */
export function arbIsoDate(min = '2000-01-01', max = '2099-12-31'): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(min), max: dayNumber(max) }).map(formatDayNumber);
}

/** Dates near traps: month ends, 29 February, the provision boundaries. */
export const arbTrapDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2022-11-01', '2023-10-01', '2023-10-02', '2023-10-31', '2023-11-01', '2024-01-03', '2024-01-04'),
  fc.integer({ min: 2000, max: 2099 }).chain((y) =>
    fc.constantFrom(`${y}-01-31`, `${y}-02-28`, `${y}-03-01`, `${y}-11-30`, `${y}-12-31`, ...(y % 4 === 0 ? [`${y}-02-29`] : [])),
  ),
);

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** An offset in minutes, −14:00 … +14:00. */
export const arbOffsetMinutes: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 540, -300, -420, 330, 345, 840, -840),
  fc.integer({ min: -840, max: 840 }),
);

/** An instant, as epoch milliseconds, whose day in Japan is in [min, max]. */
export function arbInstantMs(min = '2000-01-01', max = '2099-12-31'): fc.Arbitrary<number> {
  return fc.integer({ min: dayNumber(min) * MS_PER_DAY - JST_OFFSET_MS, max: (dayNumber(max) + 1) * MS_PER_DAY - JST_OFFSET_MS - 1 });
}

/** An ISO 8601 instant with an offset whose day in Japan is in [min, max]. */
export function arbInstant(min = '2000-01-01', max = '2099-12-31'): fc.Arbitrary<string> {
  return fc
    .tuple(arbInstantMs(min, max), arbOffsetMinutes, fc.constantFrom('minutes', 'seconds', 'millis') as fc.Arbitrary<'minutes' | 'seconds' | 'millis'>, fc.boolean())
    .map(([ms, offset, precision, z]) => formatInstant(precision === 'minutes' ? ms - (ms % 60_000) : precision === 'seconds' ? ms - (ms % 1000) : ms, offset, precision, z));
}

/** A date or an instant. */
export function arbDayInput(min = '2000-01-01', max = '2099-12-31'): fc.Arbitrary<string> {
  return fc.oneof(arbIsoDate(min, max), arbInstant(min, max));
}

/**
 * Strings shaped like dates and instants with random digits: mostly invalid (month 13, day 32,
 * hour 24, offset +15:00, no offset, space separator), for agreement tests with the calendar.
 */
export const arbDateLikeString: fc.Arbitrary<string> = fc
  .record({
    y: fc.oneof(fc.integer({ min: 1999, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
    mo: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 19 })),
    d: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 39 })),
    h: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 29 })),
    mi: fc.integer({ min: 0, max: 69 }),
    s: fc.option(fc.integer({ min: 0, max: 69 })),
    frac: fc.option(fc.stringMatching(/^\d{1,10}$/)),
    sep: fc.constantFrom('T', ' ', 't'),
    zone: fc.constantFrom('', 'Z', '+09:00', '-05:00', '+14:00', '-14:01', '+15:00', '+0900', 'z', '+09:60'),
    kind: fc.constantFrom('date', 'instant'),
  })
  .map(({ y, mo, d, h, mi, s, frac, sep, zone, kind }) => {
    const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (kind === 'date') return date;
    const seconds = s === null ? '' : `:${pad(s)}${frac === null ? '' : `.${frac}`}`;
    return `${date}${sep}${pad(h)}:${pad(mi)}${seconds}${zone}`;
  });
