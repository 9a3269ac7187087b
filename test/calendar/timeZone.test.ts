/**
 * Results never depend on the host's zone (docs/reference/calendar.md, "Dates and instants": every
 * day is a day in Japan, whatever the time zone of the machine running the library). The whole suite runs under TZ=UTC, Asia/Tokyo, America/Los_Angeles and
 * Pacific/Kiritimati; this file also switches `process.env.TZ` in-process (Node re-reads it) and
 * compares answers, building every `Date` from `Date.UTC`, never from local fields.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { createCalendar, periodEnd, toJapanDate, type DayInput } from '../../src/calendar/index.js';

const ZONES = [
  ['UTC', 0],
  ['Asia/Tokyo', -540],
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
  ['Asia/Kolkata', -330],
  ['America/St_Johns', 210],
] as const;

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const INPUTS: readonly DayInput[] = [
  '2024-12-27',
  '2024-12-27T15:00+09:00',
  '2024-06-02T15:00Z',
  '2024-06-02T10:00-05:00',
  '2026-09-18T10:00+09:00',
  new Date(Date.UTC(2024, 5, 2, 15)), // 00:00 JST
  new Date(Date.UTC(2024, 11, 27, 15)), // 2024-12-28 00:00 JST
  new Date(Date.UTC(2025, 2, 9, 10, 30)), // a US DST change day
  new Date(Date.UTC(2025, 10, 2, 9, 30)), // the US fall-back hour
  new Date(Date.UTC(2024, 1, 28, 23, 59, 59, 999)), // 2024-02-29 08:59:59.999 JST
];

/** Every answer the calendar gives for INPUTS, on a fresh calendar (fresh year tables). */
function answers(): unknown[] {
  const cal = createCalendar();
  return INPUTS.map((d) => [
    toJapanDate(d),
    cal.isGovernmentHoliday(d),
    cal.getGovernmentHoliday(d) ?? null,
    cal.addGovernmentBusinessDays(d, 3),
    cal.addGovernmentBusinessDays(d, -250),
    cal.countGovernmentBusinessDays(d, '2025-06-30'),
    cal.nextGovernmentBusinessDay(d),
    periodEnd(d, { businessDays: 3 }),
    periodEnd(d, { months: 1 }),
    periodEnd(d, { years: 1, months: 4 }),
    cal.governmentHolidaysBetween(d, '2027-01-10').length,
  ]);
}

describe('switching process.env.TZ in-process', () => {
  test('the switch takes effect (so the comparison below means something)', () => {
    for (const [zone, offset] of ZONES) {
      process.env.TZ = zone;
      expect(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset(), zone).toBe(offset);
    }
  });

  test('every zone gives the same answers as the first', () => {
    process.env.TZ = ZONES[0][0];
    const reference = answers();
    for (const [zone] of ZONES.slice(1)) {
      process.env.TZ = zone;
      expect(answers(), zone).toEqual(reference);
    }
  });
});

test('pinned answers, the same under every TZ the suite runs in', () => {
  expect(INPUTS.map((d) => toJapanDate(d).date)).toEqual([
    '2024-12-27',
    '2024-12-27',
    '2024-06-03',
    '2024-06-03',
    '2026-09-18',
    '2024-06-03',
    '2024-12-28',
    '2025-03-09',
    '2025-11-02',
    '2024-02-29',
  ]);
  expect(INPUTS.map((d) => periodEnd(d, { businessDays: 3 }).lastDay)).toEqual([
    '2025-01-08',
    '2025-01-08',
    '2024-06-05',
    '2024-06-05',
    '2026-09-28',
    '2024-06-05',
    '2025-01-08',
    '2025-03-12',
    '2025-11-06', // 11-03 文化の日; 11-04, 11-05, 11-06
    '2024-03-05',
  ]);
});
