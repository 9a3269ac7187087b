/**
 * 13.2 (3 government business days), 13.3 (30 days) and 18.2(6) (1 year), worked by hand, and
 * the Supplementary Provisions of 2023-11-10: they govern incidents recognized on or after
 * 2024-01-04 (JST date, I6).
 */
import { describe, expect, test } from 'vitest';
import { ProvisionNotInForceError, isIsmapLiuError } from '../../../src/errors.js';
import { deadline, type PeriodClauseId } from '../../../src/rules/periods/index.js';
import { TITLE, expectCase, type Case } from './check.js';

const URGENT: readonly Case[] = [
  // Thu 05-02 noon; 05-03 憲法記念日, 05-04 Sat, 05-05 Sun, 05-06 振替休日: days 05-07, 05-08, 05-09.
  { clause: '13.2', from: '2024-05-02T12:00+09:00', on: '2024-05-02', startDay: '2024-05-03', lastDay: '2024-05-09', lastDayIfExtended: '2024-05-09', why: 'Golden Week 2024' },
  // Thu 04-30; 05-01 Fri is day 1; 05-02 Sat … 05-06 振替休日; days 2 and 3 are 05-07, 05-08.
  { clause: '13.2', from: '2026-04-30T09:00+09:00', on: '2026-04-30', startDay: '2026-05-01', lastDay: '2026-05-08', lastDayIfExtended: '2026-05-08', why: 'Golden Week 2026, a business day inside it' },
  // 20:00 −07:00 = 03:00Z on 05-02 = 12:00 JST Fri 05-02; 05-03 … 05-06 holidays: 05-07, 05-08, 05-09.
  { clause: '13.2', from: '2025-05-01T20:00-07:00', on: '2025-05-02', startDay: '2025-05-03', lastDay: '2025-05-09', lastDayIfExtended: '2025-05-09', why: 'a negative offset whose JST date is the next day' },
  // 16:30Z on 12-25 = 01:30 JST Fri 12-26; 12-27 Sat … 01-04 Sun: days 01-05, 01-06, 01-07.
  { clause: '13.2', from: '2025-12-25T16:30Z', on: '2025-12-26', startDay: '2025-12-27', lastDay: '2026-01-07', lastDayIfExtended: '2026-01-07', why: 'UTC instant, JST next day, year end' },
  // 00:00 JST Fri 09-18 counts: day 1 = 09-18; 09-19 … 09-23 holidays; 09-24, 09-25.
  { clause: '13.2', from: '2026-09-18T00:00+09:00', on: '2026-09-18', midnight: true, startDay: '2026-09-18', lastDay: '2026-09-25', lastDayIfExtended: '2026-09-25', why: '00:00 JST before the September run of 2026' },
  // 00:00 JST on 敬老の日 (a holiday) counts as the start, but day 1 is the next business day 09-24.
  { clause: '13.2', from: '2026-09-21T00:00:00.000+09:00', on: '2026-09-21', midnight: true, startDay: '2026-09-21', lastDay: '2026-09-28', lastDayIfExtended: '2026-09-28', why: '00:00 JST inside the September run of 2026' },
  // 15:00Z on 01-03 = 00:00 JST Thu 01-04 (in force); 01-04, 01-05, then 01-08 成人の日: day 3 = 01-09.
  { clause: '13.2', from: '2024-01-03T15:00:00Z', on: '2024-01-04', midnight: true, startDay: '2024-01-04', lastDay: '2024-01-09', lastDayIfExtended: '2024-01-09', why: 'the first instant the revised 13.2 governs' },
  // The date 01-04: start 01-05 (day 1), 01-06 Sat, 01-07 Sun, 01-08 成人の日: 01-09, 01-10.
  { clause: '13.2', from: '2024-01-04', startDay: '2024-01-05', lastDay: '2024-01-10', lastDayIfExtended: '2024-01-10', why: 'the first date the revised 13.2 governs' },
  // Thu 02-29 23:59:59.999: start Fri 03-01 (day 1), 03-04 Mon, 03-05 Tue.
  { clause: '13.2', from: '2024-02-29T23:59:59.999+09:00', on: '2024-02-29', startDay: '2024-03-01', lastDay: '2024-03-05', lastDayIfExtended: '2024-03-05', why: 'the last instant of 29 February' },
  // 14:59:59.999Z on 06-02 = 23:59:59.999 JST Sun 06-02: not midnight, start 06-03.
  { clause: '13.2', from: '2024-06-02T14:59:59.999Z', on: '2024-06-02', startDay: '2024-06-03', lastDay: '2024-06-05', lastDayIfExtended: '2024-06-05', why: 'one millisecond before 00:00 JST' },
  // Wed 03-19; 03-20 春分の日; 03-21 Fri, 03-24 Mon, 03-25 Tue.
  { clause: '13.2', from: '2025-03-19T10:00+09:00', on: '2025-03-19', startDay: '2025-03-20', lastDay: '2025-03-25', lastDayIfExtended: '2025-03-25', why: 'vernal equinox 2025' },
  // Fri 12-24 (date): 12-25 Sat, 12-26 Sun, 12-27 Mon (1), 12-28 Tue (2), 12-29 … 2028-01-03, 01-04 Tue (3).
  { clause: '13.2', from: '2027-12-24', startDay: '2027-12-25', lastDay: '2028-01-04', lastDayIfExtended: '2028-01-04', provisional: true, why: 'year end into 2028: provisional' },
  // Wed 12-22: 12-23, 12-24, 12-27, all in 2027.
  { clause: '13.2', from: '2027-12-22', startDay: '2027-12-23', lastDay: '2027-12-27', lastDayIfExtended: '2027-12-27', why: 'year end within 2027: not provisional' },
];

