/**
 * Turns a day's flags into a {@link GovernmentHoliday}.
 *
 * @internal
 * @module
 */
import { LAST_OFFICIAL_HOLIDAY_YEAR } from '../constants.js';
import type { GovernmentHoliday, HolidayKind } from '../types.js';
import { dayFromCivil, formatDay } from './days.js';
import type { Engine } from './engine.js';
import { holidayNames } from './holidayNames.js';
import { Flag } from './yearTable.js';

const ORDER: readonly (readonly [number, HolidayKind])[] = [
  [Flag.Custom, 'custom'],
  [Flag.SpecialAct, 'special-act'],
  [Flag.National, 'national'],
  [Flag.Substitute, 'substitute'],
  [Flag.Citizens, 'citizens'],
  [Flag.YearEnd, 'year-end'],
  [Flag.Weekend, 'weekend'],
];

/** The holiday record of `day`, or `undefined` for a business day. @internal */
export function describeHoliday(engine: Engine, day: number): GovernmentHoliday | undefined {
  const flags = engine.flags(day);
  if (flags === 0) return undefined;
  const kinds: HolidayKind[] = [];
  for (const [bit, kind] of ORDER) if ((flags & bit) !== 0) kinds.push(kind);
  const name = engine.name(day);
  const names = holidayNames(day, kinds, name);
  const provisional = isProvisionalDay(day);
  const base = { date: formatDay(day), kind: kinds[0] as HolidayKind, kinds };
  return name === undefined ? { ...base, names, provisional } : { ...base, name, names, provisional };
}

/** Does `day` lie after the last officially published holiday year? @internal */
export function isProvisionalDay(day: number): boolean {
  return day >= FIRST_PROVISIONAL_DAY;
}

const FIRST_PROVISIONAL_DAY = dayFromCivil(LAST_OFFICIAL_HOLIDAY_YEAR + 1, 1, 1);
