/**
 * The date fields of the JSON Schemas against the library's readers: a corpus of bad dates is
 * refused by both ajv and zod, every `YYYY-MM-DD` of 1998–2101 is judged alike, and date-like
 * strings are judged alike except instants written on a day at an end of the range (pinned below).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, DAY_INPUT_PATTERN, INSTANT_PATTERN } from '../../src/rules/schemas/_lib/datePatterns.js';
import { arbDateLikeString, arbDayInput, arbTrapDate } from '../arbitraries/index.js';
import { BAD_DATES as BAD, KINDS, isRangeEdgeInstant } from './_support/dates.js';

/** Accepted by the kinds named. */
const GOOD: readonly (readonly [string, readonly string[]])[] = [
  ['2024-02-29', ['date', 'day input']],
  ['2000-02-29', ['date', 'day input']],
  ['2000-01-01', ['date', 'day input']],
  ['2099-12-31', ['date', 'day input']],
  ['2024-01-04T10:00+09:00', ['instant', 'day input']],
  ['2024-01-03T15:00Z', ['instant', 'day input']],
  ['2024-01-04T10:00:59.123456789-14:59', ['instant', 'day input']],
  ['2099-12-31T14:59:59.999Z', ['instant', 'day input']],
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('the JSON Schema of the date fields', () => {
  it.each(KINDS.flatMap((k) => BAD.map((text) => [k.name, text, k] as const)))('%s: %j is refused by ajv and zod', (_name, text, k) => {
    expect(k.zod.safeParse(text).success).toBe(false);
    expect(k.ajv(text)).toBe(false);
  });

  it.each(KINDS.flatMap((k) => GOOD.map(([text, kinds]) => [k.name, text, kinds.includes(k.name), k] as const)))('%s: %j accepted: %s, by ajv and zod alike', (_name, text, accepted, k) => {
    expect(k.zod.safeParse(text).success).toBe(accepted);
    expect(k.ajv(text)).toBe(accepted);
  });

  it('judges every YYYY-MM-DD of 1998–2101, months 00–13, days 00–32, as the library does (48,048 strings)', () => {
    let compared = 0;
    const differ: string[] = [];
    for (let y = 1998; y <= 2101; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${y}-${pad(m)}-${pad(d)}`;
          for (const k of KINDS) if (k.name !== 'instant' && k.ajv(text) !== k.zod.safeParse(text).success) differ.push(`${k.name} ${text}`);
          compared++;
        }
      }
    }
    expect(compared).toBe(48_048);
    expect(differ).toEqual([]);
  });

  it('differs only for instants written on a day at an end of the range, as documented', () => {
    const [, instant, dayInput] = KINDS;
    for (const k of [instant, dayInput]) {
      // 2000-01-01 00:00 in Japan: the library accepts it, the pattern (which reads 1999-12-31) does not.
      expect([k?.zod.safeParse('1999-12-31T15:00Z').success, k?.ajv('1999-12-31T15:00Z')]).toEqual([true, false]);
      // 2100-01-01 00:00 in Japan: the library refuses it, the pattern (which reads 2099-12-31) does not.
      expect([k?.zod.safeParse('2099-12-31T15:00Z').success, k?.ajv('2099-12-31T15:00Z')]).toEqual([false, true]);
    }
  });

  test.prop([arbDateLikeString], { numRuns: 2000 })('ajv and zod agree on date-like strings, but at the ends of the range', (text) => {
    for (const k of KINDS) {
      const zod = k.zod.safeParse(text).success;
      if (k.ajv(text) !== zod) expect(isRangeEdgeInstant(text), `${k.name} ${text}: zod ${zod}`).toBe(true);
    }
  });

  test.prop([fc.oneof(arbDayInput(), arbTrapDate)], { numRuns: 1000 })('ajv accepts the dates and instants the library accepts, but at the ends of the range', (text) => {
    for (const k of KINDS) if (k.zod.safeParse(text).success && !isRangeEdgeInstant(text)) expect(k.ajv(text), `${k.name} ${text}`).toBe(true);
  });

  it('keeps to the regular expressions JSON Schema recommends: anchored, [0-9] for digits, no lookaround or (?:', () => {
    for (const p of [DATE_PATTERN, INSTANT_PATTERN, DAY_INPUT_PATTERN]) {
      expect(p.startsWith('^') && p.endsWith('$')).toBe(true);
      expect(p).not.toMatch(/\\d|\(\?/);
    }
  });
});
