/**
 * The periods in weeks, months and years (民法 140, 143), worked by hand: month ends,
 * 29 February, Golden Week, the September run of 2026, the year end, instants at 00:00 JST
 * and instants whose date in Japan is the next day.
 */
import { describe, test } from 'vitest';
import { TITLE, expectCase, type Case } from './check.js';

const WEEKS: readonly Case[] = [
  // 12-17 + 13 = 12-30 (year end) → 2025-01-06.
  { clause: '4.3', from: '2024-12-16', startDay: '2024-12-17', lastDay: '2024-12-30', lastDayIfExtended: '2025-01-06', why: 'ends at the year end' },
  // 09-09 + 13 = 09-22 (国民の休日), 09-23 → Thu 09-24.
  { clause: '4.3', from: '2026-09-08T17:00+09:00', on: '2026-09-08', startDay: '2026-09-09', lastDay: '2026-09-22', lastDayIfExtended: '2026-09-24', why: "ends on the citizens' holiday of 2026" },
  // 02-16 + 13 = 02-29 (Thu).
  { clause: '4.3', from: '2024-02-15', startDay: '2024-02-16', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'ends on 29 February' },
  // 04-23 + 13 = 05-06 (振替休日) → Tue 05-07.
  { clause: '9.3', from: '2024-04-22', startDay: '2024-04-23', lastDay: '2024-05-06', lastDayIfExtended: '2024-05-07', why: 'ends in Golden Week 2024' },
  // 12-21 + 13 = 2028-01-03 (year end) → Tue 01-04.
  { clause: '9.3', from: '2027-12-20', startDay: '2027-12-21', lastDay: '2028-01-03', lastDayIfExtended: '2028-01-04', provisional: true, why: 'ends in 2028: provisional' },
  // 12-22 + 13 = 2026-01-04 (Sun) → Mon 01-05.
  { clause: '10.3', from: '2025-12-21', startDay: '2025-12-22', lastDay: '2026-01-04', lastDayIfExtended: '2026-01-05', why: 'ends on the Sunday after the year end' },
  // 00:00 JST 02-16 counts: 02-16 + 13 = 02-29.
  { clause: '10.3', from: '2024-02-16T00:00+09:00', on: '2024-02-16', midnight: true, startDay: '2024-02-16', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: '00:00 JST: the first day counts' },
  // 15:00Z on 02-15 is the same instant.
  { clause: '10.3', from: '2024-02-15T15:00Z', on: '2024-02-16', midnight: true, startDay: '2024-02-16', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'UTC instant at 00:00 JST of the next day' },
];

