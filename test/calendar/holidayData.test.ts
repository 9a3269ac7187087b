/**
 * The generated holiday table (src/calendar/_lib/holidayData.ts) must be exactly what
 * `japanese-holidays` computes for 2000–2099. When this fails after an upgrade of the package,
 * run `npm run generate:holidays`.
 */
import JapaneseHolidays from 'japanese-holidays';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { HOLIDAY_DATA, HOLIDAY_DATA_FIRST_YEAR, HOLIDAY_DATA_SOURCE } from '../../src/calendar/_lib/holidayData.js';
import { nationalHolidaysOf } from '../../src/calendar/_lib/nationalHolidays.js';

const { version } = createRequire(import.meta.url)('japanese-holidays/package.json') as { version: string };

test('the table was generated from the installed japanese-holidays', () => {
  expect(HOLIDAY_DATA_SOURCE).toBe(`japanese-holidays@${version}`);
  expect(HOLIDAY_DATA_FIRST_YEAR).toBe(2000);
  expect(HOLIDAY_DATA).toHaveLength(100);
});

test('every year 2000–2099 matches japanese-holidays, date by date and name by name', () => {
  const mismatches: string[] = [];
  for (let year = 2000; year <= 2099; year++) {
    const ours = nationalHolidaysOf(year).map((h) => `${h.month}-${h.day} ${h.name}`);
    const theirs = JapaneseHolidays.getHolidaysOf(year).map((h) => `${h.month}-${h.date} ${h.name}`);
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) mismatches.push(`${year}: ${ours.join(',')} ≠ ${theirs.join(',')}`);
  }
  expect(mismatches).toEqual([]);
});
