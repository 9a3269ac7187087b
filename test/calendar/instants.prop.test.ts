/**
 * Instants are read in Asia/Tokyo exactly as `TZDate(instant, 'Asia/Tokyo')` from @date-fns/tz
 * reads them, whatever the offset they are written with and whether they come as strings or
 * `Date`s (docs/reference/calendar.md, "Dates and instants").
 */
import { fc, test } from '@fast-check/vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect } from 'vitest';
import { getGovernmentHoliday, isGovernmentHoliday, periodEnd, toJapanDate } from '../../src/calendar/index.js';
import { calendarPeriodArb, epochMsArb, instantArb, offsetMinutesArb } from './arbitraries.js';

/** What @date-fns/tz says about an instant in Japan. */
function tokyo(epochMs: number): { date: string; midnight: boolean; instant: string } {
  const t = new TZDate(epochMs, 'Asia/Tokyo');
  return {
    date: format(t, 'yyyy-MM-dd'),
    midnight: t.getHours() === 0 && t.getMinutes() === 0 && t.getSeconds() === 0 && t.getMilliseconds() === 0,
    instant: format(t, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx"),
  };
}

describe('toJapanDate', () => {
  test.prop([instantArb])('an instant string converts as TZDate(instant, Asia/Tokyo) says', (s) => {
    expect(toJapanDate(s.text)).toEqual(tokyo(s.epochMs));
  });

  test.prop([epochMsArb])('a Date converts as TZDate says', (ms) => {
    expect(toJapanDate(new Date(ms))).toEqual(tokyo(ms));
  });

  test.prop([instantArb])('the arbitrary is sound: JavaScript parses the string to the same instant', (s) => {
    fc.pre(!/\.\d{4,}/.test(s.text)); // Date.parse reads at most milliseconds
    expect(new Date(s.text).getTime()).toBe(s.epochMs);
  });

  test.prop([epochMsArb, offsetMinutesArb, offsetMinutesArb])('the offset it is written with does not matter', (ms, a, b) => {
    const write = (offset: number): string => {
      const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    };
    expect(toJapanDate(write(a))).toEqual(toJapanDate(write(b)));
  });
});

describe('every function reads an instant as its date in Japan', () => {
  test.prop([instantArb])('isGovernmentHoliday and getGovernmentHoliday', (s) => {
    const { date } = tokyo(s.epochMs);
    expect(isGovernmentHoliday(s.text)).toBe(isGovernmentHoliday(date));
    expect(isGovernmentHoliday(new Date(s.epochMs))).toBe(isGovernmentHoliday(date));
    expect(getGovernmentHoliday(s.text)).toEqual(getGovernmentHoliday(date));
  });

  test.prop([instantArb, calendarPeriodArb])('periodEnd: an instant at 00:00 JST counts its day; any other is its date', (s, { unit, n }) => {
    const period = unit === 'days' ? { days: n } : unit === 'weeks' ? { weeks: n } : unit === 'months' ? { months: n } : { years: n };
    const { date, midnight } = tokyo(s.epochMs);
    const r = periodEnd(s.text, period);
    expect(r.fromMidnight).toBe(midnight);
    expect(r.from).toBe(date);
    if (!midnight) expect(r.lastDay).toBe(periodEnd(date, period).lastDay);
    expect(periodEnd(new Date(s.epochMs), period)).toEqual(r);
  });

  test.prop([epochMsArb, epochMsArb, calendarPeriodArb])('a later instant never gives an earlier lastDay', (a, b, { unit, n }) => {
    const period = unit === 'days' ? { days: n } : unit === 'weeks' ? { weeks: n } : unit === 'months' ? { months: n } : { years: n };
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(periodEnd(new Date(early), period).lastDay <= periodEnd(new Date(late), period).lastDay).toBe(true);
  });

  test.prop([epochMsArb, fc.integer({ min: 1, max: 250 })])('business days: the same for an instant and its Date', (ms, n) => {
    const text = new Date(ms).toISOString();
    expect(periodEnd(text, { businessDays: n })).toEqual(periodEnd(new Date(ms), { businessDays: n }));
  });
});