const CONFIRMED: readonly Case[] = [
  // 01-05 + 29 = 02-03 (Sat) → Mon 02-05.
  { clause: '13.3', from: '2024-01-04T09:00+09:00', on: '2024-01-04', startDay: '2024-01-05', lastDay: '2024-02-03', lastDayIfExtended: '2024-02-05', why: 'first day in force, ends on a Saturday' },
  // 01-31 + 29 = 02-29 (Thu).
  { clause: '13.3', from: '2024-01-30T12:00+09:00', on: '2024-01-30', startDay: '2024-01-31', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'ends on 29 February' },
  // 15:00Z on 02-28 = 00:00 JST 02-29: 02-29 + 29 = 03-29 (Fri).
  { clause: '13.3', from: '2024-02-28T15:00Z', on: '2024-02-29', midnight: true, startDay: '2024-02-29', lastDay: '2024-03-29', lastDayIfExtended: '2024-03-29', why: '00:00 JST on 29 February counts' },
  // One second later: start 03-01, + 29 = 03-30 (Sat) → Mon 04-01.
  { clause: '13.3', from: '2024-02-28T15:00:01Z', on: '2024-02-29', startDay: '2024-03-01', lastDay: '2024-03-30', lastDayIfExtended: '2024-04-01', why: 'one second after 00:00 JST on 29 February' },
  // 04-06 + 29 = 05-05 (こどもの日), 05-06 振替休日 → Thu 05-07.
  { clause: '13.3', from: '2026-04-05T10:00+09:00', on: '2026-04-05', startDay: '2026-04-06', lastDay: '2026-05-05', lastDayIfExtended: '2026-05-07', why: 'ends in Golden Week 2026' },
  // 08-23 + 29 = 09-21 (敬老の日), 09-22, 09-23 → Thu 09-24.
  { clause: '13.3', from: '2026-08-22T10:00+09:00', on: '2026-08-22', startDay: '2026-08-23', lastDay: '2026-09-21', lastDayIfExtended: '2026-09-24', why: 'ends in the September run of 2026' },
  // 20:00Z on 11-29 = 05:00 JST 11-30; 12-01 + 29 = 12-30 (year end) → Mon 2026-01-05.
  { clause: '13.3', from: '2025-11-29T20:00Z', on: '2025-11-30', startDay: '2025-12-01', lastDay: '2025-12-30', lastDayIfExtended: '2026-01-05', why: 'UTC instant, JST next day, ends at the year end' },
  // 12-02 + 29 = 12-31 (Fri, year end) → 2028-01-04 (Tue): depends on 2028.
  { clause: '13.3', from: '2027-12-01T10:00+09:00', on: '2027-12-01', startDay: '2027-12-02', lastDay: '2027-12-31', lastDayIfExtended: '2028-01-04', provisional: true, why: 'extended into 2028: provisional' },
];

