/**
 * The worked examples of docs/reference/calendar.md, through `deadline` (start day, expiry and
 * the articles of the steps worked out by hand under 民法 140–143).
 */
import { describe, expect, test } from 'vitest';
import { deadline } from '../../../src/rules/periods/index.js';
import { TITLE, expectCase, type Case } from './check.js';

const ROWS: readonly Case[] = [
  // Fri 12-27 15:00 JST; 12-28 Sat … 01-03 year-end, 01-04 Sat, 01-05 Sun: days 01-06, 01-07, 01-08.
  { clause: '13.2', from: '2024-12-27T15:00+09:00', on: '2024-12-27', startDay: '2024-12-28', lastDay: '2025-01-08', lastDayIfExtended: '2025-01-08', why: '12-28 … 01-05 are government holidays' },
  // Fri 09-18; 09-19 Sat, 09-20 Sun, 09-21 敬老の日, 09-22 国民の休日, 09-23 秋分の日: days 09-24, 09-25, 09-28.
  { clause: '13.2', from: '2026-09-18T10:00+09:00', on: '2026-09-18', startDay: '2026-09-19', lastDay: '2026-09-28', lastDayIfExtended: '2026-09-28', why: "09-21, 09-22 (citizens' holiday), 09-23" },
  // 15:00Z = 2024-06-03 00:00 JST (Mon): the first day counts; 06-03, 06-04, 06-05.
  { clause: '13.2', from: '2024-06-02T15:00Z', on: '2024-06-03', midnight: true, startDay: '2024-06-03', lastDay: '2024-06-05', lastDayIfExtended: '2024-06-05', why: 'the first day counts' },
  // 12-01 + 29 days = 12-30 (Mon, year-end); 12-31 … 01-03, 01-04 Sat, 01-05 Sun → 01-06.
  { clause: '13.3', from: '2024-11-30T10:00+09:00', on: '2024-11-30', startDay: '2024-12-01', lastDay: '2024-12-30', lastDayIfExtended: '2025-01-06', why: '30 days ending in the year-end holidays' },
  // Start 03-01, corresponding day 04-01, last day 03-31 (Sun) → Mon 04-01.
  { clause: '8.2', from: '2024-02-29', startDay: '2024-03-01', lastDay: '2024-03-31', lastDayIfExtended: '2024-04-01', why: 'Art. 143: start day 03-01' },
  // Start 01-31; no 31 February → 02-29 (Thu).
  { clause: '8.2', from: '2024-01-30', startDay: '2024-01-31', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', why: 'no 31 February: month end' },
  // Start 2023-10-01, 16 months on: corresponding day 2025-02-01, last day 01-31 (Fri).
  { clause: 'BR3.5', from: '2023-09-30', startDay: '2023-10-01', lastDay: '2025-01-31', lastDayIfExtended: '2025-01-31', why: '1 year 4 months from the day after' },
  // Applied in the first half-term (Apr–Sep) → 12-31 (Tue, year-end) → 2025-01-06 (Mon).
  { clause: '5.3', from: '2024-09-30', startDay: '2024-10-01', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', why: 'first half-term (Apr–Sep)' },
];

describe('the worked examples of docs/reference/calendar.md through deadline', () => {
  test.each(ROWS)(TITLE, (row) => {
    expectCase(row);
  });

  test('a result has every field the issue lists, as plain JSON types', () => {
    const d = deadline('13.2', '2024-12-27T15:00+09:00');
    expect(d).toMatchObject({
      clause: '13.2',
      from: expect.any(String),
      startDay: expect.any(String),
      lastDay: expect.any(String),
      lastDayIfExtended: expect.any(String),
      expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?\+09:00$/),
      provisional: false,
      owedBy: 'A',
      kind: 'hard',
      consequence: expect.any(String),
      steps: expect.any(Array),
      interpretations: expect.arrayContaining(['I1']),
      calendar: { id: 'official' },
    });
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
  });

  test('the steps cite the articles used, in order', () => {
    const articles = (clause: Parameters<typeof deadline>[0], from: string) => deadline(clause, from).steps.map((s) => s.article);
    expect(articles('13.2', '2024-12-27T15:00+09:00')).toEqual(['13.2', '民法 140', '行政機関の休日に関する法律 1', '民法 141', '行政機関の休日に関する法律 1']);
    expect(articles('13.3', '2024-11-30T10:00+09:00')).toEqual(['13.3', '民法 140', '民法 140', '民法 141', '行政機関の休日に関する法律 1']);
    expect(articles('8.2', '2024-02-29')).toEqual(['8.2', '民法 140', '民法 143', '民法 141', '行政機関の休日に関する法律 1']);
    expect(articles('BR3.5', '2023-09-30')).toEqual(['BR3.5', '民法 140', '民法 143', '民法 141', '行政機関の休日に関する法律 1']);
    expect(articles('5.3', '2024-09-30')).toContain('民法 143');
  });

  test('the 13.2 steps name day 1 and day 3', () => {
    const step = deadline('13.2', '2024-12-27T15:00+09:00').steps.find((s) => s.article === '行政機関の休日に関する法律 1');
    expect(step?.text).toContain('2025-01-06');
    expect(step?.text).toContain('2025-01-08');
  });

  test('an extended last day says why (I2)', () => {
    const last = deadline('13.3', '2024-11-30T10:00+09:00').steps.at(-1);
    expect(last?.text).toContain('2024-12-30');
    expect(last?.text).toContain('2025-01-06');
    expect(last?.text).toContain('I2');
  });
});
