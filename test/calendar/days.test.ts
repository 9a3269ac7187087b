/**
 * The internal day arithmetic: the table-based year lookup and day numbers agree with the
 * arithmetic of `civilFromDay` / `dayFromCivil` on every day from 1990 to 2110.
 */
import { expect, test } from 'vitest';
import { civilFromDay, dayFromCivil, supportedDayFromCivil, yearOf } from '../../src/calendar/_lib/days.js';

test('yearOf and supportedDayFromCivil agree with the civil arithmetic on every day 1990–2110', () => {
  const wrong: string[] = [];
  for (let d = dayFromCivil(1990, 1, 1); d <= dayFromCivil(2110, 12, 31); d++) {
    const c = civilFromDay(d);
    if (yearOf(d) !== c.year) wrong.push(`yearOf(${d})`);
    if (c.year >= 2000 && c.year <= 2099 && supportedDayFromCivil(c.year, c.month, c.day) !== d) wrong.push(`day ${c.year}-${c.month}-${c.day}`);
  }
  expect(wrong).toEqual([]);
});
