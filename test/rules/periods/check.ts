/**
 * One hand-worked deadline and the assertion every case file shares.
 */
import { expect } from 'vitest';
import { deadline, type Deadline, type PeriodClauseId } from '../../../src/rules/periods/index.js';
import { addDays } from '../../_support/days.js';
import type { SpecClause } from './spec.js';

/** A deadline worked out by hand under 民法 140–143 (docs/reference/calendar.md) and a calendar. */
export interface Case {
  readonly clause: SpecClause;
  /** The `from` handed in: a date or an instant with offset. */
  readonly from: string;
  /** The date of the event in Japan, when `from` is an instant (defaults to `from` itself). */
  readonly on?: string;
  /** `true` for an instant at exactly 00:00 JST (民法 140 proviso: that day counts). */
  readonly midnight?: boolean;
  readonly startDay: string;
  readonly lastDay: string;
  readonly lastDayIfExtended: string;
  /** `true` when the result depends on holidays after 2027. */
  readonly provisional?: boolean;
  /** The reasoning, for the test name. */
  readonly why: string;
}

/** Computes the deadline of `c` and checks every field worked out by hand. */
export function expectCase(c: Case): Deadline {
  const d = deadline(c.clause as PeriodClauseId, c.from);
  expect({
    clause: d.clause,
    from: d.from,
    fromMidnight: d.fromMidnight,
    startDay: d.startDay,
    lastDay: d.lastDay,
    lastDayIfExtended: d.lastDayIfExtended,
    expiresAt: d.expiresAt,
    provisional: d.provisional,
  }).toEqual({
    clause: c.clause,
    from: c.on ?? c.from,
    fromMidnight: c.midnight ?? false,
    startDay: c.startDay,
    lastDay: c.lastDay,
    lastDayIfExtended: c.lastDayIfExtended,
    expiresAt: `${addDays(c.lastDay, 1)}T00:00:00+09:00`,
    provisional: c.provisional ?? false,
  });
  // The expiry is the end (24:00 JST) of the last day: 15:00 UTC of the last day.
  expect(new Date(d.expiresAt).getTime()).toBe(Date.parse(`${c.lastDay}T15:00:00Z`));
  expect(d.steps[0]?.article).toBe(c.clause);
  expect(d.steps.some((s) => s.day === c.lastDay)).toBe(true);
  expect(d.steps.at(-1)?.day).toBe(c.lastDayIfExtended);
  return d;
}

/** The test title of a case. */
export const TITLE = '$clause from $from → $lastDay / $lastDayIfExtended ($why)';
