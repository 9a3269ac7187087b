/**
 * fast-check arbitraries for the calendar's inputs (`DayInput`, `PeriodLength`), shared by every
 * property test. Days span 2000-01-01 … 2097-12-31 so that a period of up to two years or a few
 * hundred business days, extension included, stays inside the supported range (…2099-12-31).
 */
import { fc } from '@fast-check/vitest';
import { JST_OFFSET_MS, MS_PER_DAY, dayNumber, formatInstant, isoOf } from '../_support/days.js';

export { formatInstant } from '../_support/days.js';

export const FIRST_ARB_DAY = dayNumber('2000-01-01');
export const LAST_ARB_DAY = dayNumber('2097-12-31');

/** A day number in 2000–2097. */
export const dayNumberArb = fc.integer({ min: FIRST_ARB_DAY, max: LAST_ARB_DAY });

/** A calendar date `YYYY-MM-DD` in 2000–2097, biased towards month ends and the year end. */
export const isoDateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: dayNumberArb.map(isoOf) },
  {
    weight: 1,
    arbitrary: fc
      .record({ year: fc.integer({ min: 2000, max: 2097 }), month: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: 3 }) })
      .map(({ year, month, back }) => isoOf(Date.UTC(year, month, 1) / MS_PER_DAY - 1 - back)),
  },
);

/** A UTC offset in minutes, from −12:00 to +14:00, with the common ones favoured. */
export const offsetMinutesArb = fc.oneof(
  fc.constantFrom(0, 540, -300, -420, -480, 60, 330, 345, 840, -720, -570),
  fc.integer({ min: -12 * 60, max: 14 * 60 }),
);

/** An instant written as an ISO 8601 date-time with an offset, and the instant it denotes. */
export interface InstantSample {
  /** The string handed to the library. */
  readonly text: string;
  /** Milliseconds since the epoch (sub-millisecond digits in `text` are always zero). */
  readonly epochMs: number;
  /** The offset written in `text`, in minutes. */
  readonly offsetMinutes: number;
}

const FIRST_MS = FIRST_ARB_DAY * MS_PER_DAY - JST_OFFSET_MS;
const LAST_MS = (LAST_ARB_DAY + 1) * MS_PER_DAY - JST_OFFSET_MS - 1;

/** An epoch in 2000–2097 (JST), one time in four exactly at 00:00 JST. */
export const epochMsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: FIRST_MS, max: LAST_MS }) },
  { weight: 1, arbitrary: dayNumberArb.map((d) => d * MS_PER_DAY - JST_OFFSET_MS) },
);

/** An instant string with a random offset and precision (minutes, seconds, milliseconds or nanoseconds). */
export const instantArb: fc.Arbitrary<InstantSample> = fc
  .record({
    epochMs: epochMsArb,
    offsetMinutes: offsetMinutesArb,
    precision: fc.constantFrom('minutes', 'seconds', 'millis', 'nanos'),
    zulu: fc.boolean(),
  })
  .map(({ epochMs, offsetMinutes, precision, zulu }) => {
    const unit = precision === 'minutes' ? 60_000 : precision === 'seconds' ? 1000 : 1;
    const ms = Math.floor(epochMs / unit) * unit;
    return { text: formatInstant(ms, offsetMinutes, precision, zulu), epochMs: ms, offsetMinutes };
  });

/** Any `DayInput` in range: a date, an instant string or a `Date`. */
export const dayInputArb: fc.Arbitrary<string | Date> = fc.oneof(
  isoDateArb,
  instantArb.map((s) => s.text),
  instantArb.map((s) => new Date(s.epochMs)),
);

/** The units of `PeriodLength` other than business days. */
export type CalendarUnit = 'days' | 'weeks' | 'months' | 'years';

/** A unit with a length that keeps a 2097 start inside 2099. */
export const calendarPeriodArb: fc.Arbitrary<{ unit: CalendarUnit; n: number }> = fc.oneof(
  fc.record({ unit: fc.constant<CalendarUnit>('days'), n: fc.integer({ min: 1, max: 360 }) }),
  fc.record({ unit: fc.constant<CalendarUnit>('weeks'), n: fc.integer({ min: 1, max: 52 }) }),
  fc.record({ unit: fc.constant<CalendarUnit>('months'), n: fc.integer({ min: 1, max: 11 }) }),
  fc.record({ unit: fc.constant<CalendarUnit>('years'), n: fc.constant(1) }),
);

/** A business-day count used by the period tests (13.2 uses 3; a year has about 245). */
export const businessDaysArb = fc.integer({ min: 1, max: 250 });

/** A date in 2003–2096, so that ±600 business days (about 2½ years) stay in range. */
export const innerIsoDateArb: fc.Arbitrary<string> = fc.integer({ min: dayNumber('2003-01-01'), max: dayNumber('2096-12-31') }).map(isoOf);

/** Two dates at most `maxGap` days apart, in either order, inside 2003–2096. */
export function nearbyPairArb(maxGap: number): fc.Arbitrary<[string, string]> {
  return fc
    .tuple(fc.integer({ min: dayNumber('2003-01-01'), max: dayNumber('2096-12-31') }), fc.integer({ min: -maxGap, max: maxGap }))
    .map(([a, gap]) => [isoOf(a), isoOf(a + gap)]);
}
