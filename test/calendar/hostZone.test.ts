/**
 * A host zone with awkward daylight-saving history must not move a holiday.
 *
 * `japanese-holidays` (the data source) shifts dates with local-time setters (`setFullYear`,
 * `setMonth` in its `shiftDate`), so its answers can depend on the host's zone. Under
 * TZ=Asia/Baghdad (daylight saving until 2007, switching on 1 October) it puts 体育の日, the
 * second Monday of October, on the Tuesday after it in 2000–2007.
 *
 * The zone must be set before anything computes a holiday year: `japanese-holidays` and the
 * calendar cache their years. Vitest runs each test file in its own worker, so this file sets
 * `process.env.TZ` first and only then imports the calendar.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { HOLIDAY_JP, dayNumber, isoOf, weekdayOf } from './oracle.js';

const originalTz = process.env.TZ;
process.env.TZ = 'Asia/Baghdad';
const calendar = await import('../../src/calendar/index.js');

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('under TZ=Asia/Baghdad', () => {
  test('the zone really is Asia/Baghdad, leaving daylight saving on 1 October 2000', () => {
    expect(new Date(Date.UTC(2000, 8, 30, 12)).getTimezoneOffset()).toBe(-240);
    expect(new Date(Date.UTC(2000, 9, 1, 12)).getTimezoneOffset()).toBe(-180);
  });

  test('体育の日 2000–2007 is the second Monday of October', () => {
    const secondMondays = ['2000-10-09', '2001-10-08', '2002-10-14', '2003-10-13', '2004-10-11', '2005-10-10', '2006-10-09', '2007-10-08'];
    expect(secondMondays.map((d) => calendar.getGovernmentHoliday(d)?.name ?? `${d} not a holiday`)).toEqual(Array(8).fill('体育の日'));
    const tuesdays = secondMondays.map((d) => isoOf(dayNumber(d) + 1));
    expect(tuesdays.filter((d) => calendar.isGovernmentHoliday(d))).toEqual([]);
  });

  test('every day 2000–2050 agrees with holiday_jp', () => {
    const mismatches: string[] = [];
    for (let d = dayNumber('2000-01-01'); d <= dayNumber('2050-12-31'); d++) {
      const iso = isoOf(d);
      const md = iso.slice(5);
      const expected = [0, 6].includes(weekdayOf(iso)) || md >= '12-29' || md <= '01-03' || iso in HOLIDAY_JP;
      if (calendar.isGovernmentHoliday(iso) !== expected) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });
});
