/**
 * The worked examples of docs/reference/calendar.md, each with its start day, expiry instant and
 * the articles cited at each step.
 */
import { describe, expect, test } from 'vitest';
import { periodEnd, type PeriodLength } from '../../src/calendar/index.js';

interface Row {
  readonly clause: string;
  readonly from: string;
  readonly period: PeriodLength;
  readonly startDay: string;
  readonly lastDay: string;
  readonly lastDayIfExtended: string;
  readonly fromMidnight: boolean;
}

// The worked examples (docs/reference/calendar.md), with the start day worked out by hand (民法 140).
const rows: readonly Row[] = [
  // 12-28 … 01-05 are government holidays: day 1 = 01-06, day 3 = 01-08.
  { clause: '13.2', from: '2024-12-27T15:00+09:00', period: { businessDays: 3 }, startDay: '2024-12-28', lastDay: '2025-01-08', lastDayIfExtended: '2025-01-08', fromMidnight: false },
  // 09-19 Sat, 09-20 Sun, 09-21 敬老の日, 09-22 国民の休日, 09-23 秋分の日: days 09-24, 09-25, 09-28.
  { clause: '13.2', from: '2026-09-18T10:00+09:00', period: { businessDays: 3 }, startDay: '2026-09-19', lastDay: '2026-09-28', lastDayIfExtended: '2026-09-28', fromMidnight: false },
  // 15:00Z = 2024-06-03 00:00 JST: the first day counts (06-03 Mon, 06-04, 06-05).
  { clause: '13.2', from: '2024-06-02T15:00Z', period: { businessDays: 3 }, startDay: '2024-06-03', lastDay: '2024-06-05', lastDayIfExtended: '2024-06-05', fromMidnight: true },
  // 12-01 + 29 = 12-30, a year-end holiday; the next business day is 2025-01-06.
  { clause: '13.3', from: '2024-11-30T10:00+09:00', period: { days: 30 }, startDay: '2024-12-01', lastDay: '2024-12-30', lastDayIfExtended: '2025-01-06', fromMidnight: false },
  // Art. 143: start 03-01, corresponding day 04-01, last day 03-31 (a Sunday).
  { clause: '8.2', from: '2024-02-29', period: { months: 1 }, startDay: '2024-03-01', lastDay: '2024-03-31', lastDayIfExtended: '2024-04-01', fromMidnight: false },
  // Start 01-31; February has no 31st: the month's last day.
  { clause: '8.2', from: '2024-01-30', period: { months: 1 }, startDay: '2024-01-31', lastDay: '2024-02-29', lastDayIfExtended: '2024-02-29', fromMidnight: false },
  // 16 months from 2023-10-01: corresponding day 2025-02-01, last day 2025-01-31 (a Friday).
  { clause: 'BR3.5', from: '2023-09-30', period: { years: 1, months: 4 }, startDay: '2023-10-01', lastDay: '2025-01-31', lastDayIfExtended: '2025-01-31', fromMidnight: false },
  // 3 months from 10-01: corresponding day 2025-01-01, last day 12-31 (year end, so 2025-01-06).
  { clause: '5.3', from: '2024-09-30', period: { months: 3 }, startDay: '2024-10-01', lastDay: '2024-12-31', lastDayIfExtended: '2025-01-06', fromMidnight: false },
];

describe('the worked examples of docs/reference/calendar.md', () => {
  test.each(rows)('$clause from $from → $lastDay / $lastDayIfExtended', (row) => {
    const result = periodEnd(row.from, row.period);
    expect(result).toMatchObject({
      fromMidnight: row.fromMidnight,
      startDay: row.startDay,
      lastDay: row.lastDay,
      lastDayIfExtended: row.lastDayIfExtended,
      provisional: false,
      calendar: { id: 'official' },
    });
  });

  test.each(rows)('$clause from $from expires at 24:00 JST of $lastDay (民法 141)', (row) => {
    const next = new Date(`${row.lastDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    expect(periodEnd(row.from, row.period).expiresAt).toBe(`${next.toISOString().slice(0, 10)}T00:00:00+09:00`);
  });

  test('from records the event date in Japan', () => {
    expect(rows.map((row) => periodEnd(row.from, row.period).from)).toEqual([
      '2024-12-27',
      '2026-09-18',
      '2024-06-03',
      '2024-11-30',
      '2024-02-29',
      '2024-01-30',
      '2023-09-30',
      '2024-09-30',
    ]);
  });
});

describe('steps cite the articles in order', () => {
  const articles = (row: Row): string[] => periodEnd(row.from, row.period).steps.map((s) => s.article);

  test('13.2 (business days)', () => {
    expect(articles(rows[0] as Row)).toEqual(['民法 140', '行政機関の休日に関する法律 1', '民法 141', '行政機関の休日に関する法律 1']);
  });

  test('8.2 and BR3.5 (months, years): Art. 143 counts by the calendar', () => {
    expect(articles(rows[4] as Row)).toEqual(['民法 140', '民法 143', '民法 141', '行政機関の休日に関する法律 1']);
    expect(articles(rows[6] as Row)).toEqual(['民法 140', '民法 143', '民法 141', '行政機関の休日に関する法律 1']);
  });

  test('weeks are counted under Art. 143', () => {
    expect(periodEnd('2024-06-03', { weeks: 2 }).steps.map((s) => s.article)).toContain('民法 143');
  });

  test.each(rows)('$clause from $from: 民法 140 first, 民法 141 before the last, the holiday act last', (row) => {
    const result = periodEnd(row.from, row.period);
    const steps = result.steps;
    expect(steps[0]).toMatchObject({ article: '民法 140', day: result.startDay });
    const i141 = steps.findIndex((s) => s.article === '民法 141');
    expect(i141).toBeGreaterThan(0);
    expect(i141).toBe(steps.length - 2);
    expect(steps[i141]?.text).toContain(`${result.lastDay} 24:00`);
    expect(steps.at(-1)).toMatchObject({ article: '行政機関の休日に関する法律 1', day: result.lastDayIfExtended });
    for (const step of steps) expect(step.text.length).toBeGreaterThan(0);
  });

  test('the 00:00 proviso is explained when the first day counts', () => {
    const first = periodEnd('2024-06-02T15:00Z', { businessDays: 3 }).steps[0];
    expect(first?.text).toMatch(/00:00/);
    expect(first?.day).toBe('2024-06-03');
  });
});