const ONE_MONTH: readonly Case[] = [
  // Start 01-31; no 31 February 2023 → 02-28 (Tue).
  { clause: '8.2', from: '2023-01-30', startDay: '2023-01-31', lastDay: '2023-02-28', lastDayIfExtended: '2023-02-28', why: 'no 31 February, common year' },
  // Start 02-01, corresponding day 03-01 → 02-29 (Thu).
  { clause: '8.2', from: '2024-01-31', startDay: '2024-02-01', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'corresponding day 03-01' },
  // Start 04-01, corresponding day 05-01 → 04-30 (Tue).
  { clause: '8.2', from: '2024-03-31', startDay: '2024-04-01', lastDay: '2024-04-30', lastDayIfExtended: '2024-04-30', why: 'from a month end' },
  // Start 04-04, corresponding 05-04 → 05-03 (憲法記念日); 05-04 Sat, 05-05 Sun, 05-06 振替休日 → 05-07.
  { clause: '8.2', from: '2024-04-03', startDay: '2024-04-04', lastDay: '2024-05-03', lastDayIfExtended: '2024-05-07', why: 'ends in Golden Week 2024' },
  // Start 11-29, corresponding 12-29 → 12-28 (Sun); 12-29 … 01-04 → Mon 2026-01-05.
  { clause: '8.2', from: '2025-11-28', startDay: '2025-11-29', lastDay: '2025-12-28', lastDayIfExtended: '2026-01-05', why: 'a Sunday before the year end' },
  // Start 12-01, corresponding 2026-01-01 → 12-31 (year end) → 2026-01-05.
  { clause: '8.2', from: '2025-11-30', startDay: '2025-12-01', lastDay: '2025-12-31', lastDayIfExtended: '2026-01-05', why: 'ends on 31 December' },
  // 00:00 JST 02-29 counts: corresponding 03-29 → 03-28 (Thu). Compare the date 02-29 → 03-31.
  { clause: '8.2', from: '2024-02-28T15:00Z', on: '2024-02-29', midnight: true, startDay: '2024-02-29', lastDay: '2024-03-28', lastDayIfExtended: '2024-03-28', why: '00:00 JST on 29 February' },
  // 15:30Z on 01-30 = 00:30 JST 01-31: start 02-01 → 02-29.
  { clause: '8.2', from: '2024-01-30T15:30Z', on: '2024-01-31', startDay: '2024-02-01', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'UTC instant, JST next day' },
  // Start 2026-01-01, corresponding 02-01 → 01-31 (Sat) → Mon 02-02.
  { clause: '8.2', from: '2025-12-31', startDay: '2026-01-01', lastDay: '2026-01-31', lastDayIfExtended: '2026-02-02', why: 'from 31 December' },
  // Start 08-21, corresponding 09-21 → 09-20 (Sun); 09-21, 09-22, 09-23 → Thu 09-24.
  { clause: '4.5(1)', from: '2026-08-20', startDay: '2026-08-21', lastDay: '2026-09-20', lastDayIfExtended: '2026-09-24', why: 'ends before the September run of 2026' },
  // Start 01-30; no 30 February → 02-29.
  { clause: '4.5(1)', from: '2024-01-29', startDay: '2024-01-30', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'no 30 February' },
  // Start 12-03, corresponding 2026-01-03 → 01-02 (year end) → Mon 01-05.
  { clause: '4.5(1)', from: '2025-12-02', startDay: '2025-12-03', lastDay: '2026-01-02', lastDayIfExtended: '2026-01-05', why: 'ends on 2 January' },
  // Start 04-05, corresponding 05-05 → 05-04 (Sun, みどりの日); 05-05, 05-06 振替休日 → Wed 05-07.
  { clause: '9.6(1)', from: '2025-04-04', startDay: '2025-04-05', lastDay: '2025-05-04', lastDayIfExtended: '2025-05-07', why: 'ends in Golden Week 2025' },
  // Start 12-01, corresponding 2028-01-01 → 12-31 (Fri); 2028-01-01 … 01-03 → Tue 2028-01-04.
  { clause: '9.6(1)', from: '2027-11-30', startDay: '2027-12-01', lastDay: '2027-12-31', lastDayIfExtended: '2028-01-04', provisional: true, why: 'extended into 2028: provisional' },
  // 10:00 JST 12-01: start 12-02, corresponding 2025-01-02 → 01-01 → Mon 01-06.
  { clause: '10.8', from: '2024-12-01T10:00+09:00', on: '2024-12-01', startDay: '2024-12-02', lastDay: '2025-01-01', lastDayIfExtended: '2025-01-06', why: 'ends on New Year’s Day' },
  // Start 02-01, corresponding 03-01 → 02-28 (Sun) → Mon 03-01.
  { clause: '10.8', from: '2027-01-31', startDay: '2027-02-01', lastDay: '2027-02-28', lastDayIfExtended: '2027-03-01', why: 'February 2027 ends on a Sunday' },
  // 00:00 JST 02-29 counts: corresponding 03-29 → 03-28.
  { clause: '10.8', from: '2024-02-29T00:00+09:00', on: '2024-02-29', midnight: true, startDay: '2024-02-29', lastDay: '2024-03-28', lastDayIfExtended: '2024-03-28', why: '00:00 JST on 29 February' },
  // Start 01-31; 2028 is a leap year → 02-29 (Tue).
  { clause: '10.8(4)', from: '2028-01-30', startDay: '2028-01-31', lastDay: '2028-02-29', lastDayIfExtended: '2028-02-29', provisional: true, why: '29 February 2028' },
  // Start 04-01, corresponding 05-01 → 04-30 (Thu).
  { clause: '10.8(4)', from: '2026-03-31', startDay: '2026-04-01', lastDay: '2026-04-30', lastDayIfExtended: '2026-04-30', why: 'the eve of Golden Week 2026 is a business day' },
];

