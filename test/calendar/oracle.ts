/**
 * Independent oracles for the calendar tests, under the names these tests use. Nothing here
 * imports `src/`; both halves are the tests' one copy in ../_support:
 *
 * * day arithmetic (days.ts: `Date.UTC` and `toISOString`, never the host's zone);
 * * the government-holiday rule (holidays.ts: 行政機関の休日に関する法律 Art. 1(1) rebuilt from
 *   `@holiday-jp/holiday_jp` and `japanese-holidays`).
 */
export { JST_OFFSET_MS, MS_PER_DAY, addDays as addIsoDays, dayNumber, isoOf, weekdayOf } from '../_support/days.js';
export {
  HOLIDAY_JP,
  HOLIDAY_JP_LAST_YEAR,
  isGovernmentHolidayOracle,
  naiveAddBusinessDays,
  naiveCount,
  naiveNextBusinessDay,
} from '../_support/holidays.js';
