/**
 * fast-check arbitraries for `deadline`: a clause that sets a period (./spec.ts) and an event it
 * accepts, written as a date, an instant with offset or a `Date`. Instants are written by
 * the tests' one `formatInstant` (../../_support/days.ts), so that every test reads them alike.
 */
import { fc } from '@fast-check/vitest';
import { JST_OFFSET_MS, MS_PER_DAY, formatInstant, japanDayOf, jstMidnightMs } from '../../_support/days.js';
import { arbOffsetMinutes } from '../../arbitraries/dates.js';
import { SPEC_CLAUSES, specRow, type SpecClause } from './spec.js';

/** Any clause of the table. */
export const clauseArb: fc.Arbitrary<SpecClause> = fc.constantFrom(...SPEC_CLAUSES);

/** The first and last instants a clause is generated for (2095 keeps 3-year periods before 2100). */
export function epochRange(clause: SpecClause): { readonly min: number; readonly max: number } {
  const first = specRow(clause).appliesFrom ?? '2000-01-01';
  return { min: jstMidnightMs(first), max: jstMidnightMs('2096-01-01') - 1 };
}

/** An event as handed to `deadline`, with what it denotes. */
export interface EventSample {
  readonly input: string | Date;
  /** Its date in Japan. */
  readonly date: string;
  /** `true` for an instant at exactly 00:00:00.000 JST. */
  readonly midnight: boolean;
  /**
   * An instant that orders events: the instant itself, or for a date 00:00:00.001 JST of that
   * date (a date means "during that day", after 00:00 and with the same start day).
   */
  readonly key: number;
}

type Form = 'date' | 'instant' | 'Date';

/** Renders an epoch as one of the three forms of `from`. */
export function renderEvent(epochMs: number, form: Form, offsetMinutes: number, precision: 'minutes' | 'seconds' | 'millis' | 'nanos', zulu: boolean): EventSample {
  const date = japanDayOf(epochMs);
  if (form === 'date') return { input: date, date, midnight: false, key: jstMidnightMs(date) + 1 };
  const unit = precision === 'minutes' ? 60_000 : precision === 'seconds' ? 1000 : 1;
  // Truncating to the precision stays within the same JST day (JST offsets are whole hours).
  const ms = Math.floor(epochMs / unit) * unit;
  const midnight = (ms + JST_OFFSET_MS) % MS_PER_DAY === 0;
  const input = form === 'Date' ? new Date(ms) : formatInstant(ms, offsetMinutes, precision, zulu);
  return { input, date: japanDayOf(ms), midnight, key: ms };
}

const renderingArb = fc.record({
  form: fc.constantFrom<Form>('date', 'instant', 'instant', 'Date'),
  offsetMinutes: arbOffsetMinutes,
  precision: fc.constantFrom('minutes' as const, 'seconds' as const, 'millis' as const, 'nanos' as const),
  zulu: fc.boolean(),
});

/** An epoch in `[min, max]`, one time in four exactly at 00:00 JST. */
export function epochArb(min: number, max: number): fc.Arbitrary<number> {
  const firstDay = Math.ceil((min + JST_OFFSET_MS) / MS_PER_DAY);
  const lastDay = Math.floor((max + JST_OFFSET_MS) / MS_PER_DAY);
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.integer({ min: firstDay, max: lastDay }).map((d) => d * MS_PER_DAY - JST_OFFSET_MS) },
  );
}

/** An event that `clause` accepts, in any of the three forms. */
export function eventArb(clause: SpecClause): fc.Arbitrary<EventSample> {
  const { min, max } = epochRange(clause);
  return fc
    .tuple(epochArb(min, max), renderingArb)
    .map(([epochMs, r]) => renderEvent(epochMs, r.form, r.offsetMinutes, r.precision, r.zulu));
}

/** A clause with an event it accepts. */
export const clauseEventArb: fc.Arbitrary<{ clause: SpecClause; event: EventSample }> = clauseArb.chain((clause) =>
  eventArb(clause).map((event) => ({ clause, event })),
);

/** Two events of a clause, the first no later than the second, often close together. */
export const orderedPairArb: fc.Arbitrary<{ clause: SpecClause; a: EventSample; b: EventSample }> = clauseArb.chain((clause) => {
  const { min, max } = epochRange(clause);
  const delta = fc.oneof(
    fc.integer({ min: 0, max: 2 * MS_PER_DAY }),
    fc.integer({ min: 0, max: 40 }).map((d) => d * MS_PER_DAY),
    fc.integer({ min: 0, max: 800 * MS_PER_DAY }),
  );
  return fc.tuple(epochArb(min, max), delta, renderingArb, renderingArb).map(([epoch, d, ra, rb]) => {
    const x = renderEvent(epoch, ra.form, ra.offsetMinutes, ra.precision, ra.zulu);
    const y = renderEvent(Math.min(epoch + d, max), rb.form, rb.offsetMinutes, rb.precision, rb.zulu);
    return x.key <= y.key ? { clause, a: x, b: y } : { clause, a: y, b: x };
  });
});