const SEVERAL_MONTHS: readonly Case[] = [
  // 2 months: start 12-31; no 31 February 2024 → 02-29.
  { clause: '10.1(4)', from: '2023-12-30', startDay: '2023-12-31', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'no 31 February' },
  // 2 months: corresponding 05-05 → 05-04 (Sat); 05-05 Sun, 05-06 振替休日 → 05-07.
  { clause: '10.1(4)', from: '2024-03-04', startDay: '2024-03-05', lastDay: '2024-05-04', lastDayIfExtended: '2024-05-07', why: 'ends in Golden Week 2024' },
  // 2 months: corresponding 09-22 → 09-21 (敬老の日) → 09-24.
  { clause: '10.1(4)', from: '2026-07-21', startDay: '2026-07-22', lastDay: '2026-09-21', lastDayIfExtended: '2026-09-24', why: 'ends in the September run of 2026' },
  // 2 months: start 12-31; no 31 February 2025 → 02-28 (Fri).
  { clause: '10.8(3)', from: '2024-12-30', startDay: '2024-12-31', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: 'no 31 February' },
  // 2 months: start 10-31, corresponding 12-31 → 12-30 (year end) → 2026-01-05.
  { clause: '10.8(3)', from: '2025-10-30', startDay: '2025-10-31', lastDay: '2025-12-30', lastDayIfExtended: '2026-01-05', why: 'ends at the year end' },
  // 3 months: corresponding 2025-03-01 → 02-28 (Fri).
  { clause: '7.3', from: '2024-11-30', startDay: '2024-12-01', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: 'corresponding day 03-01' },
  // 3 months: start 11-30; no 30 February → 2024-02-29.
  { clause: '7.3', from: '2023-11-29', startDay: '2023-11-30', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'no 30 February' },
  // 3 months: corresponding 09-22 → 09-21 → 09-24.
  { clause: '7.3', from: '2026-06-21', startDay: '2026-06-22', lastDay: '2026-09-21', lastDayIfExtended: '2026-09-24', why: 'ends in the September run of 2026' },
  // 3 months: corresponding 2027-01-01 → 12-31 → Mon 2027-01-04.
  { clause: '7.3', from: '2026-09-30', startDay: '2026-10-01', lastDay: '2026-12-31', lastDayIfExtended: '2027-01-04', why: 'ends on 31 December' },
  // 6 months: corresponding 2025-03-01 → 02-28.
  { clause: '10.5', from: '2024-08-31', startDay: '2024-09-01', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: 'corresponding day 03-01' },
  // 6 months: start 08-31; no 31 February → 2024-02-29.
  { clause: '10.5', from: '2023-08-30', startDay: '2023-08-31', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'no 31 February' },
  // 6 months: corresponding 2026-05-04 → 05-03 (Sun, 憲法記念日); 05-04 … 05-06 → Thu 05-07.
  { clause: '10.5', from: '2025-11-03', startDay: '2025-11-04', lastDay: '2026-05-03', lastDayIfExtended: '2026-05-07', why: 'ends in Golden Week 2026' },
  // 6 months: corresponding 2028-01-01 → 2027-12-31 → 2028-01-04.
  { clause: '10.5', from: '2027-06-30', startDay: '2027-07-01', lastDay: '2027-12-31', lastDayIfExtended: '2028-01-04', provisional: true, why: 'extended into 2028: provisional' },
];

