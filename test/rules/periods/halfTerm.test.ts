/**
 * 5.3: the collective judgment is due by the end of the third month after the fiscal half-term
 * in which the Prior Application was made (I4): April–September → 31 December; October–March →
 * 30 June.
 */
import { describe, expect, test } from 'vitest';
import { deadline } from '../../../src/rules/periods/index.js';
import { TITLE, expectCase, type Case } from './check.js';

const CASES: readonly Case[] = [
  { clause: '5.3', from: '2024-09-30', startDay: '2024-10-01', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', why: 'last day of the first half-term' },
  { clause: '5.3', from: '2024-04-01', startDay: '2024-04-02', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', why: 'first day of the first half-term' },
  // 2025-06-30 is a Monday.
  { clause: '5.3', from: '2024-10-01', startDay: '2024-10-02', lastDay: '2025-06-30', lastDayIfExtended: '2025-06-30', why: 'first day of the second half-term' },
  { clause: '5.3', from: '2025-03-31', startDay: '2025-04-01', lastDay: '2025-06-30', lastDayIfExtended: '2025-06-30', why: 'last day of the second half-term' },
  { clause: '5.3', from: '2025-01-15', startDay: '2025-01-16', lastDay: '2025-06-30', lastDayIfExtended: '2025-06-30', why: 'January is in the second half of the previous fiscal year' },
  // Fiscal 2023, second half → 2024-06-30, a Sunday → Mon 07-01.
  { clause: '5.3', from: '2024-02-29', startDay: '2024-03-01', lastDay: '2024-06-30', lastDayIfExtended: '2024-07-01', why: '29 February; 30 June is a Sunday' },
  { clause: '5.3', from: '2025-06-30', startDay: '2025-07-01', lastDay: '2025-12-31', lastDayIfExtended: '2026-01-05', why: 'first half-term of fiscal 2025' },
  // 2026-12-31 Thu (year end); 2027-01-01 … 01-03 Sun → Mon 01-04.
  { clause: '5.3', from: '2026-04-01', startDay: '2026-04-02', lastDay: '2026-12-31', lastDayIfExtended: '2027-01-04', why: 'first half-term of fiscal 2026' },
  { clause: '5.3', from: '2025-10-01', startDay: '2025-10-02', lastDay: '2026-06-30', lastDayIfExtended: '2026-06-30', why: 'second half-term of fiscal 2025' },
  { clause: '5.3', from: '2027-03-31', startDay: '2027-04-01', lastDay: '2027-06-30', lastDayIfExtended: '2027-06-30', why: 'second half-term of fiscal 2026' },
  { clause: '5.3', from: '2027-04-01', startDay: '2027-04-02', lastDay: '2027-12-31', lastDayIfExtended: '2028-01-04', provisional: true, why: 'extended into 2028: provisional' },
  { clause: '5.3', from: '2027-10-01', startDay: '2027-10-02', lastDay: '2028-06-30', lastDayIfExtended: '2028-06-30', provisional: true, why: 'judgment in 2028: provisional' },
  // 15:00Z on 09-30 = 00:00 JST 10-01: second half-term.
  { clause: '5.3', from: '2024-09-30T15:00Z', on: '2024-10-01', midnight: true, startDay: '2024-10-01', lastDay: '2025-06-30', lastDayIfExtended: '2025-06-30', why: 'UTC instant in the next half-term in Japan' },
  // 15:00Z on 03-31 = 00:00 JST 04-01: first half-term.
  { clause: '5.3', from: '2024-03-31T15:00:00Z', on: '2024-04-01', midnight: true, startDay: '2024-04-01', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', why: 'UTC instant at the start of the fiscal year' },
  { clause: '5.3', from: '2024-09-30T23:59+09:00', on: '2024-09-30', startDay: '2024-10-01', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', why: 'last minute of the first half-term' },
  // 20:00 −05:00 on 09-30 = 10:00 JST 10-01: second half-term.
  { clause: '5.3', from: '2024-09-30T20:00-05:00', on: '2024-10-01', startDay: '2024-10-02', lastDay: '2025-06-30', lastDayIfExtended: '2025-06-30', why: 'local date 09-30, JST date 10-01' },
];

describe('5.3 half-term', () => {
  test.each(CASES)(TITLE, (c) => {
    expectCase(c);
  });

  test('cites I4 and explains the half-term', () => {
    const d = deadline('5.3', '2024-09-30');
    expect(d.interpretations).toContain('I4');
    expect(d.steps.map((s) => s.text).join(' ')).toMatch(/half-term/);
    expect(d.steps.some((s) => s.text.includes('I4'))).toBe(true);
  });

  test('owed by the ministries, a target', () => {
    expect(deadline('5.3', '2025-01-15')).toMatchObject({ owedBy: 'MIN', kind: 'target', consequence: null });
  });
});