const RESOLUTION: readonly Case[] = [
  // Start 01-05, corresponding day 2025-01-05, last day 01-04 (Sat) → Mon 01-06.
  { clause: '18.2(6)', from: '2024-01-04', startDay: '2024-01-05', lastDay: '2025-01-04', lastDayIfExtended: '2025-01-06', why: 'first date in force' },
  // 00:00 JST 01-04 counts: corresponding day 2025-01-04, last day 01-03 (year end) → 01-06.
  { clause: '18.2(6)', from: '2024-01-03T15:00Z', on: '2024-01-04', midnight: true, startDay: '2024-01-04', lastDay: '2025-01-03', lastDayIfExtended: '2025-01-06', why: 'first instant in force' },
  // Start 03-01, corresponding day 2025-03-01, last day 02-28 (Fri).
  { clause: '18.2(6)', from: '2024-02-29', startDay: '2024-03-01', lastDay: '2025-02-28', lastDayIfExtended: '2025-02-28', why: '29 February' },
  // Start 03-01, corresponding day 2028-03-01, last day 2028-02-29 (Tue).
  { clause: '18.2(6)', from: '2027-02-28', startDay: '2027-03-01', lastDay: '2028-02-29', lastDayIfExtended: '2028-02-29', provisional: true, why: 'ends on 29 February 2028' },
];

describe('13.2: three government business days', () => {
  test.each(URGENT)(TITLE, (c) => {
    expectCase(c);
  });
});

describe('13.3: thirty days', () => {
  test.each(CONFIRMED)(TITLE, (c) => {
    expectCase(c);
  });
});

describe('18.2(6): one year from the incident behind a 13.7 suspension', () => {
  test.each(RESOLUTION)(TITLE, (c) => {
    expectCase(c);
  });
});

describe('Supplementary Provisions (2023-11-10): incidents recognized on or after 2024-01-04', () => {
  const TOO_EARLY: readonly (string | Date)[] = [
    '2024-01-03',
    '2023-12-31',
    '2023-11-10',
    '2000-01-01',
    '2024-01-03T23:59:59.999+09:00',
    '2024-01-03T14:59:59.999Z',
    // The local date says 01-04, but in Japan it is still 01-03 20:00.
    '2024-01-04T01:00+14:00',
    new Date('2024-01-03T14:59:59.999Z'),
  ];

  const IN_FORCE: readonly (string | Date)[] = [
    '2024-01-04',
    '2024-01-04T00:00+09:00',
    '2024-01-03T15:00Z',
    // The local date says 01-03, but in Japan it is already 01-04 10:00.
    '2024-01-03T20:00-05:00',
    '2024-01-04T05:00+14:00',
    new Date('2024-01-03T15:00:00.000Z'),
  ];

  for (const clause of ['13.2', '13.3', '18.2(6)'] as const) {
    test.each(TOO_EARLY.map((from) => [from]))(`${clause} from %s: ProvisionNotInForceError`, (from) => {
      let caught: unknown;
      try {
        deadline(clause, from);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ProvisionNotInForceError);
      expect(isIsmapLiuError(caught)).toBe(true);
      const error = caught as ProvisionNotInForceError;
      expect(error.code).toBe('provision_not_in_force');
      expect(error.inForceFrom).toBe('2024-01-04');
      expect(error.message).toContain(clause);
      expect(error.message).toContain('2024-01-04');
      expect(error.message).toMatch(/Supplementary Provisions/);
      expect(error.message).toContain('2023-11-10');
      expect(error.message).not.toContain('\n');
    });

    test.each(IN_FORCE.map((from) => [from]))(`${clause} from %s is in force`, (from) => {
      expect(deadline(clause, from).from).toBe('2024-01-04');
    });
  }

  test.each(['3.3', '8.2', '10.8', 'BR3.5'] as const satisfies readonly PeriodClauseId[])('%s is not limited by it', (clause) => {
    expect(deadline(clause, '2024-01-03').from).toBe('2024-01-03');
    expect(deadline(clause, '2023-01-03').from).toBe('2023-01-03');
  });
});