const YEARS: readonly Case[] = [
  // 1 year: start 2023-03-01, corresponding 2024-03-01 → 2024-02-29.
  { clause: '3.3', from: '2023-02-28', startDay: '2023-03-01', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'a year that ends on 29 February' },
  // 1 year: start 02-29; no 29 February 2025 → 2025-02-28.
  { clause: '3.3', from: '2024-02-28', startDay: '2024-02-29', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: 'from 29 February: month end' },
  // 1 year: start 03-01, corresponding 2025-03-01 → 02-28.
  { clause: '3.3', from: '2024-02-29', startDay: '2024-03-01', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: 'the day after 29 February' },
  // 1 year: corresponding 2026-05-06 → 05-05 (こどもの日); 05-06 振替休日 → 05-07.
  { clause: '3.3', from: '2025-05-05', startDay: '2025-05-06', lastDay: '2026-05-05', lastDayIfExtended: '2026-05-07', why: 'ends in Golden Week 2026' },
  // 23:59:59 JST 12-31: start 2025-01-01, corresponding 2026-01-01 → 2025-12-31 → 2026-01-05.
  { clause: '3.3', from: '2024-12-31T23:59:59+09:00', on: '2024-12-31', startDay: '2025-01-01', lastDay: '2025-12-31', lastDayIfExtended: '2026-01-05', why: 'the last second of the year' },
  // 15:00Z 12-31 = 00:00 JST 2025-01-01: that day counts; same last day.
  { clause: '3.3', from: '2024-12-31T15:00:00Z', on: '2025-01-01', midnight: true, startDay: '2025-01-01', lastDay: '2025-12-31', lastDayIfExtended: '2026-01-05', why: 'UTC instant at 00:00 JST on New Year’s Day' },
  // 3 years: corresponding 2028-03-01 → 2028-02-29 (Tue).
  { clause: '7.6(7)', from: '2025-02-28', startDay: '2025-03-01', lastDay: '2028-02-29', lastDayIfExtended: '2028-02-29', provisional: true, why: 'ends on 29 February 2028' },
  // 3 years: corresponding 2024-03-01 → 2024-02-29.
  { clause: '7.6(7)', from: '2021-02-28', startDay: '2021-03-01', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'ends on 29 February 2024' },
  // 3 years: corresponding 2026-09-21 → 09-20 (Sun) → 09-24.
  { clause: '7.6(7)', from: '2023-09-20', startDay: '2023-09-21', lastDay: '2026-09-20', lastDayIfExtended: '2026-09-24', why: 'ends before the September run of 2026' },
  // 3 years: corresponding 2027-03-01 → 2027-02-28 (Sun) → Mon 03-01.
  { clause: '7.6(7)', from: '2024-02-29', startDay: '2024-03-01', lastDay: '2027-02-28', lastDayIfExtended: '2027-03-01', why: 'from 29 February' },
  // 16 months from 10-31: 2026-02 has no 31st → 02-28 (Sat) → Mon 03-02.
  { clause: 'BR3.5', from: '2024-10-30', startDay: '2024-10-31', lastDay: '2026-02-28', lastDayIfExtended: '2026-03-02', why: 'no 31 February, a Saturday' },
  // 16 months from 10-29: corresponding 2024-02-29 → 02-28 (Wed).
  { clause: 'BR3.5', from: '2022-10-28', startDay: '2022-10-29', lastDay: '2024-02-28', lastDayIfExtended: '2024-02-28', why: 'corresponding day 29 February' },
  // 16 months from 2025-01-04: corresponding 2026-05-04 → 05-03 → 05-07.
  { clause: 'BR3.5', from: '2025-01-03', startDay: '2025-01-04', lastDay: '2026-05-03', lastDayIfExtended: '2026-05-07', why: 'ends in Golden Week 2026' },
  // 16 months from 09-01: corresponding 2028-01-01 → 2027-12-31 → 2028-01-04.
  { clause: 'BR3.5', from: '2026-08-31', startDay: '2026-09-01', lastDay: '2027-12-31', lastDayIfExtended: '2028-01-04', provisional: true, why: 'extended into 2028: provisional' },
  // 15:00Z 09-30 = 00:00 JST 10-01: the same period as the date 09-30 (I3).
  { clause: 'BR3.5', from: '2023-09-30T15:00Z', on: '2023-10-01', midnight: true, startDay: '2023-10-01', lastDay: '2025-01-31', lastDayIfExtended: '2025-01-31', why: '00:00 JST on the day after the audit period' },
  // 16 months from 10-31: 2025-02 has no 31st → 02-28 (Fri).
  { clause: 'BR3.5', from: '2023-10-30', startDay: '2023-10-31', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: 'no 31 February' },
];

describe('weeks (民法 143): 4.3, 9.3, 10.3', () => {
  test.each(WEEKS)(TITLE, (c) => {
    expectCase(c);
  });
});

describe('one month (民法 143): 4.5(1), 8.2, 9.6(1), 10.8, 10.8(4)', () => {
  test.each(ONE_MONTH)(TITLE, (c) => {
    expectCase(c);
  });
});

describe('two to six months: 10.1(4), 10.8(3), 7.3, 10.5', () => {
  test.each(SEVERAL_MONTHS)(TITLE, (c) => {
    expectCase(c);
  });
});

describe('years: 3.3, 7.6(7), BR3.5', () => {
  test.each(YEARS)(TITLE, (c) => {
    expectCase(c);
  });
});
