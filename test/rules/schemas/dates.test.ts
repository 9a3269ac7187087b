import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toJapanDate } from '../../../src/calendar/index.js';
import { isIsmapLiuError } from '../../../src/errors.js';
import {
  DayInputSchema,
  InstantSchema,
  IsoDateSchema,
  dayInputSchema,
  isoDateSchema,
  safeParseInput,
} from '../../../src/rules/schemas/index.js';
import { arbDateLikeString, arbInstant, arbInstantMs, arbIsoDate, formatInstant, japanDayOfMs } from '../../arbitraries/index.js';

function issue(schema: Parameters<typeof safeParseInput>[0], input: unknown) {
  const r = safeParseInput(schema, input);
  if (r.ok) throw new Error(`expected ${String(input)} to be refused`);
  expect(r.issues).toHaveLength(1);
  return r.issues[0]!;
}

describe('IsoDateSchema', () => {
  it.each(['2000-01-01', '2024-02-29', '2099-12-31', '2023-10-02'])('accepts %s', (d) => {
    expect(IsoDateSchema.parse(d)).toBe(d);
  });
  it.each([
    ['2023-02-29', 'no_such_day', '2023-02 has 28 days'],
    ['2024-02-30', 'no_such_day', '2024-02 has 29 days'],
    ['2024-04-31', 'no_such_day', 'no day 31'],
    ['2024-13-01', 'no_such_day', 'no month 13'],
    ['2024-00-10', 'no_such_day', 'no month 0'],
    ['1999-12-31', 'out_of_range', '2000-01-01 … 2099-12-31'],
    ['2100-01-01', 'out_of_range', 'outside'],
    ['2024-1-01', 'not_a_date', 'YYYY-MM-DD'],
    ['2024-01-04T00:00+09:00', 'not_a_date', 'without a time of day'],
  ])('refuses %s (%s)', (value, code, words) => {
    const i = issue(IsoDateSchema, value);
    expect(i.code).toBe(code);
    expect(i.message).toContain(JSON.stringify(value));
    expect(i.message).toContain(words);
    expect(i.expected).toContain('YYYY-MM-DD');
  });
  it('names the field and the clause', () => {
    const i = issue(isoDateSchema({ what: 'the date of the Assessment Report', clause: '7.3' }), '2024-02-30');
    expect(i.message).toMatch(/^The date of the Assessment Report "2024-02-30" cannot be used: .* \(see 7\.3\)\.$/);
    expect(i.clause).toBe('7.3');
  });
  it('refuses a number, naming it', () => {
    const i = issue(isoDateSchema({ what: 'the date', clause: '8.2' }), 20240104);
    expect(i.code).toBe('invalid_type');
    expect(i.message).toContain('20240104');
    expect(i.received).toBe('20240104');
    expect(i.clause).toBe('8.2');
  });
  test.prop([arbIsoDate()])('accepts every real date of the range', (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
});

describe('InstantSchema', () => {
  it.each(['2024-01-03T15:00Z', '2024-01-04T00:00:00+09:00', '2024-01-03T10:00:00.123456789-05:00', '1999-12-31T15:00Z'])('accepts %s', (v) => {
    expect(InstantSchema.parse(v)).toBe(v);
  });
  it('refuses a date-time without an offset and says so (I8)', () => {
    const i = issue(InstantSchema, '2024-01-03T15:00:00');
    expect(i.code).toBe('missing_offset');
    expect(i.message).toContain('no time-zone offset');
    expect(i.message).toContain('Z or +09:00');
    expect(i.interpretation).toBe('I8');
  });
  it.each([
    ['2024-01-03T24:00Z', 'impossible_time'],
    ['2024-01-03T10:60Z', 'impossible_time'],
    ['2024-01-03T10:00+15:00', 'impossible_offset'],
    ['2024-02-30T10:00Z', 'no_such_day'],
    ['2099-12-31T15:00Z', 'out_of_range'],
    ['1999-12-31T14:59Z', 'out_of_range'],
    ['2024-01-03', 'not_a_date_or_instant'],
    ['2024-01-03T10:00+0900', 'not_a_date_or_instant'],
  ])('refuses %s (%s)', (value, code) => {
    expect(issue(InstantSchema, value).code).toBe(code);
  });
});

describe('DayInputSchema', () => {
  it('accepts a date and an instant, keeping them as given', () => {
    expect(DayInputSchema.parse('2024-01-04')).toBe('2024-01-04');
    expect(DayInputSchema.parse('2024-01-03T15:00Z')).toBe('2024-01-03T15:00Z');
  });
  it('refuses a space-separated date-time without offset (I8)', () => {
    expect(issue(DayInputSchema, '2024-01-03 15:00').code).toBe('missing_offset');
  });
  it('refuses a Date object: case files are JSON', () => {
    expect(issue(dayInputSchema({ what: 'the time the incident was recognized' }), new Date(0)).code).toBe('invalid_type');
  });
  it('refuses garbage with a message naming both forms', () => {
    const i = issue(DayInputSchema, 'tomorrow');
    expect(i.code).toBe('not_a_date_or_instant');
    expect(i.message).toContain('neither a YYYY-MM-DD date nor an ISO 8601 date-time');
  });
});

describe('agreement with the calendar', () => {
  function calendarAccepts(value: string): string | undefined {
    try {
      return toJapanDate(value).date;
    } catch (error) {
      expect(isIsmapLiuError(error)).toBe(true);
      return undefined;
    }
  }
  test.prop([arbDateLikeString], { numRuns: 3000 })('DayInputSchema accepts exactly what toJapanDate reads', (value) => {
    expect(DayInputSchema.safeParse(value).success).toBe(calendarAccepts(value) !== undefined);
  });
  test.prop([arbInstant()])('every generated instant is accepted by both', (value) => {
    expect(InstantSchema.safeParse(value).success).toBe(true);
    expect(calendarAccepts(value)).toBeDefined();
  });
  test.prop([arbInstantMs('1999-12-30', '2100-01-02'), fc.integer({ min: -840, max: 840 })])(
    'the range is judged on the day in Japan, like the calendar',
    (ms, offset) => {
      const text = formatInstant(ms - (ms % 60_000), offset, 'minutes');
      const day = japanDayOfMs(ms - (ms % 60_000));
      const inRange = day >= '2000-01-01' && day <= '2099-12-31';
      expect(InstantSchema.safeParse(text).success).toBe(inRange);
      expect(calendarAccepts(text)).toBe(inRange ? day : undefined);
    },
  );
});
